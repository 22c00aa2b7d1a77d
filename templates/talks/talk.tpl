{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/talks">{{M_talk_list_title}}</a></li><li><a href="/talks?region={{REGION_SLUG}}">{{REGION_NAME}}</a></li><li aria-current="page">{{TITLE}}</li></ol></nav>
<h1>{{TITLE}}</h1>
<p class="kana" lang="ja">{{TITLE_KANA}}</p>
{{#CANCELLED}}<p class="notice notice-warning"><strong>{{M_talk_cancelled_notice}}</strong></p>{{/CANCELLED}}
<p><span class="tag{{#CANCELLED}} tag-warning{{/CANCELLED}}">{{STATUS}}</span></p>
<dl class="facts">
  <dt>{{M_talk_when}}</dt><dd><time datetime="{{START_ISO}}">{{WHEN}}</time></dd>
  <dt>{{M_field_talk_format}}</dt><dd>{{FORMAT}}</dd>
  {{#HAS_PLACE}}<dt>{{M_field_place}}</dt><dd>{{PLACE}}</dd>{{/HAS_PLACE}}
  {{#HAS_ONLINE}}<dt>{{M_field_talk_online_url}}</dt><dd><a href="{{ONLINE_URL}}" rel="noopener noreferrer">{{ONLINE_URL}}</a></dd>{{/HAS_ONLINE}}
  <dt>{{M_talk_organiser}}</dt><dd>{{ORG_NAME}}</dd>
  <dt>{{M_field_region}}</dt><dd><a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a></dd>
  {{#HAS_AUDIENCE}}<dt>{{M_field_talk_audience}}</dt><dd>{{AUDIENCE}}</dd>{{/HAS_AUDIENCE}}
  {{#HAS_FACILITATOR}}<dt>{{M_field_talk_facilitator}}</dt><dd><a href="/talks/facilitators">{{FACILITATOR}}</a></dd>{{/HAS_FACILITATOR}}
</dl>
{{#HAS_PURPOSE}}<h2>{{M_field_talk_purpose}}</h2>
<p class="pre-line">{{PURPOSE:pre_escape}}</p>{{/HAS_PURPOSE}}
{{#HAS_AGENDA}}<h2>{{M_field_talk_agenda}}</h2>
<ol>{{#AGENDA_ITEM}}<li>{{ITEM}}</li>{{/AGENDA_ITEM}}</ol>{{/HAS_AGENDA}}
{{#HAS_ISSUES}}<h2>{{M_talk_issues_heading}}</h2>
<ul class="link-list">{{#ISSUE}}<li><a href="/issues/{{ISSUE_ID}}">{{ISSUE_TITLE}}</a> <span class="tag">{{ISSUE_STATE}}</span></li>{{/ISSUE}}</ul>{{/HAS_ISSUES}}
<details><summary>{{M_field_talk_ground_rules}}</summary><p class="pre-line">{{GROUND_RULES:pre_escape}}</p></details>
{{#SIGNUP}}<section aria-labelledby="signup-heading" class="panel">
  <h2 id="signup-heading">{{M_talk_signup_heading}}</h2>
  {{#HAS_CAPACITY}}<p>{{CAPACITY_TEXT}}{{#HAS_WAITING}}・{{M_event_waiting}}{{WAITING}}{{M_event_people}}{{/HAS_WAITING}}</p>{{/HAS_CAPACITY}}
  {{#NO_CAPACITY}}<p>{{M_talk_no_capacity}}{{CONFIRMED}}{{M_talk_unit_people}}</p>{{/NO_CAPACITY}}
  {{#SIGNUP_CANCELLED}}<p>{{M_talk_cancelled_notice}}</p>{{/SIGNUP_CANCELLED}}
  {{#OVER}}<p>{{M_talk_signup_over}}</p>{{/OVER}}
  {{#LOGIN_TO_SIGN_UP}}<p><a href="/login">{{M_event_login_to_sign_up}}</a></p>{{/LOGIN_TO_SIGN_UP}}
  {{#SIGNED_UP}}<p role="status">{{MY_STATUS}}</p>
  <form method="post" action="/events/{{EVENT_ID}}/withdraw" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-secondary">{{M_event_withdraw}}</button></form>{{/SIGNED_UP}}
  {{#CAN_SIGN_UP}}<form method="post" action="/events/{{EVENT_ID}}/signup" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button">{{SIGN_UP_LABEL}}</button></form>{{/CAN_SIGN_UP}}
  <p><a href="/events/{{EVENT_ID}}">{{M_talk_event_link}}</a></p>
</section>{{/SIGNUP}}
{{#MINUTES}}<section aria-labelledby="minutes-heading">
  <h2 id="minutes-heading">{{M_talk_minutes_heading}}</h2>
  <div class="post-body">{{MINUTES_HTML:none}}</div>
  {{#HAS_DECISIONS}}<h3>{{M_field_talk_decisions}}</h3>
  <ul>{{#DECISION_ITEM}}<li>{{DECISION}}</li>{{/DECISION_ITEM}}</ul>{{/HAS_DECISIONS}}
  {{#HAS_PEOPLE}}<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_talk_people_legend}}">
  <table class="data-table">
    <caption>{{M_talk_people_legend}}（{{M_talk_total}} {{TOTAL_PEOPLE}}{{M_talk_unit_people}}）</caption>
    <thead><tr><th scope="col">{{M_talk_col_band}}</th><th scope="col">{{M_talk_col_people}}</th></tr></thead>
    <tbody>{{#BAND}}<tr><th scope="row">{{BAND_LABEL}}</th><td class="num">{{BAND_PEOPLE}}</td></tr>{{/BAND}}</tbody>
  </table>
  </div>{{/HAS_PEOPLE}}
</section>{{/MINUTES}}
{{#HAS_ACTIONS}}<section aria-labelledby="actions-heading">
  <h2 id="actions-heading">{{M_talk_actions_heading}}</h2>
  <ul class="card-list">{{#ACTION}}<li class="card" id="action-{{ACTION_ID}}">
    <p class="card-title"><strong>{{WHAT}}</strong> <span class="tag{{#IS_DONE}} status-on_track{{/IS_DONE}}">{{DONE_LABEL}}</span></p>
    <p class="meta">{{M_talk_action_who}}：{{WHO}}・{{M_talk_action_due}}：{{DUE}}</p>
    {{#HAS_ISSUE}}<p><a href="/issues/{{LINK_ISSUE_ID}}">{{M_talk_action_issue_link}}（#{{LINK_ISSUE_ID}}）</a></p>{{/HAS_ISSUE}}
    {{#HAS_PROJECT}}<p><a href="/projects/{{LINK_PROJECT_ID}}">{{M_talk_action_project_link}}</a></p>{{/HAS_PROJECT}}
    {{#MANAGE_ACTION}}<div class="card-actions">
      <form method="post" action="/talks/{{TALK_ID}}/actions/{{ACTION_ID}}/done" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="done" value="{{TOGGLE_TO}}"><button type="submit" class="button button-secondary button-small">{{TOGGLE_LABEL}}<span class="visually-hidden">：{{WHAT}}</span></button></form>
      {{#TO_ISSUE}}<form method="post" action="/talks/{{TALK_ID}}/actions/{{ACTION_ID}}/issue" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><label for="cat-{{ACTION_ID}}">{{M_talk_issue_category}}</label> <select id="cat-{{ACTION_ID}}" name="category" required>{{#CATEGORY}}<option value="{{CAT_VALUE}}">{{CAT_LABEL}}</option>{{/CATEGORY}}</select> <button type="submit" class="button button-secondary button-small">{{M_talk_to_issue}}<span class="visually-hidden">：{{WHAT}}</span></button></form>{{/TO_ISSUE}}
      {{#TO_PROJECT}}<form method="post" action="/talks/{{TALK_ID}}/actions/{{ACTION_ID}}/project" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-secondary button-small">{{M_talk_to_project}}<span class="visually-hidden">：{{WHAT}}</span></button></form>{{/TO_PROJECT}}
    </div>{{/MANAGE_ACTION}}
  </li>{{/ACTION}}</ul>
</section>{{/HAS_ACTIONS}}
{{#CAN_MANAGE}}<section aria-labelledby="manage-heading">
  <h2 id="manage-heading">{{M_talk_manage_heading}}</h2>
  <ul class="action-links">{{#CAN_EDIT}}<li><a href="/talks/{{ID}}/edit">{{M_talk_edit_link}}</a></li>{{/CAN_EDIT}}{{#CAN_CLOSE}}<li><a href="/talks/{{ID}}/close">{{CLOSE_LABEL}}</a></li>{{/CAN_CLOSE}}<li><a href="/talks/rules/{{ORG_ID}}">{{M_talk_rules_link}}</a></li></ul>
  {{#CAN_CANCEL}}<form method="post" action="/talks/{{ID}}/cancel" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-warning">{{M_talk_cancel}}</button></form>{{/CAN_CANCEL}}
</section>{{/CAN_MANAGE}}
