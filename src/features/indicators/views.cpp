#include "features/indicators/views.hpp"

#include <set>

#include "features/indicators/rules.hpp"
#include "platform/messages.hpp"

namespace tsunagu::indicators {

using web::Dict;

std::string StatusRule() { return Msg("indicator.status_rule"); }

void IndicatorTable(Dict& parent, const Indicator& ind) {
  Dict& d = *parent.AddIncludeDictionary("INDICATOR_TABLE");
  d.SetFilename("indicators/indicator_table.tpl");
  d.SetValue("IND_NAME", ind.name);
  std::set<int> all;
  if (ind.baseline) all.insert(ind.baseline->year);
  for (const auto& t : ind.targets) all.insert(t.year);
  for (const auto& a : ind.actuals) all.insert(a.year);
  for (int y : all) {
    Dict* row = d.AddSectionDictionary("YEAR_ROW");
    row->SetValue("ROW_YEAR", std::to_string(y) + "年度");
    row->SetValue("ROW_ERA", EraYear(y));
    std::string baseline, target, actual;
    if (ind.baseline && ind.baseline->year == y) {
      baseline = FormatWithUnit(ind, ind.baseline->value);
    }
    for (const auto& t : ind.targets) {
      if (t.year == y) target = FormatWithUnit(ind, t.value);
    }
    for (const auto& a : ind.actuals) {
      if (a.year == y) actual = FormatWithUnit(ind, a.value);
    }
    row->SetValue("ROW_BASELINE", baseline);
    row->SetValue("ROW_TARGET", target);
    row->SetValue("ROW_ACTUAL", actual);
    row->SetValue("ROW_PATH", y >= Origin(ind).year ? FormatWithUnit(ind, Expected(ind, y)) : "");
  }
}

void IndicatorSummary(Dict& d, const Indicator& ind, int year) {
  d.SetIntValue("IND_ID", ind.id.value());
  d.SetValue("IND_NAME", ind.name);
  d.SetValue("IND_KIND", ind.kind);
  d.SetValue("IND_POLICY", ind.policy ? Msg("indicator.policy_" + std::to_string(ind.policy))
                                      : Msg("indicator.kgi_scope"));
  d.SetValue("IND_UNIT", ind.unit == "%" ? "%" : Msg("unit.count"));
  d.SetValue("BASELINE", ind.baseline ? FormatWithUnit(ind, ind.baseline->value) + "（" +
                                            YearLabel(ind.baseline->year) + "）"
                                      : Msg("indicator.no_baseline"));
  std::string targets;
  for (const auto& t : ind.targets) {
    if (!targets.empty()) targets += "、";
    targets += YearLabel(t.year) + " " + FormatWithUnit(ind, t.value);
  }
  d.SetValue("TARGETS", targets);
  const auto* a = LatestActual(ind, year);
  d.SetValue("LATEST", a ? FormatWithUnit(ind, a->value) + "（" + YearLabel(a->year) + "）"
                         : Msg("indicator.no_actual"));
  const auto status = StatusIn(ind, year);
  d.SetValue("STATUS", Label(status));
  d.SetValue("STATUS_CODE", ToString(status));
  d.SetValue("HOW", Msg(ind.source == Source::kEntered ? "indicator.how_entered"
                                                       : "indicator.how_computed"));
  if (ind.source != Source::kEntered) {
    d.SetValueAndShowSection("DEFINITION", Msg("indicator_def." + ToString(ind.source)),
                             "COMPUTED");
  }
}

}  // namespace tsunagu::indicators
