{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/regions">{{M_nav_regions}}</a></li><li aria-current="page">{{NAME}}</li></ol></nav>
<h1>{{NAME}}{{M_page_region_suffix}} <span class="kana">{{KANA}}</span></h1>
{{#CAN_ADD_ORG}}<p class="actions"><a class="button button-secondary" href="/admin/orgs/new?region={{SLUG}}&amp;kind=association">{{M_region_add_org}}</a></p>{{/CAN_ADD_ORG}}
{{#CAN_REVIEW}}<p class="actions"><a class="button button-secondary" href="/regions/{{SLUG}}/review">{{M_region_review_desk}}</a></p>{{/CAN_REVIEW}}
<div class="two-columns">
<section aria-labelledby="posts-heading">
  <h2 id="posts-heading">{{M_region_posts_heading}}</h2>
  {{#NO_POSTS}}<p>{{M_posts_none}}</p>{{/NO_POSTS}}
  <div class="card-list">{{#POST}}{{>ITEM}}{{/POST}}</div>
  <p><a href="/posts?region={{SLUG}}">{{M_region_all_posts}}</a>・<a href="/regions/{{SLUG}}/feed.atom">{{M_region_feed}}</a></p>
</section>
<section aria-labelledby="events-heading">
  <h2 id="events-heading">{{M_region_events_heading}}</h2>
  {{#NO_EVENTS}}<p>{{M_events_none}}</p>{{/NO_EVENTS}}
  <div class="card-list">{{#EVENT}}{{>ITEM}}{{/EVENT}}</div>
  <p><a href="/events?region={{SLUG}}">{{M_region_all_events}}</a>・<a href="/regions/{{SLUG}}/events.ics">{{M_region_ics}}</a></p>
</section>
</div>
<section aria-labelledby="issues-heading">
  <h2 id="issues-heading">{{M_region_issues_heading}}</h2>
  <p>{{M_region_issues_lead}}</p>
  <p><a href="/issues?region={{SLUG}}">{{M_region_issues_link}}</a>・<a href="/issues/new">{{M_issues_raise}}</a>・<a href="/talks?region={{SLUG}}">{{M_region_talks_link}}</a></p>
</section>
{{#HAS_FEATURED}}<section aria-labelledby="featured-heading">
  <h2 id="featured-heading">{{M_region_featured_heading}}</h2>
  <p>{{M_region_featured_lead}}</p>
  <div class="card-list">{{#FEATURED}}{{>ITEM}}{{/FEATURED}}</div>
</section>{{/HAS_FEATURED}}
<section aria-labelledby="council-heading" class="panel">
  <h2 id="council-heading">{{M_region_council_heading}}</h2>
  {{#COUNCIL}}
  <p class="org-title"><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></p>
  <p>{{DESCRIPTION}}</p>
  <dl class="facts">
    <dt>{{M_region_shape}}</dt><dd><strong>{{SHAPE}}</strong>：{{SHAPE_DESC}}</dd>
    {{#HAS_PHONE}}<dt>{{M_contact_phone}}</dt><dd><a href="tel:{{PHONE}}">{{PHONE}}</a></dd>{{/HAS_PHONE}}
    {{#HAS_EMAIL}}<dt>{{M_contact_email}}</dt><dd>{{EMAIL}}</dd>{{/HAS_EMAIL}}
    {{#HAS_ADDRESS}}<dt>{{M_contact_address}}</dt><dd>{{ADDRESS}}</dd>{{/HAS_ADDRESS}}
    {{#HAS_WEBSITE}}<dt>{{M_contact_website}}</dt><dd><a href="{{WEBSITE}}">{{WEBSITE}}</a></dd>{{/HAS_WEBSITE}}
  </dl>
  <h3>{{M_region_subcommittees}}</h3>
  <ul class="org-list">{{#SUB}}<li><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></li>{{/SUB}}</ul>
  {{#NO_SUB}}<p>{{M_region_no_sub}}</p>{{/NO_SUB}}
  {{/COUNCIL}}
  {{#NO_COUNCIL}}<p>{{M_region_no_council}}</p>{{/NO_COUNCIL}}
</section>
<section aria-labelledby="assoc-heading">
  <h2 id="assoc-heading">{{M_region_assoc_heading}}</h2>
  <ul class="org-list">{{#ASSOC}}<li><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></li>{{/ASSOC}}</ul>
  {{#NO_ASSOC}}<p>{{M_region_no_assoc}}</p>{{/NO_ASSOC}}
</section>
<section aria-labelledby="other-heading">
  <h2 id="other-heading">{{M_region_other_heading}}</h2>
  <ul class="org-list">{{#OTHER}}<li><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a>（{{ORG_KIND}}）</li>{{/OTHER}}</ul>
  {{#NO_OTHER}}<p>{{M_region_no_other}}</p>{{/NO_OTHER}}
</section>
<section aria-labelledby="center-heading" class="panel">
  <h2 id="center-heading">{{M_region_center_heading}}</h2>
  <p class="org-title">{{CENTER_NAME}}</p>
  <dl class="facts">
    {{#HAS_CENTER_ADDRESS}}<dt>{{M_contact_address}}</dt><dd>{{CENTER_ADDRESS}}</dd>{{/HAS_CENTER_ADDRESS}}
    {{#HAS_CENTER_PHONE}}<dt>{{M_contact_phone}}</dt><dd><a href="tel:{{CENTER_PHONE}}">{{CENTER_PHONE}}</a></dd>{{/HAS_CENTER_PHONE}}
    {{#HAS_CENTER_HOURS}}<dt>{{M_contact_hours}}</dt><dd>{{CENTER_HOURS}}</dd>{{/HAS_CENTER_HOURS}}
  </dl>
  {{#CAN_EDIT_CENTER}}<p><a href="/admin/regions/{{SLUG}}/center">{{M_region_edit_center}}</a></p>{{/CAN_EDIT_CENTER}}
</section>
<p><a href="/regions">{{M_region_all_regions}}</a></p>
