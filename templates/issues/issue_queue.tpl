{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/issues">{{M_page_issues_title}}</a></li><li aria-current="page">{{M_page_issue_queue_title}}</li></ol></nav>
<h1>{{M_page_issue_queue_title}}</h1>
<p class="lead">{{M_issue_queue_lead}}</p>
{{#HELD}}<section aria-labelledby="held-heading"><h2 id="held-heading">{{M_issue_queue_held}}（{{COUNT}}）</h2>
  {{#NO_HELD}}<p>{{M_issue_queue_none}}</p>{{/NO_HELD}}
  <div class="card-list">{{>ITEM}}</div></section>{{/HELD}}
{{#ESCALATED}}<section aria-labelledby="escalated-heading"><h2 id="escalated-heading">{{M_issue_queue_escalated}}（{{COUNT}}）</h2>
  {{#NO_ESCALATED}}<p>{{M_issue_queue_none}}</p>{{/NO_ESCALATED}}
  <div class="card-list">{{>ITEM}}</div></section>{{/ESCALATED}}
{{#OVERDUE_ALL}}<section aria-labelledby="overdue-heading"><h2 id="overdue-heading">{{M_issue_queue_overdue_all}}（{{COUNT}}）</h2>
  {{#NO_OVERDUE}}<p>{{M_issue_queue_none}}</p>{{/NO_OVERDUE}}
  <div class="card-list">{{>ITEM}}</div></section>{{/OVERDUE_ALL}}
