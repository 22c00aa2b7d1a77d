{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/issues">{{M_page_issues_title}}</a></li><li><a href="/issues?region={{REGION_SLUG}}">{{REGION_NAME}}</a></li><li aria-current="page">{{TITLE}}</li></ol></nav>
<article class="issue">
<h1>{{TITLE}}</h1>
<p class="meta"><span class="tag">{{CATEGORY}}</span> <a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a>{{#HAS_ASSOCIATION}}・{{ASSOCIATION}}{{/HAS_ASSOCIATION}}・<time datetime="{{DATE_ISO}}">{{DATE}}</time>{{#HAS_BY_ORG}}・{{M_issue_raised_by}}{{BY_ORG}}{{/HAS_BY_ORG}}</p>
<section class="panel issue-now" aria-labelledby="now-heading">
  <h2 id="now-heading">{{M_issue_now_heading}}</h2>
  <p class="issue-status"><span class="state state-{{STATE_KEY}}">{{STATE}}</span> {{LEVEL}}：<strong>{{HOLDER}}</strong>{{#WITH_COUNCIL}}（{{M_issue_with_council}}{{COUNCIL}}）{{/WITH_COUNCIL}}</p>
  {{#DUE}}<p>{{M_issue_due}}：{{DUE_DATE}}{{#OVERDUE}} <strong class="overdue">{{M_issue_overdue}}</strong>{{/OVERDUE}}</p>{{/DUE}}
  {{#RESOLVED}}<p class="resolution"><strong>{{M_issue_resolution}}</strong>：<span class="pre-line">{{RESOLUTION:pre_escape}}</span></p>{{/RESOLVED}}
  <ol class="steps" aria-label="{{M_issue_steps}}">{{#STEP}}<li{{#CURRENT}} aria-current="step" class="current"{{/CURRENT}}><span class="step-label">{{STEP_LABEL}}</span> {{STEP_NAME}}</li>{{/STEP}}</ol>
</section>
<div class="post-body"><p class="pre-line">{{DESCRIPTION:pre_escape}}</p></div>
{{#HAS_ADDRESS}}<p>{{M_issue_place}}：{{ADDRESS}}</p>{{/HAS_ADDRESS}}
{{#HAS_GEO}}<p>{{M_issue_position}}：{{M_field_lat}} {{LAT}}、{{M_field_lon}} {{LON}}</p>{{/HAS_GEO}}
{{#IMAGE}}<figure class="post-image"><img src="{{SRC}}" alt="{{ALT}}" width="{{WIDTH}}" height="{{HEIGHT}}" loading="lazy"></figure>{{/IMAGE}}
{{#HAS_MEDIA_URL}}<p><a href="{{MEDIA_URL}}" rel="nofollow ugc noopener">{{M_issue_media_link}}</a></p>{{/HAS_MEDIA_URL}}
</article>
<section class="panel" aria-labelledby="together-heading">
  <h2 id="together-heading">{{M_issue_together_heading}}</h2>
  <p>{{METOO_PEOPLE}}</p>
  {{#METOO_FORM}}<form method="post" action="/issues/{{ID}}/metoo" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button">{{M_issue_metoo}}</button></form>{{/METOO_FORM}}
  {{#METOO_DONE}}<p>{{M_issue_metoo_done}}</p>{{/METOO_DONE}}
  {{#FOLLOW}}<form method="post" action="/issues/{{ID}}/follow" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="on" value="{{FOLLOW_ON}}"><button type="submit" class="button button-secondary">{{FOLLOW_LABEL}}</button></form>{{#FOLLOWING}}<p class="hint">{{M_issue_following_hint}}</p>{{/FOLLOWING}}{{/FOLLOW}}
  {{#LOGIN_TO_FOLLOW}}<p><a href="/login">{{M_issue_login_to_follow}}</a></p>{{/LOGIN_TO_FOLLOW}}
</section>
{{#ACTIONS}}<section class="panel" aria-labelledby="act-heading">
  <h2 id="act-heading">{{M_issue_actions_heading}}</h2>
  <p>{{M_issue_acting_as}}{{ACTING_AS}}</p>
  {{#HAS_NEXT}}<p class="hint">{{M_issue_escalate_hint}}{{NEXT_LEVEL}}</p>{{/HAS_NEXT}}
  <form method="post" action="/issues/{{ID}}/transition" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <div class="field{{#HAS_ACTION_ERROR}} field-error{{/HAS_ACTION_ERROR}}">
      <label for="f-note">{{M_field_issue_note}}</label>
      <p class="hint" id="h-note">{{M_hint_issue_note}}</p>
      {{#HAS_ACTION_ERROR}}<p class="error-message" id="e-note" role="alert">{{ACTION_ERROR}}</p>{{/HAS_ACTION_ERROR}}
      <textarea id="f-note" name="note" rows="4" aria-describedby="h-note{{#HAS_ACTION_ERROR}} e-note{{/HAS_ACTION_ERROR}}"{{#HAS_ACTION_ERROR}} aria-invalid="true"{{/HAS_ACTION_ERROR}}>{{NOTE:pre_escape}}</textarea>
    </div>
    <p class="button-row">{{#MOVE}}<button type="submit" name="action" value="{{MOVE}}" class="button{{#SECONDARY}} button-secondary{{/SECONDARY}}">{{MOVE_LABEL}}</button> {{/MOVE}}</p>
  </form>
</section>{{/ACTIONS}}
{{#HANDOVER}}<section class="panel" aria-labelledby="handover-heading">
  <h2 id="handover-heading">{{M_issue_handover_heading}}</h2>
  <form method="post" action="/issues/{{ID}}/handover" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <div class="field"><label for="f-department">{{M_field_issue_department}}</label>
      <select id="f-department" name="department">{{#DEPARTMENT_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/DEPARTMENT_OPTION}}</select></div>
    <div class="field"><label for="f-handover_note">{{M_field_issue_handover_note}}</label>
      <textarea id="f-handover_note" name="handover_note" rows="2"></textarea></div>
    <button type="submit" class="button button-secondary">{{M_issue_handover_submit}}</button>
  </form>
</section>{{/HANDOVER}}
<section aria-labelledby="timeline" class="timeline">
  <h2 id="timeline">{{M_issue_timeline}}</h2>
  <ol class="timeline-list">{{#ENTRY}}<li class="entry entry-{{KIND}}">
    <p class="meta"><time datetime="{{AT_ISO}}">{{AT}}</time>・{{WHO}}</p>
    <p><strong>{{WHAT}}</strong></p>
    {{#HAS_NOTE}}<p class="pre-line">{{NOTE:pre_escape}}</p>{{/HAS_NOTE}}
  </li>{{/ENTRY}}</ol>
  {{#COMMENT_FORM}}<form method="post" action="/issues/{{ID}}/comment" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <div class="field{{#HAS_COMMENT_ERROR}} field-error{{/HAS_COMMENT_ERROR}}">
      <label for="f-comment">{{M_field_issue_comment}}</label>
      {{#HAS_COMMENT_ERROR}}<p class="error-message" id="e-comment" role="alert">{{COMMENT_ERROR}}</p>{{/HAS_COMMENT_ERROR}}
      <textarea id="f-comment" name="note" rows="3"{{#HAS_COMMENT_ERROR}} aria-invalid="true" aria-describedby="e-comment"{{/HAS_COMMENT_ERROR}}>{{COMMENT:pre_escape}}</textarea>
    </div>
    <button type="submit" class="button button-secondary">{{M_issue_comment_submit}}</button>
  </form>{{/COMMENT_FORM}}
</section>
<section aria-labelledby="talks-heading">
  <h2 id="talks-heading">{{M_issue_talks_heading}}</h2>
  {{#NO_TALKS}}<p>{{M_issue_no_talks}}</p>{{/NO_TALKS}}
  <ul>{{#TALK}}<li><a href="{{URL}}">{{TITLE}}</a>（{{DATE}}）</li>{{/TALK}}</ul>
</section>
<section aria-labelledby="similar-heading">
  <h2 id="similar-heading">{{M_issue_similar_heading}}</h2>
  <p class="hint">{{M_issue_similar_hint}}</p>
  {{#NO_SIMILAR}}<p>{{M_issue_no_similar}}</p>{{/NO_SIMILAR}}
  <ul class="similar-list">{{#SIMILAR}}<li><a href="{{URL}}">{{TITLE}}</a>（{{REGION_NAME}}・{{STATE}}・{{HOLDER}}）{{#RESOLVED}}<br>{{M_issue_resolution}}：{{RESOLUTION}}{{/RESOLVED}}</li>{{/SIMILAR}}</ul>
</section>
