// Small helpers shared by the handlers that render forms.
#pragma once

#include <string>
#include <vector>

#include "platform/model.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// The value the user typed for name ("" when absent).
std::string FormValue(const RequestCtx& rc, const std::string& name);

// A query-string parameter ("" when absent or malformed).
std::string QueryParam(const Request& req, const std::string& name);

// ?page=P&per_page=N of a JSON list (1-based; per_page 1-100, default 50); nullopt when
// malformed.
struct Paging {
  int page = 1, per_page = 50;
};
std::optional<Paging> ParsePaging(const Request& req);

// The error message for a field of a failure ("" when none).
std::string FieldError(const Failure* f, const std::string& field);

// Select options: the 21 regions (with a leading "not chosen" entry when blank_label != "").
std::vector<std::pair<std::string, std::string>> RegionOptions(App& app,
                                                               const std::string& blank_label);
std::vector<std::pair<std::string, std::string>> AgeBandOptions();

// Sets the session cookie for token and a fresh CSRF cookie (rotated on login).
void StartSession(App& app, RequestCtx& rc, const std::string& token);

}  // namespace tsunagu::web
