// The demo data of matching, and the managed list of skills (reference data).
#pragma once

#include <cstdint>
#include <string>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::seed {

// Volunteer profiles and needs of the demo (see seed.cpp). Only on the first demo seed.
void SeedMatching(store::Conn& c, MunicipalityId m, std::int64_t now, const std::string& today);
// The managed list of skills starts with these; city administrators add and rename.
void SeedSkills(store::Conn& c, MunicipalityId m);

}  // namespace tsunagu::seed
