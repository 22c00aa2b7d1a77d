#include "platform/web/json_util.hpp"

#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"

#include <cmath>
#include <cstdio>

namespace tsunagu::web {
namespace json = boost::json;

namespace {

std::string Decimal(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

void Write(const json::value& v, std::string& out) {
  switch (v.kind()) {
    case json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, item] : v.get_object()) {
        if (!first) out += ',';
        first = false;
        out += json::serialize(json::string_view(k));
        out += ':';
        Write(item, out);
      }
      out += '}';
      break;
    }
    case json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& item : v.get_array()) {
        if (!first) out += ',';
        first = false;
        Write(item, out);
      }
      out += ']';
      break;
    }
    case json::kind::double_:
      // JSON has no NaN or infinity; they never come from our data, but stay valid if they do.
      out += std::isfinite(v.get_double()) ? Decimal(v.get_double()) : std::string("null");
      break;
    default:
      out += json::serialize(v);
  }
}

}  // namespace

std::string JsonString(const json::object& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return "";
  if (it->value().is_string()) return std::string(it->value().as_string());
  if (it->value().is_int64()) return std::to_string(it->value().as_int64());
  if (it->value().is_double()) return Decimal(it->value().as_double());
  if (it->value().is_bool()) return it->value().as_bool() ? "1" : "0";
  return "";
}

std::vector<std::string> JsonStrings(const json::object& o, const char* key) {
  std::vector<std::string> out;
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_array()) return out;
  for (const auto& v : it->value().as_array()) {
    if (v.is_string()) out.emplace_back(v.as_string());
  }
  return out;
}

std::string JsonText(const json::value& v) {
  std::string out;
  Write(v, out);
  return out;
}

std::variant<boost::json::object, Response> JsonBody(App& app, const RequestCtx& rc) {
  if (!rc.token_auth || rc.actor.IsAnonymous()) {
    return app.JsonError(401, Msg("error.token_required"));
  }
  boost::system::error_code ec;
  boost::json::value body = boost::json::parse(rc.req.body, ec);
  if (ec || !body.is_object()) return app.JsonError(400, Msg("error.bad_json"));
  for (const auto& [k, v] : body.as_object()) {
    if (v.is_string() && !text::IsValidText(std::string(v.as_string()))) {
      return app.JsonError(400, Msg("error.bad_text"));
    }
  }
  return std::move(body.as_object());
}

Response JsonFailure(App& app, const Failure& e) {
  return app.JsonError(App::StatusFor(e.kind), e.message, e.fields);
}

Response JsonPage(App& app, const RequestCtx& rc, std::vector<json::object> all) {
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  json::array items;
  const std::size_t from = static_cast<std::size_t>(paging->page - 1) * paging->per_page;
  for (std::size_t i = from; i < all.size() && i < from + paging->per_page; ++i) {
    items.push_back(std::move(all[i]));
  }
  json::object body{{"items", std::move(items)},
                    {"total", static_cast<std::int64_t>(all.size())},
                    {"page", paging->page}};
  return app.Json(200, JsonText(body));
}

}  // namespace tsunagu::web
