{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/plans">{{M_page_plans_title}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
{{#EDITING}}<p>{{M_plan_edit_lead}}</p>{{/EDITING}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_plan_save}}</button>
  <a href="{{BACK}}">{{M_form_cancel}}</a>
</form>
