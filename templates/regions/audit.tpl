{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_audit_title}}</h1>
<p class="lead">{{M_audit_lead}}</p>
<p>{{M_audit_total}}：{{TOTAL}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_page_audit_title}}">
<table class="data-table">
  <thead><tr><th scope="col">{{M_audit_col_at}}</th><th scope="col">{{M_audit_col_actor}}</th><th scope="col">{{M_audit_col_action}}</th><th scope="col">{{M_audit_col_subject}}</th><th scope="col">{{M_audit_col_detail}}</th></tr></thead>
  <tbody>
  {{#ENTRY}}<tr><td>{{AT}}</td><td>{{ACTOR}}</td><td><code>{{ACTION}}</code></td><td>{{SUBJECT}}</td><td>{{DETAIL}}</td></tr>{{/ENTRY}}
  </tbody>
</table>
</div>
<nav aria-label="{{M_nav_pager}}" class="pager">{{#HAS_PREV}}<a href="/admin/audit?page={{PREV}}">{{M_audit_prev}}</a>{{/HAS_PREV}} {{#HAS_NEXT}}<a href="/admin/audit?page={{NEXT}}">{{M_audit_next}}</a>{{/HAS_NEXT}}</nav>
