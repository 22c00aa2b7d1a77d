// The demo content of the regional information platform: posts, events, comments, posting
// rules and features over the 21 regions (synthetic, marked （デモデータ）).
#pragma once

#include <cstdint>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::seed {

// The demo posts, events, comments, posting rules and features: at least 150 posts and 60
// events over the 21 regions, synthetic Japanese text marked （デモデータ）. Runs once per
// database (setting "demo_content"); `now` is the seed's clock. Inserts rows with the store
// functions only (the search index is rebuilt by the caller afterwards). Expects the demo
// organisations and accounts of SeedDemo; skips what it cannot find.
void SeedContent(store::Conn& c, MunicipalityId m, std::int64_t now);

}  // namespace tsunagu::seed
