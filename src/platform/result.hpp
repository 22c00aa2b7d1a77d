// Expected failures as values: bad input, not found, forbidden, conflict, too many attempts.
// Broken infrastructure (database down, disk full) throws instead. The web layer maps a
// Failure to an HTTP status in exactly one place (web/app.cpp, StatusFor).
#pragma once

#include <boost/system/result.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <utility>

namespace tsunagu {

enum class FailureKind { kInvalid, kNotFound, kForbidden, kConflict, kTooMany, kUnauthorized };

struct Failure {
  FailureKind kind = FailureKind::kInvalid;
  std::string message;                        // Japanese, shown to the user
  std::map<std::string, std::string> fields;  // field name -> Japanese message
};

// Thrown by Result::value() on a failure: a programming error (callers check first).
struct FailureError : std::runtime_error {
  explicit FailureError(const Failure& f) : std::runtime_error(f.message), failure(f) {}
  Failure failure;
};

// Found by argument-dependent lookup from boost::system::result.
[[noreturn]] inline void throw_exception_from_error(const Failure& f,
                                                    const boost::source_location&) {
  throw FailureError(f);
}

template <class T>
using Result = boost::system::result<T, Failure>;

inline Failure Invalid(std::string message, std::map<std::string, std::string> fields = {}) {
  return Failure{FailureKind::kInvalid, std::move(message), std::move(fields)};
}
inline Failure NotFound(std::string message) {
  return Failure{FailureKind::kNotFound, std::move(message), {}};
}
inline Failure Forbidden(std::string message) {
  return Failure{FailureKind::kForbidden, std::move(message), {}};
}
inline Failure Conflict(std::string message, std::map<std::string, std::string> fields = {}) {
  return Failure{FailureKind::kConflict, std::move(message), std::move(fields)};
}
inline Failure TooMany(std::string message) {
  return Failure{FailureKind::kTooMany, std::move(message), {}};
}
inline Failure Unauthorized(std::string message) {
  return Failure{FailureKind::kUnauthorized, std::move(message), {}};
}

}  // namespace tsunagu
