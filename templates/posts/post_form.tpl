{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/posts">{{M_page_posts_title}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
{{#HAS_RULES}}<section class="panel" aria-labelledby="rules-heading"><h2 id="rules-heading">{{M_post_rules_heading}}</h2><p class="pre-line">{{RULES:pre_escape}}</p></section>{{/HAS_RULES}}
<form method="post" action="{{ACTION}}" class="form" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  <fieldset class="images">
    <legend>{{M_post_images_legend}}</legend>
    <p class="hint">{{M_hint_images}}</p>
    {{#RESELECT_IMAGES}}<p class="notice">{{M_post_reselect_images}}</p>{{/RESELECT_IMAGES}}
    {{#OLD_IMAGE}}<div class="image-row">
      <img src="{{SRC}}" alt="" width="{{WIDTH}}" height="{{HEIGHT}}" class="thumb">
      <div class="field{{#HAS_ALT_ERROR}} field-error{{/HAS_ALT_ERROR}}"><label for="f-alt-{{IMAGE_ID}}">{{M_field_image_alt}}</label>
        {{#HAS_ALT_ERROR}}<p class="error-message" id="e-alt-{{IMAGE_ID}}">{{ALT_ERROR}}</p>{{/HAS_ALT_ERROR}}
        <input id="f-alt-{{IMAGE_ID}}" name="alt-{{IMAGE_ID}}" value="{{ALT}}"{{#HAS_ALT_ERROR}} aria-invalid="true" aria-describedby="e-alt-{{IMAGE_ID}}"{{/HAS_ALT_ERROR}}></div>
      <div class="checkbox"><input type="checkbox" id="f-remove-{{IMAGE_ID}}" name="remove-{{IMAGE_ID}}" value="1"{{#REMOVE_CHECKED}} checked{{/REMOVE_CHECKED}}><label for="f-remove-{{IMAGE_ID}}">{{M_post_remove_image}}</label></div>
    </div>{{/OLD_IMAGE}}
    {{#NEW_IMAGE}}<div class="image-row">
      <div class="field{{#HAS_FILE_ERROR}} field-error{{/HAS_FILE_ERROR}}"><label for="f-image{{N}}">{{M_field_image}}{{N}}</label>
        {{#HAS_FILE_ERROR}}<p class="error-message" id="e-image{{N}}">{{FILE_ERROR}}</p>{{/HAS_FILE_ERROR}}
        <input type="file" id="f-image{{N}}" name="image{{N}}" accept="image/jpeg,image/png,image/webp"{{#HAS_FILE_ERROR}} aria-invalid="true" aria-describedby="e-image{{N}}"{{/HAS_FILE_ERROR}}></div>
      <div class="field{{#HAS_ALT_ERROR}} field-error{{/HAS_ALT_ERROR}}"><label for="f-alt{{N}}">{{M_field_image_alt}}{{N}}</label>
        {{#HAS_ALT_ERROR}}<p class="error-message" id="e-alt{{N}}">{{ALT_ERROR}}</p>{{/HAS_ALT_ERROR}}
        <input id="f-alt{{N}}" name="alt{{N}}" value="{{ALT}}"{{#HAS_ALT_ERROR}} aria-invalid="true" aria-describedby="e-alt{{N}}"{{/HAS_ALT_ERROR}}></div>
    </div>{{/NEW_IMAGE}}
  </fieldset>
  <p class="button-row"><button type="submit" name="action" value="publish" class="button">{{M_post_publish}}</button> <button type="submit" name="action" value="draft" class="button button-secondary">{{M_post_save_draft}}</button></p>
  <p class="hint">{{M_post_publish_hint}}</p>
</form>
