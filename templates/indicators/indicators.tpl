{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_indicators_title}}</li></ol></nav>
<h1>{{M_page_indicators_title}}</h1>
<p class="lead">{{M_indicators_lead}}</p>
<p>{{M_indicators_status_as_of}}{{YEAR_LABEL}}</p>
<details class="rule"><summary>{{M_indicators_rule_heading}}</summary><p class="pre-line">{{RULE:pre_escape}}</p></details>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_indicators_overview}}">
<table class="data-table">
<thead><tr><th scope="col">{{M_indicator_col_name}}</th><th scope="col">{{M_indicator_col_baseline}}</th><th scope="col">{{M_indicator_col_latest}}</th><th scope="col">{{M_indicator_col_targets}}</th><th scope="col">{{M_indicator_col_status}}</th></tr></thead>
<tbody>{{#INDICATOR}}<tr><th scope="row"><span class="tag">{{IND_KIND}}</span> <a href="#ind-{{IND_ID}}">{{IND_NAME}}</a></th><td>{{BASELINE}}</td><td>{{LATEST}}</td><td>{{TARGETS}}</td><td><strong class="status status-{{STATUS_CODE}}">{{STATUS}}</strong></td></tr>{{/INDICATOR}}</tbody>
</table>
</div>
{{#INDICATOR}}<section class="panel indicator" id="ind-{{IND_ID}}" aria-labelledby="ind-h-{{IND_ID}}">
  <h2 id="ind-h-{{IND_ID}}"><span class="tag">{{IND_KIND}}</span> {{IND_NAME}}</h2>
  <p>{{IND_POLICY}}・{{HOW}}・{{M_indicator_col_status}}：<strong class="status status-{{STATUS_CODE}}">{{STATUS}}</strong></p>
  {{CHART:none}}
  <p class="legend">{{M_chart_legend}}</p>
  {{>INDICATOR_TABLE}}
  <p><a href="/indicators/{{IND_ID}}">{{M_indicator_detail_link}}<span class="visually-hidden">（{{IND_NAME}}）</span></a></p>
</section>{{/INDICATOR}}
<p><a href="/reports/annual">{{M_page_report_title}}</a>・<a href="/api/v1/indicators">{{M_indicators_json}}</a></p>
