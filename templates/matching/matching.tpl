{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_matching_title}}</li></ol></nav>
<h1>{{M_page_matching_title}}</h1>
<p class="lead">{{M_matching_lead}}</p>
<ul class="action-links">
  {{#LOGGED_IN}}<li><a href="/me/matches">{{M_matching_link_my}}</a></li><li><a href="/me/volunteer">{{M_matching_link_profile}}</a></li>{{/LOGGED_IN}}
  {{#CAN_POST}}<li><a href="/matching/new">{{M_matching_link_new}}</a></li>{{/CAN_POST}}
  {{#CAN_BATCH}}<li><a href="/matching/batch">{{M_page_batch_title}}</a></li>{{/CAN_BATCH}}
</ul>
<form method="get" action="/matching" class="form filter-form" aria-labelledby="filter-heading">
  <h2 id="filter-heading" class="visually-hidden">{{M_matching_filter_heading}}</h2>
  {{#FILTERS}}{{>FIELD}}{{/FILTERS}}
  <button type="submit" class="button button-secondary">{{M_matching_filter_submit}}</button>
</form>
<h2>{{M_matching_list_heading}}（{{COUNT}}{{M_matching_count_unit}}）</h2>
{{#NO_NEEDS}}<p>{{M_matching_no_needs}}</p>{{/NO_NEEDS}}
<ul class="card-list">
{{#NEED}}<li class="panel">
  <h3><a href="/matching/needs/{{NEED_ID}}">{{TITLE}}</a></h3>
  <p class="tags"><span class="tag">{{KIND}}</span> <span class="tag">{{CATEGORY}}</span>{{#MINORS_OK}} <span class="tag">{{M_matching_minors_ok}}</span>{{/MINORS_OK}}{{#NEEDS_CERT}} <span class="tag">{{M_matching_needs_cert}}</span>{{/NEEDS_CERT}}</p>
  <dl class="facts">
    <dt>{{M_matching_col_org}}</dt><dd>{{ORG_NAME}}</dd>
    <dt>{{M_matching_col_region}}</dt><dd>{{REGION_NAME}}</dd>
    <dt>{{M_matching_col_when}}</dt><dd>{{WHEN}}</dd>
    <dt>{{M_matching_col_left}}</dt><dd>{{LEFT}} / {{CAPACITY}}{{M_matching_people_unit}}</dd>
  </dl>
</li>{{/NEED}}
</ul>
