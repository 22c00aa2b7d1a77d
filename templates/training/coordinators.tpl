{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_coordinators_title}}</h1>
<p class="lead">{{M_coordinators_lead}}</p>
<p>{{M_coordinators_total}}：<strong>{{TOTAL}}{{M_coordinators_people}}</strong></p>
{{#NONE_LISTED}}<p>{{M_coordinators_none}}</p>{{/NONE_LISTED}}
{{#REGION}}
<section aria-labelledby="r-{{REGION_NAME}}">
  <h2 id="r-{{REGION_NAME}}">{{REGION_NAME}}</h2>
  <ul class="org-list">
  {{#COORDINATOR}}<li><strong>{{NAME}}</strong>（<span class="nowrap">{{M_coordinators_col_number}} {{NUMBER}}</span>・{{PROGRAMME}}・<span class="nowrap">{{M_coordinators_col_certified}} {{CERTIFIED_ON}}</span>・<span class="nowrap">{{M_coordinators_col_valid}} {{VALID_UNTIL}}</span>）</li>{{/COORDINATOR}}
  </ul>
</section>
{{/REGION}}
<p><a href="/training">{{M_page_training_title}}</a></p>
