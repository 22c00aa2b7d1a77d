// Public facilities (公共施設一覧): the 21 地域交流センター. The demo seed gives them approximate
// places marked as demo data; `tsunagu import facilities FILE.csv` loads the city's own.
#pragma once

#include <string>
#include <vector>

#include "platform/context.hpp"
#include "platform/csv.hpp"
#include "platform/result.hpp"

namespace tsunagu::facilities {

struct Facility {
  std::int64_t id = 0;
  RegionId region_id;
  opendata::Facility data;
  bool demo = false;
};

std::vector<Facility> List(const Ctx& ctx);

// Replaces all facilities with those of the CSV, in one transaction, or nothing at all: the
// problems, one per rejected line. A facility whose name contains a region's name (e.g.
// 大殿地域交流センター) is linked to that region.
struct ImportResult {
  std::size_t imported = 0;
  std::vector<opendata::ImportProblem> problems;
};
ImportResult Import(const Ctx& ctx, const std::string& csv);

// The demo seed's facilities, one per region's community centre (approximate, marked demo).
void SeedDemo(store::Conn& c, const Ctx& ctx);

// The 公共施設一覧 rows for /opendata/facilities.csv.
std::vector<std::vector<std::string>> OpenDataRows(const Ctx& ctx);

}  // namespace tsunagu::facilities
