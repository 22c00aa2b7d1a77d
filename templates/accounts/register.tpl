{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_register_title}}</h1>
<p class="lead">{{M_register_lead}}</p>
<form method="post" action="/register" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_form_submit_register}}</button>
</form>
<p><a href="/login">{{M_register_have_account}}</a></p>
