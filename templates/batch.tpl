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
    <div class="table-wrap">
    <table class="data-table">
      <caption class="visually-hidden">{{M_batch_result_heading}}</caption>
      <thead><tr><th scope="col">{{M_batch_col_send}}</th><th scope="col">{{M_batch_col_need}}</th><th scope="col">{{M_batch_col_person}}</th><th scope="col" class="num">{{M_matching_score}}</th><th scope="col">{{M_batch_col_reasons}}</th></tr></thead>
      <tbody>
      {{#PROPOSAL}}<tr>
        <td><input type="checkbox" id="pair-{{NEED_ID}}-{{USER_ID}}" name="pair_{{NEED_ID}}_{{USER_ID}}" value="1" checked aria-label="{{M_batch_col_send}}：{{NEED_TITLE}} ・ {{PERSON_NAME}}"></td>
        <td><a href="/matching/needs/{{NEED_ID}}">{{NEED_TITLE}}</a></td>
        <td>{{PERSON_NAME}}</td>
        <td class="num">{{SCORE}}</td>
        <td>{{#REASON_LIST}}<ul class="reasons">{{#REASON}}<li>{{REASON_TEXT}}</li>{{/REASON}}</ul>{{/REASON_LIST}}</td>
      </tr>{{/PROPOSAL}}
      </tbody>
    </table>
    </div>
    <button type="submit" class="button">{{M_batch_send}}</button>
  </form>
  {{/CAN_SEND}}
</section>
{{/RESULT}}
