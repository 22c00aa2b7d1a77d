// Issues on both backends.
#include <gtest/gtest.h>

#include "features/issues/commands.hpp"
#include "platform/search/index.hpp"
#include "store_fixture.hpp"

namespace tsunagu::store {
namespace {

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
  f.association = to_string(org("assoc-yuda-0"));
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
  std::vector<issues::EntryKind> kinds;
  for (const auto& e : timeline) {
    kinds.push_back(e.kind);
    EXPECT_EQ(e.who.find("湯田の住民"), std::string::npos) << e.who;
  }
  using K = issues::EntryKind;
  EXPECT_EQ(kinds, (std::vector<K>{K::kRaise, K::kEscalate, K::kStart, K::kEscalate, K::kStart,
                                   K::kComment, K::kComment, K::kResolve, K::kReopen, K::kHandover,
                                   K::kStart}));
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
  auto has = [&](issues::IssueId x) {
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
  bad.association = to_string(org("assoc-sue-0"));
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

}  // namespace
}  // namespace tsunagu::store
