#include "features/indicators/commands.hpp"

#include <algorithm>

#include "features/indicators/queries.hpp"
#include "features/plans/commands.hpp"
#include "features/plans/rules.hpp"
#include "features/training/commands.hpp"
#include "platform/command.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::indicators {
namespace {

constexpr int kMinYear = 2000, kMaxYear = 2100;
const Subject kCityWide{};

using plans::Number;

// A value typed for the indicator (74.7 for a percentage, 57 for a count); adds the field's
// error otherwise.
double IndicatorValue(Validator& v, const std::string& field, const indicators::Indicator& ind,
                      const std::string& typed) {
  if (text::Trim(typed).empty()) {
    v.Add(field, Msg("error.required"));
  } else if (auto value = indicators::ParseValue(ind, typed)) {
    return *value;
  } else {
    v.Add(field, Msg(ind.unit == "%" ? "error.percent_value" : "error.whole_number"));
  }
  return 0;
}

}  // namespace

Result<void> RecordActual(const Ctx& ctx, const Actor& actor, IndicatorId indicator, ActualForm f) {
  const Command cmd{"indicator.actual", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kManageIndicators, kCityWide)) return Forbidden(Msg("error.forbidden"));
    auto ind = IndicatorIn(ctx, tx.c, indicator);
    if (!ind) return NotFound(Msg("error.not_found"));
    if (ind->source != Source::kEntered) return Forbidden(Msg("error.actual_computed"));
    Validator v;
    indicators::Actual a;
    const int now_year = plans::CurrentYear(ctx.clock);
    a.year = static_cast<int>(Number(v, "year", f.year, kMinYear, now_year));
    if (!v.HasError("year") && a.year <= indicators::Origin(*ind).year) {
      v.Add("year", Msg("error.actual_before_baseline"));
    }
    a.value = IndicatorValue(v, "value", *ind, f.value);
    v.Required("source", f.source, 200);
    a.source = f.source;
    a.sample_size = Number(v, "sample_size", f.sample_size, 1, 10'000'000);
    f.survey_date = text::Trim(text::Nfkc(f.survey_date));
    if (!f.survey_date.empty() && !training::IsDate(f.survey_date)) {
      v.Add("survey_date", Msg("error.date"));
    } else if (f.survey_date > training::TodayJst(ctx.clock)) {
      v.Add("survey_date", Msg("error.date_future"));
    }
    a.survey_date = f.survey_date;
    if (!v.ok()) return v.Fail();
    a.recorded_at = ctx.clock.Now();
    store::UpsertActual(tx.c, indicator, a, actor.id);
    tx.Audit("indicator", indicator,
             std::to_string(a.year) + ":" + indicators::Format(*ind, a.value));
    return {};
  });
}

Result<void> SetTarget(const Ctx& ctx, const Actor& actor, IndicatorId indicator, TargetForm f) {
  const Command cmd{"indicator.target", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kManageIndicators, kCityWide)) return Forbidden(Msg("error.forbidden"));
    auto ind = IndicatorIn(ctx, tx.c, indicator);
    if (!ind) return NotFound(Msg("error.not_found"));
    Validator v;
    indicators::Point t;
    t.year = static_cast<int>(Number(v, "target_year", f.year, kMinYear, kMaxYear));
    if (!v.HasError("target_year") && t.year <= indicators::Origin(*ind).year) {
      v.Add("target_year", Msg("error.target_before_baseline"));
    }
    t.value = IndicatorValue(v, "target_value", *ind, f.value);
    if (!v.ok()) return v.Fail();
    store::UpsertTarget(tx.c, indicator, t);
    tx.Audit("indicator", indicator,
             std::to_string(t.year) + ":" + indicators::Format(*ind, t.value));
    return {};
  });
}

}  // namespace tsunagu::indicators
