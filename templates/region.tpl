{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/regions">{{M_nav_regions}}</a></li><li aria-current="page">{{NAME}}</li></ol></nav>
<h1>{{NAME}}{{M_page_region_suffix}} <span class="kana">{{KANA}}</span></h1>
{{#CAN_ADD_ORG}}<p class="actions"><a class="button button-secondary" href="/admin/orgs/new?region={{SLUG}}&amp;kind=association">{{M_region_add_org}}</a></p>{{/CAN_ADD_ORG}}
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
