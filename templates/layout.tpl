{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} | {{M_site_full_name}}</title>
<link rel="stylesheet" href="{{CSS_HREF}}">
{{#OG}}{{#META}}<meta property="{{PROPERTY}}" content="{{CONTENT}}">
{{/META}}<meta name="twitter:card" content="{{TWITTER_CARD}}">
{{/OG}}{{#ALTERNATE}}<link rel="alternate" type="{{TYPE}}" title="{{ALT_TITLE}}" href="{{HREF}}">
{{/ALTERNATE}}
<script src="{{JS_HREF}}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">{{M_nav_skip}}</a>
<header class="site-header">
  <div class="container header-inner">
    <a class="site-name" href="/">{{M_site_name}}<span class="site-sub">{{M_site_sub}}</span></a>
    <nav aria-label="{{M_nav_main}}" class="site-nav">
      <ul>
        <li><a href="/regions">{{M_nav_regions}}</a></li>
        <li><a href="/posts">{{M_nav_posts}}</a></li>
        <li><a href="/events">{{M_nav_events}}</a></li>
        <li><a href="/issues">{{M_nav_issues}}</a></li>
        <li><a href="/talks">{{M_nav_talks_link}}</a></li>
        <li><a href="/matching">{{M_nav_matching}}</a></li>
        <li><a href="/plans">{{M_nav_plans}}</a></li>
        {{#LOGGED_IN}}
        <li><a href="/me">{{M_nav_me}}</a></li>
        {{#ADMIN_LINK}}<li><a href="/admin">{{M_nav_admin}}</a></li>{{/ADMIN_LINK}}
        <li>
          <form method="post" action="/logout" class="inline-form">
            <input type="hidden" name="csrf" value="{{CSRF}}">
            <button type="submit" class="link-button">{{M_nav_logout}}</button>
          </form>
        </li>
        {{/LOGGED_IN}}
        {{#LOGGED_OUT}}
        <li><a href="/login">{{M_nav_login}}</a></li>
        <li><a href="/register">{{M_nav_register}}</a></li>
        {{/LOGGED_OUT}}
      </ul>
    </nav>
  </div>
  <div class="container header-search">
    <form method="get" action="/search" role="search" class="search-form">
      <label for="site-q" class="visually-hidden">{{M_search_label}}</label>
      <input type="search" id="site-q" name="q" maxlength="100" placeholder="{{M_search_placeholder}}">
      <button type="submit" class="button button-secondary">{{M_search_submit}}</button>
    </form>
  </div>
  {{#LOGGED_IN}}<div class="container whoami">{{M_nav_logged_in_as}}{{USER_NAME}}</div>{{/LOGGED_IN}}
</header>
<main id="main" class="container" tabindex="-1">
{{#HAS_FLASH}}<div class="notice" role="status">{{FLASH}}</div>{{/HAS_FLASH}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 id="error-summary-title">{{M_error_summary_heading}}</h2>
  <ul>
    {{#ERROR}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}
  </ul>
  {{#HAS_SUMMARY}}<p>{{SUMMARY}}</p>{{/HAS_SUMMARY}}
</div>
{{/ERROR_SUMMARY}}
{{>CONTENT}}
</main>
<footer class="site-footer">
  <div class="container">
    {{#DEMO}}<p class="demo-note"><strong>{{M_footer_demo}}</strong></p>{{/DEMO}}
    <p>{{M_footer_about}}</p>
    <ul class="footer-links">
      <li><a href="/coordinators">{{M_nav_coordinators}}</a></li>
      <li><a href="/training">{{M_nav_training}}</a></li>
      <li><a href="/indicators">{{M_nav_indicators}}</a></li>
      <li><a href="/reports/annual">{{M_page_report_title}}</a></li>
      <li><a href="/api/v1/regions">{{M_footer_api}}</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
