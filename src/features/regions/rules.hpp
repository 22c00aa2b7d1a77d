// Organisations: pure rules (no store, no Ctx).
#pragma once

#include <string>

#include "features/regions/model.hpp"
#include "platform/permissions.hpp"
#include "platform/result.hpp"

namespace tsunagu::orgs {

// The form showing the organisation as stored (region_slug: its region's slug, or "").
OrgForm FormFrom(const Org& o, const std::string& region_slug);

// A telephone number as written after NFKC: at most 20 of 0-9, '-', '(', ')' and space.
bool IsPhone(const std::string& s);

// What Can is asked about for this organisation.
Subject SubjectOf(const Org& o);

// A 地域づくり協議会, 自治会 or 部会 belongs to a region; other kinds may be city-wide.
bool NeedsRegion(OrgKind kind);

// The role named in a form; Invalid (field "role") when it is not one.
Result<MemberRole> ParseRole(const std::string& role);

}  // namespace tsunagu::orgs
