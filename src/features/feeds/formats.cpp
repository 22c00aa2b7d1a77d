#include "features/feeds/formats.hpp"

#include <libical/ical.h>
#include <libxml/xmlwriter.h>

#include <charconv>
#include <chrono>
#include <ctime>
#include <memory>
#include <stdexcept>

namespace tsunagu::feeds {
namespace {

constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";
constexpr const char* kTzid = "Asia/Tokyo";
constexpr int kJstOffset = 9 * 3600;  // Japan has no DST

// "2026-11-28T10:00:00Z".
std::string Rfc3339(std::int64_t unix_time) {
  std::time_t t = static_cast<std::time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// --- Atom -------------------------------------------------------------------------------

struct WriterDeleter {
  void operator()(xmlTextWriterPtr w) const { xmlFreeTextWriter(w); }
};
struct BufferDeleter {
  void operator()(xmlBufferPtr b) const { xmlBufferFree(b); }
};

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* X(const std::string& s) { return X(s.c_str()); }

// Thin wrapper that turns libxml2's negative return codes into exceptions.
class Writer {
 public:
  explicit Writer(xmlTextWriterPtr w) : w_(w) {}
  void Start(const char* name) { Check(xmlTextWriterStartElement(w_, X(name))); }
  void End() { Check(xmlTextWriterEndElement(w_)); }
  void Attr(const char* name, const std::string& value) {
    Check(xmlTextWriterWriteAttribute(w_, X(name), X(value)));
  }
  void Text(const std::string& text) { Check(xmlTextWriterWriteString(w_, X(text))); }
  void Element(const char* name, const std::string& text) {
    Check(xmlTextWriterWriteElement(w_, X(name), X(text)));
  }
  void Link(const char* rel, const char* type, const std::string& href) {
    Start("link");
    Attr("rel", rel);
    Attr("type", type);
    Attr("href", href);
    End();
  }
  void Author(const std::string& name) {
    Start("author");
    Element("name", name);
    End();
  }

  static void Check(int rc) {
    if (rc < 0) throw std::runtime_error("libxml2 xmlTextWriter failed");
  }

 private:
  xmlTextWriterPtr w_;
};

void WriteEntry(Writer& w, const AtomEntry& e) {
  w.Start("entry");
  w.Element("id", e.id);
  w.Start("title");
  w.Attr("type", "text");
  w.Text(e.title);
  w.End();
  w.Link("alternate", "text/html", e.url);
  if (e.published != 0) w.Element("published", Rfc3339(e.published));
  w.Element("updated", Rfc3339(e.updated != 0 ? e.updated : e.published));
  if (!e.author.empty()) w.Author(e.author);
  if (!e.category.empty()) {
    w.Start("category");
    w.Attr("term", e.category);
    w.End();
  }
  if (!e.summary.empty()) {
    w.Start("summary");
    w.Attr("type", "text");
    w.Text(e.summary);
    w.End();
  }
  w.End();
}

// --- iCalendar ----------------------------------------------------------------------------

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct IcalFree {
  void operator()(char* s) const { icalmemory_free_buffer(s); }
};
using IcalString = std::unique_ptr<char, IcalFree>;

icaltimetype Utc(std::int64_t unix_time) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(unix_time), 0,
                                       icaltimezone_get_utc_timezone());
}

// Wall-clock time in Asia/Tokyo as a floating time; the TZID parameter names the zone.
icaltimetype Jst(std::int64_t unix_time) {
  icaltimetype t = Utc(unix_time + kJstOffset);
  t.zone = nullptr;
  return t;
}

std::chrono::sys_days ParseDate(const std::string& s) {
  auto bad = [&] { return std::invalid_argument("not a YYYY-MM-DD date: " + s); };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') throw bad();
  auto number = [&](std::size_t pos, std::size_t len) {
    int v = 0;
    const char* first = s.data() + pos;
    auto [p, ec] = std::from_chars(first, first + len, v);
    if (ec != std::errc() || p != first + len || *first == '-' || *first == '+') throw bad();
    return v;
  };
  const std::chrono::year_month_day ymd{std::chrono::year{number(0, 4)},
                                        std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                        std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  if (!ymd.ok()) throw bad();
  return std::chrono::sys_days{ymd};
}

icaltimetype Date(std::chrono::sys_days d) {
  const std::chrono::year_month_day ymd{d};
  icaltimetype t = icaltime_null_date();
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return t;
}

icalproperty* WithTzid(icalproperty* p) {
  icalproperty_add_parameter(p, icalparameter_new_tzid(kTzid));
  return p;
}

// An X- property with a TEXT value. libical 3.0 escapes backslash and newline in X- property
// values but not comma and semicolon, so a name containing those is written as a STRING value
// holding libical's own TEXT escaping, declared VALUE=TEXT.
icalproperty* XText(const char* x_name, const std::string& text) {
  icalproperty* p = nullptr;
  if (text.find_first_of(",;") == std::string::npos) {
    p = icalproperty_new_x(text.c_str());
  } else {
    icalvalue* unparented = icalvalue_new_text(text.c_str());
    IcalString escaped(icalvalue_as_ical_string_r(unparented));
    icalvalue_free(unparented);
    p = icalproperty_new(ICAL_X_PROPERTY);
    icalproperty_set_value(p, icalvalue_new_string(escaped.get()));
    icalproperty_add_parameter(p, icalparameter_new_value(ICAL_VALUE_TEXT));
  }
  icalproperty_set_x_name(p, x_name);
  return p;
}

icalcomponent* TokyoTimezone() {
  icalcomponent* tz = icalcomponent_new_vtimezone();
  icalcomponent_add_property(tz, icalproperty_new_tzid(kTzid));
  icalcomponent* standard = icalcomponent_new_xstandard();
  icaltimetype epoch = icaltime_null_time();
  epoch.year = 1970;
  epoch.month = 1;
  epoch.day = 1;
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(kJstOffset));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(kJstOffset));
  icalcomponent_add_property(standard, icalproperty_new_tzname("JST"));
  icalcomponent_add_property(standard, icalproperty_new_dtstart(epoch));
  icalcomponent_add_component(tz, standard);
  return tz;
}

icalcomponent* Event(const CalEvent& e, std::int64_t dtstamp) {
  Component ev(icalcomponent_new_vevent());
  icalcomponent* v = ev.get();
  icalcomponent_add_property(v, icalproperty_new_uid(e.uid.c_str()));
  icalcomponent_add_property(v, icalproperty_new_dtstamp(Utc(dtstamp)));
  if (e.all_day) {
    const auto start = ParseDate(e.start_date);
    const auto last = e.end_date.empty() ? start : ParseDate(e.end_date);
    icalcomponent_add_property(v, icalproperty_new_dtstart(Date(start)));
    // DTEND of an all-day event is exclusive: the day after the last day.
    const auto end = (last < start ? start : last) + std::chrono::days{1};
    icalcomponent_add_property(v, icalproperty_new_dtend(Date(end)));
  } else {
    icalcomponent_add_property(v, WithTzid(icalproperty_new_dtstart(Jst(e.starts_at))));
    if (e.ends_at > e.starts_at) {
      icalcomponent_add_property(v, WithTzid(icalproperty_new_dtend(Jst(e.ends_at))));
    }
  }
  icalcomponent_add_property(v, icalproperty_new_summary(e.summary.c_str()));
  if (!e.description.empty()) {
    icalcomponent_add_property(v, icalproperty_new_description(e.description.c_str()));
  }
  if (!e.location.empty()) {
    icalcomponent_add_property(v, icalproperty_new_location(e.location.c_str()));
  }
  if (!e.url.empty()) icalcomponent_add_property(v, icalproperty_new_url(e.url.c_str()));
  if (e.has_geo) {
    icalgeotype geo{};
    geo.lat = e.lat;
    geo.lon = e.lon;
    icalcomponent_add_property(v, icalproperty_new_geo(geo));
  }
  if (e.cancelled) icalcomponent_add_property(v, icalproperty_new_status(ICAL_STATUS_CANCELLED));
  if (e.updated != 0) {
    icalcomponent_add_property(v, icalproperty_new_lastmodified(Utc(e.updated)));
  }
  return ev.release();
}

}  // namespace

std::string Atom(const AtomFeed& feed) {
  std::unique_ptr<xmlBuffer, BufferDeleter> buffer(xmlBufferCreate());
  if (!buffer) throw std::bad_alloc();
  {
    std::unique_ptr<xmlTextWriter, WriterDeleter> writer(xmlNewTextWriterMemory(buffer.get(), 0));
    if (!writer) throw std::bad_alloc();
    Writer::Check(xmlTextWriterSetIndent(writer.get(), 1));
    Writer::Check(xmlTextWriterSetIndentString(writer.get(), X("  ")));
    Writer::Check(xmlTextWriterStartDocument(writer.get(), "1.0", "UTF-8", nullptr));
    Writer w(writer.get());
    w.Start("feed");
    w.Attr("xmlns", kAtomNs);
    w.Attr("xml:lang", "ja");
    w.Element("id", feed.id);
    w.Element("title", feed.title);
    if (!feed.subtitle.empty()) w.Element("subtitle", feed.subtitle);
    w.Element("updated", Rfc3339(feed.updated));
    w.Link("self", "application/atom+xml", feed.self_url);
    w.Link("alternate", "text/html", feed.html_url);
    w.Author(feed.title);
    for (const AtomEntry& e : feed.entries) WriteEntry(w, e);
    w.End();
    Writer::Check(xmlTextWriterEndDocument(writer.get()));
  }  // freeing the writer flushes it into the buffer
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                     static_cast<std::size_t>(xmlBufferLength(buffer.get())));
}

std::string ICalendar(const std::string& name, std::int64_t dtstamp,
                      const std::vector<CalEvent>& events) {
  Component cal(icalcomponent_new_vcalendar());
  icalcomponent* c = cal.get();
  icalcomponent_add_property(c, icalproperty_new_prodid("-//Tsunagu//Tsunagu//JA"));
  icalcomponent_add_property(c, icalproperty_new_version("2.0"));
  icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
  icalcomponent_add_property(c, XText("X-WR-CALNAME", name));
  icalcomponent_add_property(c, XText("X-WR-TIMEZONE", kTzid));
  icalcomponent_add_component(c, TokyoTimezone());
  for (const CalEvent& e : events) icalcomponent_add_component(c, Event(e, dtstamp));
  IcalString text(icalcomponent_as_ical_string_r(c));
  if (!text) throw std::runtime_error("libical could not serialise the calendar");
  return std::string(text.get());
}

}  // namespace tsunagu::feeds
