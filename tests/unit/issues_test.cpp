// Who may move a local issue: every transition × role × level × state, from two small tables
// written out by hand (who acts at which level; which move is allowed from which state).
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>

#include "features/issues/commands.hpp"
#include "platform/config.hpp"
#include "platform/messages.hpp"

namespace tsunagu::issues {
namespace {

constexpr RegionId kRegion{1};
constexpr OrgId kAssoc{10}, kOtherAssoc{11}, kCouncil{20}, kOtherCouncil{21}, kDept{30},
    kOtherDept{31}, kSecretariat{32};

Membership M(OrgId org, OrgKind kind, MemberRole role, RegionId region = kRegion) {
  Membership m;
  m.org_id = org;
  m.org_kind = kind;
  m.org_region_id = region;
  m.role = role;
  return m;
}

struct Role {
  const char* name;
  Actor actor;
};

std::vector<Role> Roles() {
  auto person = [](UserRole r, std::vector<Membership> ms) {
    Actor a;
    a.id = UserId{7};
    a.role = r;
    a.home_region_id = kRegion;
    a.memberships = std::move(ms);
    return a;
  };
  return {
      {"anonymous", Actor{}},
      {"resident", person(UserRole::kResident, {})},
      {"assoc_member",
       person(UserRole::kResident, {M(kAssoc, OrgKind::kAssociation, MemberRole::kMember)})},
      {"assoc_editor",
       person(UserRole::kResident, {M(kAssoc, OrgKind::kAssociation, MemberRole::kEditor)})},
      {"assoc_officer",
       person(UserRole::kResident, {M(kAssoc, OrgKind::kAssociation, MemberRole::kOfficer)})},
      {"other_assoc_officer",
       person(UserRole::kResident, {M(kOtherAssoc, OrgKind::kAssociation, MemberRole::kOfficer)})},
      {"council_editor",
       person(UserRole::kResident, {M(kCouncil, OrgKind::kCouncil, MemberRole::kEditor)})},
      {"council_officer",
       person(UserRole::kResident, {M(kCouncil, OrgKind::kCouncil, MemberRole::kOfficer)})},
      {"other_council_officer",
       person(UserRole::kResident,
              {M(kOtherCouncil, OrgKind::kCouncil, MemberRole::kOfficer, RegionId{2})})},
      {"dept_staff",
       person(UserRole::kCityStaff, {M(kDept, OrgKind::kCityDepartment, MemberRole::kMember, {})})},
      {"other_dept_staff", person(UserRole::kCityStaff, {M(kOtherDept, OrgKind::kCityDepartment,
                                                           MemberRole::kMember, {})})},
      {"secretariat_staff", person(UserRole::kCityStaff, {M(kSecretariat, OrgKind::kCityDepartment,
                                                            MemberRole::kEditor, {})})},
      // A resident listed in a department (e.g. a volunteer) is not its staff.
      {"dept_resident_member",
       person(UserRole::kResident, {M(kDept, OrgKind::kCityDepartment, MemberRole::kEditor, {})})},
      {"city_admin", person(UserRole::kCityAdmin, {})},
      {"system_admin", person(UserRole::kSystemAdmin, {})},
  };
}

// Who acts at which level, written out: association, council, city.
const std::map<std::string, std::array<bool, 3>> kActsAt = {
    {"anonymous", {false, false, false}},
    {"resident", {false, false, false}},
    {"assoc_member", {false, false, false}},
    {"assoc_editor", {false, false, false}},
    {"assoc_officer", {true, false, false}},
    {"other_assoc_officer", {false, false, false}},
    {"council_editor", {false, false, false}},
    {"council_officer", {false, true, false}},
    {"other_council_officer", {false, false, false}},
    {"dept_staff", {false, false, true}},
    {"other_dept_staff", {false, false, false}},
    {"secretariat_staff", {false, false, true}},
    {"dept_resident_member", {false, false, false}},
    {"city_admin", {false, false, false}},
    {"system_admin", {false, false, false}},
};

// Which moves are possible from which state (by someone who may act).
bool Possible(Move m, State s, Level l) {
  const bool open = s == State::kNew || s == State::kInProgress;
  switch (m) {
    case Move::kStart:
      return s == State::kNew;
    case Move::kResolve:
    case Move::kDecline:
      return open;
    case Move::kEscalate:
      return open && l != Level::kCity;
    case Move::kReopen:
      return !open;
  }
  return false;
}

bool NeedsNote(Move m) {
  return m == Move::kResolve || m == Move::kEscalate || m == Move::kDecline;
}

TEST(IssuePermissions, EveryTransitionRoleLevelAndState) {
  Holder h;
  h.region = kRegion;
  h.association = kAssoc;
  h.council = kCouncil;
  h.department = kDept;
  h.secretariat = kSecretariat;
  int checked = 0;
  for (const auto& role : Roles()) {
    const auto& acts = kActsAt.at(role.name);
    for (Level level : kAllLevels) {
      h.level = level;
      const int l = static_cast<int>(level);
      for (int at = 0; at < 3; ++at) {
        EXPECT_EQ(ActsAt(role.actor, h, static_cast<Level>(at)), acts[at])
            << role.name << " acts at " << at;
      }
      const bool holds = acts[l];
      const bool next_up = l < 2 && acts[l + 1];
      for (State state : kAllStates) {
        for (Move move : kAllMoves) {
          for (bool note : {false, true}) {
            Verdict want = Verdict::kAllowed;
            if (!holds && !(move == Move::kReopen && next_up)) {
              want = Verdict::kForbidden;  // checked first, whatever the move
            } else if (!Possible(move, state, level)) {
              want = Verdict::kConflict;
            } else if (NeedsNote(move) && !note) {
              want = Verdict::kNoteRequired;
            }
            EXPECT_EQ(Decide(role.actor, h, state, move, note), want)
                << role.name << " " << ToString(level) << " " << ToString(state) << " "
                << ToString(move) << " note=" << note;
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_EQ(checked, 15 * 3 * 4 * 5 * 2);
}

TEST(IssuePermissions, ANamedAssociationIsNeededToActAtThatLevel) {
  Holder h;
  h.level = Level::kAssociation;
  h.council = kCouncil;  // no 自治会 named: nobody acts at association level
  Actor a;
  a.id = UserId{1};
  a.memberships = {M(kAssoc, OrgKind::kAssociation, MemberRole::kOfficer)};
  EXPECT_FALSE(ActsAt(a, h, Level::kAssociation));
}

TEST(IssuePermissions, PartiesAreTheLevelsThatHeldItAndTheCouncilAtCityLevel) {
  Holder h;
  h.region = kRegion;
  h.association = kAssoc;
  h.council = kCouncil;
  h.department = kDept;
  h.secretariat = kSecretariat;
  std::map<std::string, Actor> by_name;
  for (const auto& r : Roles()) by_name[r.name] = r.actor;
  h.level = Level::kCity;
  for (const char* n : {"assoc_officer", "council_officer", "dept_staff", "secretariat_staff"})
    EXPECT_TRUE(IsParty(by_name[n], h)) << n;
  for (const char* n : {"anonymous", "resident", "other_council_officer", "other_dept_staff",
                        "city_admin", "assoc_member"})
    EXPECT_FALSE(IsParty(by_name[n], h)) << n;
  // Before it reaches the city, the department is not a party yet.
  h.level = Level::kCouncil;
  EXPECT_FALSE(IsParty(by_name["dept_staff"], h));
  EXPECT_TRUE(IsParty(by_name["assoc_officer"], h));
}

TEST(Issues, CategoriesAreTheIssuesLabelsAndNamesRoundTrip) {
  messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  std::vector<std::string> labels;
  for (const char* k : kCategories) labels.push_back(CategoryLabel(k));
  EXPECT_EQ(labels,
            (std::vector<std::string>{"防災", "福祉", "交通", "買い物・生活", "子ども・教育",
                                      "環境", "空き家", "地域づくり", "その他"}));
  EXPECT_EQ(CategoryFromLabel("買い物・生活"), "kaimono");
  EXPECT_FALSE(CategoryFromLabel("kaimono"));
  for (Level l : kAllLevels) EXPECT_EQ(ParseLevel(ToString(l)), l);
  for (State s : kAllStates) EXPECT_EQ(ParseState(ToString(s)), s);
  for (Move m : kAllMoves) EXPECT_EQ(ParseMove(ToString(m)), m);
  EXPECT_FALSE(ParseMove("close"));
  EXPECT_EQ(Label(State::kNew), "受付");
  EXPECT_EQ(Label(Level::kCouncil), "地域づくり協議会");
}

TEST(Issues, TheLevelThatEscalatedSeesUpperLevelConsultation) {
  messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  Issue i;
  i.level = Level::kCouncil;
  i.state = State::kNew;
  EXPECT_EQ(StateLabelFor(i, Level::kAssociation), "上位へ相談");
  EXPECT_EQ(StateLabelFor(i, Level::kCouncil), "受付");
  EXPECT_EQ(StateLabelFor(i, std::nullopt), "受付");
  i.state = State::kResolved;
  EXPECT_EQ(StateLabelFor(i, Level::kAssociation), "解決");
  i.due_at = 100;
  i.state = State::kNew;
  EXPECT_TRUE(i.Overdue(101));
  EXPECT_FALSE(i.Overdue(100));
  i.state = State::kInProgress;
  EXPECT_FALSE(i.Overdue(1000));  // answered: no longer waiting for a first response
}

}  // namespace
}  // namespace tsunagu::issues
