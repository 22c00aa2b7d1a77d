{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/talks">{{M_talk_list_title}}</a></li>{{#HAS_BACK}}<li><a href="{{BACK_HREF}}">{{BACK_TITLE}}</a></li>{{/HAS_BACK}}<li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{SUBMIT}}</button>
</form>
