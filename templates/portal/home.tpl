{{%AUTOESCAPE context="HTML"}}<h1>{{M_site_full_name}}</h1>
<p class="lead">{{M_home_lead}}</p>
<div class="two-columns">
<section aria-labelledby="posts-heading">
  <h2 id="posts-heading">{{M_home_posts_heading}}</h2>
  {{#NO_POSTS}}<p>{{M_posts_none}}</p>{{/NO_POSTS}}
  <div class="card-list">{{#POST}}{{>ITEM}}{{/POST}}</div>
  <p><a href="/posts">{{M_home_all_posts}}</a></p>
</section>
<section aria-labelledby="events-heading">
  <h2 id="events-heading">{{M_home_events_heading}}</h2>
  {{#NO_EVENTS}}<p>{{M_events_none}}</p>{{/NO_EVENTS}}
  <div class="card-list">{{#EVENT}}{{>ITEM}}{{/EVENT}}</div>
  <p><a href="/events">{{M_home_all_events}}</a></p>
</section>
</div>
<section aria-labelledby="regions-heading">
  <h2 id="regions-heading">{{M_home_regions_heading}}</h2>
  <ul class="region-grid">
    {{#REGION}}<li><a href="/regions/{{SLUG}}"><span class="region-name">{{NAME}}</span> <span class="region-kana">{{KANA}}</span></a></li>{{/REGION}}
  </ul>
</section>
<section aria-labelledby="what-heading">
  <h2 id="what-heading">{{M_home_what_heading}}</h2>
  <ul>
    <li>{{M_home_what_1}}</li>
    <li>{{M_home_what_2}}</li>
    <li>{{M_home_what_3}}</li>
  </ul>
</section>
<section aria-labelledby="start-heading" class="panel">
  <h2 id="start-heading">{{M_home_start_heading}}</h2>
  <p>{{M_home_start_text}}</p>
  <p class="button-row"><a class="button" href="/register">{{M_nav_register}}</a> <a class="button button-secondary" href="/login">{{M_nav_login}}</a></p>
</section>
