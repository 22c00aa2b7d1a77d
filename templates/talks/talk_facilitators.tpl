{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/talks">{{M_talk_list_title}}</a></li><li aria-current="page">{{M_talk_facilitators_title}}</li></ol></nav>
<h1>{{M_talk_facilitators_title}}</h1>
<p class="lead">{{M_talk_facilitators_lead}}</p>
{{#CAN_MANAGE}}<p class="actions"><a class="button" href="/talks/facilitators/new">{{M_talk_facilitator_add}}</a></p>{{/CAN_MANAGE}}
{{#NONE}}<p>{{M_talk_facilitators_none}}</p>{{/NONE}}
<div class="card-list">{{#FACILITATOR}}<article class="card">
  <h2 class="card-title">{{NAME}}{{#INACTIVE}} <span class="tag tag-warning">{{M_talk_facilitator_inactive}}</span>{{/INACTIVE}}</h2>
  <dl class="facts">
    <dt>{{M_field_talk_qualification}}</dt><dd>{{QUALIFICATION}}</dd>
    <dt>{{M_field_talk_facilitator_regions}}</dt><dd>{{REGIONS}}</dd>
    <dt>{{M_field_talk_availability}}</dt><dd class="pre-line">{{AVAILABILITY:pre_escape}}</dd>
  </dl>
  {{#CAN_EDIT}}<p><a href="/talks/facilitators/{{FAC_ID}}/edit">{{M_talk_facilitator_edit}}<span class="visually-hidden">：{{NAME}}</span></a></p>{{/CAN_EDIT}}
</article>{{/FACILITATOR}}</div>
