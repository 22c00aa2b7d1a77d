#include "platform/web/http.hpp"

#include <boost/url/encode.hpp>
#include <boost/url/params_view.hpp>
#include <boost/url/parse_query.hpp>
#include <boost/url/pct_string_view.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

namespace tsunagu::web {

std::string_view Request::Path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

std::string_view Request::QueryString() const {
  std::string_view t = target;
  const auto q = t.find('?');
  return q == std::string_view::npos ? std::string_view() : t.substr(q + 1);
}

std::optional<std::string_view> Request::Header(std::string_view lower_name) const {
  auto it = headers.find(lower_name);
  if (it == headers.end()) return std::nullopt;
  return std::string_view(it->second);
}

std::optional<std::string> Request::Cookie(std::string_view name) const {
  auto header = Header("cookie");
  if (!header) return std::nullopt;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const auto semi = rest.find(';');
    std::string_view pair = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
  }
  return std::nullopt;
}

std::optional<std::string> Response::Get(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::optional<Form> ParseForm(std::string_view body) {
  Form form;
  if (body.empty()) return form;
  auto encoded = boost::urls::parse_query(body);
  if (!encoded) return std::nullopt;
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  boost::urls::params_view params(body, opts);  // valid: parse_query accepted it
  for (const auto& p : params) form[std::string(p.key)] = std::string(p.value);
  return form;
}

std::optional<std::string> DecodeSegment(std::string_view s) {
  auto pct = boost::urls::make_pct_string_view(s);
  if (!pct) return std::nullopt;
  return pct->decode();
}

std::string EncodeQueryValue(std::string_view s) {
  return boost::urls::encode(s, boost::urls::unreserved_chars);
}

std::string SetCookie(std::string_view name, std::string_view value, long max_age_s, bool secure) {
  std::string c = std::string(name) + "=" + std::string(value) + "; Path=/; HttpOnly; SameSite=Lax";
  if (max_age_s >= 0) c += "; Max-Age=" + std::to_string(max_age_s);
  if (secure) c += "; Secure";
  return c;
}

Response Redirect(std::string location, int status) {
  Response r;
  r.status = status;
  r.Set("Location", std::move(location));
  r.body = "";
  return r;
}

}  // namespace tsunagu::web
