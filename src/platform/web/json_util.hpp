// Small helpers for the JSON API: reading fields of a request body, and writing a value with
// decimals as people write them (74.7, not Boost.JSON's 7.47E1).
#pragma once

#include <boost/json.hpp>

#include <string>
#include <variant>
#include <vector>

#include "platform/result.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// The JSON object of an API POST (Bearer token required), or the 401/400 answer.
std::variant<boost::json::object, Response> JsonBody(App& app, const RequestCtx& rc);
// A failure of a command as the API's JSON error.
Response JsonFailure(App& app, const Failure& e);

// The field as text: strings as they are, numbers in decimal, booleans "1"/"0"; "" when absent
// or of another type.
std::string JsonString(const boost::json::object& o, const char* key);
// The strings of an array field (other elements and other types are skipped).
std::vector<std::string> JsonStrings(const boost::json::object& o, const char* key);
// One page (?page=&per_page=, see ParsePaging) of all as {"items", "total", "page"}; 400 with
// a Japanese message when the paging is malformed.
Response JsonPage(App& app, const RequestCtx& rc, std::vector<boost::json::object> all);

// Serialises v; doubles with up to 15 significant digits in plain notation when they fit.
std::string JsonText(const boost::json::value& v);

}  // namespace tsunagu::web
