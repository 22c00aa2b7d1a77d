{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/plans">{{M_page_plans_title}}</a></li>{{#PLAN_LINK}}<li><a href="/plans/{{PLAN_ID}}">{{PLAN_NAME}}</a></li>{{/PLAN_LINK}}<li aria-current="page">{{TITLE}}</li></ol></nav>
<h1>{{TITLE}}</h1>
<p class="tags">{{#CITY_COLLABORATION}}<span class="tag">{{M_flag_city_collaboration}}</span> {{/CITY_COLLABORATION}}{{#LIFE_SUPPORT}}<span class="tag">{{M_flag_life_support}}</span>{{/LIFE_SUPPORT}}</p>
<dl class="facts">
  <dt>{{M_project_col_region}}</dt><dd><a href="/plans/summary?region={{REGION_SLUG}}">{{REGION_NAME}}</a></dd>
  <dt>{{M_plan_col_plan}}</dt><dd>{{#PLAN_LINK}}<a href="/plans/{{PLAN_ID}}">{{PLAN_NAME}}</a>{{/PLAN_LINK}}{{#NO_PLAN}}{{M_project_no_plan}}{{/NO_PLAN}}</dd>
  <dt>{{M_project_col_goal}}</dt><dd>{{GOAL}}</dd>
  <dt>{{M_project_col_runner}}</dt><dd><a href="/orgs/{{RUNNER_ID}}">{{RUNNER}}</a>（{{RUNNER_KIND}}）</dd>
  <dt>{{M_project_col_partners}}</dt><dd>{{PARTNERS}}</dd>
  <dt>{{M_project_col_youth}}</dt><dd class="pre-line">{{YOUTH:pre_escape}}</dd>
  <dt>{{M_project_col_period}}</dt><dd>{{PERIOD}}</dd>
  {{#NO_FLAGS}}<dt>{{M_field_flags}}</dt><dd>{{M_project_no_flags}}</dd>{{/NO_FLAGS}}
</dl>
<p class="pre-line">{{DESCRIPTION:pre_escape}}</p>
{{#CAN_EDIT}}<ul class="action-links"><li><a href="/projects/{{ID}}/edit">{{M_project_edit}}</a></li></ul>{{/CAN_EDIT}}
<h2>{{M_project_lines_heading}}</h2>
<p>{{M_project_lines_lead}}</p>
{{#NO_LINES}}<p>{{M_project_no_lines}}</p>{{/NO_LINES}}
{{#NEXT_FORM}}<section class="panel" aria-labelledby="next-heading">
  <h3 id="next-heading">{{M_project_next_heading}}（{{NEXT_YEAR_LABEL}}）</h3>
  {{#FROM_EVALUATION}}<p>{{M_project_from_evaluation}}{{PREV_YEAR_LABEL}}：{{PREV_GRADE}}<br>{{M_field_to_change}}：{{PREV_TO_CHANGE}}</p>{{/FROM_EVALUATION}}
  <form method="post" action="/projects/{{ID}}/years" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#NEXT_FIELDS}}{{>FIELD}}{{/NEXT_FIELDS}}
    <button type="submit" class="button">{{M_project_next_submit}}</button>
  </form>
</section>{{/NEXT_FORM}}
{{#LINE}}<section class="panel" aria-labelledby="y-{{LINE_YEAR}}">
  <h3 id="y-{{LINE_YEAR}}">{{LINE_YEAR_LABEL}}</h3>
  <dl class="facts">
    <dt>{{M_field_line_target}}</dt><dd class="pre-line">{{TARGET:pre_escape}}</dd>
    <dt>{{M_field_budget}}</dt><dd>{{BUDGET}}（{{FUNDING}}）</dd>
  </dl>
  {{#LINE_EDIT}}<details class="line-edit"{{#OPEN_DETAILS}} open{{/OPEN_DETAILS}}><summary>{{M_project_line_edit}}</summary>
    <form method="post" action="/projects/years/{{LINE_ID}}" class="form" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      {{#LINE_EDIT_FIELDS}}{{>FIELD}}{{/LINE_EDIT_FIELDS}}
      <button type="submit" class="button button-secondary">{{M_project_line_edit_submit}}</button>
    </form>
  </details>{{/LINE_EDIT}}
  <h4>{{M_project_progress_heading}}</h4>
  {{#NO_PROGRESS}}<p>{{M_project_no_progress}}</p>{{/NO_PROGRESS}}
  {{#PROGRESS_LIST}}<ul class="org-list">{{#PROGRESS}}<li><span class="nowrap">{{DATE}}</span> <strong>{{PERCENT}}%</strong> {{NOTE}}</li>{{/PROGRESS}}</ul>{{/PROGRESS_LIST}}
  <h4>{{M_project_evaluation_heading}}</h4>
  {{#EVALUATION}}<dl class="facts"><dt>{{M_field_grade}}</dt><dd><strong>{{GRADE}}</strong></dd><dt>{{M_field_went_well}}</dt><dd class="pre-line">{{WENT_WELL:pre_escape}}</dd><dt>{{M_field_to_change}}</dt><dd class="pre-line">{{TO_CHANGE:pre_escape}}</dd></dl>{{/EVALUATION}}
  {{#EVALUATION_LATER}}<p>{{M_project_evaluation_later}}</p>{{/EVALUATION_LATER}}
  {{#NOT_EVALUATED}}<p>{{M_project_not_evaluated}}</p>{{/NOT_EVALUATED}}
  {{#PROGRESS_FORM}}<form method="post" action="/projects/years/{{LINE_ID}}/progress" class="form" novalidate aria-labelledby="pf-{{LINE_ID}}">
    <h4 id="pf-{{LINE_ID}}">{{M_project_progress_form}}</h4>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#PROGRESS_FIELDS}}{{>FIELD}}{{/PROGRESS_FIELDS}}
    <button type="submit" class="button button-secondary">{{M_project_progress_submit}}</button>
  </form>
  {{#EVALUATION_FORM}}<form method="post" action="/projects/years/{{LINE_ID}}/evaluation" class="form" novalidate aria-labelledby="ef-{{LINE_ID}}">
    <h4 id="ef-{{LINE_ID}}">{{M_project_evaluation_form}}</h4>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#EVALUATION_FIELDS}}{{>FIELD}}{{/EVALUATION_FIELDS}}
    <button type="submit" class="button">{{M_project_evaluation_submit}}</button>
  </form>{{/EVALUATION_FORM}}{{/PROGRESS_FORM}}
</section>{{/LINE}}
