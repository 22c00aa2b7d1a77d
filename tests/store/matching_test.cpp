// Matching on both backends.
#include <gtest/gtest.h>

#include "features/matching/commands.hpp"
#include "features/matching/queries.hpp"
#include "features/training/commands.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

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
  EXPECT_EQ(matching::GetMatch(ctx, *applied)->status, matching::MatchStatus::kConfirmed);
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
  form.org_id = to_string(study.org_id);
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
  EXPECT_EQ(matching::GetMatch(ctx, *second)->status, matching::MatchStatus::kApplied)
      << "nothing changed";

  // Nobody decides on their own place: the city employee who runs 協働推進課's need applies
  // to it, and neither accepts himself nor is recommended or proposed for it.
  const Actor ouentai = actor("ouentai@example.jp");
  const auto paper = need_titled("地域づくり協議会の広報紙づくり（プロボノ）");
  ASSERT_TRUE(matching::CanManageNeed(ouentai, paper));
  for (const auto& r : *matching::RecommendNeeds(ctx, ouentai, 50)) EXPECT_NE(r.need_id, paper.id);
  auto own = matching::Apply(ctx, ouentai, paper.id);
  ASSERT_TRUE(own);
  EXPECT_FALSE(matching::Accept(ctx, ouentai, *own));
  EXPECT_EQ(matching::GetMatch(ctx, *own)->status, matching::MatchStatus::kApplied);
  ASSERT_TRUE(matching::Withdraw(ctx, ouentai, *own));

  // The batch: within every capacity, every pair eligible, no pair twice.
  auto batch = matching::ComputeBatch(ctx, staff);
  ASSERT_TRUE(batch);
  EXPECT_EQ(matching::ComputeBatch(ctx, resident).error().kind, FailureKind::kForbidden);
  ASSERT_FALSE(batch->proposals.empty());
  std::int64_t total = 0;
  std::map<matching::NeedId, int> per_need;
  std::map<UserId, int> per_person;
  std::vector<std::pair<matching::NeedId, UserId>> pairs;
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
  EXPECT_EQ(invited->status, matching::MatchStatus::kInvited);
  const Actor person = db_->Read([&](Conn& c) { return LoadActor(c, user); });
  ASSERT_TRUE(matching::Accept(ctx, person, invited->id));
  EXPECT_EQ(matching::GetMatch(ctx, invited->id)->status, matching::MatchStatus::kConfirmed);
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

}  // namespace
}  // namespace tsunagu::store
