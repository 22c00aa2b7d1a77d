{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_report_title}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<p class="lead">{{M_report_lead}}</p>
<form method="get" action="/reports/annual" class="form filter-form" aria-label="{{M_field_fiscal_year}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button button-secondary">{{M_summary_show}}</button>
</form>
<ul class="action-links">
  <li><a href="/reports/annual.xlsx?year={{YEAR}}" download>{{M_report_xlsx}}</a></li>
  <li><a href="/reports/annual.pdf?year={{YEAR}}" download>{{M_report_pdf}}</a></li>
</ul>
<p class="hint">{{M_report_issued}} {{ISSUED_ON}}</p>
<h2>{{M_report_indicators_heading}}</h2>
<details class="rule"><summary>{{M_indicators_rule_heading}}</summary><p class="pre-line">{{RULE:pre_escape}}</p></details>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_report_indicators_heading}}">
<table class="data-table">
<thead><tr><th scope="col">{{M_indicator_col_name}}</th><th scope="col">{{M_indicator_col_baseline}}</th><th scope="col">{{M_indicator_col_targets}}</th><th scope="col">{{M_report_col_year_actual}}</th><th scope="col">{{M_indicator_col_latest}}</th><th scope="col">{{M_indicator_col_status}}</th></tr></thead>
<tbody>{{#INDICATOR}}<tr><th scope="row"><span class="tag">{{IND_KIND}}</span> <a href="/indicators/{{IND_ID}}">{{IND_NAME}}</a></th><td>{{BASELINE}}</td><td>{{TARGETS}}</td><td class="num">{{YEAR_ACTUAL}}</td><td>{{LATEST}}</td><td><strong class="status status-{{STATUS_CODE}}">{{STATUS}}</strong></td></tr>{{/INDICATOR}}</tbody>
</table>
</div>
<div class="chart-grid">{{#INDICATOR}}<figure class="chart-figure"><figcaption>{{IND_NAME}}</figcaption>{{CHART:none}}</figure>{{/INDICATOR}}</div>
<p class="legend">{{M_chart_legend}}</p>
<h2>{{M_report_projects_heading}}</h2>
<p>{{M_summary_totals}}：{{M_plans_projects}} {{TOTAL_PROJECTS}}{{M_unit_count}}・{{M_flag_city_collaboration}} {{TOTAL_CITY}}{{M_unit_count}}・{{M_flag_life_support}} {{TOTAL_LIFE}}{{M_unit_count}}・{{M_summary_col_budget}} {{TOTAL_BUDGET}}</p>
{{#NO_PROJECTS}}<p>{{M_summary_no_projects}}</p>{{/NO_PROJECTS}}
{{#REGION}}<h3>{{REGION_NAME}}</h3>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{REGION_NAME}} {{M_report_projects_heading}}">
<table class="data-table">
<thead><tr><th scope="col">{{M_summary_col_project}}</th><th scope="col">{{M_project_col_runner}}</th><th scope="col">{{M_summary_col_flags}}</th><th scope="col">{{M_summary_col_budget}}</th><th scope="col">{{M_summary_col_progress}}</th><th scope="col">{{M_summary_col_grade}}</th></tr></thead>
<tbody>{{#PROJECT}}<tr><th scope="row">{{TITLE}}<br><span class="hint">{{PLAN}}</span></th><td>{{RUNNER}}</td><td>{{#CITY_COLLABORATION}}{{M_flag_city_short}} {{/CITY_COLLABORATION}}{{#LIFE_SUPPORT}}{{M_flag_life_short}}{{/LIFE_SUPPORT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{PROGRESS}}</td><td>{{GRADE}}</td></tr>{{/PROJECT}}</tbody>
</table>
</div>{{/REGION}}
