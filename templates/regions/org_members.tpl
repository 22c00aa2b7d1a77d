{{%AUTOESCAPE context="HTML"}}<h1>{{ORG_NAME}}{{M_page_members_suffix}}</h1>
<p class="lead">{{M_members_lead}}</p>
{{#NO_MEMBERS}}<p>{{M_org_no_members}}</p>{{/NO_MEMBERS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_org_members}}">
<table class="data-table">
  <thead><tr><th scope="col">{{M_members_col_name}}</th><th scope="col">{{M_members_col_role}}</th><th scope="col">{{M_admin_col_actions}}</th></tr></thead>
  <tbody>
  {{#MEMBER}}<tr>
    <th scope="row">{{MEMBER_NAME}}</th>
    <td>{{MEMBER_ROLE}}</td>
    <td>
      <form method="post" action="/admin/memberships/{{MEMBERSHIP_ID}}" class="inline-form">
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <label for="role-{{MEMBERSHIP_ID}}" class="visually-hidden">{{MEMBER_NAME}}{{M_members_role_for}}</label>
        <select id="role-{{MEMBERSHIP_ID}}" name="role">{{#ROLE_OPTION}}<option value="{{OPT_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPT_LABEL}}</option>{{/ROLE_OPTION}}</select>
        <button type="submit" name="action" value="role" class="button button-small">{{M_form_submit_change_role}}</button>
        <button type="submit" name="action" value="remove" class="button button-small button-warning">{{M_form_submit_remove}}<span class="visually-hidden">：{{MEMBER_NAME}}</span></button>
      </form>
    </td>
  </tr>{{/MEMBER}}
  </tbody>
</table>
</div>
<section aria-labelledby="add-heading" class="panel">
  <h2 id="add-heading">{{M_members_add_heading}}</h2>
  <form method="post" action="/admin/orgs/{{ORG_ID}}/members" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
    <button type="submit" class="button">{{M_form_submit_add}}</button>
  </form>
</section>
<p><a href="/orgs/{{ORG_ID}}">{{M_members_back}}</a></p>
