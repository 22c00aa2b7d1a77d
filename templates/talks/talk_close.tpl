{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/talks">{{M_talk_list_title}}</a></li><li><a href="/talks/{{ID}}">{{TITLE}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<p class="lead">{{TITLE}}（{{WHEN}}）</p>
<form method="post" action="/talks/{{ID}}/close" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="action_rows" value="{{ACTION_ROWS}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <fieldset class="choices">
    <legend>{{M_talk_people_legend}}</legend>
    <p class="hint">{{M_hint_talk_people}}</p>
    {{#PEOPLE_FIELDS}}{{>FIELD}}{{/PEOPLE_FIELDS}}
  </fieldset>
  <h2>{{M_talk_actions_heading}}</h2>
  <p class="hint">{{M_hint_talk_actions}}</p>
  {{#ACTION_ROW}}<fieldset class="choices">
    <legend>{{M_talk_action_row}} {{N}}</legend>
    <input type="hidden" name="action_id_{{N}}" value="{{ROW_ID}}">
    {{#ROW_FIELDS}}{{>FIELD}}{{/ROW_FIELDS}}
  </fieldset>{{/ACTION_ROW}}
  <button type="submit" class="button">{{M_talk_save_minutes}}</button>
</form>
