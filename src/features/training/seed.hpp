// The demo data of coordinator training.
#pragma once

#include <cstdint>
#include <string>

#include "platform/model.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::seed {

// A facilitation course of six sessions in FY2025, six trainees recommended by their
// councils, four of them certified (three agreed to be listed). Only when there is none yet.
void SeedTraining(store::Conn& c, MunicipalityId m, std::int64_t now);

}  // namespace tsunagu::seed
