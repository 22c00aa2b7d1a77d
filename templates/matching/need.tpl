{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/matching">{{M_page_matching_title}}</a></li><li aria-current="page">{{TITLE}}</li></ol></nav>
<h1>{{TITLE}}</h1>
<p class="tags"><span class="tag">{{KIND}}</span> <span class="tag">{{CATEGORY}}</span>{{#MINORS_OK}} <span class="tag">{{M_matching_minors_ok}}</span>{{/MINORS_OK}}{{#NEEDS_CERT}} <span class="tag">{{M_matching_needs_cert}}</span>{{/NEEDS_CERT}} <span class="tag">{{STATUS}}</span></p>
<p class="pre-line">{{DESCRIPTION:pre_escape}}</p>
<dl class="facts">
  <dt>{{M_matching_col_org}}</dt><dd><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></dd>
  <dt>{{M_matching_col_region}}</dt><dd><a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a></dd>
  <dt>{{M_matching_col_place}}</dt><dd>{{PLACE}}</dd>
  <dt>{{M_matching_col_when}}</dt><dd>{{WHEN}}</dd>
  <dt>{{M_matching_col_left}}</dt><dd>{{LEFT}} / {{CAPACITY}}{{M_matching_people_unit}}</dd>
  {{#HAS_REQUIRED}}<dt>{{M_field_required_skills}}</dt><dd>{{REQUIRED_SKILLS}}</dd>{{/HAS_REQUIRED}}
  {{#HAS_WELCOME}}<dt>{{M_field_welcome_skills}}</dt><dd>{{WELCOME_SKILLS}}</dd>{{/HAS_WELCOME}}
</dl>
{{#TAKE_PART}}<section aria-labelledby="take-part" class="panel">
  <h2 id="take-part">{{M_need_take_part_heading}}</h2>
  {{#MINE}}<p>{{M_need_my_status}}：<strong>{{MY_STATUS}}</strong></p>
  {{#HAS_DETAILS}}<h3>{{M_need_details_heading}}</h3><p class="pre-line">{{DETAILS:pre_escape}}</p>{{/HAS_DETAILS}}
  <p><a href="/me/matches">{{M_matching_link_my}}</a></p>{{/MINE}}
  {{#CAN_APPLY}}
  {{#REASON_LIST}}<p>{{M_need_fit_lead}}</p><ul class="reasons">{{#REASON}}<li>{{REASON_TEXT}}</li>{{/REASON}}</ul>{{/REASON_LIST}}
  <p>{{M_need_apply_note}}</p>
  <form method="post" action="/matching/needs/{{NEED_ID}}/apply" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button">{{M_need_apply}}</button></form>
  {{/CAN_APPLY}}
  {{#CANNOT_APPLY}}<p>{{WHY_NOT}}</p>
  {{#NEED_LOGIN}}<p><a href="/login">{{M_nav_login}}</a> ／ <a href="/register">{{M_nav_register}}</a></p>{{/NEED_LOGIN}}
  {{#NEED_PROFILE}}<p><a href="/me/volunteer">{{M_matching_link_profile}}</a></p>{{/NEED_PROFILE}}
  {{/CANNOT_APPLY}}
</section>{{/TAKE_PART}}
{{#MANAGE}}
<section aria-labelledby="people-heading">
  <h2 id="people-heading">{{M_need_people_heading}}</h2>
  {{#NO_MATCHES}}<p>{{M_need_no_matches}}</p>{{/NO_MATCHES}}
  <ul class="card-list">
  {{#MATCH}}<li class="panel">
    <h3>{{PERSON_NAME}}</h3>
    <dl class="facts">
      <dt>{{M_need_col_status}}</dt><dd><strong>{{MATCH_STATUS}}</strong>（{{INITIATED}}）</dd>
      {{#PROFILE_FACTS}}<dt>{{M_field_person_kind}}</dt><dd>{{PERSON_KIND}}{{#MINOR}} <span class="tag">{{M_need_minor}}</span>{{/MINOR}}</dd>
      <dt>{{M_field_skills}}</dt><dd>{{PERSON_SKILLS}}{{#HAS_NOTE}}（{{SKILLS_NOTE}}）{{/HAS_NOTE}}</dd>{{/PROFILE_FACTS}}
      {{#CONTACT}}<dt>{{M_need_col_contact}}</dt><dd><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></dd>{{/CONTACT}}
      {{#HAS_HOURS}}<dt>{{M_need_col_hours}}</dt><dd>{{HOURS}}</dd>{{/HAS_HOURS}}
    </dl>
    <div class="card-actions">
    {{#CAN_DECIDE}}<form method="post" action="/matching/matches/{{MATCH_ID}}/accept" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small">{{M_need_accept}}<span class="visually-hidden">：{{PERSON_NAME}}</span></button></form>
    <form method="post" action="/matching/matches/{{MATCH_ID}}/decline" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small button-secondary">{{M_need_decline}}<span class="visually-hidden">：{{PERSON_NAME}}</span></button></form>{{/CAN_DECIDE}}
    {{#CAN_WITHDRAW}}<form method="post" action="/matching/matches/{{MATCH_ID}}/withdraw" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small button-warning">{{M_need_withdraw}}<span class="visually-hidden">：{{PERSON_NAME}}</span></button></form>{{/CAN_WITHDRAW}}
    </div>
    {{#HOURS_FORM}}
    <form method="post" action="/matching/matches/{{MATCH_ID}}/hours" class="form hours-form" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="field{{#HAS_HOURS_ERROR}} field-error{{/HAS_HOURS_ERROR}}">
        <label for="{{HOURS_ID}}">{{M_need_hours_label}}（{{PERSON_NAME}}）</label>
        <p class="hint" id="hh-{{MATCH_ID}}">{{M_need_hours_hint}}</p>
        {{#HAS_HOURS_ERROR}}<p class="error-message" id="he-{{MATCH_ID}}">{{HOURS_ERROR}}</p>{{/HAS_HOURS_ERROR}}
        <input id="{{HOURS_ID}}" name="hours" type="text" inputmode="decimal" value="{{HOURS_VALUE}}" autocomplete="off" aria-describedby="hh-{{MATCH_ID}}{{#HAS_HOURS_ERROR}} he-{{MATCH_ID}}{{/HAS_HOURS_ERROR}}"{{#HAS_HOURS_ERROR}} aria-invalid="true"{{/HAS_HOURS_ERROR}}>
      </div>
      <button type="submit" class="button button-small button-secondary">{{M_need_hours_submit}}<span class="visually-hidden">：{{PERSON_NAME}}</span></button>
    </form>
    {{/HOURS_FORM}}
  </li>{{/MATCH}}
  </ul>
</section>
{{#SHOW_CANDIDATES}}
<section aria-labelledby="candidates-heading">
  <h2 id="candidates-heading">{{M_need_candidates_heading}}</h2>
  <p>{{M_need_candidates_lead}}</p>
  {{#NO_CANDIDATES}}<p>{{M_need_no_candidates}}</p>{{/NO_CANDIDATES}}
  <ul class="card-list">
  {{#CANDIDATE}}<li class="panel">
    <h3>{{PERSON_NAME}}</h3>
    <p>{{PERSON_KIND}} ／ {{M_matching_score}} <strong>{{SCORE}}</strong></p>
    {{#REASON_LIST}}<ul class="reasons">{{#REASON}}<li>{{REASON_TEXT}}</li>{{/REASON}}</ul>{{/REASON_LIST}}
    <form method="post" action="/matching/needs/{{NEED_ID}}/invite" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="user" value="{{USER_ID}}"><button type="submit" class="button button-small">{{M_need_invite}}<span class="visually-hidden">：{{PERSON_NAME}}</span></button></form>
  </li>{{/CANDIDATE}}
  </ul>
</section>
{{/SHOW_CANDIDATES}}
{{#CAN_CLOSE}}
<form method="post" action="/matching/needs/{{NEED_ID}}/close" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-secondary">{{M_need_close}}</button></form>
{{/CAN_CLOSE}}
{{/MANAGE}}
