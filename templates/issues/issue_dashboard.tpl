{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/issues">{{M_page_issues_title}}</a></li><li aria-current="page">{{M_page_issue_dashboard_title}}</li></ol></nav>
<h1>{{M_page_issue_dashboard_title}}</h1>
<p class="lead">{{M_issue_dashboard_lead}}</p>
<section aria-labelledby="chart-heading"><h2 id="chart-heading">{{M_issue_chart_title}}</h2>
<figure class="chart-figure">{{CHART:none}}
<figcaption><span class="swatch bar-open" aria-hidden="true"></span>{{M_issue_legend_open}} <span class="swatch bar-resolved" aria-hidden="true"></span>{{M_issue_legend_resolved}} <span class="swatch bar-other" aria-hidden="true"></span>{{M_issue_legend_declined}}</figcaption></figure></section>
<section aria-labelledby="overdue-heading"><h2 id="overdue-heading">{{M_issue_dashboard_overdue}}</h2>
<ul>{{#OVERDUE_LEVEL}}<li><a href="/issues?level={{LEVEL_KEY}}&amp;overdue=1">{{LEVEL_LABEL}}：{{COUNT}}{{M_issue_count_unit}}</a></li>{{/OVERDUE_LEVEL}}</ul></section>
<section aria-labelledby="table-heading"><h2 id="table-heading">{{M_issue_dashboard_table}}</h2>
<p class="hint">{{M_issue_dashboard_table_hint}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-heading">
<table class="data-table">
<thead><tr><th scope="col">{{M_field_region}}</th>{{#CATEGORY_HEAD}}<th scope="col">{{LABEL}}</th>{{/CATEGORY_HEAD}}<th scope="col">{{M_issue_total}}</th></tr></thead>
<tbody>{{#REGION_ROW}}<tr><th scope="row"><a href="/issues?region={{REGION_SLUG}}">{{REGION_NAME}}</a></th>{{#CELL}}<td>{{#HAS_COUNT}}<a href="/issues?region={{REGION_SLUG}}&amp;category={{CATEGORY_KEY}}" aria-label="{{REGION_NAME}} {{CATEGORY}} {{TOTAL}}{{M_issue_count_unit}}（{{M_issue_legend_open}} {{OPEN}}）">{{TOTAL}}<span class="open-count">（{{OPEN}}）</span></a>{{/HAS_COUNT}}</td>{{/CELL}}<td>{{ROW_TOTAL}}</td></tr>{{/REGION_ROW}}</tbody>
</table></div></section>
