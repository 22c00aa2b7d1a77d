{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/me">{{M_nav_me}}</a></li><li aria-current="page">{{M_page_volunteer_title}}</li></ol></nav>
<h1>{{M_page_volunteer_title}}</h1>
<p class="lead">{{M_volunteer_lead}}</p>
{{#NEW_PROFILE}}<p>{{M_volunteer_new_note}}</p>{{/NEW_PROFILE}}
<form method="post" action="/me/volunteer" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <h2>{{M_volunteer_about_heading}}</h2>
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <h2>{{M_volunteer_time_heading}}</h2>
  <div class="field{{#HAS_SLOTS_ERROR}} field-error{{/HAS_SLOTS_ERROR}}">
    <fieldset class="choices" aria-describedby="h-slots{{#HAS_SLOTS_ERROR}} e-slots{{/HAS_SLOTS_ERROR}}">
      <legend>{{M_field_slots}} <span class="tag-required">{{M_form_required}}</span></legend>
      <p class="hint" id="h-slots">{{M_hint_slots}}</p>
      {{#HAS_SLOTS_ERROR}}<p class="error-message" id="e-slots">{{SLOTS_ERROR}}</p>{{/HAS_SLOTS_ERROR}}
      <div class="table-wrap">
      <table class="data-table slot-grid">
        <thead><tr><th scope="col">{{M_volunteer_day}}</th>{{#PERIOD}}<th scope="col">{{PERIOD_LABEL}}</th>{{/PERIOD}}</tr></thead>
        <tbody>{{#DAY}}<tr><th scope="row">{{DAY_LABEL}}</th>{{#SLOT}}<td><input type="checkbox" id="{{SLOT_ID}}" name="slots:{{SLOT_CODE}}" value="1" aria-label="{{SLOT_LABEL}}"{{#CHECKED}} checked{{/CHECKED}}></td>{{/SLOT}}</tr>{{/DAY}}</tbody>
      </table>
      </div>
    </fieldset>
  </div>
  {{#MORE_FIELDS}}{{>FIELD}}{{/MORE_FIELDS}}
  <h2>{{M_volunteer_minor_heading}}</h2>
  <p>{{M_volunteer_minor_lead}}</p>
  {{#HAS_CONSENT}}<p class="panel">{{M_volunteer_consent_status}}：<strong>{{CONSENT_STATUS}}</strong></p>{{/HAS_CONSENT}}
  {{#MINOR_FIELDS}}{{>FIELD}}{{/MINOR_FIELDS}}
  <h2>{{M_volunteer_privacy_heading}}</h2>
  <p>{{M_volunteer_privacy_lead}}</p>
  {{#PRIVACY_FIELDS}}{{>FIELD}}{{/PRIVACY_FIELDS}}
  <button type="submit" class="button">{{M_form_submit_save}}</button>
</form>
