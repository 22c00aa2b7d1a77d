// Pure decisions about talks: formats and audiences, who may manage a talk or the facilitators'
// register, and the fiscal year of a time. No store: each depends only on its arguments.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "features/events/model.hpp"
#include "features/talks/model.hpp"

namespace tsunagu::talks {

bool IsFormat(std::string_view key);
bool IsAudience(std::string_view key);
const std::string& FormatLabel(std::string_view key);
const std::string& AudienceLabel(std::string_view key);
// The ground rules a talk starts with when its organisation has none of its own.
const std::string& DefaultGroundRules();

// The organisation's editors; city staff for their department.
bool CanManage(const Actor& actor, const Talk& t);
bool CanManageOrg(const Actor& actor, const Org& org);
// The facilitator register: city staff (kManageTraining).
bool CanManageFacilitators(const Actor& actor);

// The public address of a talk's page.
std::string TalkUrl(const std::string& base, TalkId id);
// What a talk's linked event shows: title, time, place, capacity, a description that names the
// format and links the talk, and cancelled when the talk is.
void ToEvent(const std::string& base, const Talk& t, events::Event& e);

// The fiscal year (April–March) of a time, in Japan.
int FiscalYear(std::int64_t t);

}  // namespace tsunagu::talks
