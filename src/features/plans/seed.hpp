// The demo regional plans.
#pragma once

#include <cstdint>
#include <string>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::seed {

// Demo regional plans: each council's third plan (FY2023-2027) with four of six kinds of
// project, their yearly lines up to this year (past years evaluated), and 陶's second plan.
void SeedPlans(store::Conn& c, MunicipalityId m, std::int64_t now, const std::string& today);

}  // namespace tsunagu::seed
