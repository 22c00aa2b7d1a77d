// What the pages of plans, indicators and the annual report show alike: money, funding and
// grade labels, and the fiscal year asked for with ?year=.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "features/plans/model.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::plans {

// "150,000円".
std::string Yen(std::int64_t n);
// The label of a funding code ("kofukin" -> 交付金); "" for "".
std::string FundingLabel(const std::string& f);
// The label of a grade ("A"), or the not-yet-evaluated one for "".
std::string GradeLabel(const std::string& g);
// The labels of a plan's stage (策定中, ...) and of a kind of goal (やるべきこと, やりたいこと).
const std::string& Label(PlanStatus s);
const std::string& Label(GoalKind k);
// ?year= as a fiscal year (the current one when absent); nullopt when malformed or outside
// 2000-2100.
std::optional<int> YearParam(web::App& app, const web::RequestCtx& rc);
// Fiscal years for a select, from the one after `current` down to 2018: (value, label).
std::vector<std::pair<std::string, std::string>> YearOptions(int current);

}  // namespace tsunagu::plans
