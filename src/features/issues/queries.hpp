// SQL of local issues, their timeline, images, followers and "me too" (both backends).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/issues/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

struct IssueSettingsRow {
  OrgId secretariat;
  int target_days[3] = {14, 14, 14};
};
std::optional<IssueSettingsRow> FindIssueSettings(Conn& c, MunicipalityId m);
void PutIssueSettings(Conn& c, MunicipalityId m, const IssueSettingsRow& s, std::int64_t now);
std::map<std::string, OrgId> IssueDepartments(Conn& c, MunicipalityId m);
void PutIssueDepartment(Conn& c, MunicipalityId m, const std::string& category, OrgId org);

struct NewIssueRow {
  UserId reporter;
  std::string contact_email;
};
issues::IssueId InsertIssue(Conn& c, MunicipalityId m, const issues::Issue& i, const NewIssueRow& n,
                            std::int64_t now);
// Level, state, holder, resolution and the response clock after a transition.
void UpdateIssueRow(Conn& c, const issues::Issue& i, std::int64_t now);
std::optional<issues::Issue> FindIssue(Conn& c, issues::IssueId id);
// Who raised it and the private contact (for mails; never shown).
struct IssueReporter {
  UserId user;
  std::string contact_email;
};
IssueReporter FindIssueReporter(Conn& c, issues::IssueId id);

struct IssueQuery {
  MunicipalityId municipality;
  RegionId region;
  std::string level, state, category;
  bool open_only = false, closed_only = false;
  std::int64_t overdue_at = 0;  // > 0: new and due before this time
  std::int64_t created_from = 0, created_to = 0;
  std::vector<issues::IssueId> ids;
  // Held by (OR of): these 自治会 at association level, councils at council level, departments
  // at city level; all city-level issues when any_city.
  std::vector<OrgId> held_association, held_council, held_department;
  bool held_any_city = false;
  // Escalated by these 自治会 (now above) or councils (now at city level).
  std::vector<OrgId> escalated_association, escalated_council;
  bool overdue_first = false;
  int limit = 20, offset = 0;
};
std::vector<issues::Issue> ListIssues(Conn& c, const IssueQuery& q);
std::int64_t CountIssues(Conn& c, const IssueQuery& q);

void InsertIssueImage(Conn& c, issues::IssueId issue, int position, const issues::NewImage& img);
std::vector<issues::Image> IssueImages(Conn& c, issues::IssueId issue);

struct IssueEntryRow {
  issues::EntryKind kind = issues::EntryKind::kComment;
  std::string who, note;
  UserId actor;
  OrgId actor_org;
  std::optional<issues::Level> from_level, to_level;  // none: '' (a raise has no "from")
  std::optional<issues::State> from_state, to_state;
};
void InsertIssueEntry(Conn& c, issues::IssueId issue, const IssueEntryRow& e, std::int64_t at);
std::vector<issues::Entry> ListIssueEntries(Conn& c, issues::IssueId issue);

bool IsFollowing(Conn& c, issues::IssueId issue, UserId user);
void SetFollowing(Conn& c, issues::IssueId issue, UserId user, bool on, std::int64_t now);
std::vector<std::string> FollowerEmails(Conn& c, issues::IssueId issue);
bool HasMeToo(Conn& c, issues::IssueId issue, UserId user);
void InsertMeToo(Conn& c, issues::IssueId issue, UserId user, std::int64_t now);

// Emails of an organisation's members with at least this role (officers told of new issues).
std::vector<std::string> OrgMemberEmails(Conn& c, OrgId org, MemberRole at_least);

struct IssueCount {
  std::string category;
  RegionId region;
  issues::Level level = issues::Level::kCouncil;
  issues::State state = issues::State::kNew;
  std::int64_t n = 0, overdue = 0;
};
std::vector<IssueCount> CountIssuesBy(Conn& c, MunicipalityId m, std::int64_t now);

// The talks (話し合い) that discussed an issue, newest first: the talks feature links them, the
// issue page lists them.
struct IssueTalk {
  std::int64_t id = 0;
  std::string title;
  std::int64_t starts_at = 0;
  std::string status;  // as stored: planned, held, cancelled (talks::TalksForIssue parses it)
};
std::vector<IssueTalk> ListTalksOfIssue(Conn& c, issues::IssueId issue);

}  // namespace tsunagu::store

namespace tsunagu::issues {

// Reading (public), one read each.
Settings GetSettings(const Ctx& ctx);
std::optional<Issue> Get(const Ctx& ctx, IssueId id);
std::vector<Entry> Timeline(const Ctx& ctx, IssueId id);
Holder HolderOf(const Ctx& ctx, const Issue& i);

Page List(const Ctx& ctx, const Filter& f, int page, int per_page);

// A work queue: the open issues the actor may act on (held at their levels), overdue first,
// plus the issues they escalated that are still open elsewhere (上位へ相談).
Queue WorkQueue(const Ctx& ctx, const Actor& actor);

// Similar issues in other regions: same category, similar text (the search index), with how
// they were solved.
std::vector<Issue> Similar(const Ctx& ctx, const Issue& issue, int limit = 5);

// The city-wide view: counts by category × region, and by state.
Dashboard CityDashboard(const Ctx& ctx);

// The region whose 地域交流センター is nearest to the point (Open311 without a home region);
// 0 when no centre has a position.
RegionId NearestRegion(const Ctx& ctx, std::int64_t lat_e6, std::int64_t lon_e6);

// The settings on a connection the caller holds (a command's transaction).
Settings LoadSettings(store::Conn& c, MunicipalityId m);

// The talks that took the issue up.
std::vector<store::IssueTalk> TalksOf(const Ctx& ctx, IssueId issue);
// What a signed-in person has done about an issue.
struct Marks {
  bool following = false, metoo = false;
  bool reporter = false;  // the person raised it
};
Marks MarksOf(const Ctx& ctx, IssueId issue, UserId user);

}  // namespace tsunagu::issues
