{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_regions_title}}</h1>
<p class="lead">{{M_regions_lead}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{M_page_regions_title}}">
<table class="data-table">
  <thead><tr><th scope="col">{{M_regions_col_region}}</th><th scope="col">{{M_regions_col_council}}</th><th scope="col">{{M_regions_col_shape}}</th><th scope="col" class="num">{{M_regions_col_assoc}}</th></tr></thead>
  <tbody>
  {{#REGION}}
    <tr>
      <th scope="row"><a href="/regions/{{SLUG}}">{{NAME}}</a> <span class="kana">{{KANA}}</span></th>
      <td>{{#COUNCIL}}<a href="/orgs/{{COUNCIL_ID}}">{{COUNCIL_NAME}}</a>{{/COUNCIL}}{{#NO_COUNCIL}}{{M_regions_no_council}}{{/NO_COUNCIL}}</td>
      <td>{{#COUNCIL}}{{SHAPE}}{{/COUNCIL}}</td>
      <td class="num">{{ASSOCIATIONS}}</td>
    </tr>
  {{/REGION}}
  </tbody>
</table>
</div>
