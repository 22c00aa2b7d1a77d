{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <button type="submit" class="button">{{M_form_submit_save}}</button>
</form>
<p><a href="{{CANCEL_HREF}}">{{M_form_cancel}}</a></p>
