{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_opendata_title}}</h1>
<p class="lead">{{M_opendata_lead}}</p>
<h2>{{M_opendata_csv_heading}}</h2>
<ul>
  <li><a href="/opendata/events.csv">{{M_opendata_events_csv}}</a></li>
  <li><a href="/opendata/facilities.csv">{{M_opendata_facilities_csv}}</a></li>
</ul>
<p>{{M_opendata_csv_note}}</p>
<h2>{{M_opendata_feeds_heading}}</h2>
<ul>
  <li><a href="/feed.atom">{{M_opendata_atom_all}}</a></li>
  <li><a href="/events.ics">{{M_opendata_ics_all}}</a></li>
</ul>
<h3>{{M_opendata_by_region}}</h3>
<table class="data-table">
  <thead><tr><th scope="col">{{M_field_region}}</th><th scope="col">Atom</th><th scope="col">iCalendar</th></tr></thead>
  <tbody>{{#REGION}}<tr><th scope="row">{{NAME}}</th><td><a href="/regions/{{SLUG}}/feed.atom">{{NAME}} feed.atom</a></td><td><a href="/regions/{{SLUG}}/events.ics">{{NAME}} events.ics</a></td></tr>{{/REGION}}</tbody>
</table>
<h2>{{M_opendata_api_heading}}</h2>
<p>{{M_opendata_api_text}}</p>
