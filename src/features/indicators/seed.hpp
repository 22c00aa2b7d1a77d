// The plan's indicators (reference data) and their demo survey actuals.
#pragma once

#include <cstdint>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::seed {

// The plan's three KGIs and four KPIs (ch.2 §3; shared/data/indicators.csv): reference data.
void SeedIndicators(store::Conn& c, MunicipalityId m);
// Survey results of the KGIs and KPI 1 as city staff would enter them (demo figures), once:
// not when the demo plans are already there (the "demo_plans" setting, which SeedPlans sets,
// so this runs before it).
void SeedIndicatorActuals(store::Conn& c, MunicipalityId m, std::int64_t now, UserId city);

}  // namespace tsunagu::seed
