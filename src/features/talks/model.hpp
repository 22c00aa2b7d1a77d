// The records of talks (話し合い): a talk, its action items, the facilitators' register, the
// forms, the list filter and the region's yearly summary, with their limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/events/model.hpp"
#include "features/issues/queries.hpp"
#include "features/plans/model.hpp"
#include "platform/enum_names.hpp"
#include "platform/model.hpp"

namespace tsunagu::talks {

using TalkId = Id<struct TalkTag>;                // a talk (talks.id)
using ActionItemId = Id<struct ActionItemTag>;    // one of its action items (talk_actions.id)
using FacilitatorId = Id<struct FacilitatorTag>;  // the facilitators' register (facilitators.id)

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

// Where a talk is (talks.status):
//   kPlanned    as created. Changed freely; cancelled (kCancelled) while not held; once it has
//               started, its organiser closes it with the minutes (kHeld).
//   kHeld       closed with its minutes, participants and action items; closing again edits
//               that record. Never cancelled.
//   kCancelled  called off by its organiser (its sign-up event with it): kept and shown, never
//               changed again.
// Between its start and its closing a planned talk is shown as waiting for minutes.
enum class TalkStatus { kPlanned, kHeld, kCancelled };
// "planned", "held", "cancelled" (the column and the API).
inline constexpr EnumNames<TalkStatus, 3> kTalkStatusNames{{
    {TalkStatus::kPlanned, "planned"},
    {TalkStatus::kHeld, "held"},
    {TalkStatus::kCancelled, "cancelled"},
}};
inline std::string_view ToString(TalkStatus v) { return NameOf(kTalkStatusNames, v); }
inline std::optional<TalkStatus> ParseTalkStatus(std::string_view s) {
  return FromName(kTalkStatusNames, s);
}

struct Facilitator {
  FacilitatorId id;
  std::string name, qualification, availability;
  bool active = true;
  std::vector<RegionId> regions;
  std::vector<std::string> region_names;  // in the city's order
};

struct ActionItem {
  ActionItemId id;
  TalkId talk_id;
  int position = 0;
  std::string what, who_text;
  OrgId who_org_id;
  std::string who_org_name;
  std::string due_date;  // YYYY-MM-DD or ""
  bool done = false;
  std::int64_t done_at = 0;
  issues::IssueId issue_id;     // raised from it (none: not yet)
  plans::ProjectId project_id;  // made a project of it (none: not yet)
  // Who: the organisation's name, else the text typed.
  std::string Who() const { return who_org_id ? who_org_name : who_text; }
};

struct Talk {
  TalkId id;
  RegionId region_id;
  std::string region_slug, region_name;
  OrgId org_id;
  std::string org_name;
  OrgKind org_kind = OrgKind::kCouncil;
  RegionId org_region_id;
  events::EventId event_id;  // its sign-up event (none: no sign-up)
  std::string title, title_kana, purpose, format;
  std::int64_t starts_at = 0, ends_at = 0;
  std::string place, online_url, agenda;
  std::vector<std::string> audience;  // keys
  std::optional<std::int64_t> capacity;
  std::string ground_rules;
  FacilitatorId facilitator_id;
  std::string facilitator_name;
  TalkStatus status = TalkStatus::kPlanned;
  std::string minutes, decisions;
  std::int64_t closed_at = 0, created_at = 0, updated_at = 0;
  // Filled by Get (not by List):
  std::map<std::string, std::int64_t> participants;  // age band -> people
  std::vector<issues::IssueId> issue_ids;
  std::vector<ActionItem> actions;

  bool Started(std::int64_t now) const { return now >= starts_at; }
  std::int64_t TotalParticipants() const {
    std::int64_t n = 0;
    for (const auto& [band, people] : participants) n += people;
    return n;
  }
};

// What the form (and a test) sends. Date "YYYY-MM-DD", times "HH:MM" (JST, the same day).
struct TalkForm {
  std::string org, region;
  std::string title, title_kana, purpose, format;
  std::string date, start_time, end_time;
  std::string place, online_url, agenda, capacity, ground_rules, facilitator;
  std::vector<std::string> audience;  // keys
  std::vector<std::string> issues;    // ids of the local issues it discusses
};

struct ActionForm {
  std::string id;  // "" for a new item
  std::string what, who, who_org, due;
};

struct CloseForm {
  std::string minutes, decisions;
  std::map<std::string, std::string> participants;  // age band -> number as typed
  std::vector<ActionForm> actions;                  // an existing item with empty `what` is removed
};

struct FacilitatorForm {
  std::string name, qualification, availability;
  std::vector<std::string> regions;  // slugs
  std::string active = "1";
};

struct Filter {
  RegionId region;
  std::string format;             // "" any
  std::string when;               // "upcoming" (not over), "held" (started), "" any
  std::int64_t from = 0, to = 0;  // starts in [from, to); 0: open
};
struct Page {
  std::vector<Talk> items;
  std::int64_t total = 0;
};
// A region's talks this fiscal year (April–March, JST).
struct OpenAction {
  TalkId talk_id;
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

// A talk that discussed an issue (the link is the talks', the query the issue's:
// store::ListTalksOfIssue in issues/queries.hpp, whose row TalksForIssue maps).
struct TalkRef {
  TalkId id;
  std::string title;
  std::int64_t starts_at = 0;
  TalkStatus status = TalkStatus::kPlanned;
};

}  // namespace tsunagu::talks
