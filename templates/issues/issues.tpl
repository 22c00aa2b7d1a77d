{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_issues_title}}</li></ol></nav>
<h1>{{M_page_issues_title}}</h1>
<p class="lead">{{M_issues_lead}}</p>
<ul class="action-links">{{#CAN_RAISE}}<li><a class="button" href="/issues/new">{{M_issues_raise}}</a></li><li><a href="/issues/queue">{{M_page_issue_queue_title}}</a></li>{{/CAN_RAISE}}<li><a href="/issues/dashboard">{{M_page_issue_dashboard_title}}</a></li><li><a href="/talks">{{M_issues_talks_link}}</a></li></ul>
<form method="get" action="/issues" class="filters" aria-label="{{M_filter_heading}}">
  <div class="filter-row">
    <div class="field"><label for="f-region">{{M_field_region}}</label>
      <select id="f-region" name="region">{{#REGION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGION_OPTION}}</select></div>
    <div class="field"><label for="f-level">{{M_field_issue_level}}</label>
      <select id="f-level" name="level">{{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select></div>
    <div class="field"><label for="f-state">{{M_field_issue_state}}</label>
      <select id="f-state" name="state">{{#STATE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATE_OPTION}}</select></div>
    <div class="field"><label for="f-category">{{M_field_category}}</label>
      <select id="f-category" name="category">{{#CATEGORY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORY_OPTION}}</select></div>
    <div class="checkbox"><input type="checkbox" id="f-overdue" name="overdue" value="1"{{#OVERDUE_CHECKED}} checked{{/OVERDUE_CHECKED}}><label for="f-overdue">{{M_issue_filter_overdue}}</label></div>
  </div>
  <button type="submit" class="button button-secondary">{{M_filter_submit}}</button>
</form>
<p role="status">{{TOTAL}}</p>
{{#NO_ISSUES}}<p>{{M_issues_none}}</p>{{/NO_ISSUES}}
<div class="card-list">{{>ITEM}}</div>
{{>PAGING}}
<p><a href="{{CSV_HREF}}">{{M_issue_csv_link}}</a></p>
