{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_login_title}}</h1>
<p class="lead">{{M_login_lead}}</p>
<form method="post" action="/login" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_form_submit_login}}</button>
</form>
<ul class="link-list">
  <li><a href="/password/forgot">{{M_login_forgot}}</a></li>
  <li><a href="/register">{{M_login_no_account}}</a></li>
</ul>
