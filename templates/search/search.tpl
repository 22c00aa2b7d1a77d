{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_search_title}}</h1>
<form method="get" action="/search" class="form search-page-form" role="search" novalidate>
  {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
  {{#HAS_FILTER_ERROR}}<p class="error-message">{{FILTER_ERROR}}</p>{{/HAS_FILTER_ERROR}}
  <div class="filter-row">
    <div class="field"><label for="f-region">{{M_field_region}}</label>
      <select id="f-region" name="region">{{#REGION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGION_OPTION}}</select></div>
    {{#WITH_CATEGORY}}<div class="field"><label for="f-category">{{M_field_category}}</label>
      <select id="f-category" name="category">{{#CATEGORY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORY_OPTION}}</select></div>{{/WITH_CATEGORY}}
    <div class="field"><label for="f-kind">{{M_search_kind}}</label>
      <select id="f-kind" name="kind">{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select></div>
  </div>
  <button type="submit" class="button">{{M_search_submit}}</button>
</form>
{{#RESULTS}}<section aria-labelledby="results-heading">
  <h2 id="results-heading" role="status">{{COUNT}}</h2>
  {{#NO_HITS}}<p>{{M_search_no_hits}}</p>{{/NO_HITS}}
  <ol class="card-list search-results">{{#HIT}}<li class="card">
    <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a></h3>
    <p class="meta"><span class="tag">{{KIND}}</span>{{#HAS_CATEGORY}} <span class="tag">{{CATEGORY}}</span>{{/HAS_CATEGORY}}{{#HAS_REGION}} {{REGION_NAME}}{{/HAS_REGION}}</p>
    <p class="snippet">{{#SEG}}{{#HIT_SEG}}<mark>{{TEXT}}</mark>{{/HIT_SEG}}{{#PLAIN_SEG}}{{TEXT}}{{/PLAIN_SEG}}{{/SEG}}</p>
  </li>{{/HIT}}</ol>
  {{>PAGING}}
</section>{{/RESULTS}}
