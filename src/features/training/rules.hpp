// Coordinator training and certification: the pure rules (no store, no Ctx): the completion
// rule, the count of certified people, and the date and time arithmetic of Asia/Tokyo.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/training/model.hpp"
#include "platform/clock.hpp"

namespace tsunagu::training {

// Completion rule: at least min_sessions attended, and the report when one is required.
bool HasCompleted(const Programme& p, const Trainee& t);

// Today in Asia/Tokyo as YYYY-MM-DD; the date of a Unix time there; date plus whole years
// (29 Feb -> 28 Feb).
std::string TodayJst(const Clock& clock);
std::string DateJst(std::int64_t unix_time);
std::string AddYears(const std::string& date, std::int64_t years);
// A real calendar date written YYYY-MM-DD.
bool IsDate(const std::string& s);
// "HH:MM" (00:00-23:59) as minutes after midnight; nullopt otherwise.
std::optional<int> ParseTime(const std::string& s);

// People (not certificates) among certs holding a valid certification on date.
std::int64_t PeopleCertifiedOn(const std::vector<Certification>& certs, const std::string& date);

}  // namespace tsunagu::training
