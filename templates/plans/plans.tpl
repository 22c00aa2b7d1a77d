{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_plans_title}}</li></ol></nav>
<h1>{{M_page_plans_title}}</h1>
<p class="lead">{{M_plans_lead}}</p>
<ul class="action-links">
  <li><a href="/plans/summary">{{M_page_summary_title}}</a></li>
  <li><a href="/indicators">{{M_page_indicators_title}}</a></li>
  <li><a href="/reports/annual">{{M_page_report_title}}</a></li>
  {{#CAN_CREATE}}<li><a href="/plans/new">{{M_page_plan_new_title}}</a></li>{{/CAN_CREATE}}
</ul>
<form method="get" action="/plans" class="form filter-form" aria-labelledby="plans-filter">
  <h2 id="plans-filter" class="visually-hidden">{{M_plans_filter_heading}}</h2>
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button button-secondary">{{M_plans_filter_submit}}</button>
</form>
{{#NO_PLANS}}<p>{{M_plans_none}}</p>{{/NO_PLANS}}
{{#REGION}}<section aria-labelledby="r-{{REGION_SLUG}}">
  <h2 id="r-{{REGION_SLUG}}">{{REGION_NAME}}</h2>
  <ul class="org-list">
  {{#PLAN}}<li><a href="/plans/{{ID}}">{{NAME}}</a> <span class="tag">{{STATUS}}</span> <span>{{PERIOD}}</span>・{{M_plans_projects}} {{PROJECTS}}{{M_unit_count}}</li>{{/PLAN}}
  </ul>
</section>{{/REGION}}
