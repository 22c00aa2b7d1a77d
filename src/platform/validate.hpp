// Field validation shared by commands: collects Japanese messages per field.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "platform/messages.hpp"
#include "platform/result.hpp"
#include "platform/text.hpp"

namespace tsunagu {

class Validator {
 public:
  // Required text of at most max code points; stores the trimmed value back into value.
  void Required(const std::string& field, std::string& value, std::size_t max) {
    value = text::Trim(value);
    if (!Text(field, value)) return;
    if (value.empty()) {
      Add(field, Msg("error.required"));
    } else if (text::Length(value) > max) {
      Add(field, TooLong(max));
    }
  }
  // Optional text of at most max code points (trimmed).
  void Optional(const std::string& field, std::string& value, std::size_t max) {
    value = text::Trim(value);
    if (!Text(field, value)) return;
    if (text::Length(value) > max) Add(field, TooLong(max));
  }
  bool Text(const std::string& field, const std::string& value) {
    if (text::IsValidText(value)) return true;
    Add(field, Msg("error.bad_text"));
    return false;
  }
  void Check(bool ok, const std::string& field, const std::string& message) {
    if (!ok) Add(field, message);
  }
  // "a whole number from min to max" for field.
  void OutOfRange(const std::string& field, std::int64_t min, std::int64_t max) {
    std::string m = Msg("error.number_range");
    m.replace(m.find("{min}"), 5, std::to_string(min));
    m.replace(m.find("{max}"), 5, std::to_string(max));
    Add(field, m);
  }
  void Add(const std::string& field, const std::string& message) {
    errors_.emplace(field, message);  // keeps the first message of a field
  }
  bool HasError(const std::string& field) const { return errors_.count(field) > 0; }
  bool ok() const { return errors_.empty(); }
  Failure Fail() const { return Invalid(Msg("error.summary"), errors_); }

 private:
  static std::string TooLong(std::size_t max) {
    std::string m = Msg("error.too_long");
    const auto pos = m.find("{max}");
    if (pos != std::string::npos) m.replace(pos, 5, std::to_string(max));
    return m;
  }
  std::map<std::string, std::string> errors_;
};

// A coordinate in degrees typed by a person or sent by the API, in millionths; empty is none.
// Out of [-limit, limit] or not a number: a message for field.
inline std::optional<std::int64_t> ParseCoordinate(Validator& v, const std::string& field,
                                                   const std::string& raw, double limit) {
  const std::string s = text::Trim(text::Nfkc(raw));
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(d) || std::fabs(d) > limit) {
    v.Add(field, text::ReplaceAll(Msg("error.coordinate"), "{max}",
                                  std::to_string(static_cast<int>(limit))));
    return std::nullopt;
  }
  return static_cast<std::int64_t>(std::llround(d * 1e6));
}

}  // namespace tsunagu
