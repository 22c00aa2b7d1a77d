{{%AUTOESCAPE context="HTML"}}<h1>{{REGION_NAME}}{{M_page_center_suffix}}</h1>
<p class="lead">{{M_center_lead}}</p>
<form method="post" action="/admin/regions/{{SLUG}}/center" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_form_submit_save}}</button>
</form>
<p><a href="/regions/{{SLUG}}">{{M_form_cancel}}</a></p>
