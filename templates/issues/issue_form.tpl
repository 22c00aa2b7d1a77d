{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/issues">{{M_page_issues_title}}</a></li><li aria-current="page">{{M_page_issue_new_title}}</li></ol></nav>
<h1>{{M_page_issue_new_title}}</h1>
<p class="lead">{{M_issue_new_lead}}</p>
<form method="post" action="/issues/new" class="form" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <fieldset class="images">
    <legend>{{M_issue_photos_legend}}</legend>
    <p class="hint">{{M_hint_issue_photos}}</p>
    {{#RESELECT_IMAGES}}<p class="notice">{{M_post_reselect_images}}</p>{{/RESELECT_IMAGES}}
    {{#NEW_IMAGE}}<div class="image-row">
      <div class="field{{#HAS_FILE_ERROR}} field-error{{/HAS_FILE_ERROR}}"><label for="f-image{{N}}">{{M_field_image}}{{N}}</label>
        {{#HAS_FILE_ERROR}}<p class="error-message" id="e-image{{N}}">{{FILE_ERROR}}</p>{{/HAS_FILE_ERROR}}
        <input type="file" id="f-image{{N}}" name="image{{N}}" accept="image/jpeg,image/png,image/webp"{{#HAS_FILE_ERROR}} aria-invalid="true" aria-describedby="e-image{{N}}"{{/HAS_FILE_ERROR}}></div>
      <div class="field{{#HAS_ALT_ERROR}} field-error{{/HAS_ALT_ERROR}}"><label for="f-alt{{N}}">{{M_field_image_alt}}{{N}}</label>
        {{#HAS_ALT_ERROR}}<p class="error-message" id="e-alt{{N}}">{{ALT_ERROR}}</p>{{/HAS_ALT_ERROR}}
        <input id="f-alt{{N}}" name="alt{{N}}" value="{{ALT}}"{{#HAS_ALT_ERROR}} aria-invalid="true" aria-describedby="e-alt{{N}}"{{/HAS_ALT_ERROR}}></div>
    </div>{{/NEW_IMAGE}}
  </fieldset>
  <p class="hint">{{M_issue_public_hint}}</p>
  <p class="button-row"><button type="submit" class="button">{{M_issue_submit}}</button></p>
</form>
