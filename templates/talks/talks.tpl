{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<p class="lead">{{M_talk_list_lead}}</p>
{{#SUMMARY}}<section aria-labelledby="summary-heading" class="panel">
  <h2 id="summary-heading">{{SUMMARY_HEADING}}</h2>
  <p>{{FY}}</p>
  <dl class="facts">
    <dt>{{M_talk_summary_held}}</dt><dd>{{HELD}}{{M_talk_unit_times}}</dd>
    <dt>{{M_talk_summary_people}}</dt><dd>{{TOTAL_PEOPLE}}{{M_talk_unit_people}}</dd>
    <dt>{{M_talk_summary_open}}</dt><dd>{{OPEN_COUNT}}{{M_talk_unit_items}}</dd>
  </dl>
  <div class="table-wrap" tabindex="0" role="region" aria-label="{{M_talk_summary_people_table}}">
  <table class="data-table">
    <caption>{{M_talk_summary_people_table}}</caption>
    <thead><tr><th scope="col">{{M_talk_col_band}}</th><th scope="col">{{M_talk_col_people}}</th></tr></thead>
    <tbody>{{#BAND}}<tr><th scope="row">{{BAND_LABEL}}</th><td class="num">{{BAND_PEOPLE}}</td></tr>{{/BAND}}</tbody>
  </table>
  </div>
  <h3>{{M_talk_summary_open}}</h3>
  {{#NO_OPEN}}<p>{{M_talk_summary_no_open}}</p>{{/NO_OPEN}}
  <ul class="link-list">{{#OPEN_ACTION}}<li><a href="{{TALK_URL}}">{{WHAT}}</a><br><span class="meta">{{M_talk_action_who}}：{{WHO}}・{{M_talk_action_due}}：{{DUE}}・{{TALK_TITLE}}</span></li>{{/OPEN_ACTION}}</ul>
</section>{{/SUMMARY}}
{{#CAN_CREATE}}<p class="actions"><a class="button" href="/talks/new">{{M_talk_create_link}}</a></p>
<details><summary>{{M_talk_rules_links}}</summary><ul class="link-list">{{#RULES_ORG}}<li><a href="/talks/rules/{{ORG_ID}}">{{ORG_NAME}}</a></li>{{/RULES_ORG}}</ul></details>{{/CAN_CREATE}}
<form method="get" action="/talks" class="filters" aria-label="{{M_filter_heading}}">
  <div class="filter-row">
    <div class="field"><label for="f-region">{{M_field_region}}</label>
      <select id="f-region" name="region">{{#REGION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGION_OPTION}}</select></div>
    <div class="field"><label for="f-format">{{M_field_talk_format}}</label>
      <select id="f-format" name="format">{{#FORMAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMAT_OPTION}}</select></div>
    <div class="field"><label for="f-when">{{M_talk_filter_when}}</label>
      <select id="f-when" name="when">{{#WHEN_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WHEN_OPTION}}</select></div>
  </div>
  <button type="submit" class="button button-secondary">{{M_filter_submit}}</button>
</form>
<p role="status">{{TOTAL}}</p>
{{#NO_TALKS}}<p>{{M_talk_none}}</p>{{/NO_TALKS}}
<div class="card-list">{{#TALK}}<article class="card">
  <h2 class="card-title"><a href="{{URL}}">{{TITLE}}</a> <span class="tag{{#CANCELLED}} tag-warning{{/CANCELLED}}">{{STATUS}}</span></h2>
  <p class="meta"><time datetime="{{START_ISO}}">{{WHEN}}</time>・{{FORMAT}}</p>
  <p class="meta"><a href="/talks?region={{REGION_SLUG}}">{{REGION_NAME}}</a>{{#HAS_PLACE}}・{{PLACE}}{{/HAS_PLACE}}・{{ORG_NAME}}</p>
</article>{{/TALK}}</div>
{{>PAGING}}
<p><a href="/talks/facilitators">{{M_talk_facilitators_title}}</a>・<a href="/events">{{M_page_events_title}}</a></p>
