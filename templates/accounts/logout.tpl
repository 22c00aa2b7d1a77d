{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_logout_title}}</h1>
<p class="lead">{{M_logout_lead}}</p>
<form method="post" action="/logout" class="form">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="button">{{M_nav_logout}}</button>
</form>
<p><a href="/">{{M_form_cancel}}</a></p>
