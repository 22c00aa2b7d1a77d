// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/) at /open311/v2/, so that
// existing 311 apps can report local issues (地域課題) and follow them: one service per issue
// category, service requests are issues. JSON and XML (.json / .xml), errors as the spec says:
// the HTTP status and [{"code": N, "description": "..."}].
//
// One jurisdiction: jurisdiction_id is accepted and ignored. POST requests needs api_key, an API
// token of this platform (never a session cookie: the form carries no CSRF token). The
// reporter's email is kept privately to tell them of changes; first_name and last_name are not
// stored, and none of them is ever in any answer.
#include <libxml/xmlwriter.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "features/issues/commands.hpp"
#include "features/open311/routes.hpp"
#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/identity.hpp"
#include "platform/web/json_util.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

constexpr std::int64_t kDefaultSpan = 90 * 86400;  // the spec's default and widest date range
constexpr std::size_t kMaxRequests = 1000;         // the spec's default query limit
constexpr std::size_t kTitleChars = 40;

enum class Format { kJson, kXml };

// "services.json" -> ("services", json); nullopt for another extension.
std::optional<std::pair<std::string, Format>> SplitFormat(std::string_view file) {
  for (auto [ext, f] :
       {std::pair<std::string_view, Format>{".json", Format::kJson}, {".xml", Format::kXml}}) {
    if (file.size() > ext.size() && file.ends_with(ext)) {
      return std::pair<std::string, Format>{std::string(file.substr(0, file.size() - ext.size())),
                                            f};
    }
  }
  return std::nullopt;
}

// ---- XML (the spec's required format; JSON is its Spark mapping) ---------------------------

struct WriterDeleter {
  void operator()(xmlTextWriterPtr w) const { xmlFreeTextWriter(w); }
};
struct BufferDeleter {
  void operator()(xmlBufferPtr b) const { xmlBufferFree(b); }
};

const xmlChar* X(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

void Check(int rc) {
  if (rc < 0) throw std::runtime_error("libxml2 xmlTextWriter failed");
}

std::string ScalarText(const json::value& v) {
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_null()) return "";
  return JsonText(v);  // numbers in plain decimal, true / false
}

// The element of one entry of a list field: <attributes><attribute>, <endpoints><endpoint>.
std::string ItemName(const std::string& list) {
  if (list.size() > 1 && list.back() == 's') return list.substr(0, list.size() - 1);
  return "item";
}

// An element per field; a list field holds one element per entry.
void WriteFields(xmlTextWriterPtr w, const json::object& o) {
  for (const auto& [k, v] : o) {
    const std::string name(k);
    if (v.is_array()) {
      Check(xmlTextWriterStartElement(w, X(name)));
      const std::string item = ItemName(name);
      for (const auto& e : v.as_array()) {
        Check(xmlTextWriterStartElement(w, X(item)));
        if (e.is_object()) {
          WriteFields(w, e.as_object());
        } else {
          Check(xmlTextWriterWriteString(w, X(ScalarText(e))));
        }
        Check(xmlTextWriterEndElement(w));
      }
      Check(xmlTextWriterEndElement(w));
    } else if (v.is_object()) {
      Check(xmlTextWriterStartElement(w, X(name)));
      WriteFields(w, v.as_object());
      Check(xmlTextWriterEndElement(w));
    } else {
      Check(xmlTextWriterWriteElement(w, X(name), X(ScalarText(v))));
    }
  }
}

// <root><item>fields</item>...</root> of a list, or <root>fields</root> of one object.
std::string Xml(const json::value& v, const std::string& root, const std::string& item) {
  std::unique_ptr<xmlBuffer, BufferDeleter> buf(xmlBufferCreate());
  if (!buf) throw std::runtime_error("libxml2: no buffer");
  std::unique_ptr<xmlTextWriter, WriterDeleter> w(xmlNewTextWriterMemory(buf.get(), 0));
  if (!w) throw std::runtime_error("libxml2: no writer");
  Check(xmlTextWriterStartDocument(w.get(), nullptr, "utf-8", nullptr));
  Check(xmlTextWriterStartElement(w.get(), X(root)));
  if (v.is_array()) {
    for (const auto& e : v.as_array()) {
      Check(xmlTextWriterStartElement(w.get(), X(item)));
      if (e.is_object()) WriteFields(w.get(), e.as_object());
      Check(xmlTextWriterEndElement(w.get()));
    }
  } else if (v.is_object()) {
    WriteFields(w.get(), v.as_object());
  }
  Check(xmlTextWriterEndDocument(w.get()));
  w.reset();  // flushes into the buffer
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf.get())),
                     static_cast<std::size_t>(xmlBufferLength(buf.get())));
}

Response Answer(App& app, Format f, int status, const json::value& v, const std::string& root,
                const std::string& item) {
  if (f == Format::kJson) return app.Json(status, JsonText(v));
  Response r;
  r.status = status;
  r.content_type = "text/xml; charset=utf-8";
  r.body = Xml(v, root, item);
  r.Set("Cache-Control", "no-cache");
  return r;
}

// One error or several (the spec's answer is a list); the HTTP status is the first code.
Response Errors(App& app, Format f, int status,
                const std::vector<std::pair<int, std::string>>& errors) {
  json::array a;
  for (const auto& [code, description] : errors) {
    a.push_back(json::object{{"code", code}, {"description", description}});
  }
  return Answer(app, f, status, a, "errors", "error");
}
Response Error(App& app, Format f, int status, const std::string& description) {
  return Errors(app, f, status, {{status, description}});
}

// ---- Service discovery (http://wiki.open311.org/Service_Discovery) ---------------------------

// The date of this endpoint's definition (services and fields), as the spec's changeset.
constexpr const char* kChangeset = "2026-11-29T00:00:00+09:00";

Response Discovery(App& app, RequestCtx& rc, Format f) {
  rc.cacheable = true;
  json::object endpoint{{"specification", "http://wiki.open311.org/GeoReport_v2"},
                        {"url", app.config().base_url + "/open311/v2"},
                        {"changeset", kChangeset},
                        {"type", "production"},
                        {"formats", json::array{"text/xml", "application/json"}}};
  return Answer(app, f, 200,
                json::object{{"changeset", kChangeset},
                             {"contact", Msg("open311.contact")},
                             {"key_service", Msg("open311.key_service")},
                             {"endpoints", json::array{std::move(endpoint)}}},
                "discovery", "");
}
Response DiscoveryJson(App& app, RequestCtx& rc) { return Discovery(app, rc, Format::kJson); }
Response DiscoveryXml(App& app, RequestCtx& rc) { return Discovery(app, rc, Format::kXml); }

// ---- Services: one per issue category ---------------------------------------------------------

json::object ServiceJson(const std::string& code) {
  return json::object{{"service_code", code},
                      {"service_name", issues::CategoryLabel(code)},
                      {"description", Msg("open311.service_desc_" + code)},
                      {"metadata", false},
                      {"type", "realtime"},
                      {"keywords", Msg("open311.keywords_" + code)},
                      {"group", Msg("open311.group")}};
}

Response Services(App& app, RequestCtx& rc, Format f) {
  rc.cacheable = true;  // the same for everyone, whatever the data
  json::array a;
  for (const char* code : issues::kCategories) a.push_back(ServiceJson(code));
  return Answer(app, f, 200, a, "services", "service");
}

Response ServiceList(App& app, RequestCtx& rc) { return Services(app, rc, Format::kJson); }
Response ServiceListXml(App& app, RequestCtx& rc) { return Services(app, rc, Format::kXml); }

Response ServiceDefinition(App& app, RequestCtx& rc) {
  auto file = SplitFormat(rc.params.at("file"));
  if (!file) return Error(app, Format::kJson, 404, Msg("open311.err_format"));
  const auto& [code, f] = *file;
  if (!issues::IsCategory(code)) {
    return Error(app, f, 404,
                 text::ReplaceAll(Msg("open311.err_service_code_unknown"), "{code}", code));
  }
  rc.cacheable = true;
  return Answer(app, f, 200, json::object{{"service_code", code}, {"attributes", json::array{}}},
                "service_definition", "");
}

// ---- Service requests: issues -----------------------------------------------------------------

json::value Coordinate(const std::optional<std::int64_t>& e6) {
  if (!e6) return nullptr;
  return static_cast<double>(*e6) / 1e6;
}

json::value TextOrNull(const std::string& s) {
  if (s.empty()) return nullptr;
  return json::value(s);
}

// Why it is in its current state: what was done (resolved), else the note of the latest change
// of level or state; null when none was written.
json::value StatusNotes(App& app, const issues::Issue& i) {
  if (i.state == issues::State::kResolved && !i.resolution.empty())
    return json::value(i.resolution);
  const auto timeline = issues::Timeline(app.ctx(), i.id);
  for (auto it = timeline.rbegin(); it != timeline.rend(); ++it) {
    if (it->kind == issues::EntryKind::kComment || it->kind == issues::EntryKind::kRaise) continue;
    if (!it->note.empty()) return json::value(it->note);
    break;
  }
  return nullptr;
}

json::object RequestJson(App& app, const issues::Issue& i) {
  std::string media = i.media_url;
  if (media.empty() && !i.images.empty())
    media = app.config().base_url + "/media/" + i.images[0].file;
  return json::object{
      {"service_request_id", to_string(i.id)},
      {"status", i.Open() ? "open" : "closed"},
      {"status_notes", StatusNotes(app, i)},
      {"service_name", issues::CategoryLabel(i.category)},
      {"service_code", i.category},
      {"description", i.description},
      {"agency_responsible", issues::AgencyResponsible(i)},
      {"service_notice", issues::Label(i.state)},
      {"requested_datetime", jst::Iso(i.created_at)},
      {"updated_datetime", jst::Iso(i.updated_at)},
      {"expected_datetime", i.due_at ? json::value(jst::Iso(i.due_at)) : json::value(nullptr)},
      {"address", TextOrNull(i.address)},
      {"address_id", nullptr},
      {"zipcode", nullptr},
      {"lat", Coordinate(i.lat_e6)},
      {"long", Coordinate(i.lon_e6)},
      {"media_url", TextOrNull(media)}};
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const auto comma = s.find(',', start);
    std::string part = text::Trim(std::string_view(s).substr(
        start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!part.empty()) out.push_back(std::move(part));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// A W3C date-time ("2026-04-01T00:00:00+09:00", "...Z") or a date (00:00 JST). A '+' of the
// offset sent unencoded arrives as a space and is read as '+'.
std::optional<std::int64_t> ParseW3c(std::string v) {
  if (v.size() > 16) std::replace(v.begin() + 16, v.end(), ' ', '+');
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
    return jst::ParseDateTime(v + "T00:00:00+09:00");
  }
  return jst::ParseDateTime(v);
}

// At most kMaxRequests issues of the filter, newest first, whatever page size List allows.
std::vector<issues::Issue> Collect(App& app, const issues::Filter& f) {
  std::vector<issues::Issue> out;
  for (int page = 1; out.size() < kMaxRequests; ++page) {
    auto p = issues::List(app.ctx(), f, page, static_cast<int>(kMaxRequests));
    if (p.items.empty()) break;
    for (auto& i : p.items) {
      if (out.size() < kMaxRequests) out.push_back(std::move(i));
    }
    if (static_cast<std::int64_t>(out.size()) >= p.total) break;
  }
  return out;
}

Response ListRequests(App& app, RequestCtx& rc, Format f) {
  issues::Filter filter;
  std::vector<issues::Issue> found;
  // service_request_id overrides every other argument.
  if (const auto ids = SplitList(QueryParam(rc.req, "service_request_id")); !ids.empty()) {
    if (ids.size() > kMaxRequests) return Error(app, f, 400, Msg("open311.err_request_id"));
    for (const auto& id : ids) {
      auto n = text::ParsePositiveInt(id);
      if (!n) return Error(app, f, 400, Msg("open311.err_request_id"));
      filter.ids.push_back(issues::IssueId{*n});
    }
    found = Collect(app, filter);
    json::array a;
    for (const auto& i : found) a.push_back(RequestJson(app, i));
    return Answer(app, f, 200, a, "service_requests", "request");
  }
  std::vector<std::pair<int, std::string>> errors;
  const auto codes = SplitList(QueryParam(rc.req, "service_code"));
  for (const auto& code : codes) {
    if (!issues::IsCategory(code)) {
      return Error(app, f, 404,
                   text::ReplaceAll(Msg("open311.err_service_code_unknown"), "{code}", code));
    }
  }
  bool open = false, closed = false;
  for (const auto& s : SplitList(QueryParam(rc.req, "status"))) {
    if (s == "open") {
      open = true;
    } else if (s == "closed") {
      closed = true;
    } else {
      errors.emplace_back(400, Msg("open311.err_status"));
    }
  }
  filter.open_only = open && !closed;
  filter.closed_only = closed && !open;
  std::optional<std::int64_t> start, end;
  for (const char* name : {"start_date", "end_date"}) {
    const std::string v = QueryParam(rc.req, name);
    if (v.empty()) continue;
    auto t = ParseW3c(v);
    if (!t) {
      errors.emplace_back(400, text::ReplaceAll(Msg("open311.err_date"), "{field}", name));
    } else if (std::string_view(name) == "start_date") {
      start = t;
    } else {
      end = t;
    }
  }
  if (start && end && *end < *start) errors.emplace_back(400, Msg("open311.err_date_order"));
  if (start && end && *end - *start > kDefaultSpan) {
    errors.emplace_back(400, Msg("open311.err_date_span"));
  }
  if (!errors.empty()) return Errors(app, f, 400, errors);
  // When not given, the range is the most recent 90 days (or 90 days from / up to the one given).
  if (!start && !end) end = app.ctx().clock.Now();
  if (!start) start = *end - kDefaultSpan;
  if (!end) end = *start + kDefaultSpan;
  filter.created_from = *start;
  filter.created_to = *end + 1;  // end_date is the latest time included
  if (codes.empty()) {
    found = Collect(app, filter);
  } else {
    for (const auto& code : codes) {
      filter.category = code;
      for (auto& i : Collect(app, filter)) found.push_back(std::move(i));
    }
    std::sort(found.begin(), found.end(), [](const issues::Issue& a, const issues::Issue& b) {
      return a.created_at != b.created_at ? a.created_at > b.created_at : a.id > b.id;
    });
    found.erase(
        std::unique(found.begin(), found.end(),
                    [](const issues::Issue& a, const issues::Issue& b) { return a.id == b.id; }),
        found.end());
    if (found.size() > kMaxRequests) found.resize(kMaxRequests);
  }
  json::array a;
  for (const auto& i : found) a.push_back(RequestJson(app, i));
  return Answer(app, f, 200, a, "service_requests", "request");
}

Response GetRequests(App& app, RequestCtx& rc) { return ListRequests(app, rc, Format::kJson); }
Response GetRequestsXml(App& app, RequestCtx& rc) { return ListRequests(app, rc, Format::kXml); }

Response GetRequest(App& app, RequestCtx& rc) {
  auto file = SplitFormat(rc.params.at("file"));
  if (!file) return Error(app, Format::kJson, 404, Msg("open311.err_format"));
  const auto& [id_text, f] = *file;
  auto id = text::ParsePositiveInt(id_text);
  auto issue = id ? issues::Get(app.ctx(), issues::IssueId{*id}) : std::nullopt;
  if (!issue) return Error(app, f, 404, Msg("open311.err_request_unknown"));
  return Answer(app, f, 200, json::array{RequestJson(app, *issue)}, "service_requests", "request");
}

// A decimal number of degrees within ±limit, in millionths; nullopt when it is not one.
std::optional<std::int64_t> ParseDegrees(const std::string& s, double limit) {
  const std::string t = text::Trim(s);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !std::isfinite(v) || std::fabs(v) > limit) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(std::llround(v * 1e6));
}

// The first line of the description, at most kTitleChars characters (… when cut).
std::string TitleOf(const std::string& description, const std::string& fallback) {
  std::string line;
  std::size_t start = 0;
  while (start <= description.size()) {
    const auto nl = description.find('\n', start);
    line = text::Trim(std::string_view(description)
                          .substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (!line.empty() && line.back() == '\r') line = text::Trim(line.substr(0, line.size() - 1));
    if (!line.empty() || nl == std::string::npos) break;
    start = nl + 1;
  }
  if (line.empty()) return fallback;
  if (text::Length(line) <= kTitleChars) return line;
  // Cut at a code point boundary, leaving room for the ellipsis.
  std::size_t chars = 0, i = 0;
  for (; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) {
      if (chars == kTitleChars - 1) break;
      ++chars;
    }
  }
  std::string out = line.substr(0, i);
  out += "…";
  return out;
}

// The Open311 parameter a field of the issue form came from.
std::string ParamOf(const std::string& field) {
  if (field == "title") return "description";
  if (field == "lon") return "long";
  if (field == "address") return "address_string";
  if (field == "contact_email") return "email";
  if (field == "category") return "service_code";
  return field;
}

Response PostRequest(App& app, RequestCtx& rc, Format f) {
  std::optional<Form> form;
  if (!rc.form.empty()) {
    form = rc.form;
  } else {
    form = ParseForm(rc.req.body);
  }
  if (!form) return Error(app, f, 400, Msg("open311.err_bad_form"));
  for (const auto& [k, v] : *form) {
    if (!text::IsValidText(k) || !text::IsValidText(v)) {
      return Error(app, f, 400, Msg("open311.err_bad_form"));
    }
  }
  auto value = [&](const char* name) {
    auto it = form->find(name);
    return it == form->end() ? std::string() : text::Trim(it->second);
  };

  // api_key: an API token of this platform.
  const std::string key = value("api_key");
  if (key.empty()) return Error(app, f, 403, Msg("open311.err_api_key_missing"));
  auto user = ApiTokenUser(app.ctx(), key);
  if (!user) return Error(app, f, 403, Msg("open311.err_api_key"));
  const Actor actor = directory::LoadActor(app.ctx(), *user);

  const std::string code = value("service_code");
  if (code.empty()) return Error(app, f, 400, Msg("open311.err_service_code_missing"));
  if (!issues::IsCategory(code)) {
    return Error(app, f, 404,
                 text::ReplaceAll(Msg("open311.err_service_code_unknown"), "{code}", code));
  }

  // Where: lat & long, or address_string.
  const std::string lat = value("lat"), lon = value("long"), address = value("address_string");
  std::optional<std::int64_t> lat_e6, lon_e6;
  if (!lat.empty() || !lon.empty()) {
    lat_e6 = ParseDegrees(lat, 90);
    lon_e6 = ParseDegrees(lon, 180);
    if (!lat_e6 || !lon_e6) return Error(app, f, 400, Msg("open311.err_latlong"));
  } else if (address.empty()) {
    return Error(
        app, f, 400,
        Msg(value("address_id").empty() ? "open311.err_location" : "open311.err_address_id"));
  }

  // The region: the reporter's home region, else the one whose community centre is nearest.
  auto home =
      actor.home_region_id ? directory::FindRegion(app.ctx(), actor.home_region_id) : std::nullopt;
  std::string region = home ? home->slug : std::string();
  if (region.empty() && lat_e6) {
    const RegionId nearest = issues::NearestRegion(app.ctx(), *lat_e6, *lon_e6);
    auto r = nearest ? directory::FindRegion(app.ctx(), nearest) : std::nullopt;
    region = r ? r->slug : std::string();
  }
  if (region.empty()) return Error(app, f, 400, Msg("open311.err_region"));

  const std::string email = value("email");
  if (!email.empty() && !text::LooksLikeEmail(email)) {
    return Error(app, f, 400, Msg("open311.err_email"));
  }

  issues::IssueForm form_in;
  form_in.source = "open311";
  form_in.region = region;
  form_in.category = code;
  auto description_it = form->find("description");
  form_in.description =
      description_it == form->end() ? std::string() : text::Trim(description_it->second);
  form_in.title = TitleOf(form_in.description, issues::CategoryLabel(code));
  // The spec makes description optional: a report of a place and a service alone is taken.
  if (form_in.description.empty()) form_in.description = Msg("open311.no_description");
  form_in.address = address;
  form_in.lat = lat;
  form_in.lon = lon;
  form_in.contact_email = email;  // kept private; first_name / last_name not stored
  form_in.media_url = value("media_url");
  auto id = issues::Raise(app.ctx(), actor, std::move(form_in));
  if (!id) {
    const Failure& e = id.error();
    int status = App::StatusFor(e.kind);
    if (e.kind == FailureKind::kUnauthorized) status = 403;
    if (status == 409 || status == 429) status = 400;  // the spec's "general service error"
    std::vector<std::pair<int, std::string>> errors;
    for (const auto& [field, message] : e.fields) {
      std::string d = ParamOf(field);
      d += ": ";
      d += message;
      errors.emplace_back(status, d);
    }
    if (errors.empty()) errors.emplace_back(status, e.message);
    return Errors(app, f, status, errors);
  }
  auto issue = issues::Get(app.ctx(), *id);
  std::string notice = Msg("open311.service_notice");
  if (issue) {
    notice = text::ReplaceAll(notice, "{agency}", issues::AgencyResponsible(*issue));
    notice = text::ReplaceAll(notice, "{due}", jst::LongDate(jst::Date(issue->due_at)));
  }
  return Answer(
      app, f, 200,
      json::array{json::object{{"service_request_id", to_string(*id)}, {"service_notice", notice}}},
      "service_requests", "request");
}

// Any other resource under /open311/v2/: 404 in the spec's error form.
Response Unknown(App& app, RequestCtx& rc) {
  auto file = SplitFormat(rc.params.at("file"));
  return Error(app, file ? file->second : Format::kJson, 404, Msg("open311.err_no_resource"));
}

Response PostRequestJson(App& app, RequestCtx& rc) { return PostRequest(app, rc, Format::kJson); }
Response PostRequestXml(App& app, RequestCtx& rc) { return PostRequest(app, rc, Format::kXml); }

}  // namespace

void AddOpen311Routes(Router<Handler>& r) {
  r.Add("GET", "/open311/discovery.json", DiscoveryJson);
  r.Add("GET", "/open311/discovery.xml", DiscoveryXml);
  r.Add("GET", "/open311/v2/services.json", ServiceList);
  r.Add("GET", "/open311/v2/services.xml", ServiceListXml);
  r.Add("GET", "/open311/v2/services/{file}", ServiceDefinition);
  r.Add("GET", "/open311/v2/requests.json", GetRequests);
  r.Add("GET", "/open311/v2/requests.xml", GetRequestsXml);
  r.Add("POST", "/open311/v2/requests.json", PostRequestJson);
  r.Add("POST", "/open311/v2/requests.xml", PostRequestXml);
  r.Add("GET", "/open311/v2/requests/{file}", GetRequest);
  r.Add("GET", "/open311/v2/{file}", Unknown);  // after the resources above
}

}  // namespace tsunagu::web
