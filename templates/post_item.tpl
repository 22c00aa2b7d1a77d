{{%AUTOESCAPE context="HTML"}}<article class="card post-card">
  <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a></h3>
  <p class="meta"><span class="tag">{{CATEGORY}}</span> <a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a>・{{AUTHOR}}・<time datetime="{{DATE_ISO}}">{{DATE}}</time>{{#MEMBERS_ONLY}}・{{M_post_members_only}}{{/MEMBERS_ONLY}}</p>
  <p>{{SUMMARY}}</p>
</article>
