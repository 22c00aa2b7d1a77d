{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/plans">{{M_page_plans_title}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}} <span class="kana">{{YEAR_LABEL}}</span></h1>
<form method="get" action="/plans/summary" class="form filter-form" aria-label="{{M_field_fiscal_year}}">
  {{#ONE_REGION}}<input type="hidden" name="region" value="{{REGION_SLUG}}">{{/ONE_REGION}}
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button button-secondary">{{M_summary_show}}</button>
</form>
{{#ONE_REGION}}
<p>{{M_summary_totals}}：{{M_plans_projects}} {{TOTAL_PROJECTS}}{{M_unit_count}}・{{M_flag_city_short}} {{TOTAL_CITY}}{{M_unit_count}}・{{M_flag_life_short}} {{TOTAL_LIFE}}{{M_unit_count}}・{{M_summary_col_budget}} {{TOTAL_BUDGET}}</p>
{{#NO_PROJECTS}}<p>{{M_summary_no_projects}}</p>{{/NO_PROJECTS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_summary_table_label}}">
<table class="data-table">
<thead><tr><th scope="col">{{M_summary_col_project}}</th><th scope="col">{{M_project_col_runner}}</th><th scope="col">{{M_summary_col_flags}}</th><th scope="col">{{M_field_line_target}}</th><th scope="col">{{M_summary_col_budget}}</th><th scope="col">{{M_summary_col_progress}}</th><th scope="col">{{M_summary_col_grade}}</th></tr></thead>
<tbody>{{#PROJECT}}<tr><th scope="row"><a href="/projects/{{PROJECT_ID}}">{{TITLE}}</a></th><td>{{RUNNER}}（{{RUNNER_KIND}}）</td><td>{{#CITY_COLLABORATION}}{{M_flag_city_short}} {{/CITY_COLLABORATION}}{{#LIFE_SUPPORT}}{{M_flag_life_short}}{{/LIFE_SUPPORT}}</td><td class="pre-line">{{TARGET:pre_escape}}</td><td class="num">{{BUDGET}}</td><td class="num">{{PROGRESS}}</td><td>{{GRADE}}</td></tr>{{/PROJECT}}</tbody>
</table>
</div>
<p><a href="/plans/summary?year={{YEAR}}">{{M_summary_all_link}}</a></p>
{{/ONE_REGION}}
{{#ALL_REGIONS}}
<p>{{M_summary_lead}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_summary_table_label}}">
<table class="data-table">
<thead><tr><th scope="col">{{M_project_col_region}}</th><th scope="col">{{M_plans_projects}}</th><th scope="col">{{M_flag_city_short}}</th><th scope="col">{{M_flag_life_short}}</th><th scope="col">{{M_summary_col_budget}}</th><th scope="col">{{M_summary_col_avg_progress}}</th><th scope="col">{{M_grade_A}}</th><th scope="col">{{M_grade_B}}</th><th scope="col">{{M_grade_C}}</th><th scope="col">{{M_grade_none}}</th></tr></thead>
<tbody>{{#REGION}}<tr><th scope="row" class="nowrap"><a href="/plans/summary?region={{REGION_SLUG}}&amp;year={{YEAR}}">{{REGION_NAME}}</a></th><td class="num">{{PROJECTS}}</td><td class="num">{{CITY}}</td><td class="num">{{LIFE}}</td><td class="num">{{BUDGET}}</td><td class="num">{{PROGRESS}}</td><td class="num">{{GRADE_A}}</td><td class="num">{{GRADE_B}}</td><td class="num">{{GRADE_C}}</td><td class="num">{{GRADE_NONE}}</td></tr>{{/REGION}}</tbody>
<tfoot><tr><th scope="row">{{M_summary_total}}</th><td class="num">{{TOTAL_PROJECTS}}</td><td class="num">{{TOTAL_CITY}}</td><td class="num">{{TOTAL_LIFE}}</td><td class="num">{{TOTAL_BUDGET}}</td><td></td><td></td><td></td><td></td><td></td></tr></tfoot>
</table>
</div>
{{/ALL_REGIONS}}
