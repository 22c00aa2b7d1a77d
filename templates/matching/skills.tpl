{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/admin">{{M_nav_admin}}</a></li><li aria-current="page">{{M_page_skills_title}}</li></ol></nav>
<h1>{{M_page_skills_title}}</h1>
<p class="lead">{{M_skills_lead}}</p>
<ul class="card-list">
{{#SKILL}}<li>
  <form method="post" action="/admin/skills/{{SKILL_ID}}" class="form skill-form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <div class="field{{#HAS_SKILL_ERROR}} field-error{{/HAS_SKILL_ERROR}}">
      <label for="{{SKILL_INPUT_ID}}">{{M_skills_rename_label}}（{{SKILL_NAME}}）</label>
      {{#HAS_SKILL_ERROR}}<p class="error-message" id="se-{{SKILL_ID}}">{{SKILL_ERROR}}</p>{{/HAS_SKILL_ERROR}}
      <input id="{{SKILL_INPUT_ID}}" name="label" type="text" value="{{SKILL_LABEL}}" autocomplete="off"{{#HAS_SKILL_ERROR}} aria-invalid="true" aria-describedby="se-{{SKILL_ID}}"{{/HAS_SKILL_ERROR}}>
    </div>
    <button type="submit" class="button button-small button-secondary">{{M_skills_rename}}<span class="visually-hidden">：{{SKILL_NAME}}</span></button>
  </form>
</li>{{/SKILL}}
</ul>
<section aria-labelledby="add-skill" class="panel">
  <h2 id="add-skill">{{M_skills_add_heading}}</h2>
  <form method="post" action="/admin/skills" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
    <button type="submit" class="button">{{M_skills_add}}</button>
  </form>
</section>
