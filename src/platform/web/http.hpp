// Plain request and response values. The Beast server (server.cpp) converts to and from
// these, so that every handler is a function of a Request and testable without a socket.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tsunagu::web {

using Form = std::map<std::string, std::string, std::less<>>;

struct Request {
  std::string method;                                       // "GET", "POST", ...
  std::string target;                                       // path and query as received
  std::map<std::string, std::string, std::less<>> headers;  // lower-case names
  std::string body;
  std::string remote_address;

  std::string_view Path() const;
  std::string_view QueryString() const;
  std::optional<std::string_view> Header(std::string_view lower_name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void Set(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
  std::optional<std::string> Get(std::string_view name) const;
};

// Parses application/x-www-form-urlencoded ('+' is a space). Returns nullopt when the text
// is not valid percent-encoding. For a repeated key the last value wins.
std::optional<Form> ParseForm(std::string_view body);

// Percent-decodes a path segment (nullopt when malformed).
std::optional<std::string> DecodeSegment(std::string_view s);

// Percent-encodes a query component.
std::string EncodeQueryValue(std::string_view s);

// A Set-Cookie value: HttpOnly, SameSite=Lax, Path=/, Secure when secure.
std::string SetCookie(std::string_view name, std::string_view value, long max_age_s, bool secure);

Response Redirect(std::string location, int status = 303);

}  // namespace tsunagu::web
