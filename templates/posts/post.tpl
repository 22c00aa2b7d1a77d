{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/posts">{{M_page_posts_title}}</a></li><li><a href="/posts?region={{REGION_SLUG}}">{{REGION_NAME}}</a></li><li aria-current="page">{{TITLE}}</li></ol></nav>
<article class="post">
<h1>{{TITLE}}</h1>
<p class="meta"><span class="tag">{{CATEGORY}}</span> <a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a>・{{AUTHOR}}・<time datetime="{{DATE_ISO}}">{{DATE}}</time>{{#MEMBERS_ONLY}}・{{M_post_members_only}}{{/MEMBERS_ONLY}}</p>
{{#NOT_PUBLISHED}}<p class="notice">{{M_post_status_label}}：<strong>{{STATUS_LABEL}}</strong></p>{{/NOT_PUBLISHED}}
{{#HAS_REVIEW_COMMENT}}<div class="panel"><h2>{{M_post_review_comment}}</h2><p class="pre-line">{{REVIEW_COMMENT:pre_escape}}</p></div>{{/HAS_REVIEW_COMMENT}}
{{#IMAGE}}<figure class="post-image"><img src="{{SRC}}" alt="{{ALT}}" width="{{WIDTH}}" height="{{HEIGHT}}" loading="lazy"></figure>{{/IMAGE}}
<div class="post-body">{{BODY_HTML:none}}</div>
{{#HAS_TAGS}}<p class="tags">{{M_field_tags}}：{{#TAG}}<a class="tag" href="/posts?tag={{TAG_Q}}">{{TAG}}</a> {{/TAG}}</p>{{/HAS_TAGS}}
</article>
{{#CAN_EDIT}}<ul class="action-links"><li><a href="/posts/{{ID}}/edit">{{M_post_edit}}</a></li></ul>{{/CAN_EDIT}}
{{#CAN_ARCHIVE}}<form method="post" action="/posts/{{ID}}/archive" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button button-secondary">{{M_post_archive}}</button></form>{{/CAN_ARCHIVE}}
{{#CAN_REVIEW}}<section class="panel" aria-labelledby="review-heading">
  <h2 id="review-heading">{{M_post_review_heading}}</h2>
  <form method="post" action="/posts/{{ID}}/review" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <div class="field{{#HAS_COMMENT_ERROR}} field-error{{/HAS_COMMENT_ERROR}}">
      <label for="f-comment">{{M_field_review_comment}}</label>
      <p class="hint" id="h-comment">{{M_hint_review_comment}}</p>
      {{#HAS_COMMENT_ERROR}}<p class="error-message" id="e-comment">{{COMMENT_ERROR}}</p>{{/HAS_COMMENT_ERROR}}
      <textarea id="f-comment" name="comment" rows="4" aria-describedby="h-comment{{#HAS_COMMENT_ERROR}} e-comment{{/HAS_COMMENT_ERROR}}"{{#HAS_COMMENT_ERROR}} aria-invalid="true"{{/HAS_COMMENT_ERROR}}>{{COMMENT:pre_escape}}</textarea>
    </div>
    <p class="button-row"><button type="submit" name="decision" value="publish" class="button">{{M_post_review_publish}}</button> <button type="submit" name="decision" value="return" class="button button-secondary">{{M_post_review_return}}</button></p>
  </form>
</section>{{/CAN_REVIEW}}
{{#FEATURE}}<form method="post" action="/posts/{{ID}}/feature" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="region" value="{{FEATURE_SLUG}}"><input type="hidden" name="on" value="{{FEATURE_ON}}"><button type="submit" class="button button-secondary">{{FEATURE_REGION}}：{{FEATURE_LABEL}}</button></form>{{/FEATURE}}
<section aria-labelledby="comments" class="comments">
  <h2 id="comments">{{M_post_comments}}</h2>
  {{#NO_COMMENTS}}<p>{{M_post_no_comments}}</p>{{/NO_COMMENTS}}
  <ol class="comment-list">{{#COMMENT}}<li id="comment-{{COMMENT_ID}}">
    <p class="meta">{{COMMENT_AUTHOR}}・{{COMMENT_DATE}}{{#COMMENT_HIDDEN}}・<strong>{{COMMENT_STATUS}}</strong>{{/COMMENT_HIDDEN}}</p>
    <p class="pre-line">{{COMMENT_BODY:pre_escape}}</p>
    {{#CAN_REPORT}}<form method="post" action="/comments/{{COMMENT_ID}}/report" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="link-button">{{M_comment_report}}<span class="visually-hidden">（{{COMMENT_AUTHOR}}・{{COMMENT_DATE}}）</span></button></form>{{/CAN_REPORT}}
    {{#MODERATE}}<form method="post" action="/comments/{{COMMENT_ID}}/moderate" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="decision" value="{{DECISION}}"><button type="submit" class="link-button">{{DECISION_LABEL}}<span class="visually-hidden">（{{COMMENT_AUTHOR}}・{{COMMENT_DATE}}）</span></button></form>{{/MODERATE}}
  </li>{{/COMMENT}}</ol>
  {{#LOGIN_TO_COMMENT}}<p><a href="/login">{{M_post_login_to_comment}}</a></p>{{/LOGIN_TO_COMMENT}}
  {{#COMMENT_FORM}}<form method="post" action="/posts/{{ID}}/comments" class="form" novalidate>
    <input type="hidden" name="csrf" value="{{CSRF}}">
    {{#FIELDS}}{{>FIELD}}{{/FIELDS}}
    <button type="submit" class="button">{{M_post_comment_submit}}</button>
  </form>{{/COMMENT_FORM}}
</section>
