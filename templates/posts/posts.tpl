{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_posts_title}}</li></ol></nav>
<h1>{{M_page_posts_title}}</h1>
<p class="lead">{{M_posts_lead}}</p>
{{#CAN_WRITE}}<p class="actions"><a class="button" href="/posts/new">{{M_posts_write}}</a></p>{{/CAN_WRITE}}
{{>FILTERS}}
{{#HAS_TAG}}<p>{{M_posts_tag}}：<strong>{{TAG}}</strong> <a href="/posts">{{M_posts_clear_tag}}</a></p>{{/HAS_TAG}}
<p role="status">{{TOTAL}}</p>
{{#NO_POSTS}}<p>{{M_posts_none}}</p>{{/NO_POSTS}}
<div class="card-list">{{#POST}}{{>ITEM}}{{/POST}}</div>
{{>PAGING}}
<p><a href="/feed.atom">{{M_posts_feed}}</a>・<a href="/opendata">{{M_page_opendata_title}}</a></p>
