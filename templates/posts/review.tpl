{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/regions/{{SLUG}}">{{REGION_NAME}}</a></li><li aria-current="page">{{HEADING}}</li></ol></nav>
<h1>{{HEADING}}</h1>
<section aria-labelledby="queue-heading">
  <h2 id="queue-heading">{{M_review_queue_heading}}</h2>
  {{#NO_POSTS}}<p>{{M_review_queue_empty}}</p>{{/NO_POSTS}}
  <div class="card-list">{{#POST}}{{>ITEM}}{{/POST}}</div>
</section>
<section aria-labelledby="reported-heading">
  <h2 id="reported-heading">{{M_review_reported_heading}}</h2>
  {{#NO_COMMENTS}}<p>{{M_review_reported_empty}}</p>{{/NO_COMMENTS}}
  <ul class="card-list">{{#COMMENT}}<li class="card">
    <p class="pre-line">{{COMMENT_BODY:pre_escape}}</p>
    <p class="meta">{{M_review_reports}}：{{REPORTS}}・<a href="/posts/{{POST_ID}}#comment-{{COMMENT_ID}}">{{M_review_open_post}}</a></p>
    <form method="post" action="/comments/{{COMMENT_ID}}/moderate" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="back" value="queue"><input type="hidden" name="region" value="{{SLUG}}"><button type="submit" name="decision" value="restore" class="button button-secondary">{{M_comment_restore}}</button> <button type="submit" name="decision" value="hide" class="button button-secondary">{{M_comment_hide}}</button></form>
  </li>{{/COMMENT}}</ul>
</section>
<section aria-labelledby="rules-heading" class="panel">
  <h2 id="rules-heading">{{M_post_rules_heading}}</h2>
  <form method="post" action="/regions/{{SLUG}}/rules" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
    <button type="submit" class="button">{{M_review_rules_save}}</button>
  </form>
</section>
