{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li>{{#REGION}}<li><a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a></li>{{/REGION}}<li aria-current="page">{{ORG_NAME}}</li></ol></nav>
<h1>{{ORG_NAME}}{{#HAS_ORG_KANA}} <span class="kana">{{ORG_KANA}}</span>{{/HAS_ORG_KANA}}</h1>
{{#CAN_EDIT}}<p class="actions"><a class="button button-secondary" href="/admin/orgs/{{ORG_ID}}/edit">{{M_org_edit}}</a>{{#CAN_MANAGE}} <a class="button button-secondary" href="/admin/orgs/{{ORG_ID}}/members">{{M_org_manage}}</a>{{/CAN_MANAGE}}</p>{{/CAN_EDIT}}
{{#HAS_DESCRIPTION}}<p class="lead">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
<dl class="facts">
  <dt>{{M_org_kind}}</dt><dd>{{ORG_KIND}}</dd>
  <dt>{{M_org_region}}</dt><dd>{{#REGION}}<a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a>{{/REGION}}{{#CITY_WIDE}}{{M_label_city_wide}}{{/CITY_WIDE}}</dd>
  {{#HAS_SHAPE}}<dt>{{M_org_shape}}</dt><dd><strong>{{SHAPE}}</strong>：{{SHAPE_DESC}}</dd>{{/HAS_SHAPE}}
  {{#PARENT}}<dt>{{M_org_parent}}</dt><dd><a href="/orgs/{{PARENT_ID}}">{{PARENT_NAME}}</a></dd>{{/PARENT}}
</dl>
{{#HAS_CHILDREN}}<section aria-labelledby="children-heading"><h2 id="children-heading">{{M_org_children}}</h2>
<ul class="org-list">{{#CHILD}}<li><a href="/orgs/{{ORG_ID}}">{{ORG_NAME}}</a></li>{{/CHILD}}</ul></section>{{/HAS_CHILDREN}}
{{#HAS_CONTACT}}<section aria-labelledby="contact-heading"><h2 id="contact-heading">{{M_org_contact}}</h2>
<dl class="facts">
  {{#HAS_PHONE}}<dt>{{M_contact_phone}}</dt><dd><a href="tel:{{PHONE}}">{{PHONE}}</a></dd>{{/HAS_PHONE}}
  {{#HAS_EMAIL}}<dt>{{M_contact_email}}</dt><dd>{{EMAIL}}</dd>{{/HAS_EMAIL}}
  {{#HAS_ADDRESS}}<dt>{{M_contact_address}}</dt><dd>{{ADDRESS}}</dd>{{/HAS_ADDRESS}}
  {{#HAS_WEBSITE}}<dt>{{M_contact_website}}</dt><dd><a href="{{WEBSITE}}">{{WEBSITE}}</a></dd>{{/HAS_WEBSITE}}
</dl></section>{{/HAS_CONTACT}}
{{#MEMBERS}}<section aria-labelledby="members-heading"><h2 id="members-heading">{{M_org_members}}</h2>
<ul class="member-list">{{#MEMBER}}<li>{{MEMBER_NAME}}（{{MEMBER_ROLE}}）</li>{{/MEMBER}}</ul>
{{#NO_MEMBERS}}<p>{{M_org_no_members}}</p>{{/NO_MEMBERS}}</section>{{/MEMBERS}}
