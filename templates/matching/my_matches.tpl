{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/me">{{M_nav_me}}</a></li><li aria-current="page">{{M_page_my_matches_title}}</li></ol></nav>
<h1>{{M_page_my_matches_title}}</h1>
{{#NO_PROFILE}}<div class="panel"><p>{{M_my_matches_no_profile}}</p><p><a class="button" href="/me/volunteer">{{M_matching_link_profile}}</a></p></div>{{/NO_PROFILE}}
{{#PROFILE}}<p>{{M_field_person_kind}}：{{PROFILE_KIND}} ／ {{VISIBILITY}} ／ <a href="/me/volunteer">{{M_my_matches_edit_profile}}</a></p>
{{#PAUSED}}<p class="notice">{{M_my_matches_paused}}</p>{{/PAUSED}}
{{#NEEDS_CONSENT}}<p class="notice">{{M_matching_excl_minor_consent}}</p>{{/NEEDS_CONSENT}}{{/PROFILE}}
<section aria-labelledby="mine-heading">
  <h2 id="mine-heading">{{M_my_matches_heading}}</h2>
  {{#NO_MATCHES}}<p>{{M_my_matches_none}}</p>{{/NO_MATCHES}}
  <ul class="card-list">
  {{#MATCH}}<li class="panel">
    <h3><a href="/matching/needs/{{NEED_ID}}">{{TITLE}}</a></h3>
    <dl class="facts">
      <dt>{{M_matching_col_org}}</dt><dd>{{ORG_NAME}}</dd>
      <dt>{{M_matching_col_when}}</dt><dd>{{DATES}}</dd>
      <dt>{{M_need_col_status}}</dt><dd><strong>{{MATCH_STATUS}}</strong></dd>
      {{#HAS_CERTIFICATE}}<dt>{{M_need_col_hours}}</dt><dd>{{HOURS}}</dd>{{/HAS_CERTIFICATE}}
    </dl>
    <div class="card-actions">
    {{#CAN_ANSWER}}<form method="post" action="/matching/matches/{{MATCH_ID}}/accept" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small">{{M_my_matches_accept}}<span class="visually-hidden">：{{TITLE}}</span></button></form>
    <form method="post" action="/matching/matches/{{MATCH_ID}}/decline" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small button-secondary">{{M_my_matches_decline}}<span class="visually-hidden">：{{TITLE}}</span></button></form>{{/CAN_ANSWER}}
    {{#CAN_WITHDRAW}}<form method="post" action="/matching/matches/{{MATCH_ID}}/withdraw" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-small button-warning">{{M_need_withdraw}}<span class="visually-hidden">：{{TITLE}}</span></button></form>{{/CAN_WITHDRAW}}
    {{#HAS_CERTIFICATE}}<a class="button button-small" href="/me/matches/{{MATCH_ID}}/certificate.pdf">{{M_my_matches_certificate}}<span class="visually-hidden">：{{TITLE}}</span></a>{{/HAS_CERTIFICATE}}
    </div>
  </li>{{/MATCH}}
  </ul>
</section>
{{#PROFILE}}
<section aria-labelledby="recs-heading">
  <h2 id="recs-heading">{{M_my_matches_recs_heading}}</h2>
  <p>{{M_my_matches_recs_lead}}</p>
  {{#NO_RECS}}<p>{{M_my_matches_no_recs}}</p>{{/NO_RECS}}
  <ul class="card-list">
  {{#REC}}<li class="panel">
    <h3><a href="/matching/needs/{{NEED_ID}}">{{TITLE}}</a></h3>
    <p>{{ORG_NAME}} ／ {{REGION_NAME}} ／ {{WHEN}}</p>
    <p>{{M_matching_score}} <strong>{{SCORE}}</strong></p>
    {{#REASON_LIST}}<ul class="reasons">{{#REASON}}<li>{{REASON_TEXT}}</li>{{/REASON}}</ul>{{/REASON_LIST}}
  </li>{{/REC}}
  </ul>
</section>
{{/PROFILE}}
