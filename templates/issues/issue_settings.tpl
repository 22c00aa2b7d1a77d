{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/admin">{{M_nav_admin}}</a></li><li aria-current="page">{{M_page_issue_settings_title}}</li></ol></nav>
<h1>{{M_page_issue_settings_title}}</h1>
<p class="lead">{{M_issue_settings_lead}}</p>
<form method="post" action="/admin/issues" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <p class="button-row"><button type="submit" class="button">{{M_form_submit_save}}</button></p>
</form>
