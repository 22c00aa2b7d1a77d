// Pure decisions of plans, with no store and no Ctx: the validation rules their forms share
// (and the indicators' forms use too).
#pragma once

#include <cstdint>
#include <string>

#include "platform/model.hpp"
#include "platform/validate.hpp"

namespace tsunagu::plans {

// A whole number typed into a field, from min to max (full-width digits, a minus sign and
// commas allowed: "１５０,０００" is 150000); on anything else adds the field's error to v
// (required, not a whole number, or out of range) and returns 0.
std::int64_t Number(Validator& v, const std::string& field, const std::string& raw,
                    std::int64_t min, std::int64_t max);

// Whether the actor may write the council's plans and projects.
bool CanEdit(const Actor& actor, RegionId region, OrgId council);

}  // namespace tsunagu::plans
