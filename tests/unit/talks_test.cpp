// Talks (話し合い): what the commands promise on a fresh SQLite database with the demo data —
// the linked event kept in step (sign-up, waitlist, cancellation), Japanese errors with nothing
// saved (end before start, minutes before the talk), minutes with age bands and action items,
// the region's fiscal-year summary, who may do what, and the demo seed.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "app/seed.hpp"
#include "features/events/commands.hpp"
#include "features/events/queries.hpp"
#include "features/issues/commands.hpp"
#include "features/plans/commands.hpp"
#include "features/regions/seed.hpp"
#include "features/talks/commands.hpp"
#include "features/talks/queries.hpp"
#include "features/talks/seed.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu {
namespace {

class TalkMailer final : public Mailer {
 public:
  void Send(const Mail& m) override { sent.push_back(m); }
  std::vector<Mail> sent;
};

// 2026-11-29 12:00 JST.
constexpr std::int64_t kNow = 1'795'921'200;

class TalkTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto::Init();
    messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  }

  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("tsunagu-talks-" + crypto::RandomToken().substr(0, 8));
    std::filesystem::create_directories(dir_);
    db_ = store::OpenSqlite((dir_ / "t.db").string(), 4);
    store::Migrate(*db_, tsunagu::SourceDir() + "/migrations");
    municipality_ = seed::EnsureReferenceData(*db_, "352039", clock_).value();
    ctx_ = std::make_unique<Ctx>(Ctx{*db_, clock_, mailer_, municipality_, "http://test", {}});
    seed::SeedDemo(*ctx_, "unit-test-password").value();
  }
  void TearDown() override {
    ctx_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  Actor As(const std::string& email) {
    return db_->Read([&](store::Conn& c) {
      auto u = store::FindUserByEmail(c, email);
      EXPECT_TRUE(u) << email;
      return u ? store::LoadActor(c, u->id) : Actor{};
    });
  }
  OrgId Org(const std::string& key) {
    return db_->Read([&](store::Conn& c) { return store::FindOrgBySeedKeyId(c, key); });
  }
  std::int64_t CountTalks() {
    return db_->Read(
        [](store::Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM talks")->Int(0); });
  }

  // A talk of 陶地域づくり協議会 on the given day from 10:00 to 12:00.
  talks::TalkForm Form(const std::string& date) {
    talks::TalkForm f;
    f.org = to_string(Org("council-sue"));
    f.region = "sue";
    f.title = "陶の買い物を考える会議";
    f.title_kana = "すえのかいものをかんがえるかいぎ";
    f.purpose = "移動販売の今後を話し合います。";
    f.format = "meeting";
    f.date = date;
    f.start_time = "10:00";
    f.end_time = "12:00";
    f.place = "陶地域交流センター";
    f.agenda = "1. 現状\n2. これから";
    f.audience = {"residents", "all"};
    f.capacity = "2";
    return f;
  }

  std::filesystem::path dir_;
  FakeClock clock_{kNow};
  TalkMailer mailer_;
  MunicipalityId municipality_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Ctx> ctx_;
};

TEST_F(TalkTest, PlanningATalkCreatesItsEventAndEditsKeepItInStep) {
  const Actor council = As("council-sue@example.jp");
  auto id = talks::CreateTalk(*ctx_, council, Form("2026-12-12"));
  ASSERT_TRUE(id) << id.error().message;
  auto t = talks::Get(*ctx_, *id);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->status, talks::TalkStatus::kPlanned);
  EXPECT_EQ(t->title_kana, "スエノカイモノヲカンガエルカイギ");  // hiragana becomes katakana
  EXPECT_EQ(t->audience, (std::vector<std::string>{"all", "residents"}));
  // Left empty: the council's own ground rules (the demo gives 陶 its own).
  EXPECT_EQ(t->ground_rules, talks::GroundRules(*ctx_, Org("council-sue")));
  EXPECT_NE(t->ground_rules, talks::DefaultGroundRules());
  ASSERT_NE(t->event_id, events::EventId{});
  auto e = events::GetEvent(*ctx_, events::EventId{t->event_id});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, t->title);
  EXPECT_EQ(e->title_kana, t->title_kana);
  EXPECT_EQ(e->starts_at, jst::Midnight("2026-12-12") + 10 * 3600);
  EXPECT_EQ(e->capacity, 2);
  EXPECT_EQ(e->status, events::EventStatus::kPublished);
  EXPECT_NE(e->description.find("http://test/talks/" + to_string(*id)), std::string::npos);

  // Two residents sign up through the event; the second waits.
  const Actor r1 = As("resident-sue@example.jp"), r2 = As("resident-aio@example.jp"),
              r3 = As("resident-ato@example.jp");
  EXPECT_EQ(events::SignUp(*ctx_, r1, e->id).value(), events::SignupStatus::kConfirmed);
  EXPECT_EQ(events::SignUp(*ctx_, r2, e->id).value(), events::SignupStatus::kConfirmed);
  EXPECT_EQ(events::SignUp(*ctx_, r3, e->id).value(), events::SignupStatus::kWaitlist);

  // A capacity below those confirmed is refused on the field; nothing changes.
  auto small = Form("2026-12-12");
  small.capacity = "1";
  auto r = talks::UpdateTalk(*ctx_, council, *id, small);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("capacity"),
            "すでに2人の参加が確定しています。定員は2人以上にしてください。");

  // Moved to 13:00 with room for three: the event follows and the waiting person is told.
  auto moved = Form("2026-12-13");
  moved.start_time = "13:00";
  moved.end_time = "15:00";
  moved.capacity = "3";
  mailer_.sent.clear();
  ASSERT_TRUE(talks::UpdateTalk(*ctx_, council, *id, moved));
  e = events::GetEvent(*ctx_, events::EventId{t->event_id});
  EXPECT_EQ(e->starts_at, jst::Midnight("2026-12-13") + 13 * 3600);
  EXPECT_EQ(e->capacity, 3);
  EXPECT_EQ(e->confirmed, 3);
  EXPECT_EQ(events::SignupStatusOf(*ctx_, r3, e->id), events::SignupStatus::kConfirmed);
  ASSERT_EQ(mailer_.sent.size(), 1u);
  EXPECT_EQ(mailer_.sent[0].subject, Msg("mail.event_promoted_subject"));

  // Cancelled: the event too, and everyone signed up is told.
  mailer_.sent.clear();
  ASSERT_TRUE(talks::CancelTalk(*ctx_, council, *id));
  EXPECT_EQ(talks::Get(*ctx_, *id)->status, talks::TalkStatus::kCancelled);
  EXPECT_EQ(events::GetEvent(*ctx_, events::EventId{t->event_id})->status,
            events::EventStatus::kCancelled);
  EXPECT_EQ(mailer_.sent.size(), 3u);
  EXPECT_EQ(talks::CancelTalk(*ctx_, council, *id).error().kind, FailureKind::kConflict);
  EXPECT_FALSE(talks::UpdateTalk(*ctx_, council, *id, moved));
}

TEST_F(TalkTest, EndBeforeStartIsAJapaneseErrorOnTheEndTimeAndNothingIsSaved) {
  const auto before = CountTalks();
  auto f = Form("2026-12-12");
  f.start_time = "15:00";
  f.end_time = "13:00";
  f.title_kana = "陶";  // not kana either
  f.format = "party";
  auto r = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), f);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, FailureKind::kInvalid);
  EXPECT_EQ(r.error().fields.at("end_time"), "終わりは始まりより後にしてください。");
  EXPECT_EQ(r.error().fields.at("title_kana"), Msg("error.kana"));
  EXPECT_EQ(r.error().fields.at("format"), Msg("error.choice"));
  EXPECT_EQ(CountTalks(), before);
}

TEST_F(TalkTest, PlaceOrOnlineLinkIsNeeded) {
  auto f = Form("2026-12-12");
  f.place = "";
  auto r = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), f);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("place"), Msg("talk.err_place"));
  f.format = "online";
  r = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), f);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("online_url"), Msg("talk.err_online_url"));
  f.online_url = "javascript:alert(1)";
  r = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), f);
  EXPECT_EQ(r.error().fields.at("online_url"), Msg("error.url"));
  f.online_url = "https://meet.example.jp/sue";
  r = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), f);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(events::GetEvent(*ctx_, events::EventId{talks::Get(*ctx_, *r)->event_id})->place,
            "オンライン");
}

TEST_F(TalkTest, MinutesOnATalkNotYetHeldAreRefusedAndNothingIsSaved) {
  const Actor council = As("council-sue@example.jp");
  auto id = talks::CreateTalk(*ctx_, council, Form("2026-12-12")).value();
  talks::CloseForm f;
  f.minutes = "## 記録";
  f.participants["70s"] = "5";
  f.actions.push_back({"", "チラシを配る", "山田", "", "2026-12-20"});
  auto r = talks::CloseTalk(*ctx_, council, id, f);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, FailureKind::kInvalid);
  EXPECT_EQ(r.error().fields.at("minutes"), Msg("talk.err_not_held"));
  auto t = talks::Get(*ctx_, id);
  EXPECT_EQ(t->status, talks::TalkStatus::kPlanned);
  EXPECT_TRUE(t->minutes.empty());
  EXPECT_TRUE(t->actions.empty());
  EXPECT_TRUE(t->participants.empty());
}

TEST_F(TalkTest, MinutesAgeBandsAndActionItemsFollowedToDone) {
  const Actor council = As("council-sue@example.jp");
  const RegionId sue = db_->Read(
      [&](store::Conn& c) { return store::FindRegionBySlug(c, municipality_, "sue")->id; });
  const auto before = talks::Summary(*ctx_, sue);
  auto id = talks::CreateTalk(*ctx_, council, Form("2026-12-12")).value();
  clock_.Advance(20 * 86400);  // 2026-12-19: held

  talks::CloseForm f;
  f.minutes = "## 話し合ったこと\n\n- 移動販売の曜日";
  f.decisions = "移動販売を週2回にする\n\n";
  f.participants = {{"60s", "4"}, {"70s", "６"}, {"80plus", ""}, {"10s", "-1"}};
  f.actions.push_back(
      {"", "販売車の会社に相談する", "", to_string(Org("council-sue")), "2027-01-31"});
  f.actions.push_back({"", "", "", "", ""});  // a blank row is skipped
  f.actions.push_back({"", "", "山田", "", ""});
  auto r = talks::CloseTalk(*ctx_, council, id, f);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("people_10s"), "0から100000までの数字で入力してください。");
  EXPECT_EQ(r.error().fields.at("action_what_3"), Msg("error.required"));
  EXPECT_EQ(talks::Get(*ctx_, id)->status, talks::TalkStatus::kPlanned);

  f.participants["10s"] = "";
  f.actions[2] = {"", "回覧板で知らせる", "山田", "", "2026-12-25"};
  ASSERT_TRUE(talks::CloseTalk(*ctx_, council, id, f));
  auto t = talks::Get(*ctx_, id);
  EXPECT_EQ(t->status, talks::TalkStatus::kHeld);
  EXPECT_EQ(t->TotalParticipants(), 10);
  EXPECT_EQ(t->participants.at("70s"), 6);  // full-width digits are read
  ASSERT_EQ(t->actions.size(), 2u);
  EXPECT_EQ(t->actions[0].Who(), "陶地域づくり協議会");
  EXPECT_EQ(t->actions[1].Who(), "山田");
  EXPECT_FALSE(t->actions[0].done);

  const auto summary = talks::Summary(*ctx_, sue);
  EXPECT_EQ(summary.fiscal_year, 2026);
  EXPECT_EQ(summary.held, before.held + 1);
  EXPECT_EQ(summary.total_participants, before.total_participants + 10);
  EXPECT_EQ(summary.open_actions.size(), before.open_actions.size() + 2);

  ASSERT_TRUE(talks::SetActionDone(*ctx_, council, id, t->actions[1].id, true));
  t = talks::Get(*ctx_, id);
  EXPECT_TRUE(t->actions[1].done);
  EXPECT_EQ(talks::Summary(*ctx_, sue).open_actions.size(), before.open_actions.size() + 1);

  // Corrected later: an item emptied is removed, an item kept keeps its done mark.
  talks::CloseForm again = f;
  again.actions = {
      {to_string(t->actions[0].id), "", "", "", ""},
      {to_string(t->actions[1].id), "回覧板で知らせる（1月号）", "山田", "", "2026-12-25"}};
  ASSERT_TRUE(talks::CloseTalk(*ctx_, council, id, again));
  t = talks::Get(*ctx_, id);
  ASSERT_EQ(t->actions.size(), 1u);
  EXPECT_EQ(t->actions[0].what, "回覧板で知らせる（1月号）");
  EXPECT_TRUE(t->actions[0].done);

  // A held talk cannot be cancelled.
  EXPECT_EQ(talks::CancelTalk(*ctx_, council, id).error().kind, FailureKind::kConflict);
}

TEST_F(TalkTest, ACouncilsActionItemBecomesAProjectOfTheRegionalPlan) {
  const Actor council = As("council-sue@example.jp");
  auto id = talks::CreateTalk(*ctx_, council, Form("2026-11-20")).value();  // already held
  talks::CloseForm f;
  f.minutes = "記録";
  f.actions.push_back({"", "空き家を使った交流サロンを始める", "", "", ""});
  ASSERT_TRUE(talks::CloseTalk(*ctx_, council, id, f));
  const auto action = talks::Get(*ctx_, id)->actions.at(0).id;
  auto project = talks::ActionToProject(*ctx_, council, id, action);
  ASSERT_TRUE(project) << project.error().message;
  EXPECT_EQ(talks::Get(*ctx_, id)->actions.at(0).project_id, *project);
  auto p = plans::GetProject(*ctx_, plans::ProjectId{*project});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->title, "空き家を使った交流サロンを始める");
  EXPECT_EQ(p->runner_id, Org("council-sue"));
  EXPECT_EQ(talks::ActionToProject(*ctx_, council, id, action).error().kind,
            FailureKind::kConflict);
  // Someone else's talk: forbidden.
  EXPECT_EQ(talks::ActionToProject(*ctx_, As("council-aio@example.jp"), id, action).error().kind,
            FailureKind::kForbidden);
}

// The project and its link are one transaction: presses at once make one project, the others
// find the link (409).
TEST_F(TalkTest, AnActionItemPressedTwiceAtOnceBecomesOneProject) {
  const Actor council = As("council-sue@example.jp");
  auto id = talks::CreateTalk(*ctx_, council, Form("2026-11-20")).value();
  talks::CloseForm f;
  f.minutes = "記録";
  f.actions.push_back({"", "空き家を使った交流サロンを始める", "", "", ""});
  ASSERT_TRUE(talks::CloseTalk(*ctx_, council, id, f));
  const auto action = talks::Get(*ctx_, id)->actions.at(0).id;
  auto count = [&](const std::string& sql) {
    return db_->Read([&](store::Conn& c) { return c.QueryOne(sql)->Int(0); });
  };
  const std::string kProjects = "SELECT COUNT(*) FROM projects",
                    kCreated = "SELECT COUNT(*) FROM audit_log WHERE action = 'project.create'",
                    kLinked = "SELECT COUNT(*) FROM audit_log WHERE action = 'talk.action_project'";
  const auto projects = count(kProjects), created = count(kCreated), linked = count(kLinked);
  constexpr int kPresses = 4;
  std::atomic<int> made{0}, conflicts{0};
  std::vector<std::thread> presses;
  for (int k = 0; k < kPresses; ++k) {
    presses.emplace_back([&] {
      auto r = talks::ActionToProject(*ctx_, council, id, action);
      if (r) {
        ++made;
      } else if (r.error().kind == FailureKind::kConflict) {
        ++conflicts;
      }
    });
  }
  for (auto& p : presses) p.join();
  EXPECT_EQ(made.load(), 1);
  EXPECT_EQ(conflicts.load(), kPresses - 1);
  EXPECT_EQ(count(kProjects), projects + 1);
  EXPECT_EQ(count(kCreated), created + 1);
  EXPECT_EQ(count(kLinked), linked + 1);
}

TEST_F(TalkTest, AnActionItemBecomesALocalIssueAndTheIssueListsTheTalk) {
  const Actor council = As("council-sue@example.jp");
  auto id = talks::CreateTalk(*ctx_, council, Form("2026-11-20")).value();
  talks::CloseForm f;
  f.minutes = "記録";
  f.actions.push_back({"", "バス停のベンチを直してほしい", "", "", "2027-01-15"});
  ASSERT_TRUE(talks::CloseTalk(*ctx_, council, id, f));
  const auto action = talks::Get(*ctx_, id)->actions.at(0).id;
  auto bad = talks::ActionToIssue(*ctx_, council, id, action, "weather");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.at("category"), Msg("error.choice"));
  EXPECT_EQ(
      talks::ActionToIssue(*ctx_, As("resident-sue@example.jp"), id, action, "kotsu").error().kind,
      FailureKind::kForbidden);
  auto issue = talks::ActionToIssue(*ctx_, council, id, action, "kotsu");
  ASSERT_TRUE(issue) << issue.error().message;
  auto i = issues::Get(*ctx_, issues::IssueId{*issue});
  ASSERT_TRUE(i);
  EXPECT_EQ(i->title, "バス停のベンチを直してほしい");
  EXPECT_EQ(i->category, "kotsu");
  EXPECT_EQ(i->region_slug, "sue");
  EXPECT_EQ(i->reporter_org_id, Org("council-sue"));
  EXPECT_NE(i->description.find("http://test/talks/" + to_string(id)), std::string::npos);
  auto t = talks::Get(*ctx_, id);
  EXPECT_EQ(t->actions.at(0).issue_id, *issue);
  EXPECT_EQ(t->issue_ids, std::vector<issues::IssueId>{*issue});
  const auto refs = talks::TalksForIssue(*ctx_, *issue);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, id);
  EXPECT_EQ(refs[0].status, talks::TalkStatus::kHeld);
  EXPECT_EQ(talks::ActionToIssue(*ctx_, council, id, action, "kotsu").error().kind,
            FailureKind::kConflict);

  // The issue can be chosen on the talk form; an unknown issue is refused.
  auto g = Form("2026-12-12");
  g.issues = {to_string(*issue)};
  auto other = talks::CreateTalk(*ctx_, council, g);
  ASSERT_TRUE(other) << other.error().message;
  EXPECT_EQ(talks::TalksForIssue(*ctx_, *issue).size(), 2u);
  g.issues = {"999999"};
  auto unknown = talks::CreateTalk(*ctx_, council, g);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.at("issues"), Msg("talk.err_issue_unknown"));
}

TEST_F(TalkTest, OnlyTheOrganisationsEditorsPlanAndEditAndCityStaffKeepTheRegister) {
  // A resident is no editor of the council.
  auto r = talks::CreateTalk(*ctx_, As("resident-sue@example.jp"), Form("2026-12-12"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("org"), Msg("talk.err_org_not_yours"));
  auto id = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), Form("2026-12-12")).value();
  EXPECT_EQ(
      talks::UpdateTalk(*ctx_, As("council-aio@example.jp"), id, Form("2026-12-12")).error().kind,
      FailureKind::kForbidden);
  EXPECT_EQ(talks::CancelTalk(*ctx_, Actor{}, id).error().kind, FailureKind::kUnauthorized);
  // Another region's council cannot plan a talk in 陶 for its own organisation.
  auto other = Form("2026-12-12");
  other.org = to_string(Org("council-aio"));
  r = talks::CreateTalk(*ctx_, As("council-aio@example.jp"), other);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("region"), Msg("error.post_org_region"));

  talks::FacilitatorForm ff;
  ff.name = "テスト 太郎";
  ff.qualification = "養成講座 修了";
  ff.regions = {"sue", "aio"};
  EXPECT_EQ(talks::SaveFacilitator(*ctx_, As("council-sue@example.jp"), {}, ff).error().kind,
            FailureKind::kForbidden);
  auto fid = talks::SaveFacilitator(*ctx_, As("city@example.jp"), {}, ff);
  ASSERT_TRUE(fid) << fid.error().message;
  EXPECT_EQ(talks::GetFacilitator(*ctx_, *fid)->region_names,
            (std::vector<std::string>{"陶", "秋穂"}));
  ff.regions.clear();
  EXPECT_EQ(
      talks::SaveFacilitator(*ctx_, As("city@example.jp"), *fid, ff).error().fields.at("regions"),
      Msg("talk.err_regions_required"));

  // An inactive facilitator is no longer offered to new talks.
  ff.regions = {"sue"};
  ff.active = "0";
  ASSERT_TRUE(talks::SaveFacilitator(*ctx_, As("city@example.jp"), *fid, ff));
  auto with = Form("2026-12-12");
  with.facilitator = to_string(*fid);
  r = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), with);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at("facilitator"), Msg("error.choice"));
}

TEST_F(TalkTest, GroundRulesPerOrganisationFillNewTalks) {
  const OrgId council = Org("council-aio");
  EXPECT_EQ(talks::GroundRules(*ctx_, council), talks::DefaultGroundRules());
  EXPECT_EQ(talks::SaveGroundRules(*ctx_, As("council-sue@example.jp"), council, "x").error().kind,
            FailureKind::kForbidden);
  EXPECT_EQ(talks::SaveGroundRules(*ctx_, As("council-aio@example.jp"), council, "  ")
                .error()
                .fields.at("ground_rules"),
            Msg("error.required"));
  ASSERT_TRUE(talks::SaveGroundRules(*ctx_, As("council-aio@example.jp"), council,
                                     "秋穂のルール\n・短く話す"));
  auto f = Form("2026-12-12");
  f.org = to_string(council);
  f.region = "aio";
  auto id = talks::CreateTalk(*ctx_, As("council-aio@example.jp"), f).value();
  EXPECT_EQ(talks::Get(*ctx_, id)->ground_rules, "秋穂のルール\n・短く話す");
}

TEST_F(TalkTest, TalksForAnIssueAndTheListFilters) {
  auto id = talks::CreateTalk(*ctx_, As("council-sue@example.jp"), Form("2026-12-12")).value();
  db_->Transact([&](store::Conn& c) -> Result<void> {
    store::AddTalkIssue(c, id, issues::IssueId{4242});
    return {};
  });
  const auto refs = talks::TalksForIssue(*ctx_, issues::IssueId{4242});
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, id);
  EXPECT_EQ(refs[0].status, talks::TalkStatus::kPlanned);
  EXPECT_TRUE(talks::TalksForIssue(*ctx_, issues::IssueId{4243}).empty());

  talks::Filter upcoming;
  upcoming.when = "upcoming";
  const auto up = talks::List(*ctx_, upcoming, 1, 100);
  for (const auto& t : up.items) EXPECT_GT(t.ends_at, kNow) << t.title;
  talks::Filter held;
  held.when = "held";
  const auto past = talks::List(*ctx_, held, 1, 100);
  EXPECT_GE(past.total, 2);
  for (const auto& t : past.items) EXPECT_LE(t.starts_at, kNow) << t.title;
  talks::Filter ws;
  ws.format = "workshop";
  for (const auto& t : talks::List(*ctx_, ws, 1, 100).items) EXPECT_EQ(t.format, "workshop");
}

TEST_F(TalkTest, FiscalYearRunsFromAprilToMarchInJapan) {
  EXPECT_EQ(talks::FiscalYear(jst::Midnight("2027-03-31") + 23 * 3600), 2026);
  EXPECT_EQ(talks::FiscalYear(jst::Midnight("2027-04-01")), 2027);
  // 2027-03-31 16:00 UTC is already April 1st in Japan.
  EXPECT_EQ(talks::FiscalYear(jst::Midnight("2027-04-01") + 60), 2027);
}

TEST_F(TalkTest, DemoTalksAreSeededOnceWithMinutesActionsAndFacilitators) {
  const auto all = talks::List(*ctx_, {}, 1, 100);
  EXPECT_GE(all.total, 5);
  bool hirakawa = false, done = false, open = false, linked = false;
  for (const auto& item : all.items) {
    auto t = talks::Get(*ctx_, item.id);
    EXPECT_NE(t->event_id, events::EventId{});
    if (t->title.find("高校生熟議") != std::string::npos) {
      hirakawa = true;
      EXPECT_EQ(t->status, talks::TalkStatus::kHeld);
      EXPECT_GT(t->TotalParticipants(), 0);
    }
    for (const auto& a : t->actions) (a.done ? done : open) = true;
    for (auto issue : t->issue_ids) {
      linked = true;
      bool listed = false;
      for (const auto& ref : talks::TalksForIssue(*ctx_, issue)) listed |= ref.id == t->id;
      EXPECT_TRUE(listed) << "issue " << issue << " lists " << t->title;
    }
  }
  EXPECT_TRUE(hirakawa);
  EXPECT_TRUE(done);
  EXPECT_TRUE(open);
  EXPECT_TRUE(linked) << "a demo talk discusses a demo issue";
  EXPECT_GE(talks::Facilitators(*ctx_, true).size(), 3u);
  db_->Transact([&](store::Conn& c) -> Result<void> {
    talks::SeedDemo(c, municipality_, kNow);
    return {};
  });
  EXPECT_EQ(talks::List(*ctx_, {}, 1, 100).total, all.total);
}

}  // namespace
}  // namespace tsunagu
