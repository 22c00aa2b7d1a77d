{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_guardian_title}}</h1>
<p class="lead">{{M_guardian_lead_before}}<strong>{{PERSON_NAME}}</strong>{{M_guardian_lead_after}}</p>
<h2>{{M_guardian_what_heading}}</h2>
<ul>
  <li>{{M_guardian_what_1}}</li>
  <li>{{M_guardian_what_2}}</li>
  <li>{{M_guardian_what_3}}</li>
  <li>{{M_guardian_what_4}}</li>
</ul>
<p>{{M_guardian_not_you}}</p>
<form method="post" action="/guardian/consent" class="form">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  <button type="submit" class="button">{{M_guardian_agree}}</button>
</form>
