{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/matching">{{M_page_matching_title}}</a></li><li aria-current="page">{{M_page_batch_title}}</li></ol></nav>
<h1>{{M_page_batch_title}}</h1>
<p class="lead">{{M_batch_lead}}</p>
<form method="get" action="/matching/batch" class="inline-form"><input type="hidden" name="run" value="1"><button type="submit" class="button">{{M_batch_run}}</button></form>
{{#RESULT}}
<section aria-labelledby="result-heading">
  <h2 id="result-heading">{{M_batch_result_heading}}</h2>
  <p>{{M_batch_counts_needs}} {{NEEDS}}（{{M_batch_counts_places}} {{PLACES}}）／ {{M_batch_counts_people}} {{PEOPLE}} ／ {{M_batch_counts_edges}} {{EDGES}}</p>
  <p>{{M_batch_counts_proposals}} <strong>{{PROPOSALS}}</strong> ／ {{M_batch_total}} <strong>{{TOTAL}}</strong></p>
  {{#NO_PROPOSALS}}<p>{{M_batch_none}}</p>{{/NO_PROPOSALS}}
  {{#CAN_SEND}}
  <form method="post" action="/matching/batch" class="form">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <p>{{M_batch_review}}</p>
    <ul class="card-list">
    {{#PROPOSAL}}<li class="panel proposal">
      <div class="checkbox"><input type="checkbox" id="pair-{{NEED_ID}}-{{USER_ID}}" name="pair_{{NEED_ID}}_{{USER_ID}}" value="1" checked><label for="pair-{{NEED_ID}}-{{USER_ID}}">{{M_batch_col_send}}：{{NEED_TITLE}} ・ {{PERSON_NAME}}</label></div>
      <dl class="facts">
        <dt>{{M_batch_col_person}}</dt><dd class="proposal-person">{{PERSON_NAME}}</dd>
        <dt>{{M_batch_col_need}}</dt><dd><a class="proposal-need" href="/matching/needs/{{NEED_ID}}">{{NEED_TITLE}}</a></dd>
        <dt>{{M_matching_score}}</dt><dd class="proposal-score">{{SCORE}}</dd>
      </dl>
      {{#REASON_LIST}}<ul class="reasons">{{#REASON}}<li>{{REASON_TEXT}}</li>{{/REASON}}</ul>{{/REASON_LIST}}
    </li>{{/PROPOSAL}}
    </ul>
    <button type="submit" class="button">{{M_batch_send}}</button>
  </form>
  {{/CAN_SEND}}
</section>
{{/RESULT}}
