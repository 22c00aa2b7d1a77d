// How long the matching reads take at city scale: recommendations for one person, candidates
// for one need, and the batch assignment over every open need and discoverable person. Builds
// its own SQLite database in a temporary folder; prints figures; never fails on a time.
//
//   ninja -C build matching_bench && build/matching_bench [people] [needs]
// GCC 12's -Wrestrict misfires on std::string assignment at -O3 (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>

#include "app/seed.hpp"
#include "features/matching/commands.hpp"
#include "features/matching/queries.hpp"
#include "features/regions/seed.hpp"
#include "features/training/commands.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"

namespace {

using namespace tsunagu;

class NullMailer final : public Mailer {
 public:
  void Send(const Mail&) override {}
};

// snprintf into a string (GCC 12 warns falsely about chains of std::string +).
template <class... A>
std::string Fmt(const char* f, A... a) {
  char buf[128];
  std::snprintf(buf, sizeof buf, f, a...);
  return buf;
}

template <class F>
double Seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int people = argc > 1 ? std::atoi(argv[1]) : 5000;
  const int needs = argc > 2 ? std::atoi(argv[2]) : 500;
  crypto::Init();
  messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  const auto dir = std::filesystem::temp_directory_path() /
                   Fmt("tsunagu-bench-%s", crypto::RandomToken().substr(0, 8).c_str());
  std::filesystem::create_directories(dir);
  auto db = store::OpenSqlite((dir / "bench.db").string(), 4);
  store::Migrate(*db, tsunagu::SourceDir() + "/migrations");
  SystemClock clock;
  NullMailer mailer;
  const MunicipalityId m = seed::EnsureReferenceData(*db, "352039", clock).value();
  Ctx ctx{*db, clock, mailer, m, "http://bench", {}};

  std::mt19937 rng(42);
  const std::string today = training::TodayJst(clock);
  UserId someone;
  matching::NeedId some_need;
  Actor staff;
  const double build = Seconds([&] {
    (void)db->Transact([&](store::Conn& c) -> Result<int> {
      const auto regions = store::ListRegions(c, m);
      const auto skills = store::ListSkills(c, m);
      Org org;
      org.kind = OrgKind::kNpo;
      org.name = "ベンチ用NPO";
      const OrgId org_id = store::InsertOrg(c, m, org, clock.Now());
      User poster;
      poster.email = "poster@bench.example";
      poster.display_name = "poster";
      poster.password_hash = "x";
      const UserId poster_id = store::InsertUser(c, m, poster, clock.Now());
      for (int i = 0; i < people; ++i) {
        User u;
        u.email = Fmt("p%d@bench.example", i);
        u.display_name = Fmt("p%d", i);
        u.password_hash = "x";
        u.home_region_id = regions[rng() % regions.size()].id;
        const UserId id = store::InsertUser(c, m, u, clock.Now());
        if (i == 0) someone = id;
        matching::Profile p;
        p.user_id = id;
        p.kind = matching::kPersonKinds[rng() % 7];
        for (int k = 0; k < 3; ++k) p.skills.push_back(skills[rng() % skills.size()].code);
        p.interests = {matching::kCategories[rng() % 9]};
        p.regions = {regions[rng() % regions.size()].id};
        p.slots = static_cast<match::SlotMask>(rng()) & match::kAllSlots;
        p.max_km = 5 + static_cast<int>(rng() % 30);
        p.max_active = 1 + static_cast<int>(rng() % 3);
        p.discoverable = true;
        store::UpsertProfile(c, p, clock.Now());
      }
      for (int i = 0; i < needs; ++i) {
        matching::Need n;
        n.org_id = org_id;
        n.created_by = poster_id;
        n.title = Fmt("need %d", i);
        n.kind = matching::kNeedKinds[rng() % 4];
        n.category = matching::kCategories[rng() % 9];
        n.required_skills = {skills[rng() % skills.size()].code};
        n.welcome_skills = {skills[rng() % skills.size()].code};
        n.region_id = regions[rng() % regions.size()].id;
        n.date_from = match::AddDays(today, 1 + rng() % 30);
        n.date_to = match::AddDays(n.date_from, rng() % 60);
        n.weekdays = match::WeekdaysBetween(n.date_from, n.date_to);
        const int start = 8 + static_cast<int>(rng() % 10);
        n.start_time = Fmt("%02d:00", start);
        n.end_time = Fmt("%02d:00", start + 2);
        n.capacity = 1 + static_cast<int>(rng() % 10);
        n.minors_allowed = true;
        const auto id = store::InsertNeed(c, m, n, clock.Now());
        if (i == 0) some_need = id;
      }
      User s;
      s.email = "staff@bench.example";
      s.display_name = "staff";
      s.password_hash = "x";
      s.role = UserRole::kCityStaff;
      staff = store::LoadActor(c, store::InsertUser(c, m, s, clock.Now()));
      return 0;
    });
  });
  const Actor person = db->Read([&](store::Conn& c) { return store::LoadActor(c, someone); });
  Actor admin = staff;
  admin.role = UserRole::kCityAdmin;

  std::size_t recs = 0, cands = 0;
  const double t_recs = Seconds([&] { recs = matching::RecommendNeeds(ctx, person, 10)->size(); });
  const double t_cands =
      Seconds([&] { cands = matching::RecommendCandidates(ctx, admin, some_need, 10)->size(); });
  matching::BatchResult batch;
  const double t_batch = Seconds([&] { batch = *matching::ComputeBatch(ctx, staff); });
  std::printf("people %d, needs %d (database built in %.1f s)\n", people, needs, build);
  std::printf("recommendations for one person: %.3f s (%zu shown)\n", t_recs, recs);
  std::printf("candidates for one need:        %.3f s (%zu shown)\n", t_cands, cands);
  std::printf(
      "batch assignment:               %.3f s (%lld eligible pairs, %zu proposals, "
      "total score %lld)\n",
      t_batch, static_cast<long long>(batch.edges), batch.proposals.size(),
      static_cast<long long>(batch.total_score));
  db.reset();
  std::filesystem::remove_all(dir);
  return 0;
}
