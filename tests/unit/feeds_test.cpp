#include <gtest/gtest.h>

#include <libical/ical.h>
#include <libxml/parser.h>
#include <libxml/xmlstring.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "features/feeds/formats.hpp"

namespace tsunagu::feeds {
namespace {

constexpr std::int64_t k0100Z = 1795827600;  // 2026-11-28T01:00:00Z = 10:00 JST
constexpr std::int64_t k0330Z = 1795836600;  // 2026-11-28T03:30:00Z = 12:30 JST
constexpr std::int64_t kNov20 = 1795132800;  // 2026-11-20T00:00:00Z

// --- Atom -------------------------------------------------------------------------------

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

// The Atom output parsed back by libxml2, queried with XPath (prefix "a" = Atom).
class ParsedXml {
 public:
  explicit ParsedXml(const std::string& xml)
      : doc_(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {
    if (!doc_) throw std::runtime_error("not well-formed XML");
  }
  xmlDoc* doc() const { return doc_.get(); }

  // The string value of an XPath expression.
  std::string Str(const std::string& path) const {
    xmlXPathContext* ctx = xmlXPathNewContext(doc_.get());
    xmlXPathRegisterNs(ctx, BAD_CAST "a", BAD_CAST "http://www.w3.org/2005/Atom");
    xmlXPathObject* r = xmlXPathEvalExpression(BAD_CAST("string(" + path + ")").c_str(), ctx);
    std::string out = r && r->stringval ? reinterpret_cast<const char*>(r->stringval) : "";
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return out;
  }
  int Count(const std::string& path) const {
    return static_cast<int>(std::stod(Str("count(" + path + ")")));
  }

 private:
  std::unique_ptr<xmlDoc, DocFree> doc_;
};

AtomFeed SampleFeed() {
  AtomFeed f;
  f.id = "tag:tsunagu.example,2026:events";
  f.title = "つなぐ山口 イベント";
  f.self_url = "https://tsunagu.example/events.atom";
  f.html_url = "https://tsunagu.example/events";
  f.subtitle = "山口市の地域イベント";
  f.updated = k0100Z;
  AtomEntry a;
  a.id = "https://tsunagu.example/events/12";
  a.title = "湯田温泉 & <秋> \"まつり\" 'です'";
  a.url = "https://tsunagu.example/events/12?a=1&b=2";
  a.summary = "屋台 & 踊り\n雨天決行 <予定>";
  a.author = "湯田地域交流センター";
  a.category = "まつり";
  a.published = kNov20;
  a.updated = k0100Z;
  AtomEntry b;
  b.id = "https://tsunagu.example/events/13";
  b.title = "防災訓練";
  b.url = "https://tsunagu.example/events/13";
  b.published = kNov20;
  f.entries = {a, b};
  return f;
}

TEST(Atom, IsUtf8XmlInTheAtomNamespace) {
  const std::string xml = Atom(SampleFeed());
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")) << xml;
  ParsedXml doc(xml);
  const xmlNode* root = xmlDocGetRootElement(doc.doc());
  ASSERT_NE(root, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "feed");
  ASSERT_NE(root->ns, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href), "http://www.w3.org/2005/Atom");
  EXPECT_EQ(doc.Str("/a:feed/@xml:lang"), "ja");
  EXPECT_EQ(doc.Count("/a:feed/a:entry"), 2);
}

TEST(Atom, FeedHasIdUpdatedLinksAndAuthor) {
  ParsedXml doc(Atom(SampleFeed()));
  EXPECT_EQ(doc.Str("/a:feed/a:id"), "tag:tsunagu.example,2026:events");
  EXPECT_EQ(doc.Str("/a:feed/a:title"), "つなぐ山口 イベント");
  EXPECT_EQ(doc.Str("/a:feed/a:subtitle"), "山口市の地域イベント");
  EXPECT_EQ(doc.Str("/a:feed/a:updated"), "2026-11-28T01:00:00Z");
  EXPECT_EQ(doc.Str("/a:feed/a:link[@rel='self']/@href"), "https://tsunagu.example/events.atom");
  EXPECT_EQ(doc.Str("/a:feed/a:link[@rel='self']/@type"), "application/atom+xml");
  EXPECT_EQ(doc.Str("/a:feed/a:link[@rel='alternate']/@href"), "https://tsunagu.example/events");
  EXPECT_EQ(doc.Str("/a:feed/a:author/a:name"), "つなぐ山口 イベント");
}

TEST(Atom, EntriesCarryIdsDatesLinksAndCategory) {
  ParsedXml doc(Atom(SampleFeed()));
  const std::string e1 = "/a:feed/a:entry[1]";
  EXPECT_EQ(doc.Str(e1 + "/a:id"), "https://tsunagu.example/events/12");
  EXPECT_EQ(doc.Str(e1 + "/a:published"), "2026-11-20T00:00:00Z");
  EXPECT_EQ(doc.Str(e1 + "/a:updated"), "2026-11-28T01:00:00Z");
  EXPECT_EQ(doc.Str(e1 + "/a:link[@rel='alternate']/@href"),
            "https://tsunagu.example/events/12?a=1&b=2");
  EXPECT_EQ(doc.Str(e1 + "/a:author/a:name"), "湯田地域交流センター");
  EXPECT_EQ(doc.Str(e1 + "/a:category/@term"), "まつり");
  EXPECT_EQ(doc.Str(e1 + "/a:summary/@type"), "text");

  // The second entry has no author, category or summary of its own; updated falls back.
  const std::string e2 = "/a:feed/a:entry[2]";
  EXPECT_EQ(doc.Str(e2 + "/a:updated"), "2026-11-20T00:00:00Z");
  EXPECT_EQ(doc.Count(e2 + "/a:author"), 0);
  EXPECT_EQ(doc.Count(e2 + "/a:category"), 0);
  EXPECT_EQ(doc.Count(e2 + "/a:summary"), 0);
}

TEST(Atom, MarkupCharactersAndJapaneseRoundTrip) {
  const std::string xml = Atom(SampleFeed());
  EXPECT_NE(xml.find("&amp; &lt;秋&gt;"), std::string::npos) << xml;
  ParsedXml doc(xml);
  EXPECT_EQ(doc.Str("/a:feed/a:entry[1]/a:title"), "湯田温泉 & <秋> \"まつり\" 'です'");
  EXPECT_EQ(doc.Str("/a:feed/a:entry[1]/a:title/@type"), "text");
  EXPECT_EQ(doc.Str("/a:feed/a:entry[1]/a:summary"), "屋台 & 踊り\n雨天決行 <予定>");
}

TEST(Atom, EmptyFeedIsValidAndOmitsEmptySubtitle) {
  AtomFeed f = SampleFeed();
  f.entries.clear();
  f.subtitle.clear();
  ParsedXml doc(Atom(f));
  EXPECT_EQ(doc.Count("/a:feed/a:entry"), 0);
  EXPECT_EQ(doc.Count("/a:feed/a:subtitle"), 0);
  EXPECT_EQ(doc.Count("/a:feed/a:updated"), 1);
}

// --- iCalendar ----------------------------------------------------------------------------

struct CompFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Comp = std::unique_ptr<icalcomponent, CompFree>;

Comp Parse(const std::string& ics) {
  Comp c(icalparser_parse_string(ics.c_str()));
  if (!c) throw std::runtime_error("libical could not parse the calendar");
  return c;
}

icalcomponent* FirstEvent(icalcomponent* cal) {
  return icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
}

std::string Param(icalproperty* p, icalparameter_kind kind) {
  icalparameter* param = icalproperty_get_first_parameter(p, kind);
  return param ? icalparameter_as_ical_string(param) : "";
}

std::string XProp(icalcomponent* c, const std::string& name) {
  for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
       p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
    if (name == icalproperty_get_x_name(p)) {
      icalvalue* v = icalproperty_get_value(p);
      return icalvalue_isa(v) == ICAL_TEXT_VALUE ? icalvalue_get_text(v) : icalvalue_get_x(v);
    }
  }
  return "(missing)";
}

CalEvent TimedEvent() {
  CalEvent e;
  e.uid = "event-12@tsunagu.example";
  e.summary = "湯田温泉 秋まつり";
  e.description = "屋台と踊り";
  e.location = "湯田温泉通り";
  e.url = "https://tsunagu.example/events/12";
  e.starts_at = k0100Z;
  e.ends_at = k0330Z;
  e.lat = 34.1600;
  e.lon = 131.4500;
  e.has_geo = true;
  e.updated = kNov20;
  return e;
}

CalEvent AllDayEvent() {
  CalEvent e;
  e.uid = "event-13@tsunagu.example";
  e.summary = "年末年始の展示";
  e.all_day = true;
  e.start_date = "2026-12-31";
  e.end_date = "2027-01-01";
  return e;
}

TEST(ICalendar, CalendarPropertiesAndTokyoTimezone) {
  const std::string ics = ICalendar("つなぐ山口 イベント", k0100Z, {TimedEvent()});
  EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\n"));
  EXPECT_TRUE(ics.ends_with("END:VCALENDAR\r\n"));
  Comp cal = Parse(ics);
  EXPECT_STREQ(
      icalproperty_get_prodid(icalcomponent_get_first_property(cal.get(), ICAL_PRODID_PROPERTY)),
      "-//Tsunagu//Tsunagu//JA");
  EXPECT_STREQ(
      icalproperty_get_version(icalcomponent_get_first_property(cal.get(), ICAL_VERSION_PROPERTY)),
      "2.0");
  EXPECT_EQ(icalcomponent_get_method(cal.get()), ICAL_METHOD_PUBLISH);
  EXPECT_NE(ics.find("\r\nCALSCALE:GREGORIAN\r\n"), std::string::npos);
  EXPECT_EQ(XProp(cal.get(), "X-WR-CALNAME"), "つなぐ山口 イベント");
  EXPECT_NE(ics.find("\r\nX-WR-CALNAME:つなぐ山口 イベント\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("\r\nX-WR-TIMEZONE:Asia/Tokyo\r\n"), std::string::npos);

  icalcomponent* tz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(tz, nullptr);
  EXPECT_EQ(icalcomponent_count_components(cal.get(), ICAL_VTIMEZONE_COMPONENT), 1);
  icalproperty* tzid = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY);
  ASSERT_NE(tzid, nullptr);
  EXPECT_STREQ(icalproperty_get_tzid(tzid), "Asia/Tokyo");
  icalcomponent* standard = icalcomponent_get_first_component(tz, ICAL_XSTANDARD_COMPONENT);
  ASSERT_NE(standard, nullptr);
  EXPECT_EQ(icalproperty_get_tzoffsetfrom(
                icalcomponent_get_first_property(standard, ICAL_TZOFFSETFROM_PROPERTY)),
            9 * 3600);
  EXPECT_EQ(icalproperty_get_tzoffsetto(
                icalcomponent_get_first_property(standard, ICAL_TZOFFSETTO_PROPERTY)),
            9 * 3600);
  EXPECT_STREQ(
      icalproperty_get_tzname(icalcomponent_get_first_property(standard, ICAL_TZNAME_PROPERTY)),
      "JST");
  EXPECT_NE(ics.find("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST\r\n"
                     "DTSTART:19700101T000000\r\n"),
            std::string::npos)
      << ics;
}

TEST(ICalendar, TimedEventInTokyoTime) {
  const std::string ics = ICalendar("イベント", k0100Z, {TimedEvent()});
  EXPECT_NE(ics.find("\r\nDTSTART;TZID=Asia/Tokyo:20261128T100000\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("\r\nDTEND;TZID=Asia/Tokyo:20261128T123000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("\r\nDTSTAMP:20261128T010000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("\r\nLAST-MODIFIED:20261120T000000Z\r\n"), std::string::npos);

  Comp cal = Parse(ics);
  icalcomponent* ev = FirstEvent(cal.get());
  ASSERT_NE(ev, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(ev), "event-12@tsunagu.example");
  EXPECT_STREQ(icalcomponent_get_summary(ev), "湯田温泉 秋まつり");
  EXPECT_STREQ(icalcomponent_get_description(ev), "屋台と踊り");
  EXPECT_STREQ(icalcomponent_get_location(ev), "湯田温泉通り");
  icalproperty* start = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(Param(start, ICAL_TZID_PARAMETER), "TZID=Asia/Tokyo");
  const icaltimetype t = icalproperty_get_dtstart(start);
  EXPECT_EQ(t.year, 2026);
  EXPECT_EQ(t.month, 11);
  EXPECT_EQ(t.day, 28);
  EXPECT_EQ(t.hour, 10);
  EXPECT_FALSE(t.is_date);
  icalproperty* url = icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY);
  ASSERT_NE(url, nullptr);
  EXPECT_STREQ(icalproperty_get_url(url), "https://tsunagu.example/events/12");
  icalproperty* geo = icalcomponent_get_first_property(ev, ICAL_GEO_PROPERTY);
  ASSERT_NE(geo, nullptr);
  EXPECT_NEAR(icalproperty_get_geo(geo).lat, 34.16, 1e-9);
  EXPECT_NEAR(icalproperty_get_geo(geo).lon, 131.45, 1e-9);
  EXPECT_EQ(icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY), nullptr);
}

TEST(ICalendar, AllDayEventEndsTheDayAfter) {
  CalEvent one_day = AllDayEvent();
  one_day.uid = "event-14@tsunagu.example";
  one_day.start_date = "2028-02-29";
  one_day.end_date = "";
  const std::string ics = ICalendar("イベント", k0100Z, {AllDayEvent(), one_day});
  EXPECT_NE(ics.find("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270102\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(ics.find("\r\nDTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n"),
            std::string::npos);

  Comp cal = Parse(ics);
  icalcomponent* ev = FirstEvent(cal.get());
  ASSERT_NE(ev, nullptr);
  const icaltimetype start = icalcomponent_get_dtstart(ev);
  const icaltimetype end = icalcomponent_get_dtend(ev);
  EXPECT_TRUE(start.is_date);
  EXPECT_TRUE(end.is_date);
  EXPECT_EQ(start.year * 10000 + start.month * 100 + start.day, 20261231);
  EXPECT_EQ(end.year * 10000 + end.month * 100 + end.day, 20270102);
}

TEST(ICalendar, RejectsMalformedAllDayDates) {
  for (const char* bad : {"2026-02-30", "2026/12/01", "20261201", "2026-1-01", "abcd-12-01"}) {
    CalEvent e = AllDayEvent();
    e.start_date = bad;
    EXPECT_THROW(ICalendar("x", k0100Z, {e}), std::invalid_argument) << bad;
  }
}

TEST(ICalendar, CancelledEventAndOptionalProperties) {
  CalEvent e = TimedEvent();
  e.cancelled = true;
  e.ends_at = 0;
  e.description.clear();
  e.has_geo = false;
  e.updated = 0;
  const std::string ics = ICalendar("イベント", k0100Z, {e});
  EXPECT_NE(ics.find("\r\nSTATUS:CANCELLED\r\n"), std::string::npos);
  for (const char* absent : {"DTEND", "DESCRIPTION", "GEO", "LAST-MODIFIED"}) {
    EXPECT_EQ(ics.find(std::string("\r\n") + absent), std::string::npos) << absent;
  }
}

TEST(ICalendar, TextIsEscapedAndRoundTrips) {
  CalEvent e = TimedEvent();
  e.summary = "秋まつり, 湯田; 温泉\\会場";
  e.description = "1行目\n2行目, 雨天決行; 詳細は\\サイトで";
  e.location = "湯田温泉, 山口市";
  const std::string ics = ICalendar("つなぐ, 山口; イベント", k0100Z, {e});
  EXPECT_NE(ics.find("SUMMARY:秋まつり\\, 湯田\\; 温泉\\\\会場\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("DESCRIPTION:1行目\\n2行目\\, 雨天決行\\; 詳細は\\\\サイトで\r\n"),
            std::string::npos);
  EXPECT_NE(ics.find("X-WR-CALNAME;VALUE=TEXT:つなぐ\\, 山口\\; イベント\r\n"), std::string::npos);

  Comp cal = Parse(ics);
  EXPECT_EQ(XProp(cal.get(), "X-WR-CALNAME"), "つなぐ, 山口; イベント");
  icalcomponent* ev = FirstEvent(cal.get());
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(ev)), e.summary);
  EXPECT_EQ(std::string(icalcomponent_get_description(ev)), e.description);
  EXPECT_EQ(std::string(icalcomponent_get_location(ev)), e.location);
}

// Splits on CRLF; fails the test on a bare CR or LF.
std::vector<std::string> PhysicalLines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t crlf = ics.find("\r\n", start);
    if (crlf == std::string::npos) {
      ADD_FAILURE() << "last line without CRLF";
      break;
    }
    lines.push_back(ics.substr(start, crlf - start));
    start = crlf + 2;
  }
  for (const std::string& l : lines) {
    EXPECT_EQ(l.find_first_of("\r\n"), std::string::npos) << "bare CR or LF in: " << l;
  }
  return lines;
}

TEST(ICalendar, LongJapaneseTextFoldsAt75OctetsOnCharacterBoundaries) {
  CalEvent e = TimedEvent();
  std::string description;
  for (int i = 0; i < 40; ++i) description += "山口市湯田温泉の秋まつり🎉";  // 3- and 4-byte
  description += "\n";
  for (int i = 0; i < 30; ++i) description += "aあ,b;";  // mixed widths, escapes
  e.description = description;
  e.summary = std::string(100, 'x') + "秋";
  e.location = "山口県山口市" + std::string(70, ' ') + "湯田温泉一丁目";
  const std::string ics =
      ICalendar(std::string(30, 'n') + "つなぐ山口の地域イベント一覧です", k0100Z, {e});
  int folded = 0;
  for (const std::string& line : PhysicalLines(ics)) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_NE(xmlCheckUTF8(reinterpret_cast<const xmlChar*>(line.c_str())), 0) << line;
    if (line.starts_with(" ")) ++folded;
  }
  EXPECT_GT(folded, 20);

  Comp cal = Parse(ics);
  icalcomponent* ev = FirstEvent(cal.get());
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_description(ev)), description);
  EXPECT_EQ(std::string(icalcomponent_get_summary(ev)), e.summary);
  EXPECT_EQ(std::string(icalcomponent_get_location(ev)), e.location);
}

TEST(ICalendar, EveryLineEndsWithCrlf) {
  const std::string ics = ICalendar("イベント", k0100Z, {TimedEvent(), AllDayEvent()});
  const std::vector<std::string> lines = PhysicalLines(ics);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  Comp cal = Parse(ics);
  EXPECT_EQ(icalcomponent_count_components(cal.get(), ICAL_VEVENT_COMPONENT), 2);
}

}  // namespace
}  // namespace tsunagu::feeds
