{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/events">{{M_page_events_title}}</a></li><li><a href="/events?region={{REGION_SLUG}}">{{REGION_NAME}}</a></li><li aria-current="page">{{TITLE}}</li></ol></nav>
<h1>{{TITLE}} <span class="kana">{{TITLE_KANA}}</span></h1>
{{#CANCELLED}}<p class="notice notice-warning"><strong>{{M_event_cancelled_notice}}</strong></p>{{/CANCELLED}}
<dl class="facts">
  <dt>{{M_event_when}}</dt><dd><time datetime="{{START_ISO}}">{{WHEN}}</time></dd>
  {{#HAS_PLACE}}<dt>{{M_field_place}}</dt><dd>{{PLACE}}</dd>{{/HAS_PLACE}}
  {{#HAS_ADDRESS}}<dt>{{M_field_address}}</dt><dd>{{ADDRESS}}</dd>{{/HAS_ADDRESS}}
  {{#HAS_GEO}}<dt>{{M_event_position}}</dt><dd>{{M_field_lat}} {{LAT}}・{{M_field_lon}} {{LON}}</dd>{{/HAS_GEO}}
  <dt>{{M_event_organiser}}</dt><dd>{{ORGANISER}}</dd>
  <dt>{{M_field_region}}</dt><dd><a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a></dd>
  {{#HAS_FEE}}<dt>{{M_field_fee}}</dt><dd>{{FEE}}</dd>{{/HAS_FEE}}
  {{#HAS_CAPACITY}}<dt>{{M_field_capacity}}</dt><dd>{{CAPACITY_TEXT}}{{#HAS_WAITING}}・{{M_event_waiting}}{{WAITING}}{{M_event_people}}{{/HAS_WAITING}}</dd>{{/HAS_CAPACITY}}
  {{#HAS_CONTACT}}<dt>{{M_field_event_contact}}</dt><dd>{{CONTACT}}</dd>{{/HAS_CONTACT}}
</dl>
<p class="pre-line">{{DESCRIPTION:pre_escape}}</p>
<section aria-labelledby="signup-heading" class="panel">
  <h2 id="signup-heading">{{M_event_signup_heading}}</h2>
  {{#CANCELLED}}<p>{{M_event_cancelled_notice}}</p>{{/CANCELLED}}
  {{#OVER}}<p>{{M_event_over}}</p>{{/OVER}}
  {{#LOGIN_TO_SIGN_UP}}<p><a href="/login">{{M_event_login_to_sign_up}}</a></p>{{/LOGIN_TO_SIGN_UP}}
  {{#SIGNED_UP}}<p role="status">{{MY_STATUS}}</p>
  <form method="post" action="/events/{{ID}}/withdraw" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-secondary">{{M_event_withdraw}}</button></form>{{/SIGNED_UP}}
  {{#CAN_SIGN_UP}}<form method="post" action="/events/{{ID}}/signup" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button">{{SIGN_UP_LABEL}}</button></form>{{/CAN_SIGN_UP}}
</section>
{{#CAN_MANAGE}}<section aria-labelledby="manage-heading">
  <h2 id="manage-heading">{{M_event_manage_heading}}</h2>
  <ul class="action-links"><li><a href="/events/{{ID}}/edit">{{M_event_edit}}</a></li><li><a href="/events/{{ID}}/attendees.csv">{{M_event_attendees_csv}}</a></li></ul>
  {{#CAN_CANCEL}}<form method="post" action="/events/{{ID}}/cancel" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-secondary">{{M_event_cancel}}</button></form>{{/CAN_CANCEL}}
</section>{{/CAN_MANAGE}}
<p><a href="{{REGION_ICS}}">{{M_event_region_ics}}</a></p>
