// The reference data and the demo data set, seeded across the features.
#pragma once

#include <string>

#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::seed {

// Makes sure the municipality with this code and its regions, skills and indicators exist;
// returns its id. Idempotent. Only Yamaguchi City (352039) is known so far.
Result<MunicipalityId> EnsureReferenceData(store::Database& db, const std::string& code,
                                           const Clock& clock);

struct DemoSummary {
  int regions = 0, organisations = 0, accounts = 0;
};
// The demo city: departments, councils, 自治会, NPOs and their accounts, then every feature's
// demo data. Idempotent: running it again updates the same rows (and sets every demo account's
// password to this one).
Result<DemoSummary> SeedDemo(const Ctx& ctx, const std::string& password);

}  // namespace tsunagu::seed
