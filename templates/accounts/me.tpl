{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_me_title}}</h1>
<section aria-labelledby="account-heading">
  <h2 id="account-heading">{{M_me_account_heading}}</h2>
  <dl class="facts">
    <dt>{{M_me_email}}</dt><dd>{{EMAIL}}</dd>
    <dt>{{M_me_role}}</dt><dd>{{ROLE}}</dd>
  </dl>
</section>
<section aria-labelledby="profile-heading" class="panel">
  <h2 id="profile-heading">{{M_me_profile_heading}}</h2>
  <form method="post" action="/me" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
    <button type="submit" class="button">{{M_form_submit_save}}</button>
  </form>
</section>
<section aria-labelledby="memberships-heading">
  <h2 id="memberships-heading">{{M_me_memberships_heading}}</h2>
  {{#NO_MEMBERSHIPS}}<p>{{M_me_no_memberships}}</p>{{/NO_MEMBERSHIPS}}
  <ul class="org-list">{{#MEMBERSHIP}}<li><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a>（{{ORG_KIND}}・{{MEMBER_ROLE}}）</li>{{/MEMBERSHIP}}</ul>
</section>
{{#CERTS}}
<section aria-labelledby="cert-heading" class="panel">
  <h2 id="cert-heading">{{M_me_cert_heading}}</h2>
  <ul class="org-list">{{#CERT}}<li><span class="nowrap">{{NUMBER}}</span>・{{PROGRAMME}}・<span class="nowrap">{{M_training_valid_until}} {{VALID_UNTIL}}</span>{{#REVOKED}}（<span class="nowrap">{{M_training_revoked_on}} {{REVOKED_ON}}</span>）{{/REVOKED}}</li>{{/CERT}}</ul>
  <form method="post" action="/me/coordinator-listing" class="form">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#LISTING_FIELDS}}{{>FIELD}}{{/LISTING_FIELDS}}
    <button type="submit" class="button button-secondary">{{M_me_cert_listing_save}}</button>
  </form>
</section>
{{/CERTS}}
<section aria-labelledby="password-heading" class="panel">
  <h2 id="password-heading">{{M_me_password_heading}}</h2>
  <p>{{M_me_password_note}}</p>
  <form method="post" action="/me/password" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#PW_FIELDS}}{{>FIELD}}{{/PW_FIELDS}}
    <button type="submit" class="button">{{M_form_submit_change_password}}</button>
  </form>
</section>
