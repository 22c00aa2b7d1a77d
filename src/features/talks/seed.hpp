// The demo talks: planned, held and cancelled talks over the regions, with minutes, action
// items and the citizen facilitators' register.
#pragma once

#include <cstdint>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::talks {

// The demo talks (runs once per database). Expects the demo organisations and accounts.
void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now);

}  // namespace tsunagu::talks
