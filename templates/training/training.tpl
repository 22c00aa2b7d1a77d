{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_training_title}}</h1>
<p class="lead">{{M_training_lead}}</p>
{{#NO_PROGRAMMES}}<p>{{M_training_no_programmes}}</p>{{/NO_PROGRAMMES}}
<ul class="card-list">
{{#PROGRAMME}}<li class="panel">
  <h2><a href="/training/{{ID}}">{{NAME}}</a></h2>
  <p>{{DESCRIPTION}}</p>
  <p>{{RULE}} {{M_training_sessions_count}}：{{SESSIONS}}</p>
</li>{{/PROGRAMME}}
</ul>
<p><a href="/coordinators">{{M_page_coordinators_title}}</a></p>
{{#CAN_MANAGE}}
<section aria-labelledby="new-programme" class="panel">
  <h2 id="new-programme">{{M_training_new_heading}}</h2>
  <form method="post" action="/training" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
    <button type="submit" class="button">{{M_training_create}}</button>
  </form>
</section>
{{/CAN_MANAGE}}
