{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_admin_orgs_title}}</h1>
<p><a class="button" href="/admin/orgs/new">{{M_admin_new_org}}</a></p>
<form method="get" action="/admin/orgs" class="form filter-form" aria-label="{{M_admin_filter_heading}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button button-secondary">{{M_form_submit_filter}}</button>
</form>
<p>{{COUNT}}{{M_admin_orgs_count}}</p>
{{#NONE}}<p>{{M_admin_none}}</p>{{/NONE}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_page_admin_orgs_title}}">
<table class="data-table">
  <thead><tr><th scope="col">{{M_admin_col_name}}</th><th scope="col">{{M_admin_col_kind}}</th><th scope="col">{{M_admin_col_region}}</th><th scope="col">{{M_admin_col_actions}}</th></tr></thead>
  <tbody>
  {{#ORG}}<tr><th scope="row"><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></th><td>{{ORG_KIND}}</td><td>{{REGION_NAME}}</td>
  <td><a href="/admin/orgs/{{ORG_ID}}/edit">{{M_admin_edit}}<span class="visually-hidden">：{{ORG_NAME}}</span></a> ／ <a href="/admin/orgs/{{ORG_ID}}/members">{{M_admin_members}}<span class="visually-hidden">：{{ORG_NAME}}</span></a></td></tr>{{/ORG}}
  </tbody>
</table>
</div>
