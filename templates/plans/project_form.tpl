{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/plans">{{M_page_plans_title}}</a></li>{{#PLAN_LINK}}<li><a href="/plans/{{PLAN_ID}}">{{PLAN_NAME}}</a></li>{{/PLAN_LINK}}<li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  {{#FIRST_LINE}}<p class="hint">{{M_project_first_line_note}}</p>{{/FIRST_LINE}}
  <button type="submit" class="button">{{M_project_save}}</button>
  <a href="{{BACK}}">{{M_form_cancel}}</a>
</form>
