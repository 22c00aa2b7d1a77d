{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/matching">{{M_page_matching_title}}</a></li><li aria-current="page">{{M_page_need_new_title}}</li></ol></nav>
<h1>{{M_page_need_new_title}}</h1>
<p class="lead">{{M_need_form_lead}}</p>
<form method="post" action="/matching/new" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_need_form_submit}}</button>
</form>
