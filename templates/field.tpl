{{%AUTOESCAPE context="HTML"}}{{#SINGLE}}<div class="field{{#HAS_ERROR}} field-error{{/HAS_ERROR}}">
  <label for="f-{{NAME}}">{{LABEL}}{{#REQUIRED}} <span class="tag-required">{{M_form_required}}</span>{{/REQUIRED}}</label>
  {{#HAS_HINT}}<p class="hint" id="h-{{NAME}}">{{HINT}}</p>{{/HAS_HINT}}
  {{#HAS_ERROR}}<p class="error-message" id="e-{{NAME}}">{{ERROR}}</p>{{/HAS_ERROR}}
  {{#INPUT}}<input id="f-{{NAME}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}" autocomplete="{{AUTOCOMPLETE}}"{{#REQUIRED}} required aria-required="true"{{/REQUIRED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}{{#DESCRIBED}} aria-describedby="{{#HAS_HINT}}h-{{NAME}} {{/HAS_HINT}}{{#HAS_ERROR}}e-{{NAME}}{{/HAS_ERROR}}"{{/DESCRIBED}}>{{/INPUT}}
  {{#TEXTAREA}}<textarea id="f-{{NAME}}" name="{{NAME}}" rows="5"{{#REQUIRED}} required aria-required="true"{{/REQUIRED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}{{#DESCRIBED}} aria-describedby="{{#HAS_HINT}}h-{{NAME}} {{/HAS_HINT}}{{#HAS_ERROR}}e-{{NAME}}{{/HAS_ERROR}}"{{/DESCRIBED}}>{{VALUE:pre_escape}}</textarea>{{/TEXTAREA}}
  {{#SELECT}}<select id="f-{{NAME}}" name="{{NAME}}"{{#REQUIRED}} required aria-required="true"{{/REQUIRED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}{{#DESCRIBED}} aria-describedby="{{#HAS_HINT}}h-{{NAME}} {{/HAS_HINT}}{{#HAS_ERROR}}e-{{NAME}}{{/HAS_ERROR}}"{{/DESCRIBED}}>
    {{#OPTION}}<option value="{{OPT_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPT_LABEL}}</option>{{/OPTION}}
  </select>{{/SELECT}}
</div>
{{/SINGLE}}{{#GROUP}}<div class="field{{#HAS_ERROR}} field-error{{/HAS_ERROR}}">
  <fieldset class="choices"{{#DESCRIBED}} aria-describedby="{{#HAS_HINT}}h-{{NAME}} {{/HAS_HINT}}{{#HAS_ERROR}}e-{{NAME}}{{/HAS_ERROR}}"{{/DESCRIBED}}>
    <legend>{{LABEL}}{{#REQUIRED}} <span class="tag-required">{{M_form_required}}</span>{{/REQUIRED}}</legend>
    {{#HAS_HINT}}<p class="hint" id="h-{{NAME}}">{{HINT}}</p>{{/HAS_HINT}}
    {{#HAS_ERROR}}<p class="error-message" id="e-{{NAME}}">{{ERROR}}</p>{{/HAS_ERROR}}
    <div class="choice-list">{{#BOX}}<div class="checkbox"><input type="checkbox" id="{{BOX_ID}}" name="{{BOX_NAME}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="{{BOX_ID}}">{{BOX_LABEL}}</label></div>{{/BOX}}</div>
  </fieldset>
</div>
{{/GROUP}}
