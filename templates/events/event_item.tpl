{{%AUTOESCAPE context="HTML"}}<article class="card event-card">
  <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a>{{#CANCELLED}} <span class="tag tag-warning">{{M_event_cancelled}}</span>{{/CANCELLED}}</h3>
  <p class="meta"><time datetime="{{START_ISO}}">{{WHEN}}</time></p>
  <p class="meta"><a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a>{{#HAS_PLACE}}・{{PLACE}}{{/HAS_PLACE}}・{{ORGANISER}}</p>
  {{#HAS_CAPACITY}}<p class="meta">{{CAPACITY_TEXT}}{{#FULL}} <span class="tag">{{M_event_full}}</span>{{/FULL}}</p>{{/HAS_CAPACITY}}
</article>
