{{%AUTOESCAPE context="HTML"}}<article class="card issue-card">
  <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a></h3>
  <p class="meta"><span class="tag">{{CATEGORY}}</span> <a href="/regions/{{REGION_SLUG}}">{{REGION_NAME}}</a>・<time datetime="{{DATE_ISO}}">{{DATE}}</time></p>
  <p class="issue-status"><span class="state state-{{STATE_KEY}}">{{STATE}}</span> {{LEVEL}}：{{HOLDER}}{{#OVERDUE}} <strong class="overdue">{{M_issue_overdue}}</strong>{{/OVERDUE}}・{{METOO_PEOPLE}}</p>
  {{#RESOLVED}}<p class="resolution">{{M_issue_resolution}}：{{RESOLUTION}}</p>{{/RESOLVED}}
</article>
