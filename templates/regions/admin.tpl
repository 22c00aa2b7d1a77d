{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_admin_title}}</h1>
<p class="lead">{{M_admin_lead}}</p>
<ul class="link-list">
  <li><a href="/admin/orgs">{{M_admin_orgs}}</a></li>
  <li><a href="/admin/orgs/new">{{M_admin_new_org}}</a></li>
  <li><a href="/training">{{M_page_training_title}}</a></li>
  {{#CAN_AUDIT}}<li><a href="/admin/audit">{{M_admin_audit}}</a></li><li><a href="/admin/issues">{{M_page_issue_settings_title}}</a></li>{{/CAN_AUDIT}}
</ul>
{{#COUNCIL}}
<section aria-labelledby="council-{{ORG_ID}}" class="panel">
  <h2 id="council-{{ORG_ID}}">{{M_admin_my_councils}}：{{ORG_NAME}}</h2>
  <ul class="link-list">
    <li><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></li>
    <li><a href="/admin/orgs?region={{REGION_SLUG}}">{{M_admin_orgs}}</a></li>
    <li><a href="/admin/regions/{{REGION_SLUG}}/center">{{M_region_edit_center}}</a></li>
  </ul>
</section>
{{/COUNCIL}}
