#include "features/indicators/seed.hpp"

#include <utility>

#include "features/indicators/queries.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::seed {

// The plan's three KGIs and four KPIs (ch.2 §3; shared/data/indicators.csv): reference data.
void SeedIndicators(store::Conn& c, MunicipalityId m) {
  using store::IndicatorSeed;
  const IndicatorSeed seeds[] = {
      {"kgi1",
       "住んでいる地域へ愛着や誇りを感じている市民の割合",
       "KGI",
       "%",
       "entered",
       0,
       indicators::Point{2017, 74.7},
       2017,
       {{2022, 80.0}, {2027, 85.0}}},
      {"kgi2",
       "地域行事や市民活動に積極的に参加している市民の割合",
       "KGI",
       "%",
       "entered",
       0,
       indicators::Point{2017, 54.5},
       2017,
       {{2022, 60.0}, {2027, 65.0}}},
      {"kgi3",
       "日常生活に必要なサービスが確保されていると思う割合",
       "KGI",
       "%",
       "entered",
       0,
       indicators::Point{2017, 58.2},
       2017,
       {{2022, 63.0}, {2027, 67.0}}},
      {"kpi1",
       "住んでいる地域の良さや課題が地域住民の間で共有されていると思う割合",
       "KPI",
       "%",
       "entered",
       1,
       indicators::Point{2017, 42.8},
       2017,
       {{2022, 46.0}, {2027, 50.0}}},
      {"kpi2",
       "（仮称）地域コーディネーター制度における認定件数",
       "KPI",
       "count",
       "coordinators",
       2,
       std::nullopt,
       2017,
       {{2022, 40}, {2027, 90}}},
      {"kpi3",
       "地域づくり協議会と市が連携して地域課題解決に向けて取り組んでいる事業数",
       "KPI",
       "count",
       "city_collaboration",
       3,
       indicators::Point{2016, 57},
       2016,
       {{2022, 80}, {2027, 100}}},
      {"kpi4",
       "地域づくり協議会と連携して取組まれている生活支援サービス事業数",
       "KPI",
       "count",
       "life_support",
       4,
       indicators::Point{2016, 55},
       2016,
       {{2022, 70}, {2027, 90}}},
  };
  int position = 0;
  for (const auto& s : seeds) store::EnsureIndicator(c, m, s, ++position);
}

void SeedIndicatorActuals(store::Conn& c, MunicipalityId m, std::int64_t now, UserId city) {
  if (store::GetSetting(c, "demo_plans") == "1") return;
  const std::pair<const char*, double> survey[][2] = {{{"kgi1", 76.1}, {"kgi1", 80.5}},
                                                      {{"kgi2", 58.0}, {"kgi2", 63.5}},
                                                      {{"kgi3", 60.5}, {"kgi3", 61.0}},
                                                      {{"kpi1", 44.0}, {"kpi1", 47.0}}};
  for (const auto& ind : store::ListIndicators(c, m)) {
    for (const auto& pair : survey) {
      for (int n = 0; n < 2; ++n) {
        if (ind.code != pair[n].first) continue;
        indicators::Actual a;
        a.year = n == 0 ? 2022 : 2025;
        a.value = pair[n].second;
        a.source = "市民意識調査（デモデータ）";
        a.sample_size = n == 0 ? 1580 : 1621;
        a.survey_date = n == 0 ? "2022-07-15" : "2025-07-15";
        a.recorded_at = now;
        store::UpsertActual(c, ind.id, a, city);
      }
    }
  }
}

}  // namespace tsunagu::seed
