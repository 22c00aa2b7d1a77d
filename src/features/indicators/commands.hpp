// What city staff change of the city's indicators: survey actuals and targets. Each command
// runs through Run (platform/command.hpp): the city staff's permission (kManageIndicators), one
// transaction, one "indicator" audit row with the year and value.
#pragma once

#include <string>

#include "features/indicators/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::indicators {

struct ActualForm {
  std::string year, value, source, sample_size, survey_date;
};
// City staff enter a survey-based actual (replacing that year's); computed ones are refused.
Result<void> RecordActual(const Ctx& ctx, const Actor& actor, IndicatorId indicator,
                          ActualForm form);
struct TargetForm {
  std::string year, value;
};
// Adds or replaces a target; its year must come after the baseline's.
Result<void> SetTarget(const Ctx& ctx, const Actor& actor, IndicatorId indicator, TargetForm form);

}  // namespace tsunagu::indicators
