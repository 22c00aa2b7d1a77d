#include "features/opendata/facilities.hpp"

#include <cmath>
#include <cstdio>

#include "features/regions/seed.hpp"
#include "platform/command.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"

namespace tsunagu::facilities {
namespace {

using I = std::int64_t;

store::Value Micro(bool has, double deg) {
  return has ? store::Value{static_cast<I>(std::llround(deg * 1e6))} : store::Value{nullptr};
}

void Insert(store::Conn& c, MunicipalityId m, RegionId region, const opendata::Facility& f,
            bool demo, int position) {
  c.Query(
      "INSERT INTO facilities (municipality_id, region_id, name, kana, common_name, address, "
      "lat_e6, lon_e6, phone, days, start_time, end_time, hours_note, description, url, demo, "
      "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {m, region ? store::Value{region} : store::Value{nullptr}, f.name, f.kana, f.common_name,
       f.address, Micro(f.has_geo, f.lat), Micro(f.has_geo, f.lon), f.phone, f.days, f.start_time,
       f.end_time, f.hours_note, f.description, f.url, I{demo ? 1 : 0}, I{position}});
}

}  // namespace

std::vector<Facility> List(const Ctx& ctx) {
  return ctx.db.Read([&](store::Conn& c) {
    std::vector<Facility> out;
    for (const auto& r :
         c.Query("SELECT id, COALESCE(region_id, 0), name, kana, common_name, address, lat_e6, "
                 "lon_e6, phone, days, start_time, end_time, hours_note, description, url, demo "
                 "FROM facilities WHERE municipality_id = ? ORDER BY position, id",
                 {ctx.municipality})) {
      Facility f;
      f.id = r.Int(0);
      f.region_id = r.IdAt(1);
      f.data.name = r.Str(2);
      f.data.kana = r.Str(3);
      f.data.common_name = r.Str(4);
      f.data.address = r.Str(5);
      f.data.has_geo = !r.IsNull(6) && !r.IsNull(7);
      if (f.data.has_geo) {
        f.data.lat = static_cast<double>(r.Int(6)) / 1e6;
        f.data.lon = static_cast<double>(r.Int(7)) / 1e6;
      }
      f.data.phone = r.Str(8);
      f.data.days = r.Str(9);
      f.data.start_time = r.Str(10);
      f.data.end_time = r.Str(11);
      f.data.hours_note = r.Str(12);
      f.data.description = r.Str(13);
      f.data.url = r.Str(14);
      f.demo = r.Int(15) != 0;
      out.push_back(std::move(f));
    }
    return out;
  });
}

ImportResult Import(const Ctx& ctx, const std::string& csv) {
  ImportResult out;
  auto parsed = opendata::ParseFacilitiesCsv(csv);
  if (!parsed.problems.empty()) {
    out.problems = std::move(parsed.problems);
    return out;
  }
  // The command line's import: no account behind it.
  const Command cmd{"facilities.import", Login::kOptional, Lock::kWriters};
  Run<void>(ctx, Actor{}, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    const auto regions = store::ListRegions(c, ctx.municipality);
    c.Query("DELETE FROM facilities WHERE municipality_id = ?", {ctx.municipality});
    int position = 0;
    for (const auto& f : parsed.facilities) {
      RegionId region;
      std::size_t best = 0;
      for (const auto& r : regions) {
        // The longest region name the facility's name contains (秋穂二島 before 秋穂).
        if (f.name.find(r.name) != std::string::npos && r.name.size() > best) {
          region = r.id;
          best = r.name.size();
        }
      }
      Insert(c, ctx.municipality, region, f, false, ++position);
    }
    tx.Audit("municipality", ctx.municipality, std::to_string(parsed.facilities.size()));
    return {};
  });
  out.imported = parsed.facilities.size();
  return out;
}

void SeedDemo(store::Conn& c, const Ctx& ctx) {
  if (c.QueryOne("SELECT 1 FROM facilities WHERE municipality_id = ? LIMIT 1", {ctx.municipality}))
    return;
  const auto& seeds = seed::YamaguchiRegions();
  int position = 0;
  for (const auto& r : store::ListRegions(c, ctx.municipality)) {
    opendata::Facility f;
    f.name = r.name + "地域交流センター";
    f.kana = text::Katakana(r.kana + "ちいきこうりゅうせんたー");
    f.address = r.center_address.empty() ? "山口市" + r.name + "（デモ住所）" : r.center_address;
    f.phone = r.center_phone;
    f.days = "月,火,水,木,金";
    f.start_time = "08:30";
    f.end_time = "17:15";
    f.hours_note = "デモデータ：位置と時間はおおよそです。";
    f.description = r.name + "地域の地域活動の拠点（デモデータ）";
    for (const auto& s : seeds) {
      if (r.slug == s.slug) {
        f.lat = s.lat;
        f.lon = s.lon;
        f.has_geo = true;
      }
    }
    Insert(c, ctx.municipality, r.id, f, true, ++position);
  }
}

std::vector<std::vector<std::string>> OpenDataRows(const Ctx& ctx) {
  std::vector<std::vector<std::string>> rows;
  const auto list = List(ctx);
  int no = 0;
  for (const auto& f : list) {
    char lat[32] = "", lon[32] = "";
    if (f.data.has_geo) {
      std::snprintf(lat, sizeof lat, "%.6f", f.data.lat);
      std::snprintf(lon, sizeof lon, "%.6f", f.data.lon);
    }
    // 都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,
    // 住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,
    // 利用可能日時特記事項,説明,バリアフリー情報,URL,備考
    rows.push_back({std::string(opendata::kMunicipalityCode),
                    std::to_string(++no),
                    "山口県",
                    "山口市",
                    f.data.name,
                    f.data.kana,
                    f.data.common_name,
                    "",
                    f.data.address,
                    "",
                    lat,
                    lon,
                    f.data.phone,
                    "",
                    "",
                    "山口市",
                    f.data.days,
                    f.data.start_time,
                    f.data.end_time,
                    f.data.hours_note,
                    f.data.description,
                    "",
                    f.data.url,
                    f.demo ? "デモデータ（おおよその位置）" : ""});
  }
  return rows;
}

}  // namespace tsunagu::facilities
