// Maps (method, path) to a handler. Patterns are literal segments and {name} captures, e.g.
// "/regions/{slug}". A path that matches a pattern under another method is reported so the
// caller can answer 405.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tsunagu::web {

using PathParams = std::map<std::string, std::string, std::less<>>;

template <class Handler>
class Router {
 public:
  void Add(std::string method, std::string_view pattern, Handler handler) {
    routes_.push_back(
        Route{std::move(method), std::string(pattern), Split(pattern), std::move(handler)});
  }

  // Every route as (method, pattern), in the order added: for tests that walk them all.
  std::vector<std::pair<std::string, std::string>> List() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& r : routes_) out.emplace_back(r.method, r.pattern);
    return out;
  }

  struct Match {
    const Handler* handler = nullptr;  // null when nothing matched
    PathParams params;
    bool method_mismatch = false;  // the path exists under another method
  };

  Match Find(std::string_view method, std::string_view path) const {
    Match result;
    const auto segments = Split(path);
    for (const auto& r : routes_) {
      PathParams params;
      if (!MatchSegments(r.segments, segments, params)) continue;
      if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
        result.method_mismatch = true;
        continue;
      }
      result.handler = &r.handler;
      result.params = std::move(params);
      result.method_mismatch = false;
      return result;
    }
    return result;
  }

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };

  static std::vector<std::string> Split(std::string_view path) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < path.size()) {
      if (path[i] == '/') {
        ++i;
        continue;
      }
      const auto j = path.find('/', i);
      out.emplace_back(
          path.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
      if (j == std::string_view::npos) break;
      i = j;
    }
    return out;
  }

  static bool MatchSegments(const std::vector<std::string>& pattern,
                            const std::vector<std::string>& path, PathParams& params) {
    if (pattern.size() != path.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      const auto& p = pattern[i];
      if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
        params[p.substr(1, p.size() - 2)] = path[i];
      } else if (p != path[i]) {
        return false;
      }
    }
    return true;
  }

  std::vector<Route> routes_;
};

}  // namespace tsunagu::web
