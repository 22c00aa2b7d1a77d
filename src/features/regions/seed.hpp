// Reference data (Yamaguchi City and its 21 regions) and the demo data set.
#pragma once

#include <string>
#include <vector>

#include "platform/result.hpp"
#include "platform/context.hpp"

namespace tsunagu::seed {

struct RegionSeed {
  const char* slug;
  const char* name;
  const char* kana;
  const char* romaji;
  double lat, lon;  // approximate position of the 地域交流センター, for distance estimates
};
// The 21 regions of Yamaguchi City, in the plan's order (shared/data/regions.csv).
const std::vector<RegionSeed>& YamaguchiRegions();

// Makes sure the municipality with this code and its regions exist; returns its id.
// Idempotent. Only Yamaguchi City (352039) is known so far.
Result<MunicipalityId> EnsureReferenceData(store::Database& db, const std::string& code,
                                           const Clock& clock);

struct DemoSummary {
  int regions = 0, organisations = 0, accounts = 0;
};
// Idempotent: running it again updates the same rows (and sets every demo account's
// password to this one).
Result<DemoSummary> SeedDemo(const Ctx& ctx, const std::string& password);

bool IsDemo(store::Database& db);

}  // namespace tsunagu::seed
