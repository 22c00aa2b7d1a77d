{{%AUTOESCAPE context="HTML"}}<nav aria-label="{{M_nav_breadcrumbs}}" class="breadcrumbs"><ol><li><a href="/">{{M_nav_top}}</a></li><li aria-current="page">{{M_page_events_title}}</li></ol></nav>
<h1>{{M_page_events_title}}</h1>
<p class="lead">{{M_events_lead}}</p>
{{#CAN_CREATE}}<p class="actions"><a class="button" href="/events/new">{{M_events_create}}</a></p>{{/CAN_CREATE}}
{{>FILTERS}}
<p role="status">{{TOTAL}}</p>
{{#NO_EVENTS}}<p>{{M_events_none}}</p>{{/NO_EVENTS}}
<div class="card-list">{{#EVENT}}{{>ITEM}}{{/EVENT}}</div>
{{>PAGING}}
<p><a href="{{ICS_HREF}}">{{M_events_ics}}</a>・<a href="/opendata">{{M_page_opendata_title}}</a></p>
