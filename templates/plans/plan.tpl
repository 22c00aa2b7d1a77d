{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/plans">{{M_page_plans_title}}</a></li><li><a href="/plans?region={{REGION_SLUG}}">{{REGION_NAME}}</a></li><li aria-current="page">{{NAME}}</li></ol></nav>
<h1>{{NAME}}</h1>
<p class="tags"><span class="tag">{{STATUS}}</span></p>
<dl class="facts">
  <dt>{{M_plan_col_council}}</dt><dd><a href="/orgs/{{COUNCIL_ID}}">{{COUNCIL}}</a></dd>
  <dt>{{M_plan_col_period}}</dt><dd>{{PERIOD}}</dd>
  <dt>{{M_plan_col_vision}}</dt><dd class="pre-line">{{VISION:pre_escape}}</dd>
</dl>
{{#CAN_EDIT}}<ul class="action-links"><li><a href="/plans/{{ID}}/edit">{{M_plan_edit}}</a></li><li><a href="/plans/{{ID}}/projects/new">{{M_page_project_new_title}}</a></li></ul>{{/CAN_EDIT}}
<p><a href="/plans/summary?region={{REGION_SLUG}}&amp;year={{YEAR}}">{{M_plan_summary_link}}（{{YEAR_LABEL}}）</a></p>
<h2>{{M_plan_goals_heading}}</h2>
<p>{{M_plan_goals_lead}}{{YEAR_LABEL}}</p>
{{#GOAL_KIND}}<section class="panel">
  <h3>{{KIND_LABEL}}</h3>
  {{#NO_GOALS}}<p>{{M_plan_no_goals}}</p>{{/NO_GOALS}}
  {{#GOAL}}<h4>{{GOAL_TEXT}}</h4>
  <ul class="org-list">
  {{#PROJECT}}<li><a href="/projects/{{PROJECT_ID}}">{{TITLE}}</a>（{{RUNNER}}）{{#CITY_COLLABORATION}} <span class="tag">{{M_flag_city_short}}</span>{{/CITY_COLLABORATION}}{{#LIFE_SUPPORT}} <span class="tag">{{M_flag_life_short}}</span>{{/LIFE_SUPPORT}}<br>{{M_summary_col_progress}}：{{PROGRESS}}・{{M_summary_col_grade}}：{{GRADE}}</li>{{/PROJECT}}
  </ul>{{/GOAL}}
</section>{{/GOAL_KIND}}
{{#NO_PROJECTS}}<p>{{M_plan_no_projects}}</p>{{/NO_PROJECTS}}
{{#COMMENTS}}<section id="comments" aria-labelledby="comments-heading">
  <h2 id="comments-heading">{{M_plan_comments_heading}}</h2>
  {{#OPEN}}<p>{{M_plan_comments_open}}</p>{{/OPEN}}
  {{#NO_COMMENTS}}<p>{{M_plan_no_comments}}</p>{{/NO_COMMENTS}}
  <ul class="card-list">
  {{#COMMENT}}<li class="panel">
    <p class="pre-line">{{BODY:pre_escape}}</p>
    <p class="hint">{{M_plan_comment_posted}} {{POSTED_ON}}</p>
    {{#ANSWER}}<div class="answer"><h3>{{M_plan_answer_heading}}（{{ANSWERED_ON}}）</h3><p class="pre-line">{{ANSWER_TEXT:pre_escape}}</p></div>{{/ANSWER}}
    {{#ANSWER_FORM}}<form method="post" action="/plans/comments/{{COMMENT_ID}}/answer" class="form" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      {{#ANSWER_FIELDS}}{{>FIELD}}{{/ANSWER_FIELDS}}
      <button type="submit" class="button button-secondary">{{M_plan_answer_submit}}</button>
    </form>{{/ANSWER_FORM}}
  </li>{{/COMMENT}}
  </ul>
  {{#COMMENT_FORM}}<form method="post" action="/plans/{{ID}}/comments" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#COMMENT_FIELDS}}{{>FIELD}}{{/COMMENT_FIELDS}}
    <button type="submit" class="button">{{M_plan_comment_submit}}</button>
  </form>{{/COMMENT_FORM}}
  {{#LOGIN_TO_COMMENT}}<p><a href="/login?next=/plans/{{ID}}">{{M_plan_login_to_comment}}</a></p>{{/LOGIN_TO_COMMENT}}
</section>{{/COMMENTS}}
