{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_forgot_title}}</h1>
<p class="lead">{{M_forgot_lead}}</p>
<form method="post" action="/password/forgot" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_form_submit_send}}</button>
</form>
