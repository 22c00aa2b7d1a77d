{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/indicators">{{M_page_indicators_title}}</a></li><li aria-current="page">{{IND_NAME}}</li></ol></nav>
<h1><span class="tag">{{IND_KIND}}</span> {{IND_NAME}}</h1>
<dl class="facts">
  <dt>{{M_indicator_col_policy}}</dt><dd>{{IND_POLICY}}</dd>
  <dt>{{M_indicator_col_unit}}</dt><dd>{{IND_UNIT}}</dd>
  <dt>{{M_indicator_col_baseline}}</dt><dd>{{BASELINE}}</dd>
  <dt>{{M_indicator_col_targets}}</dt><dd>{{TARGETS}}</dd>
  <dt>{{M_indicator_col_latest}}</dt><dd>{{LATEST}}</dd>
  <dt>{{M_indicator_col_status}}</dt><dd><strong class="status status-{{STATUS_CODE}}">{{STATUS}}</strong></dd>
  <dt>{{M_indicator_col_how}}</dt><dd>{{HOW}}</dd>
  {{#COMPUTED}}<dt>{{M_indicator_col_definition}}</dt><dd>{{DEFINITION}}</dd>{{/COMPUTED}}
</dl>
<details class="rule"><summary>{{M_indicators_rule_heading}}</summary><p class="pre-line">{{RULE:pre_escape}}</p></details>
{{CHART:none}}
<p class="legend">{{M_chart_legend}}</p>
{{>INDICATOR_TABLE}}
<h2>{{M_indicator_history_heading}}</h2>
{{#NO_ACTUALS}}<p>{{M_indicator_no_actuals}}</p>{{/NO_ACTUALS}}
{{#HAS_ACTUALS}}<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_indicator_history_heading}}">
<table class="data-table">
<thead><tr><th scope="col">{{M_field_fiscal_year}}</th><th scope="col">{{M_indicator_col_actual}}</th><th scope="col">{{M_indicator_col_status}}</th><th scope="col">{{M_indicator_col_source}}</th><th scope="col">{{M_field_sample_size}}</th><th scope="col">{{M_field_survey_date}}</th><th scope="col">{{M_indicator_col_by}}</th><th scope="col">{{M_indicator_col_at}}</th></tr></thead>
<tbody>{{#ACTUAL}}<tr><th scope="row">{{A_YEAR}}</th><td class="num">{{A_VALUE}}</td><td>{{A_STATUS}}</td><td>{{A_SOURCE}}</td><td class="num">{{A_SAMPLE}}</td><td>{{A_SURVEY_DATE}}</td><td>{{A_BY}}</td><td>{{A_AT}}</td></tr>{{/ACTUAL}}</tbody>
</table>
</div>{{/HAS_ACTUALS}}
{{#COORDINATORS}}<p>{{M_indicator_coordinators_note}} <a href="/coordinators">{{M_page_coordinators_title}}</a></p>{{/COORDINATORS}}
{{#CONTRIBUTING}}<section aria-labelledby="contrib-heading">
  <h2 id="contrib-heading">{{M_indicator_contributing_heading}}（{{C_YEAR_LABEL}}・{{C_COUNT}}{{M_unit_count}}）</h2>
  <form method="get" action="/indicators/{{IND_ID}}#contrib-heading" class="form filter-form" aria-label="{{M_field_fiscal_year}}">
    {{#YEAR_FIELDS}}{{>FIELD}}{{/YEAR_FIELDS}}
    <button type="submit" class="button button-secondary">{{M_summary_show}}</button>
  </form>
  {{#C_NONE}}<p>{{M_indicator_contributing_none}}</p>{{/C_NONE}}
  <div class="table-wrap" tabindex="0" role="region" aria-label="{{M_indicator_contributing_heading}}">
  <table class="data-table">
  <thead><tr><th scope="col">{{M_summary_col_project}}</th><th scope="col">{{M_project_col_region}}</th><th scope="col">{{M_plan_col_plan}}</th><th scope="col">{{M_project_col_runner}}</th></tr></thead>
  <tbody>{{#C_PROJECT}}<tr><th scope="row"><a href="/projects/{{P_ID}}">{{P_TITLE}}</a></th><td>{{P_REGION}}</td><td>{{P_PLAN}}</td><td>{{P_RUNNER}}</td></tr>{{/C_PROJECT}}</tbody>
  </table>
  </div>
</section>{{/CONTRIBUTING}}
{{#COMPUTED_NOTE}}<p class="panel">{{M_indicator_computed_note}}</p>{{/COMPUTED_NOTE}}
{{#ACTUAL_FORM}}<section class="panel" aria-labelledby="actual-heading">
  <h2 id="actual-heading">{{M_indicator_actual_form}}</h2>
  <p>{{M_indicator_actual_lead}}</p>
  <form method="post" action="/indicators/{{IND_ID}}/actuals" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#ACTUAL_FIELDS}}{{>FIELD}}{{/ACTUAL_FIELDS}}
    <button type="submit" class="button">{{M_indicator_actual_submit}}</button>
  </form>
</section>{{/ACTUAL_FORM}}
{{#TARGET_FORM}}<section class="panel" aria-labelledby="target-heading">
  <h2 id="target-heading">{{M_indicator_target_form}}</h2>
  <form method="post" action="/indicators/{{IND_ID}}/targets" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#TARGET_FIELDS}}{{>FIELD}}{{/TARGET_FIELDS}}
    <button type="submit" class="button button-secondary">{{M_indicator_target_submit}}</button>
  </form>
</section>{{/TARGET_FORM}}
