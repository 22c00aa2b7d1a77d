// Talks (話し合い, plan 3-3): planned by a council, 自治会, NPO or the city, facilitated by a
// citizen facilitator (市民ファシリテーター), minuted and followed up with action items.
//
// A talk is organised by one organisation; its editors (and city staff for their department)
// plan and edit it: Can(actor, kPublishContent, the organisation). Sign-up is an event's: every
// talk has a linked row in `events`, kept in step by the commands here, so that sign-up, the
// waitlist, reminders, /events, the region's iCalendar feed and search work as for any event.
// After the talk has started, the organiser records minutes (Markdown), participants by age
// band, decisions and action items; an action item can become a local issue or (for a council)
// a project of the regional plan, keeping the link. The facilitator register is kept by city
// staff (kManageTraining).
//
// Every command validates (Japanese messages per field), checks permission, runs in one
// transaction and writes one audit row (no personal data in its detail).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/issues/queries.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::talks {

// Formats: サロン, ワークショップ, 会議, 熟議, オンライン.
inline constexpr const char* kFormats[] = {"salon", "workshop", "meeting", "deliberation",
                                           "online"};
// Intended participants: 全世代, 若者, 高校生, 子ども, 子育て世代, 高齢者, 地域の住民.
inline constexpr const char* kAudiences[] = {"all",     "youth",   "high_school", "children",
                                             "parents", "seniors", "residents"};
inline constexpr std::size_t kMaxTitle = 100, kMaxKana = 200, kMaxPurpose = 2000, kMaxPlace = 100,
                             kMaxUrl = 500, kMaxAgenda = 3000, kMaxRules = 4000,
                             kMaxMinutes = 50000, kMaxDecisions = 5000, kMaxWhat = 200,
                             kMaxWho = 100, kMaxActions = 30;
inline constexpr std::int64_t kMaxCapacity = 100000, kMaxPeople = 100000;

bool IsFormat(std::string_view key);
bool IsAudience(std::string_view key);
const std::string& FormatLabel(std::string_view key);
const std::string& AudienceLabel(std::string_view key);
// The ground rules a talk starts with when its organisation has none of its own.
const std::string& DefaultGroundRules();

struct Facilitator {
  std::int64_t id = 0;
  std::string name, qualification, availability;
  bool active = true;
  std::vector<RegionId> regions;
  std::vector<std::string> region_names;  // in the city's order
};

struct ActionItem {
  std::int64_t id = 0, talk_id = 0;
  int position = 0;
  std::string what, who_text;
  OrgId who_org_id = 0;
  std::string who_org_name;
  std::string due_date;  // YYYY-MM-DD or ""
  bool done = false;
  std::int64_t done_at = 0;
  std::int64_t issue_id = 0, project_id = 0;
  // Who: the organisation's name, else the text typed.
  std::string Who() const { return who_org_id ? who_org_name : who_text; }
};

struct Talk {
  std::int64_t id = 0;
  RegionId region_id = 0;
  std::string region_slug, region_name;
  OrgId org_id = 0;
  std::string org_name;
  OrgKind org_kind = OrgKind::kCouncil;
  RegionId org_region_id = 0;
  std::int64_t event_id = 0;
  std::string title, title_kana, purpose, format;
  std::int64_t starts_at = 0, ends_at = 0;
  std::string place, online_url, agenda;
  std::vector<std::string> audience;  // keys
  std::optional<std::int64_t> capacity;
  std::string ground_rules;
  std::int64_t facilitator_id = 0;
  std::string facilitator_name;
  std::string status = "planned";  // planned, held, cancelled
  std::string minutes, decisions;
  std::int64_t closed_at = 0, created_at = 0, updated_at = 0;
  // Filled by Get (not by List):
  std::map<std::string, std::int64_t> participants;  // age band -> people
  std::vector<std::int64_t> issue_ids;
  std::vector<ActionItem> actions;

  bool Started(std::int64_t now) const { return now >= starts_at; }
  std::int64_t TotalParticipants() const {
    std::int64_t n = 0;
    for (const auto& [band, people] : participants) n += people;
    return n;
  }
};

// ---- Who may act (pure) ---------------------------------------------------------------------

// The organisation's editors; city staff for their department.
bool CanManage(const Actor& actor, const Talk& t);
bool CanManageOrg(const Actor& actor, const Org& org);
// The facilitator register: city staff (kManageTraining).
bool CanManageFacilitators(const Actor& actor);

// ---- Commands -------------------------------------------------------------------------------

// What the form (and a test) sends. Date "YYYY-MM-DD", times "HH:MM" (JST, the same day).
struct TalkForm {
  std::string org, region;
  std::string title, title_kana, purpose, format;
  std::string date, start_time, end_time;
  std::string place, online_url, agenda, capacity, ground_rules, facilitator;
  std::vector<std::string> audience;  // keys
  std::vector<std::string> issues;    // ids of the local issues it discusses
};
// Creates the talk and its event (published). Empty ground rules take the organisation's.
Result<std::int64_t> CreateTalk(const Ctx& ctx, const Actor& actor, TalkForm form);
// The organisation cannot change; the event follows (people on the waitlist move up, and are
// told, when the capacity grows).
Result<void> UpdateTalk(const Ctx& ctx, const Actor& actor, std::int64_t id, TalkForm form);
// Cancels the talk and its event (people signed up are told by email). 409 when cancelled.
Result<void> CancelTalk(const Ctx& ctx, const Actor& actor, std::int64_t id);

struct ActionForm {
  std::string id;  // "" for a new item
  std::string what, who, who_org, due;
};
struct CloseForm {
  std::string minutes, decisions;
  std::map<std::string, std::string> participants;  // age band -> number as typed
  std::vector<ActionForm> actions;                  // an existing item with empty `what` is removed
};
// Records (or corrects) the minutes, participants, decisions and action items. Only once the
// talk has started (error.talk_not_held on the minutes field otherwise); not when cancelled.
Result<void> CloseTalk(const Ctx& ctx, const Actor& actor, std::int64_t id, CloseForm form);
// Marks an action item done (or not done again).
Result<void> SetActionDone(const Ctx& ctx, const Actor& actor, std::int64_t talk,
                           std::int64_t action, bool done);
// Raises a local issue from the action item (issues::Raise on behalf of the talk's
// organisation, category a key of issues::kCategories), stores its id on the item and links the
// talk to it. 409 when the item already has one.
Result<std::int64_t> ActionToIssue(const Ctx& ctx, const Actor& actor, std::int64_t talk,
                                   std::int64_t action, const std::string& category);
// A council's talk: creates a project of the council (directly under the region, this fiscal
// year, run by the council) from the action item (plans::CreateProjectIn; needs kEditPlan) and
// keeps its id, in one transaction. 409 when the talk is not a council's or the item already
// has one.
Result<std::int64_t> ActionToProject(const Ctx& ctx, const Actor& actor, std::int64_t talk,
                                     std::int64_t action);

// The organisation's ground rules (its editors).
Result<void> SaveGroundRules(const Ctx& ctx, const Actor& actor, OrgId org, std::string body);
// The organisation's own ground rules, or the default text.
std::string GroundRules(const Ctx& ctx, OrgId org);
bool HasOwnGroundRules(const Ctx& ctx, OrgId org);

struct FacilitatorForm {
  std::string name, qualification, availability;
  std::vector<std::string> regions;  // slugs
  std::string active = "1";
};
// Adds (id 0) or updates a facilitator of the register.
Result<std::int64_t> SaveFacilitator(const Ctx& ctx, const Actor& actor, std::int64_t id,
                                     FacilitatorForm form);

// ---- Reading (public) -----------------------------------------------------------------------

std::optional<Talk> Get(const Ctx& ctx, std::int64_t id);
struct Filter {
  RegionId region = 0;
  std::string format;             // "" any
  std::string when;               // "upcoming" (not over), "held" (started), "" any
  std::int64_t from = 0, to = 0;  // starts in [from, to); 0: open
};
struct Page {
  std::vector<Talk> items;
  std::int64_t total = 0;
};
// Upcoming: soonest first; otherwise newest first.
Page List(const Ctx& ctx, const Filter& f, int page, int per_page);
std::vector<Facilitator> Facilitators(const Ctx& ctx, bool active_only);
std::optional<Facilitator> GetFacilitator(const Ctx& ctx, std::int64_t id);

// A region's talks this fiscal year (April–March, JST).
struct OpenAction {
  std::int64_t talk_id = 0;
  std::string talk_title;
  ActionItem item;
};
struct RegionSummary {
  int fiscal_year = 0;                               // e.g. 2026 for April 2026 – March 2027
  std::int64_t held = 0;                             // started, not cancelled
  std::map<std::string, std::int64_t> participants;  // age band -> people
  std::int64_t total_participants = 0;
  std::vector<OpenAction> open_actions;  // of every talk of the region, due first
};
RegionSummary Summary(const Ctx& ctx, RegionId region);
// The fiscal year (April–March) of a time, in Japan.
int FiscalYear(std::int64_t t);

// The demo talks (runs once per database). Expects the demo organisations and accounts.
void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now);

// The talks that discussed a local issue, for the issue's page (newest first).
// The talks of an issue (the link is the talks', the query the issue's: issues/queries.hpp).
using TalkRef = store::IssueTalk;
std::vector<TalkRef> TalksForIssue(const Ctx& ctx, std::int64_t issue);

}  // namespace tsunagu::talks
