{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/talks">{{M_talk_list_title}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<p class="lead">{{M_talk_rules_lead}}</p>
{{#USING_DEFAULT}}<p class="notice">{{M_talk_rules_using_default}}</p>{{/USING_DEFAULT}}
<form method="post" action="/talks/rules/{{ORG_ID}}" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_talk_rules_save}}</button>
</form>
