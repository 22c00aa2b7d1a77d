{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p class="lead">{{MESSAGE}}</p>
<ul class="link-list">
  <li><a href="/">{{M_error_back}}</a></li>
  <li><a href="/regions">{{M_error_back_regions}}</a></li>
</ul>
