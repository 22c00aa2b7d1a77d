#include "features/regions/seed.hpp"

#include <cmath>

#include "platform/store/queries.hpp"

namespace tsunagu::seed {

const std::vector<RegionSeed>& YamaguchiRegions() {
  static const std::vector<RegionSeed> regions = {
      {"otono", "大殿", "おおとの", "Ōtono", 34.1860, 131.4740},
      {"shiraishi", "白石", "しらいし", "Shiraishi", 34.1735, 131.4690},
      {"yuda", "湯田", "ゆだ", "Yuda", 34.1600, 131.4560},
      {"niho", "仁保", "にほ", "Niho", 34.2170, 131.5570},
      {"osaba", "小鯖", "おさば", "Osaba", 34.1470, 131.5270},
      {"ouchi", "大内", "おおうち", "Ōuchi", 34.1680, 131.5040},
      {"miyano", "宮野", "みやの", "Miyano", 34.1960, 131.5100},
      {"yoshiki", "吉敷", "よしき", "Yoshiki", 34.1700, 131.4300},
      {"hirakawa", "平川", "ひらかわ", "Hirakawa", 34.1450, 131.4600},
      {"otoshi", "大歳", "おおとし", "Ōtoshi", 34.1420, 131.4810},
      {"sue", "陶", "すえ", "Sue", 34.1050, 131.5130},
      {"suzenji", "鋳銭司", "すぜんじ", "Suzenji", 34.0950, 131.5530},
      {"natajima", "名田島", "なたじま", "Natajima", 34.0870, 131.4690},
      {"aio-futajima", "秋穂二島", "あいおふたじま", "Aio-Futajima", 34.0740, 131.4210},
      {"kagawa", "嘉川", "かがわ", "Kagawa", 34.1050, 131.3800},
      {"sayama", "佐山", "さやま", "Sayama", 34.0620, 131.3650},
      {"ogori", "小郡", "おごおり", "Ogōri", 34.0930, 131.3960},
      {"aio", "秋穂", "あいお", "Aio", 34.0260, 131.4550},
      {"ajisu", "阿知須", "あじす", "Ajisu", 34.0050, 131.3600},
      {"tokuji", "徳地", "とくぢ", "Tokuji", 34.1780, 131.6900},
      {"ato", "阿東", "あとう", "Atō", 34.3460, 131.5880},
  };
  return regions;
}

void SeedRegions(store::Conn& c, MunicipalityId m) {
  int position = 0;
  for (const auto& r : YamaguchiRegions()) {
    Region region;
    region.slug = r.slug;
    region.name = r.name;
    region.kana = r.kana;
    region.romaji = r.romaji;
    region.center_name = std::string(r.name) + "地域交流センター";
    if (auto existing = store::FindRegionBySlug(c, m, r.slug)) {
      region.center_name = existing->center_name;
      region.center_address = existing->center_address;
      region.center_phone = existing->center_phone;
      region.center_hours = existing->center_hours;
    }
    const RegionId id = store::UpsertRegion(c, m, region, ++position);
    store::SetRegionLocation(c, id, std::llround(r.lat * 1e6), std::llround(r.lon * 1e6));
  }
}

bool IsDemo(store::Database& db) {
  return db.Read([](store::Conn& c) { return store::GetSetting(c, "demo_data") == "1"; });
}

}  // namespace tsunagu::seed
