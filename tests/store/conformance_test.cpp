// One conformance suite, run against both backends (ctest: store_sqlite, store_postgres).
// TSUNAGU_TEST_DB=sqlite uses a fresh temporary file; TSUNAGU_TEST_DB=postgres-from-env reads
// the URL of a throw-away database from TSUNAGU_TEST_PG and recreates its schema per test.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "app/seed.hpp"
#include "features/accounts/commands.hpp"
#include "features/events/commands.hpp"
#include "features/issues/commands.hpp"
#include "features/matching/commands.hpp"
#include "features/matching/queries.hpp"
#include "features/plans/commands.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/queries.hpp"
#include "features/regions/commands.hpp"
#include "features/regions/seed.hpp"
#include "features/training/commands.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/search/index.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"
#include "platform/web/identity.hpp"

namespace tsunagu::store {
namespace {

class NullMailer final : public Mailer {
 public:
  void Send(const Mail& m) override { sent.push_back(m); }
  std::vector<Mail> sent;
};

class Conformance : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto::Init();
    messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  }

  void SetUp() override {
    const char* which = std::getenv("TSUNAGU_TEST_DB");
    const std::string mode = which ? which : "sqlite";
    if (mode == "sqlite") {
      path_ = std::filesystem::path(::testing::TempDir()) /
              ("tsunagu-store-" + crypto::RandomToken().substr(0, 8) + ".db");
      db_ = OpenSqlite(path_.string(), 4);
    } else {
      const char* url = std::getenv("TSUNAGU_TEST_PG");
      ASSERT_TRUE(url && *url) << "TSUNAGU_TEST_PG is not set: scripts/test starts PostgreSQL "
                                  "and sets it";
      db_ = OpenPostgres(url, 4);
      auto c = db_->Acquire();
      c->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
    applied_ = Migrate(*db_, tsunagu::SourceDir() + "/migrations");
    municipality_ = seed::EnsureReferenceData(*db_, "352039", clock_).value();
  }

  void TearDown() override {
    db_.reset();
    if (!path_.empty()) {
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path_.string() + suffix);
      }
    }
  }

  Ctx MakeCtx() { return Ctx{*db_, clock_, mailer_, municipality_, "http://test", {}}; }

  std::int64_t Count(const std::string& table) {
    return db_->Read([&](Conn& c) {
      return c.QueryOne("SELECT COUNT(*) FROM " + table)->Int(0);  // table names are literals here
    });
  }

  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
  std::vector<int> applied_;
  FakeClock clock_{1'790'000'000};
  NullMailer mailer_;
  MunicipalityId municipality_ = 0;
};

TEST_F(Conformance, MigrationsApplyOnceInOrder) {
  EXPECT_FALSE(applied_.empty());
  EXPECT_EQ(applied_.front(), 1);
  EXPECT_TRUE(Migrate(*db_, tsunagu::SourceDir() + "/migrations").empty());
}

TEST_F(Conformance, TwentyOneRegionsInThePlansOrder) {
  auto regions = db_->Read([&](Conn& c) { return ListRegions(c, municipality_); });
  ASSERT_EQ(regions.size(), 21u);
  EXPECT_EQ(regions.front().slug, "otono");
  EXPECT_EQ(regions.back().slug, "ato");
  EXPECT_EQ(regions[13].name, "秋穂二島");
  auto tokuji = db_->Read([&](Conn& c) { return FindRegionBySlug(c, municipality_, "tokuji"); });
  ASSERT_TRUE(tokuji);
  EXPECT_EQ(tokuji->kana, "とくぢ");
  EXPECT_EQ(tokuji->romaji, "Tokuji");
  // Ensuring again adds nothing.
  seed::EnsureReferenceData(*db_, "352039", clock_).value();
  EXPECT_EQ(Count("regions"), 21);
}

TEST_F(Conformance, TextRoundTripsAndNullsStayNull) {
  Org o;
  o.kind = OrgKind::kNpo;
  o.name = "NPO法人 𠮷野家の会 ①";  // a supplementary-plane character and a circled digit
  o.description = "改行\nと\tタブ";
  const OrgId id = db_->Transact([&](Conn& c) -> Result<OrgId> {
                        return InsertOrg(c, municipality_, o, clock_.Now());
                      })
                       .value();
  auto back = db_->Read([&](Conn& c) { return FindOrg(c, id); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->name, o.name);
  EXPECT_EQ(back->description, o.description);
  EXPECT_EQ(back->region_id, 0);
  EXPECT_EQ(back->parent_id, 0);
  EXPECT_FALSE(back->council_shape.has_value());
}

TEST_F(Conformance, FailedTransactionsLeaveNothingBehind) {
  const auto before = Count("organisations");
  Result<OrgId> r = db_->Transact([&](Conn& c) -> Result<OrgId> {
    Org o;
    o.name = "途中で失敗する団体";
    InsertOrg(c, municipality_, o, clock_.Now());
    return Invalid("stop");
  });
  EXPECT_FALSE(r);
  EXPECT_THROW(db_->Transact([&](Conn& c) -> Result<OrgId> {
    Org o;
    o.name = "例外で止まる団体";
    InsertOrg(c, municipality_, o, clock_.Now());
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(Count("organisations"), before);
}

TEST_F(Conformance, DuplicateEmailIsAUniqueViolationAndAConflictForTheCommand) {
  accounts::RegisterForm f{
      "hanako@example.jp", "long-enough-pw", "long-enough-pw", "花子", "sue", "60s"};
  auto first = accounts::Register(MakeCtx(), f);
  ASSERT_TRUE(first);
  f.email = "Hanako@EXAMPLE.jp";  // the same address in other case
  auto second = accounts::Register(MakeCtx(), f);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, FailureKind::kConflict);
  EXPECT_TRUE(second.error().fields.count("email"));
  User u;
  u.email = "hanako@example.jp";
  u.display_name = "x";
  u.password_hash = "x";
  EXPECT_THROW(db_->Transact([&](Conn& c) -> Result<UserId> {
    return InsertUser(c, municipality_, u, clock_.Now());
  }),
               UniqueViolation);
  EXPECT_EQ(Count("users"), 1);
  auto saved = db_->Read([&](Conn& c) { return FindUserByEmail(c, "hanako@example.jp"); });
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->age_band, "60s");
}

TEST_F(Conformance, OrganisationsFilterByRegionAndKind) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto sue = db_->Read([&](Conn& c) { return FindRegionBySlug(c, municipality_, "sue"); });
  auto councils = db_->Read(
      [&](Conn& c) { return ListOrgs(c, municipality_, std::nullopt, OrgKind::kCouncil); });
  EXPECT_EQ(councils.size(), 21u);
  auto in_sue = db_->Read([&](Conn& c) { return ListOrgsInRegion(c, sue->id); });
  int assoc = 0, sub = 0;
  for (const auto& o : in_sue) {
    if (o.kind == OrgKind::kAssociation) ++assoc;
    if (o.kind == OrgKind::kSubcommittee) ++sub;
    EXPECT_EQ(o.region_id, sue->id);
  }
  EXPECT_GE(assoc, 2);
  EXPECT_LE(assoc, 5);
  EXPECT_GE(sub, 1);
  auto city_wide = db_->Read(
      [&](Conn& c) { return ListOrgs(c, municipality_, std::nullopt, OrgKind::kCityDepartment); });
  bool found = false;
  for (const auto& o : city_wide) found = found || o.name == "協働推進課";
  EXPECT_TRUE(found);
}

TEST_F(Conformance, DemoSeedIsIdempotent) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  const auto orgs = Count("organisations"), users = Count("users"), members = Count("memberships");
  // + the six people with volunteer profiles and the staff of two departments
  EXPECT_EQ(users, 21 * 3 + 5 + 6 + 2);
  ASSERT_TRUE(seed::SeedDemo(ctx, "another-password"));
  EXPECT_EQ(Count("organisations"), orgs);
  EXPECT_EQ(Count("users"), users);
  EXPECT_EQ(Count("memberships"), members);
  EXPECT_TRUE(seed::IsDemo(*db_));
  // The password printed by the latest run is the one that works.
  auto ok = accounts::Login(ctx, {"council-sue@example.jp", "another-password", "127.0.0.1"});
  EXPECT_TRUE(ok);
}

TEST_F(Conformance, MembershipsUpsertAndCascade) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto admin = db_->Read(
      [&](Conn& c) { return LoadActor(c, FindUserByEmail(c, "cityadmin@example.jp")->id); });
  // An NPO nobody belongs to yet.
  auto org = db_->Read([&](Conn& c) {
    for (const auto& o : ListOrgs(c, municipality_, std::nullopt, OrgKind::kNpo)) {
      if (ListMemberships(c, o.id).empty()) return o;
    }
    return Org{};
  });
  ASSERT_NE(org.id, 0);
  auto id = orgs::AddMember(ctx, admin, org.id, "resident-aio@example.jp", "member");
  ASSERT_TRUE(id);
  auto again = orgs::AddMember(ctx, admin, org.id, "RESIDENT-AIO@example.jp", "editor");
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *id);  // one membership, role changed
  auto members = db_->Read([&](Conn& c) { return ListMemberships(c, org.id); });
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].role, MemberRole::kEditor);
  auto unknown = orgs::AddMember(ctx, admin, org.id, "nobody@example.jp", "member");
  ASSERT_FALSE(unknown);
  EXPECT_TRUE(unknown.error().fields.count("email"));
  ASSERT_TRUE(orgs::RemoveMember(ctx, admin, *id));
  EXPECT_TRUE(db_->Read([&](Conn& c) { return ListMemberships(c, org.id); }).empty());
}

TEST_F(Conformance, SessionsExpireAndLogoutEndsThem) {
  auto ctx = MakeCtx();
  auto user =
      accounts::Register(ctx, {"s@example.jp", "long-enough-pw", "long-enough-pw", "S", "", ""});
  ASSERT_TRUE(user);
  const std::string token = accounts::CreateSession(ctx, *user);
  EXPECT_EQ(web::SessionUser(ctx, token), *user);
  clock_.Advance(accounts::kSessionLifetime + 1);
  EXPECT_FALSE(web::SessionUser(ctx, token));
  const std::string second = accounts::CreateSession(ctx, *user);
  accounts::Logout(ctx, second);
  EXPECT_FALSE(web::SessionUser(ctx, second));
}

TEST_F(Conformance, ApiTokensAreStoredOnlyAsDigests) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(accounts::Register(
      ctx, {"api@example.jp", "long-enough-pw", "long-enough-pw", "API", "", ""}));
  auto token = accounts::CreateApiToken(ctx, "api@example.jp");
  ASSERT_TRUE(token);
  EXPECT_TRUE(web::ApiTokenUser(ctx, *token));
  auto stored =
      db_->Read([&](Conn& c) { return c.QueryOne("SELECT token_hash FROM api_tokens")->Str(0); });
  EXPECT_NE(stored, *token);
  EXPECT_EQ(stored, crypto::TokenDigest(*token));
  EXPECT_FALSE(accounts::CreateApiToken(ctx, "nobody@example.jp"));
}

TEST_F(Conformance, EveryCommandWritesOneAuditRowWithoutPersonalData) {
  auto ctx = MakeCtx();
  const auto before = Count("audit_log");
  auto user = accounts::Register(
      ctx, {"audit@example.jp", "long-enough-pw", "long-enough-pw", "監査 太郎", "", ""});
  ASSERT_TRUE(user);
  EXPECT_EQ(Count("audit_log"), before + 1);
  auto rows = db_->Read([&](Conn& c) { return ListAudit(c, municipality_, 10, 0); });
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().action, "user.register");
  for (const auto& r : rows) {
    EXPECT_EQ(r.detail.find("audit@example.jp"), std::string::npos);
    EXPECT_EQ(r.detail.find("監査"), std::string::npos);
  }
}

// Coordinator training: the completion rule, certification, KPI 2 counts, renewal and
// revocation, and the misuse the commands refuse.
TEST_F(Conformance, TrainingToCertificationAndKpiCount) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto actor = [&](const char* email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  const Actor admin = actor("cityadmin@example.jp"), staff = actor("city@example.jp"),
              officer = actor("council-yuda@example.jp"),
              resident = actor("resident-yuda@example.jp");
  const std::string today = training::TodayJst(clock_);
  const auto before = training::CoordinatorsOn(ctx, today);  // the demo's certified people

  EXPECT_EQ(training::CreateProgramme(ctx, resident, {"x", "", "2", "1", "3"}).error().kind,
            FailureKind::kForbidden);
  auto bad = training::CreateProgramme(ctx, staff, {"", "", "0", "1", "99"});
  ASSERT_FALSE(bad);
  EXPECT_TRUE(bad.error().fields.count("name"));
  EXPECT_TRUE(bad.error().fields.count("min_sessions"));
  EXPECT_TRUE(bad.error().fields.count("validity_years"));
  auto programme = training::CreateProgramme(ctx, staff, {"コーチング講座", "", "2", "1", "3"});
  ASSERT_TRUE(programme);
  auto s1 =
      training::AddSession(ctx, staff, *programme, {"2026-12-05", "13:30", "第1回", "湯田", "10"});
  auto s2 =
      training::AddSession(ctx, staff, *programme, {"2026-12-12", "13:30", "第2回", "湯田", "10"});
  ASSERT_TRUE(s1 && s2);
  EXPECT_FALSE(
      training::AddSession(ctx, staff, *programme, {"2026-02-30", "25:00", "x", "", "10"}));

  const std::string yuda_council =
      std::to_string(db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-yuda"); }));
  const std::string sue_council =
      std::to_string(db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-sue"); }));
  EXPECT_EQ(training::Recommend(ctx, officer, *programme, "resident-sue@example.jp", sue_council)
                .error()
                .kind,
            FailureKind::kForbidden);  // another region's council
  auto trainee =
      training::Recommend(ctx, officer, *programme, "resident-yuda@example.jp", yuda_council);
  ASSERT_TRUE(trainee);
  EXPECT_EQ(training::Recommend(ctx, officer, *programme, "resident-yuda@example.jp", yuda_council)
                .error()
                .kind,
            FailureKind::kConflict);

  // Not yet complete: one session, no report.
  ASSERT_TRUE(training::RecordAttendance(ctx, staff, *s1, {resident.id}));
  EXPECT_EQ(training::Certify(ctx, admin, *trainee).error().kind, FailureKind::kInvalid);
  // Someone who is not a trainee cannot be marked present.
  EXPECT_FALSE(training::RecordAttendance(ctx, staff, *s2, {admin.id}));
  ASSERT_TRUE(training::RecordAttendance(ctx, staff, *s2, {resident.id}));
  ASSERT_TRUE(training::SetReport(ctx, staff, *trainee, true));
  EXPECT_EQ(training::Certify(ctx, staff, *trainee).error().kind, FailureKind::kForbidden);
  auto number = training::Certify(ctx, admin, *trainee);
  ASSERT_TRUE(number) << number.error().message;
  EXPECT_EQ(number->substr(0, 5), today.substr(0, 4) + "-");
  EXPECT_EQ(training::Certify(ctx, admin, *trainee).error().kind, FailureKind::kConflict);
  EXPECT_EQ(training::CoordinatorsOn(ctx, today), before + 1);
  EXPECT_EQ(training::CoordinatorsOn(ctx, "2020-01-01"), 0);

  auto certs = training::CertificationsOf(ctx, resident.id);
  ASSERT_EQ(certs.size(), 1u);
  EXPECT_EQ(certs[0].valid_until, training::AddYears(today, 3));
  ASSERT_TRUE(training::Renew(ctx, admin, certs[0].id));
  EXPECT_EQ(training::CertificationsOf(ctx, resident.id)[0].valid_until,
            training::AddYears(today, 6));
  EXPECT_FALSE(training::Revoke(ctx, admin, certs[0].id, "  "));  // a reason is required
  ASSERT_TRUE(training::Revoke(ctx, admin, certs[0].id, "本人の申し出"));
  EXPECT_EQ(training::CoordinatorsOn(ctx, today), before);
  EXPECT_FALSE(training::Renew(ctx, admin, certs[0].id));  // revoked stays revoked
}

TEST_F(Conformance, NobodyAttendsTwoSessionsAtTheSameTime) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  const Actor staff =
      db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, "city@example.jp")->id); });
  const std::string council =
      std::to_string(db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-aio"); }));
  std::vector<std::int64_t> sessions;
  for (const char* name : {"講座A", "講座B"}) {
    auto p = training::CreateProgramme(ctx, staff, {name, "", "1", "0", "3"});
    ASSERT_TRUE(p);
    ASSERT_TRUE(training::Recommend(ctx, staff, *p, "resident-aio@example.jp", council));
    sessions.push_back(
        *training::AddSession(ctx, staff, *p, {"2027-01-09", "10:00", "同じ時刻", "", "5"}));
  }
  const UserId aio =
      db_->Read([&](Conn& c) { return FindUserByEmail(c, "resident-aio@example.jp")->id; });
  ASSERT_TRUE(training::RecordAttendance(ctx, staff, sessions[0], {aio}));
  auto clash = training::RecordAttendance(ctx, staff, sessions[1], {aio});
  ASSERT_FALSE(clash);
  EXPECT_NE(clash.error().message.find("同じ時刻"), std::string::npos);
}

// Matching on both backends: recommendations follow the hard rules, the flow moves a person
// from applied to confirmed to confirmed hours, posters see only their own needs' people, and
// the batch assigns within every capacity.
TEST_F(Conformance, MatchingFlowAndBatch) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto actor = [&](const char* email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  const Actor student = actor("student@example.jp"), minor = actor("student-hs@example.jp"),
              senior = actor("senior@example.jp"), editor = actor("npo-editor@example.jp"),
              resident = actor("resident-yuda@example.jp"), staff = actor("city@example.jp");
  auto need_titled = [&](const std::string& title) {
    for (const auto& n : matching::ListOpenNeeds(ctx, {})) {
      if (n.title == title) return n;
    }
    ADD_FAILURE() << "no need " << title;
    return matching::Need{};
  };
  const auto study = need_titled("放課後の学習支援（大学生インターン）");
  const auto drill = need_titled("防災訓練の運営と応急手当のお手伝い");

  // Recommendations with reasons; hard rules filter.
  auto recs = matching::RecommendNeeds(ctx, student, 20);
  ASSERT_TRUE(recs);
  auto rec = std::find_if(recs->begin(), recs->end(),
                          [&](const auto& r) { return r.need_id == study.id; });
  ASSERT_NE(rec, recs->end());
  EXPECT_NE(std::find(rec->reasons.begin(), rec->reasons.end(), "必要なスキル 1/1 一致"),
            rec->reasons.end());
  auto minor_recs = matching::RecommendNeeds(ctx, minor, 20);
  ASSERT_TRUE(minor_recs);
  for (const auto& r : *minor_recs) {
    EXPECT_TRUE(matching::GetNeed(ctx, r.need_id)->minors_allowed) << r.need_title;
  }
  EXPECT_EQ(matching::RecommendNeeds(ctx, resident, 5).error().kind, FailureKind::kNotFound);
  // The minor is never a candidate, even for a need that takes minors.
  auto candidates = matching::RecommendCandidates(ctx, editor, drill.id, 50);
  ASSERT_TRUE(candidates);
  for (const auto& c : *candidates) EXPECT_NE(c.user_id, minor.id);
  EXPECT_EQ(matching::RecommendCandidates(ctx, resident, drill.id, 5).error().kind,
            FailureKind::kForbidden);
  EXPECT_EQ(matching::Apply(ctx, minor, study.id).error().kind, FailureKind::kInvalid)
      << "the internship does not take under-18s";

  // Apply, accept, hours.
  const auto audit_before = Count("audit_log");
  auto applied = matching::Apply(ctx, student, study.id);
  ASSERT_TRUE(applied);
  EXPECT_EQ(matching::Apply(ctx, student, study.id).error().kind, FailureKind::kConflict);
  EXPECT_EQ(matching::MatchesOfNeed(ctx, resident, study.id).error().kind, FailureKind::kForbidden);
  EXPECT_EQ(matching::Accept(ctx, student, *applied).error().kind, FailureKind::kConflict)
      << "a person cannot accept their own application";
  ASSERT_TRUE(matching::Accept(ctx, editor, *applied));
  EXPECT_EQ(matching::GetMatch(ctx, *applied)->status, "confirmed");
  auto early = matching::ConfirmHours(ctx, editor, *applied, "2");
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().fields.at("hours"), Msg("error.hours_before_activity"));
  // Two weeks on: at most the activity's days so far (Mondays and Wednesdays) times two hours.
  clock_.Advance(14 * 24 * 3600 + 12 * 3600);
  auto too_many = matching::ConfirmHours(ctx, editor, *applied, "１００");
  ASSERT_FALSE(too_many);
  EXPECT_TRUE(too_many.error().fields.count("hours"));
  EXPECT_FALSE(matching::ConfirmHours(ctx, editor, *applied, "1.3")) << "15-minute steps";
  EXPECT_EQ(matching::ConfirmHours(ctx, student, *applied, "2").error().kind,
            FailureKind::kForbidden);
  ASSERT_TRUE(matching::ConfirmHours(ctx, editor, *applied, "２.５"));
  EXPECT_EQ(matching::GetMatch(ctx, *applied)->minutes, 150);
  EXPECT_EQ(matching::Withdraw(ctx, student, *applied).error().kind, FailureKind::kConflict);
  EXPECT_EQ(Count("audit_log"), audit_before + 3) << "apply, accept, hours: one row each";

  // Capacity: one place, two applicants; the second cannot be accepted.
  matching::NeedForm form;
  form.org_id = std::to_string(study.org_id);
  form.title = "一日だけの手伝い";
  form.description = "受付の手伝い";
  form.kind = "volunteer";
  form.category = "kodomo";
  form.region = "yuda";
  form.date_from = training::TodayJst(clock_);
  form.start_time = "09:00";
  form.end_time = "11:00";
  form.capacity = "1";
  EXPECT_EQ(matching::CreateNeed(ctx, resident, form).error().kind, FailureKind::kForbidden);
  auto one_place = matching::CreateNeed(ctx, editor, form);
  ASSERT_TRUE(one_place);
  matching::ProfileForm open_week;
  open_week.kind = "general";
  for (const char* d : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
    open_week.slots.push_back(std::string(d) + "-am");
  }
  ASSERT_TRUE(matching::SaveProfile(ctx, resident, open_week));
  auto first = matching::Apply(ctx, senior, *one_place);
  auto second = matching::Apply(ctx, resident, *one_place);
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  ASSERT_TRUE(matching::Accept(ctx, editor, *first));
  auto full = matching::Accept(ctx, editor, *second);
  ASSERT_FALSE(full);
  EXPECT_EQ(full.error().message, Msg("matching.need_full"));
  EXPECT_EQ(matching::GetMatch(ctx, *second)->status, "applied") << "nothing changed";

  // Nobody decides on their own place: the city employee who runs 協働推進課's need applies
  // to it, and neither accepts himself nor is recommended or proposed for it.
  const Actor ouentai = actor("ouentai@example.jp");
  const auto paper = need_titled("地域づくり協議会の広報紙づくり（プロボノ）");
  ASSERT_TRUE(matching::CanManageNeed(ouentai, paper));
  for (const auto& r : *matching::RecommendNeeds(ctx, ouentai, 50)) EXPECT_NE(r.need_id, paper.id);
  auto own = matching::Apply(ctx, ouentai, paper.id);
  ASSERT_TRUE(own);
  EXPECT_FALSE(matching::Accept(ctx, ouentai, *own));
  EXPECT_EQ(matching::GetMatch(ctx, *own)->status, "applied");
  ASSERT_TRUE(matching::Withdraw(ctx, ouentai, *own));

  // The batch: within every capacity, every pair eligible, no pair twice.
  auto batch = matching::ComputeBatch(ctx, staff);
  ASSERT_TRUE(batch);
  EXPECT_EQ(matching::ComputeBatch(ctx, resident).error().kind, FailureKind::kForbidden);
  ASSERT_FALSE(batch->proposals.empty());
  std::int64_t total = 0;
  std::map<std::int64_t, int> per_need;
  std::map<UserId, int> per_person;
  std::vector<std::pair<std::int64_t, UserId>> pairs;
  for (const auto& p : batch->proposals) {
    total += p.score;
    ++per_need[p.need_id];
    ++per_person[p.user_id];
    EXPECT_NE(p.user_id, minor.id);
    EXPECT_FALSE(p.user_id == ouentai.id && p.need_id == paper.id);
    pairs.emplace_back(p.need_id, p.user_id);
  }
  EXPECT_EQ(total, batch->total_score);
  for (const auto& [need, n] : per_need) {
    const auto info = matching::GetNeed(ctx, need);
    EXPECT_LE(n, info->capacity - info->confirmed - info->pending) << info->title;
  }
  for (const auto& [user, n] : per_person) {
    EXPECT_LE(n, matching::GetProfile(ctx, user)->max_active);
  }
  auto sent = matching::SendBatch(ctx, staff, pairs);
  ASSERT_TRUE(sent);
  EXPECT_EQ(*sent, static_cast<std::int64_t>(pairs.size()));
  // Sending again invites nobody twice.
  EXPECT_EQ(*matching::SendBatch(ctx, staff, pairs), 0);
  auto again = matching::ComputeBatch(ctx, staff);
  ASSERT_TRUE(again);
  for (const auto& p : again->proposals) {
    EXPECT_EQ(std::find(pairs.begin(), pairs.end(), std::pair{p.need_id, p.user_id}), pairs.end());
  }
  // An invited person accepts; the need's poster sees them confirmed.
  const auto [need, user] = pairs.front();
  const auto invited = db_->Read([&](Conn& c) { return FindMatchFor(c, need, user); });
  ASSERT_TRUE(invited);
  EXPECT_EQ(invited->status, "invited");
  const Actor person = db_->Read([&](Conn& c) { return LoadActor(c, user); });
  ASSERT_TRUE(matching::Accept(ctx, person, invited->id));
  EXPECT_EQ(matching::GetMatch(ctx, invited->id)->status, "confirmed");
}

// A minor's guardian consents by a one-time link; a new guardian is asked afresh.
TEST_F(Conformance, GuardianConsentByLink) {
  struct Capture final : Mailer {
    std::vector<Mail> sent;
    void Send(const Mail& m) override { sent.push_back(m); }
  } mail;
  Ctx ctx{*db_, clock_, mail, municipality_, "http://test", {}};
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  const Actor minor = db_->Read(
      [&](Conn& c) { return LoadActor(c, FindUserByEmail(c, "resident-aio@example.jp")->id); });
  matching::ProfileForm f;
  f.kind = "student_hs";
  f.slots = {"sat-am"};
  f.minor = "1";
  auto missing = matching::SaveProfile(ctx, minor, f);
  ASSERT_FALSE(missing);
  EXPECT_TRUE(missing.error().fields.count("guardian_name"));
  EXPECT_TRUE(missing.error().fields.count("guardian_email"));
  f.guardian_name = "保護者";
  f.guardian_email = "resident-aio@example.jp";
  EXPECT_TRUE(matching::SaveProfile(ctx, minor, f).error().fields.count("guardian_email"))
      << "not the minor's own address";
  f.guardian_email = "Parent@Example.jp";
  mail.sent.clear();
  ASSERT_TRUE(matching::SaveProfile(ctx, minor, f));
  ASSERT_EQ(mail.sent.size(), 1u);
  EXPECT_EQ(mail.sent[0].to, "parent@example.jp");
  auto token_of = [](const std::string& body) {
    const auto at = body.find("token=");
    return at == std::string::npos ? std::string() : body.substr(at + 6, 64);
  };
  const std::string token = token_of(mail.sent[0].body);
  ASSERT_EQ(token.size(), 64u);
  auto profile = matching::GetProfile(ctx, minor.id);
  EXPECT_EQ(profile->guardian_consent_at, 0);
  EXPECT_TRUE(profile->consent_requested);
  // Saving again with the same guardian sends nothing more while the link is pending.
  ASSERT_TRUE(matching::SaveProfile(ctx, minor, f));
  EXPECT_EQ(mail.sent.size(), 1u);
  EXPECT_EQ(matching::GuardianConsentRequest(ctx, token), "秋穂の住民（デモ）")
      << "the guardian's page names the minor";
  EXPECT_FALSE(matching::GuardianConsentRequest(ctx, std::string(64, '0')).has_value());
  ASSERT_TRUE(matching::ConfirmGuardianConsent(ctx, token));
  EXPECT_EQ(matching::GetProfile(ctx, minor.id)->guardian_consent_at, clock_.Now());
  EXPECT_EQ(matching::ConfirmGuardianConsent(ctx, token).error().kind, FailureKind::kNotFound)
      << "once only";
  // A different guardian: consent cleared, a new link sent.
  f.guardian_email = "other@example.jp";
  ASSERT_TRUE(matching::SaveProfile(ctx, minor, f));
  EXPECT_EQ(matching::GetProfile(ctx, minor.id)->guardian_consent_at, 0);
  ASSERT_EQ(mail.sent.size(), 2u);
  // An expired link does nothing.
  clock_.Advance(15 * 24 * 3600);
  EXPECT_FALSE(matching::ConfirmGuardianConsent(ctx, token_of(mail.sent[1].body)));
}

// Regional plans run as PDCA; KPI 3 and KPI 4 move with the flags of projects, never by hand.
TEST_F(Conformance, PlansPdcaAndComputedKpis) {
  auto ctx = MakeCtx();
  const int year = plans::CurrentYear(clock_);  // FY2026 on the fake clock
  ASSERT_EQ(year, 2026);
  auto value_of = [&](const std::string& code, int y) -> double {
    for (const auto& ind : plans::LoadIndicators(ctx)) {
      if (ind.code != code) continue;
      for (const auto& a : ind.actuals) {
        if (a.year == y) return a.value;
      }
      return -1;
    }
    ADD_FAILURE() << "no indicator " << code;
    return -1;
  };
  auto indicator = [&](const std::string& code) {
    for (const auto& ind : plans::LoadIndicators(ctx)) {
      if (ind.code == code) return ind;
    }
    ADD_FAILURE() << "no indicator " << code;
    return indicators::Indicator{};
  };
  // Reference data: the plan's seven indicators; the computed ones count zero from empty records.
  ASSERT_EQ(plans::LoadIndicators(ctx).size(), 7u);
  EXPECT_EQ(value_of("kpi2", year), 0);
  EXPECT_EQ(value_of("kpi3", year), 0);
  EXPECT_FALSE(indicator("kpi2").baseline.has_value());
  EXPECT_DOUBLE_EQ(indicator("kgi1").baseline->value, 74.7);

  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  auto actor = [&](const char* email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  const Actor sue = actor("council-sue@example.jp"), yuda = actor("council-yuda@example.jp"),
              resident = actor("resident-sue@example.jp"), staff = actor("city@example.jp");
  const double kpi3 = value_of("kpi3", year), kpi4 = value_of("kpi4", year);
  EXPECT_GT(kpi3, 0);
  EXPECT_GT(kpi4, 0);

  // A council writes a plan; another council may not touch it.
  const auto sue_council = db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "council-sue"); });
  auto plan = plans::CreatePlan(ctx, sue,
                                {std::to_string(sue_council), "第三次陶 見直し版", "2025", "2029",
                                 "final", "将来像", "防災\n見守り", "発信"});
  ASSERT_TRUE(plan);
  // Another council's plan: refused next to the council field, with the form kept.
  EXPECT_TRUE(
      plans::CreatePlan(ctx, yuda,
                        {std::to_string(sue_council), "x", "2025", "2029", "final", "", "a", ""})
          .error()
          .fields.count("council_id"));
  auto bad_plan = plans::CreatePlan(
      ctx, sue, {std::to_string(sue_council), "", "2029", "2025", "final", "", "", ""});
  ASSERT_FALSE(bad_plan);
  EXPECT_TRUE(bad_plan.error().fields.count("name"));
  EXPECT_TRUE(bad_plan.error().fields.count("year_to"));
  EXPECT_TRUE(bad_plan.error().fields.count("must_goals"));
  const auto p = *plans::GetPlan(ctx, *plan);
  ASSERT_EQ(p.goals.size(), 3u);
  const std::string goal = std::to_string(p.goals[0].id);
  const auto assoc = db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, "assoc-sue-0"); });

  auto form = [&](const std::string& from, const std::string& to, bool city, bool life) {
    plans::ProjectForm f;
    f.goal_id = goal;
    f.title = "見守り訪問";
    f.runner_id = std::to_string(assoc);
    f.year_from = from;
    f.year_to = to;
    f.city_collaboration = city ? "1" : "";
    f.life_support = life ? "1" : "";
    f.lines = {{from, "月1回の訪問", "150,000", "kofukin"}};
    return f;
  };
  // Bad input: no running body, a budget with letters, another council.
  auto no_runner = form("2025", "2027", true, false);
  no_runner.runner_id = "";
  no_runner.lines[0].budget = "15万円";
  auto bad = plans::CreateProject(ctx, sue, sue_council, *plan, no_runner);
  ASSERT_FALSE(bad);
  EXPECT_TRUE(bad.error().fields.count("runner_id"));
  EXPECT_TRUE(bad.error().fields.count("budget"));
  EXPECT_EQ(plans::CreateProject(ctx, yuda, sue_council, *plan, form("2025", "2027", true, false))
                .error()
                .kind,
            FailureKind::kForbidden);
  EXPECT_EQ(value_of("kpi3", year), kpi3);

  // KPI 3 moves with the flag (a project counts in every year of its period); KPI 4 does not.
  auto project =
      plans::CreateProject(ctx, sue, sue_council, *plan, form("2025", "2027", true, false));
  ASSERT_TRUE(project) << project.error().message;
  EXPECT_EQ(value_of("kpi3", year), kpi3 + 1);
  EXPECT_EQ(value_of("kpi4", year), kpi4);
  auto later = plans::CreateProject(ctx, sue, sue_council, *plan, form("2027", "2028", true, true));
  ASSERT_TRUE(later);
  EXPECT_EQ(value_of("kpi3", year), kpi3 + 1) << "a project of later years does not count now";
  auto unflag = form("2025", "2027", false, true);
  ASSERT_TRUE(plans::UpdateProject(ctx, sue, *project, unflag));
  EXPECT_EQ(value_of("kpi3", year), kpi3);
  EXPECT_EQ(value_of("kpi4", year), kpi4 + 1);
  const auto contributing =
      plans::ContributingProjects(ctx, indicators::Source::kLifeSupport, year);
  EXPECT_TRUE(std::any_of(contributing.begin(), contributing.end(),
                          [&](const auto& x) { return x.id == *project; }));
  // Computed actuals cannot be entered by hand.
  EXPECT_EQ(plans::RecordActual(ctx, staff, indicator("kpi3").id, {"2026", "99", "x", "10", ""})
                .error()
                .kind,
            FailureKind::kForbidden);

  // PDCA: progress in the year, evaluation after it ends, the next year starts from it.
  auto pr = plans::GetProject(ctx, *project);
  ASSERT_EQ(pr->years.size(), 1u);
  const auto line2025 = pr->years[0].id;
  auto over = plans::AddProgress(ctx, sue, line2025, {"2025-10-01", "101", ""});
  ASSERT_FALSE(over);
  EXPECT_TRUE(over.error().fields.count("percent"));
  EXPECT_TRUE(plans::AddProgress(ctx, sue, line2025, {"2025-10-01", "-1", ""})
                  .error()
                  .fields.count("percent"));
  EXPECT_TRUE(
      plans::AddProgress(ctx, sue, line2025, {"2026-10-01", "50", ""}).error().fields.count("date"))
      << "a date outside FY2025";
  ASSERT_TRUE(plans::AddProgress(ctx, sue, line2025, {"2025-10-01", "60", "半分"}));
  EXPECT_EQ(plans::AddLine(ctx, sue, *project, {"2026", "次", "100000", "own"})
                .error()
                .fields.count("year"),
            1u)
      << "the next year needs the evaluation first";
  EXPECT_EQ(plans::Evaluate(ctx, yuda, line2025, {"B", "a", "b"}).error().kind,
            FailureKind::kForbidden);
  ASSERT_TRUE(plans::Evaluate(ctx, sue, line2025, {"B", "訪問先が増えた", "担い手を増やす"}));
  auto line2026 = plans::AddLine(ctx, sue, *project, {"2026", "担い手を増やす", "120000", "own"});
  ASSERT_TRUE(line2026);
  auto too_early = plans::Evaluate(ctx, sue, *line2026, {"A", "a", "b"});
  ASSERT_FALSE(too_early);
  EXPECT_TRUE(too_early.error().fields.count("grade")) << "FY2026 has not ended";
  pr = plans::GetProject(ctx, *project);
  ASSERT_EQ(pr->years.size(), 2u);
  EXPECT_EQ(pr->years[0].grade, "B");
  EXPECT_EQ(pr->years[0].LatestPercent(), 60);
  EXPECT_EQ(pr->years[1].target, "担い手を増やす");

  // Survey actuals by city staff; targets after the baseline only.
  const auto kgi1 = indicator("kgi1").id;
  EXPECT_EQ(
      plans::RecordActual(ctx, resident, kgi1, {"2026", "81.2", "調査", "1600", ""}).error().kind,
      FailureKind::kForbidden);
  auto bad_value = plans::RecordActual(ctx, staff, kgi1, {"2026", "101", "調査", "1600", ""});
  ASSERT_FALSE(bad_value);
  EXPECT_TRUE(bad_value.error().fields.count("value"));
  ASSERT_TRUE(
      plans::RecordActual(ctx, staff, kgi1, {"2026", "８１．２", "調査", "1600", "2026-07-01"}));
  EXPECT_DOUBLE_EQ(value_of("kgi1", 2026), 81.2);
  EXPECT_EQ(indicators::StatusIn(indicator("kgi1"), 2026), indicators::Status::kSlightlyBehind);
  auto early_target = plans::SetTarget(ctx, staff, kgi1, {"2016", "70"});
  ASSERT_FALSE(early_target);
  EXPECT_TRUE(early_target.error().fields.count("target_year"));
  EXPECT_EQ(indicator("kgi1").targets.size(), 2u);

  // A project directly under the region (no plan); an evaluated line is closed, and lines are
  // evaluated in order.
  auto loose = form("2024", "2026", false, false);
  loose.goal_id = "";
  loose.lines = {{"2024", "", "0", "own"}, {"2025", "", "10000", "own"}};
  auto direct = plans::CreateProject(ctx, sue, sue_council, 0, loose);
  ASSERT_TRUE(direct) << direct.error().message;
  auto dp = plans::GetProject(ctx, *direct);
  EXPECT_EQ(dp->plan_id, 0);
  ASSERT_EQ(dp->years.size(), 2u);
  EXPECT_TRUE(
      plans::Evaluate(ctx, sue, dp->years[1].id, {"A", "a", "b"}).error().fields.count("grade"))
      << "FY2024 first";
  ASSERT_TRUE(plans::Evaluate(ctx, sue, dp->years[0].id, {"A", "a", "b"}));
  EXPECT_EQ(plans::Evaluate(ctx, sue, dp->years[0].id, {"C", "a", "b"}).error().kind,
            FailureKind::kConflict);
  EXPECT_EQ(plans::AddProgress(ctx, sue, dp->years[0].id, {"2024-10-01", "50", ""}).error().kind,
            FailureKind::kConflict);
  // A year's target and budget can be corrected until it is evaluated.
  EXPECT_EQ(plans::UpdateLine(ctx, sue, dp->years[0].id, {"", "x", "1", "own"}).error().kind,
            FailureKind::kConflict);
  EXPECT_TRUE(plans::UpdateLine(ctx, sue, dp->years[1].id, {"", "", "12a", "own"})
                  .error()
                  .fields.count("budget"));
  EXPECT_EQ(plans::UpdateLine(ctx, yuda, dp->years[1].id, {"", "x", "1", "own"}).error().kind,
            FailureKind::kForbidden);
  ASSERT_TRUE(
      plans::UpdateLine(ctx, sue, dp->years[1].id, {"", "訪問を月2回に", "20000", "other"}));
  dp = plans::GetProject(ctx, *direct);
  EXPECT_EQ(dp->years[1].target, "訪問を月2回に");
  EXPECT_EQ(dp->years[1].budget, 20000);
  EXPECT_EQ(dp->years[1].funding, "other");

  // Comments only while the plan asks for them; the council answers.
  EXPECT_EQ(plans::AddComment(ctx, resident, *plan, "意見").error().kind, FailureKind::kConflict);
  plans::Plan open;
  for (const auto& x : plans::ListPlans(ctx)) {
    if (x.status == "consultation") open = x;
  }
  ASSERT_NE(open.id, 0);
  auto comment = plans::AddComment(ctx, resident, open.id, "防災の目標に賛成です");
  ASSERT_TRUE(comment);
  EXPECT_EQ(plans::AnswerComment(ctx, yuda, *comment, "x").error().kind, FailureKind::kForbidden);
  ASSERT_TRUE(plans::AnswerComment(ctx, sue, *comment, "ありがとうございます"));
  EXPECT_EQ(plans::ListComments(ctx, open.id).front().answer, "ありがとうございます");
  // Every change left an audit row.
  EXPECT_EQ(db_->Read([&](Conn& c) {
    return c.QueryOne("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'project.%'")->Int(0);
  }),
            9);
}

// Posts, events and Japanese search behave the same on both backends: one- and two-character
// queries, full-width and half-width forms, filters; what is not public is not found.
TEST_F(Conformance, PostsEventsAndJapaneseSearch) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  search::Rebuild(ctx);
  auto actor = [&](const std::string& email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  auto find = [&](const std::string& q, const std::string& region = "",
                  const std::string& kind = "") {
    auto r = search::Run(ctx, {q, region, "", kind, 1, 20});
    EXPECT_TRUE(r) << q;
    return r ? *r : search::Results{};
  };
  for (const char* q : {"防災", "交通", "祭", "空き家", "ボランティア"}) {
    EXPECT_GT(find(q).total, 0) << q;
  }
  // A hit's snippet shows the match; filters narrow.
  const auto bosai = find("防災");
  bool highlighted = false;
  for (const auto& seg : bosai.items.front().snippet) highlighted |= seg.hit && seg.text == "防災";
  EXPECT_TRUE(highlighted);
  const auto sue = find("防災", "sue");
  EXPECT_GT(sue.total, 0);
  EXPECT_LT(sue.total, bosai.total);
  for (const auto& h : sue.items) EXPECT_EQ(h.region_slug, "sue");
  EXPECT_LE(find("防災訓練").total, bosai.total);
  for (const auto& h : find("祭", "", "event").items) EXPECT_EQ(h.kind, "event");
  EXPECT_EQ(find("ＮＰＯ").total, find("npo").total);
  EXPECT_GT(find("NPO").total, 0);
  EXPECT_EQ(find("ﾎﾞﾗﾝﾃｨｱ").total, find("ボランティア").total);
  EXPECT_EQ(find("災防").total, 0);
  EXPECT_FALSE(search::Run(ctx, {std::string(1000, 'a'), "", "", "", 1, 20}));
  EXPECT_FALSE(search::Run(ctx, {"防災", "atlantis", "", "", 1, 20}));

  // A resident's post is found only once the council has published it.
  const Actor resident = actor("resident-sue@example.jp");
  const Actor council = actor("council-sue@example.jp");
  posts::PostForm f{"sue",
                    "",
                    "ほげ川の清掃ボランティア",
                    "日曜日に**ほげ川**を掃除します。",
                    "kankyo",
                    "清掃、川",
                    "public",
                    "publish",
                    {},
                    {},
                    {},
                    {}};
  auto id = posts::CreatePost(ctx, resident, f);
  ASSERT_TRUE(id);
  EXPECT_EQ(posts::GetPost(ctx, *id)->status, "review");
  EXPECT_EQ(find("ほげ").total, 0);
  EXPECT_FALSE(posts::Review(ctx, actor("council-ato@example.jp"), *id, "publish", ""));
  EXPECT_FALSE(posts::Review(ctx, council, *id, "return", ""));  // a comment is required
  ASSERT_TRUE(posts::Review(ctx, council, *id, "publish", ""));
  EXPECT_EQ(find("ほげ").total, 1);
  EXPECT_EQ(find("ほげ川").items.at(0).id, *id);
  // Three reports hide a comment; a restored comment stays.
  auto comment = posts::AddComment(ctx, resident, *id, "参加します");
  ASSERT_TRUE(comment);
  for (const char* who : {"user:1", "user:2", "addr:x"}) {
    ASSERT_TRUE(posts::ReportComment(ctx, Actor{}, who, *comment));
  }
  EXPECT_FALSE(posts::ReportComment(ctx, Actor{}, "addr:x", *comment));  // once per reporter
  EXPECT_EQ(posts::CommentsOf(ctx, *id).at(0).status, "reported");
  ASSERT_TRUE(posts::ModerateComment(ctx, council, *comment, "restore"));
  ASSERT_TRUE(posts::ReportComment(ctx, Actor{}, "addr:y", *comment));
  EXPECT_TRUE(posts::CommentsOf(ctx, *id).at(0).Shown());
  ASSERT_TRUE(posts::Archive(ctx, council, *id));
  EXPECT_EQ(find("ほげ").total, 0);

  // An event with one place: the second person waits and moves up when the first cancels.
  events::EventForm e;
  e.region = "sue";
  e.org = std::to_string(
      db_->Read([&](Conn& c) { return FindCouncilOf(c, council.home_region_id)->id; }));
  e.title = "ふがふが体験会";
  e.title_kana = "ふがふがたいけんかい";
  e.start_date = "2026-12-20";
  e.start_time = "10:00";
  e.end_time = "12:00";
  e.capacity = "1";
  auto ev = events::CreateEvent(ctx, council, e);
  ASSERT_TRUE(ev) << ev.error().message;
  EXPECT_EQ(events::GetEvent(ctx, *ev)->title_kana, "フガフガタイケンカイ");
  EXPECT_EQ(find("ふがふが", "", "event").total, 1);
  const Actor other = actor("resident-suzenji@example.jp");
  EXPECT_EQ(events::SignUp(ctx, resident, *ev).value(), "confirmed");
  EXPECT_EQ(events::SignUp(ctx, other, *ev).value(), "waitlist");
  EXPECT_FALSE(events::SignUp(ctx, other, *ev));  // already waiting
  ASSERT_TRUE(events::Withdraw(ctx, resident, *ev));
  EXPECT_EQ(events::SignupStatus(ctx, other, *ev), "confirmed");
  e.capacity = "-3";
  EXPECT_FALSE(events::CreateEvent(ctx, council, e));
  // A cancelled event leaves the index, and a rebuild of the index agrees.
  ASSERT_TRUE(events::CancelEvent(ctx, council, *ev));
  EXPECT_EQ(find("ふがふが", "", "event").total, 0);
  search::Rebuild(ctx);
  EXPECT_EQ(find("ふがふが", "", "event").total, 0);
  EXPECT_GT(find("防災").total, 0);
}

TEST_F(Conformance, IssuesEscalateLevelByLevelAndAreSolvedTogether) {
  auto ctx = MakeCtx();
  ASSERT_TRUE(seed::SeedDemo(ctx, "demo-password"));
  search::Rebuild(ctx);
  auto actor = [&](const std::string& email) {
    return db_->Read([&](Conn& c) { return LoadActor(c, FindUserByEmail(c, email)->id); });
  };
  auto org = [&](const std::string& key) {
    return db_->Read([&](Conn& c) { return FindOrgBySeedKeyId(c, key); });
  };
  const Actor resident = actor("resident-yuda@example.jp"),
              assoc = actor("association-yuda@example.jp"),
              council = actor("council-yuda@example.jp"), other = actor("council-sue@example.jp"),
              bosai = actor("bosai@example.jp"), kotsu = actor("kotsu@example.jp"),
              kyodo = actor("city@example.jp");
  auto mails_to = [&](const std::string& to) {
    return std::count_if(mailer_.sent.begin(), mailer_.sent.end(),
                         [&](const Mail& m) { return m.to == to; });
  };
  issues::IssueForm f;
  f.region = "yuda";
  f.association = std::to_string(org("assoc-yuda-0"));
  f.category = "防災";  // the API's label
  f.title = "避難経路の看板が見えにくい";
  f.description = "夜になると避難経路の看板が読めません。";
  f.lat = "34.16";
  f.lon = "131.45";
  auto id = issues::Raise(ctx, resident, f);
  ASSERT_TRUE(id) << id.error().message;
  auto state = [&] { return *issues::Get(ctx, *id); };
  EXPECT_EQ(state().level, issues::Level::kAssociation);
  EXPECT_EQ(state().state, issues::State::kNew);
  EXPECT_EQ(state().category, "bosai");
  EXPECT_EQ(state().due_at, clock_.Now() + 14 * 86400);
  EXPECT_EQ(mails_to("association-yuda@example.jp"), 1);  // a new issue in their queue

  auto move = [&](const Actor& a, const std::string& action, const std::string& note = "") {
    return issues::Transition(ctx, a, *id, action, note);
  };
  auto kind = [](const auto& r) { return r ? std::string("ok") : r.error().message; };
  // 403 first, whatever the action; then 400 unknown action, 409 state, 400 note.
  EXPECT_EQ(move(council, "start").error().kind, FailureKind::kForbidden);
  EXPECT_EQ(move(council, "nonsense").error().kind, FailureKind::kForbidden);
  EXPECT_EQ(move(resident, "escalate", "x").error().kind, FailureKind::kForbidden);
  EXPECT_EQ(move(assoc, "nonsense").error().kind, FailureKind::kInvalid);
  EXPECT_EQ(move(assoc, "reopen").error().kind, FailureKind::kConflict);
  EXPECT_EQ(move(assoc, "escalate").error().kind, FailureKind::kInvalid);
  EXPECT_EQ(state().level, issues::Level::kAssociation);  // nothing changed

  clock_.Advance(86400);
  auto r = move(assoc, "escalate", "自治会では看板を設置できません。");
  ASSERT_TRUE(r) << kind(r);
  EXPECT_EQ(r->level, issues::Level::kCouncil);
  EXPECT_EQ(r->state, issues::State::kNew);
  EXPECT_EQ(r->due_at, clock_.Now() + 14 * 86400);
  EXPECT_EQ(move(assoc, "start").error().kind, FailureKind::kForbidden);  // no longer theirs
  EXPECT_TRUE(move(council, "start"));
  EXPECT_EQ(move(council, "start").error().kind, FailureKind::kConflict);
  r = move(council, "escalate", "市の施設にかかわるため相談します。");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->level, issues::Level::kCity);
  EXPECT_EQ(r->state, issues::State::kNew);
  EXPECT_EQ(r->department_id, org("dept-bosai"));
  EXPECT_EQ(issues::AgencyResponsible(*r), "山口市 防災危機管理課");
  EXPECT_EQ(move(council, "escalate", "x").error().kind, FailureKind::kForbidden);
  EXPECT_EQ(move(kotsu, "start").error().kind, FailureKind::kForbidden);  // another department
  EXPECT_EQ(move(other, "start").error().kind, FailureKind::kForbidden);
  EXPECT_TRUE(move(bosai, "start"));
  EXPECT_EQ(move(bosai, "escalate", "x").error().kind, FailureKind::kConflict);  // no level above
  // 協働で解決: the council comments at city level; the reporter may comment too; others not.
  EXPECT_TRUE(issues::Comment(ctx, council, *id, "地元で見やすい場所を確認しました。"));
  EXPECT_TRUE(issues::Comment(ctx, resident, *id, "ありがとうございます。"));
  EXPECT_EQ(issues::Comment(ctx, other, *id, "x").error().kind, FailureKind::kForbidden);
  EXPECT_EQ(issues::Comment(ctx, council, *id, " ").error().kind, FailureKind::kInvalid);
  EXPECT_EQ(move(bosai, "resolve").error().kind, FailureKind::kInvalid);
  r = move(bosai, "resolve", "反射材つきの看板に取り替えました。");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->state, issues::State::kResolved);
  EXPECT_EQ(r->resolution, "反射材つきの看板に取り替えました。");
  EXPECT_EQ(move(council, "reopen").error().kind, FailureKind::kForbidden);
  r = move(kyodo, "reopen");  // the secretariat acts on every city-level issue
  ASSERT_TRUE(r);
  EXPECT_EQ(r->state, issues::State::kInProgress);
  // 協働推進課 hands it to another department; a department cannot.
  EXPECT_EQ(issues::HandOver(ctx, bosai, *id, org("dept-kotsu"), "").error().kind,
            FailureKind::kForbidden);
  EXPECT_TRUE(issues::HandOver(ctx, kyodo, *id, org("dept-kotsu"), "道路標識の担当へ"));
  EXPECT_EQ(state().department_id, org("dept-kotsu"));
  EXPECT_EQ(state().state, issues::State::kNew);
  EXPECT_TRUE(move(kotsu, "start"));
  EXPECT_EQ(move(bosai, "start").error().kind, FailureKind::kForbidden);

  // The timeline: every change, who as a role and an organisation, never a resident's name.
  const auto timeline = issues::Timeline(ctx, *id);
  std::vector<std::string> kinds;
  for (const auto& e : timeline) {
    kinds.push_back(e.kind);
    EXPECT_EQ(e.who.find("湯田の住民"), std::string::npos) << e.who;
  }
  EXPECT_EQ(kinds,
            (std::vector<std::string>{"raise", "escalate", "start", "escalate", "start", "comment",
                                      "comment", "resolve", "reopen", "handover", "start"}));
  EXPECT_EQ(timeline[1].who, "自治会役員（" + state().association_name + "）");
  EXPECT_EQ(timeline[5].who, "地域づくり協議会役員（湯田地域づくり協議会）");
  EXPECT_EQ(timeline[6].who, "報告者（住民）");
  EXPECT_EQ(timeline[7].who, "市職員（防災危機管理課）");
  // Entries cannot be edited afterwards, not even by SQL.
  EXPECT_ANY_THROW(db_->Transact([&](Conn& c) -> Result<bool> {
    c.Query("UPDATE issue_events SET note = 'changed' WHERE issue_id = ?", {*id});
    return true;
  }));
  EXPECT_EQ(issues::Timeline(ctx, *id).size(), timeline.size());

  // The reporter follows and was told of every state change (not of comments).
  EXPECT_EQ(mails_to("resident-yuda@example.jp"), 8);
  // Me too: once per person.
  EXPECT_TRUE(issues::MeToo(ctx, other, *id));
  EXPECT_EQ(issues::MeToo(ctx, other, *id).error().kind, FailureKind::kConflict);
  EXPECT_EQ(state().metoo, 1);

  // Lists, the queue and the dashboard.
  issues::Filter city;
  city.level = issues::Level::kCity;
  const auto at_city = issues::List(ctx, city, 1, 50);
  EXPECT_TRUE(std::any_of(at_city.items.begin(), at_city.items.end(),
                          [&](const issues::Issue& i) { return i.id == *id; }));
  const auto q = issues::WorkQueue(ctx, kotsu);
  EXPECT_TRUE(std::any_of(q.held.begin(), q.held.end(),
                          [&](const issues::Issue& i) { return i.id == *id; }));
  // Only what is theirs: a resident has no queue; a department escalated nothing.
  const auto rq = issues::WorkQueue(ctx, resident);
  EXPECT_TRUE(rq.held.empty() && rq.escalated.empty() && rq.overdue_all.empty());
  EXPECT_TRUE(q.escalated.empty());
  for (const auto& i : q.held) EXPECT_EQ(i.level, issues::Level::kCity) << i.title;
  const auto cq = issues::WorkQueue(ctx, council);
  EXPECT_TRUE(std::any_of(cq.escalated.begin(), cq.escalated.end(),
                          [&](const issues::Issue& i) { return i.id == *id; }));
  // A second issue nobody answers is overdue after 14 days; the answered one is not.
  auto late = issues::Raise(ctx, resident, f);
  ASSERT_TRUE(late);
  clock_.Advance(15 * 86400);
  issues::Filter overdue;
  overdue.overdue = true;
  const auto listed = issues::List(ctx, overdue, 1, 100).items;
  auto has = [&](std::int64_t x) {
    return std::any_of(listed.begin(), listed.end(),
                       [&](const issues::Issue& i) { return i.id == x; });
  };
  EXPECT_TRUE(has(*late));
  EXPECT_FALSE(has(*id));
  const auto secretariat_queue = issues::WorkQueue(ctx, kyodo);
  EXPECT_TRUE(std::any_of(secretariat_queue.overdue_all.begin(),
                          secretariat_queue.overdue_all.end(),
                          [&](const issues::Issue& i) { return i.id == *late; }));
  const auto dash = issues::CityDashboard(ctx);
  EXPECT_GE(dash.category_totals.at("bosai").total, 1);

  // Similar issues in other regions through the search index.
  issues::IssueForm g = f;
  g.region = "sue";
  g.association = "";
  g.title = "避難経路の看板が古い";
  auto other_id = issues::Raise(ctx, other, g);
  ASSERT_TRUE(other_id);
  const auto similar = issues::Similar(ctx, state(), 5);
  EXPECT_TRUE(std::any_of(similar.begin(), similar.end(),
                          [&](const issues::Issue& i) { return i.id == *other_id; }));
  for (const auto& i : similar) EXPECT_NE(i.region_id, state().region_id);

  // Bad input: nothing saved, messages per field.
  issues::IssueForm bad;
  bad.region = "atlantis";
  bad.category = "天気";
  bad.association = std::to_string(org("assoc-sue-0"));
  bad.lat = "95";
  const auto before_count = Count("issues");
  auto fail = issues::Raise(ctx, resident, bad);
  ASSERT_FALSE(fail);
  for (const char* field : {"region", "category", "title", "description", "lat"})
    EXPECT_TRUE(fail.error().fields.count(field)) << field;
  bad.region = "yuda";
  fail = issues::Raise(ctx, resident, bad);
  EXPECT_TRUE(fail.error().fields.count("association"));  // 陶's 自治会 is not in 湯田
  EXPECT_EQ(Count("issues"), before_count);
  EXPECT_EQ(issues::Raise(ctx, Actor{}, f).error().kind, FailureKind::kUnauthorized);
}

TEST_F(Conformance, ConcurrentWritersAllCommit) {
  constexpr int kThreads = 4, kEach = 25;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        try {
          db_->Transact([&](Conn& c) -> Result<int> {
               InsertLoginFailure(c, "address:t" + std::to_string(t), clock_.Now());
               return 0;
             })
              .value();
        } catch (...) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(Count("login_failures"), kThreads * kEach);
  auto n =
      db_->Read([&](Conn& c) { return CountLoginFailures(c, "address:t0", clock_.Now() - 60); });
  EXPECT_EQ(n, kEach);
}

}  // namespace
}  // namespace tsunagu::store
