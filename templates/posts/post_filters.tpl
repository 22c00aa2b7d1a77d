{{%AUTOESCAPE context="HTML"}}<form method="get" action="{{FILTER_ACTION}}" class="filters" aria-label="{{M_filter_heading}}">
  <div class="filter-row">
    <div class="field"><label for="f-region">{{M_field_region}}</label>
      <select id="f-region" name="region">{{#REGION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGION_OPTION}}</select></div>
    {{#WITH_CATEGORY}}<div class="field"><label for="f-category">{{M_field_category}}</label>
      <select id="f-category" name="category">{{#CATEGORY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORY_OPTION}}</select></div>{{/WITH_CATEGORY}}
    <div class="field"><label for="f-from">{{M_filter_from}}</label><input id="f-from" name="from" type="date" value="{{FROM}}"></div>
    <div class="field"><label for="f-to">{{M_filter_to}}</label><input id="f-to" name="to" type="date" value="{{TO}}"></div>
  </div>
  <button type="submit" class="button button-secondary">{{M_filter_submit}}</button>
</form>
