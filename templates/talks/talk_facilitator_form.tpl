{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/talks/facilitators">{{M_talk_facilitators_title}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_talk_facilitator_save}}</button>
</form>
