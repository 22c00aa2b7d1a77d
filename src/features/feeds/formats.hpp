// Machine-readable feeds of public content: Atom 1.0 (RFC 4287, built with libxml2's
// xmlTextWriter) and iCalendar (RFC 5545, built with libical). Pure functions: callers pass
// absolute URLs, stable ids and Unix seconds; text must be valid UTF-8 without C0 controls
// other than tab, LF and CR (text::IsValidText).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tsunagu::feeds {

struct AtomEntry {
  std::string id;                           // absolute URL or tag: URI, stable
  std::string title, url;                   // url: absolute link rel=alternate
  std::string summary;                      // plain text (type="text")
  std::string author;                       // organisation name
  std::string category;                     // label, "" for none
  std::int64_t published = 0, updated = 0;  // Unix seconds
};
struct AtomFeed {
  std::string id, title, self_url, html_url, subtitle;
  std::int64_t updated = 0;  // Unix seconds; when entries exist, callers pass the latest
  std::vector<AtomEntry> entries;
};
// RFC 4287 Atom 1.0, UTF-8, xml:lang="ja", dates RFC 3339 in UTC ("2026-11-28T10:00:00Z"),
// feed-level author (the feed title) so every entry has an author, link rel=self and
// rel=alternate. Built with libxml2's xmlTextWriter (memory buffer).
// Empty subtitle, entry author, category and summary are left out; published 0 is left out and
// updated 0 falls back to published.
std::string Atom(const AtomFeed& feed);

struct CalEvent {
  std::string uid;  // stable, e.g. "event-12@tsunagu.example" — callers build it
  std::string summary, description, location, url;
  bool all_day = false;
  std::int64_t starts_at = 0, ends_at = 0;  // Unix seconds (timed events)
  std::string start_date, end_date;         // "YYYY-MM-DD" inclusive (all-day events)
  double lat = 0, lon = 0;
  bool has_geo = false;
  std::int64_t updated = 0;  // Unix seconds, for LAST-MODIFIED
  bool cancelled = false;    // STATUS:CANCELLED
};
// RFC 5545 VCALENDAR: PRODID "-//Tsunagu//Tsunagu//JA", VERSION 2.0, CALSCALE GREGORIAN,
// METHOD PUBLISH, X-WR-CALNAME = name, X-WR-TIMEZONE Asia/Tokyo, one VTIMEZONE for Asia/Tokyo
// (STANDARD, TZOFFSETFROM/TO +0900, TZNAME JST, DTSTART 19700101T000000), and VEVENTs with UID,
// DTSTAMP = dtstamp (UTC, "…Z"), DTSTART;TZID=Asia/Tokyo:YYYYMMDDTHHMMSS and DTEND likewise for
// timed events, DTSTART;VALUE=DATE:YYYYMMDD and DTEND;VALUE=DATE = the day AFTER end_date for
// all-day events, SUMMARY, DESCRIPTION, LOCATION, URL, GEO, LAST-MODIFIED. Text escaped
// (\\ \; \, \n) and lines folded at 75 octets without splitting a UTF-8 character, CRLF line
// ends, all by libical. A name containing a comma or semicolon is written as
// X-WR-CALNAME;VALUE=TEXT:… (libical 3.0 does not escape those in X- properties otherwise).
// Timed events with ends_at <= starts_at get no DTEND; all-day events with an empty end_date
// last one day. Empty description, location and url and updated 0 are left out.
// Throws std::invalid_argument for an all-day date that is not "YYYY-MM-DD".
std::string ICalendar(const std::string& name, std::int64_t dtstamp,
                      const std::vector<CalEvent>& events);

}  // namespace tsunagu::feeds
