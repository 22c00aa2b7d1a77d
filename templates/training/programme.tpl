{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/training">{{M_page_training_title}}</a></li><li aria-current="page">{{NAME}}</li></ol></nav>
<h1>{{NAME}}</h1>
<p class="lead">{{DESCRIPTION}}</p>
<p>{{RULE}} {{VALIDITY}}</p>
<section aria-labelledby="sessions-heading">
  <h2 id="sessions-heading">{{M_training_sessions_heading}}</h2>
  {{#NO_SESSIONS}}<p>{{M_training_no_sessions}}</p>{{/NO_SESSIONS}}
  <ol class="session-list">
  {{#SESSION}}<li class="panel">
    <h3><span class="nowrap">{{STARTS_AT}}</span> {{TITLE}}</h3>
    <p>{{M_training_col_place}}：{{PLACE}} ／ {{M_training_col_capacity}}：{{CAPACITY}}</p>
    {{#ATTENDANCE}}
    {{#NO_TRAINEES_YET}}<p>{{M_training_no_trainees_yet}}</p>{{/NO_TRAINEES_YET}}
    <form method="post" action="/training/sessions/{{SESSION_ID}}/attendance" class="form">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <fieldset>
        <legend>{{M_training_attendance}}（<span class="nowrap">{{STARTS_AT}}</span>）</legend>
        {{#TRAINEE_BOX}}<div class="checkbox"><input type="checkbox" id="att-{{SESSION_ID}}-{{USER_ID}}" name="attended_{{USER_ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="att-{{SESSION_ID}}-{{USER_ID}}">{{TRAINEE_NAME}}</label></div>{{/TRAINEE_BOX}}
      </fieldset>
      <button type="submit" class="button button-secondary">{{M_training_attendance_save}}</button>
    </form>
    {{/ATTENDANCE}}
  </li>{{/SESSION}}
  </ol>
</section>
{{#SHOW_TRAINEES}}
<section aria-labelledby="trainees-heading">
  <h2 id="trainees-heading">{{M_training_trainees_heading}}</h2>
  {{#NO_TRAINEES}}<p>{{M_training_no_trainees}}</p>{{/NO_TRAINEES}}
  <ul class="card-list">
  {{#TRAINEE}}<li class="panel">
    <h3>{{TRAINEE_NAME}}</h3>
    <dl class="facts">
      <dt>{{M_training_col_recommended}}</dt><dd>{{RECOMMENDED_BY}}</dd>
      <dt>{{M_training_col_attended}}</dt><dd>{{ATTENDED}} / {{REQUIRED}}</dd>
      <dt>{{M_training_col_report}}</dt><dd>{{REPORT}}</dd>
      <dt>{{M_training_col_status}}</dt><dd><strong>{{STATUS}}</strong></dd>
      {{#CERT}}<dt>{{M_training_col_cert}}</dt><dd><span class="nowrap">{{NUMBER}}</span>（<span class="nowrap">{{M_training_valid_until}} {{VALID_UNTIL}}</span>）{{#REVOKED}} <span class="nowrap">{{M_training_revoked_on}} {{REVOKED_ON}}</span>{{/REVOKED}}</dd>{{/CERT}}
    </dl>
    <div class="card-actions">
    {{#REPORT_FORM}}<form method="post" action="/training/trainees/{{TRAINEE_ID}}/report" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="submitted" value="{{REPORT_VALUE}}"><button type="submit" class="button button-small button-secondary">{{REPORT_BUTTON}}<span class="visually-hidden">：{{TRAINEE_NAME}}</span></button></form>{{/REPORT_FORM}}
    {{#CAN_CERTIFY}}<form method="post" action="/training/trainees/{{TRAINEE_ID}}/certify" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small">{{M_training_certify}}<span class="visually-hidden">：{{TRAINEE_NAME}}</span></button></form>{{/CAN_CERTIFY}}
    {{#CERT}}{{#CERT_ACTIONS}}<form method="post" action="/certifications/{{CERT_ID}}" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" name="action" value="renew" class="button button-small button-secondary">{{M_training_renew}}<span class="visually-hidden">：{{TRAINEE_NAME}}</span></button></form>{{/CERT_ACTIONS}}{{/CERT}}
    </div>
    {{#CERT}}{{#CERT_ACTIONS}}
    <form method="post" action="/certifications/{{CERT_ID}}" class="form revoke-form">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="field"><label for="reason-{{CERT_ID}}">{{M_training_revoke_reason}}（{{TRAINEE_NAME}}）</label><input id="reason-{{CERT_ID}}" name="reason" type="text" autocomplete="off"></div>
      <button type="submit" name="action" value="revoke" class="button button-small button-warning">{{M_training_revoke}}<span class="visually-hidden">：{{TRAINEE_NAME}}</span></button>
    </form>
    {{/CERT_ACTIONS}}{{/CERT}}
  </li>{{/TRAINEE}}
  </ul>
</section>
{{/SHOW_TRAINEES}}
{{#CAN_RECOMMEND}}
<section aria-labelledby="recommend-heading" class="panel">
  <h2 id="recommend-heading">{{M_training_recommend_heading}}</h2>
  <p>{{M_training_recommend_lead}}</p>
  <form method="post" action="/training/{{ID}}/trainees" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#RECOMMEND_FIELDS}}{{>FIELD}}{{/RECOMMEND_FIELDS}}
    <button type="submit" class="button">{{M_training_recommend}}</button>
  </form>
</section>
{{/CAN_RECOMMEND}}
{{#CAN_MANAGE}}
<section aria-labelledby="session-heading" class="panel">
  <h2 id="session-heading">{{M_training_add_session_heading}}</h2>
  <form method="post" action="/training/{{ID}}/sessions" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#SESSION_FIELDS}}{{>FIELD}}{{/SESSION_FIELDS}}
    <button type="submit" class="button">{{M_training_add_session}}</button>
  </form>
</section>
{{/CAN_MANAGE}}
<p><a href="/training">{{M_training_back}}</a></p>
