// Who may do what to an issue, and what an issue shows, as pure decisions: no store, no Ctx.
// The permission table of issues_test runs against these.
//
// Decide answers a transition in a fixed order: 403 when the actor may not act at the issue's
// level (whatever the move; the level above only reopens), then 409 when the move is not
// allowed from the state (or escalate at city level), then 400 when a required note (escalate,
// resolve, decline) is missing.
#pragma once

#include <optional>
#include <string>

#include "features/issues/model.hpp"

namespace tsunagu::issues {

// Whether the actor is an officer of the given level of this issue: the 自治会's officers;
// the council's officers; at city level the department's staff and the secretariat's staff.
bool ActsAt(const Actor& actor, const Holder& h, Level level);
// The answer to a transition: allowed, 403 (the actor may not act at the issue's level —
// checked first), 409 (not from the current state), 400 (a required note is missing).
enum class Verdict { kAllowed, kForbidden, kConflict, kNoteRequired };
Verdict Decide(const Actor& actor, const Holder& h, State state, Move move, bool has_note);
// Parties see the whole issue and may comment: officers of every level that has held it (the
// council too at city level), and the secretariat.
bool IsParty(const Actor& actor, const Holder& h);
// The secretariat's staff (協働推進課): they hand city-level issues to another department.
bool CanHandOver(const Actor& actor, const Holder& h);

// A department of the whole city (課, 総合支所): takes city-level issues. A 地域交流センター is a
// city body of one region and does not.
bool IsCityWideDepartment(const Org& o);

// City and system administrators manage the settings.
bool CanManageSettings(const Actor& actor);

// The view of an issue from the level that escalated it: "上位へ相談" while the issue is held
// above that level and open, else the issue's own state label.
std::string StateLabelFor(const Issue& i, std::optional<Level> viewer_level);

// The Japanese text of "who holds it now" for Open311's agency_responsible and the pages:
// "○○自治会", "○○地域づくり協議会", "山口市 防災危機管理課".
std::string AgencyResponsible(const Issue& i);

// The level above (none above the city).
std::optional<Level> Above(Level l);
// Officers of the organisation (the membership's role is officer).
bool IsOfficerOf(const Actor& a, OrgId org);
// City staff of the organisation (a department or the secretariat).
bool IsStaffOf(const Actor& a, OrgId org);
// The department that takes a category at city level (the secretariat when none is set).
OrgId DepartmentFor(const Settings& s, const std::string& category);
// Where the issue is, for the permission questions.
Holder MakeHolder(const Issue& i, const Settings& s);
// When the level's target time to first response ends for an issue that arrived at `since`.
std::int64_t DueAt(const Settings& s, Level l, std::int64_t since);

}  // namespace tsunagu::issues
