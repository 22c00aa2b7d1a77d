// Reference data: Yamaguchi City's 21 regions. (The demo city is seeded by src/app/seed.cpp.)
#pragma once

#include <string>
#include <vector>

#include "platform/context.hpp"
#include "platform/result.hpp"

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

// Inserts or updates the 21 regions (names, kana, the position of each 地域交流センター), keeping
// the centres' contact details already entered.
void SeedRegions(store::Conn& c, MunicipalityId m);

// Whether the demo data set was seeded (setting "demo_data").
bool IsDemo(store::Database& db);

}  // namespace tsunagu::seed
