{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li><a href="/me">{{M_nav_me}}</a></li><li aria-current="page">{{M_page_my_posts_title}}</li></ol></nav>
<h1>{{M_page_my_posts_title}}</h1>
<p class="actions"><a class="button" href="/posts/new">{{M_posts_write}}</a></p>
<h2>{{M_my_posts_heading}}</h2>
{{#NO_POSTS}}<p>{{M_my_posts_none}}</p>{{/NO_POSTS}}
<ul class="card-list">{{#POST}}<li class="card">
  <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a></h3>
  <p class="meta">{{M_post_status_label}}：<strong>{{STATUS_LABEL}}</strong>・{{REGION_NAME}}・{{DATE}}</p>
  {{#HAS_REVIEW_COMMENT}}<p>{{M_post_review_comment}}：<span class="pre-line">{{REVIEW_COMMENT:pre_escape}}</span></p>{{/HAS_REVIEW_COMMENT}}
</li>{{/POST}}</ul>
<h2>{{M_my_events_heading}}</h2>
{{#NO_EVENTS}}<p>{{M_my_events_none}}</p>{{/NO_EVENTS}}
<ul class="card-list">{{#EVENT}}<li class="card">
  <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a></h3>
  <p class="meta"><time datetime="{{START_ISO}}">{{WHEN}}</time>・{{SIGNUP_LABEL}}{{#CANCELLED}}・<strong>{{M_event_cancelled}}</strong>{{/CANCELLED}}</p>
</li>{{/EVENT}}</ul>
