{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_reset_title}}</h1>
<p class="lead">{{M_reset_lead}}</p>
<form method="post" action="/password/reset" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_form_submit_reset}}</button>
</form>
