// Local issues (地域課題) solved by the principle of subsidiarity (補完性の原則, plan 1-2, 3-2):
// an issue is raised in a region and held first by its 自治会 (when one is named) or else by
// the regional council; what a level cannot solve it escalates (上位へ相談) to the next level
// — 自治会 → 地域づくり協議会 → 市 (the department responsible for the category) — where it
// arrives as 受付 (new). At city level the council stays a party: both see and comment.
//
// The types of local issues (its model): levels, states and moves with their names, the issue,
// its timeline entries, where it is held, its settings and the shapes of its lists. The rules
// over them are in rules.hpp, the changes in commands.hpp, the reading in queries.hpp.
//
// Issues are public like FixMyStreet's reports: anyone may read them, never the reporter's name
// or contact. Every change is an immutable timeline entry naming a role and an organisation.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/images.hpp"
#include "platform/model.hpp"

namespace tsunagu::issues {

// The ids of the feature's records (platform/id.hpp).
using IssueId = Id<struct IssueTag>;            // a local issue (issues)
using IssueImageId = Id<struct IssueImageTag>;  // a photo of an issue (issue_images)
using IssueEntryId = Id<struct IssueEntryTag>;  // a timeline entry of an issue (issue_events)

enum class Level { kAssociation, kCouncil, kCity };
enum class State { kNew, kInProgress, kResolved, kDeclined };
// The transitions of the API ("start", "resolve", "escalate", "decline", "reopen").
enum class Move { kStart, kResolve, kEscalate, kDecline, kReopen };
inline constexpr Level kAllLevels[] = {Level::kAssociation, Level::kCouncil, Level::kCity};
inline constexpr State kAllStates[] = {State::kNew, State::kInProgress, State::kResolved,
                                       State::kDeclined};
inline constexpr Move kAllMoves[] = {Move::kStart, Move::kResolve, Move::kEscalate, Move::kDecline,
                                     Move::kReopen};
// What a timeline entry records (issue_events.kind): the raising, one of the moves, a hand-over
// between city departments at city level, or a comment (which changes neither level nor
// state). Entries are never changed.
enum class EntryKind {
  kRaise,
  kStart,
  kResolve,
  kEscalate,
  kDecline,
  kReopen,
  kHandover,
  kComment
};
EntryKind EntryKindOf(Move m);  // the entry a move writes

// "association", "council", "city"; "new", "in_progress", "resolved", "declined"; moves as above;
// entries "raise", the moves' names, "handover", "comment".
std::string_view ToString(Level l);
std::string_view ToString(State s);
std::string_view ToString(Move m);
std::string_view ToString(EntryKind k);
std::optional<Level> ParseLevel(std::string_view s);
std::optional<State> ParseState(std::string_view s);
std::optional<Move> ParseMove(std::string_view s);
std::optional<EntryKind> ParseEntryKind(std::string_view s);
// 自治会, 地域づくり協議会, 市; 受付, 対応中, 解決, 対応不可; 上位へ相談 is EscalatedLabel.
const std::string& Label(Level l);
const std::string& Label(State s);
const std::string& Label(Move m);

// Category keys (URLs, Open311 service codes) and their labels (the API's values):
// 防災, 福祉, 交通, 買い物・生活, 子ども・教育, 環境, 空き家, 地域づくり, その他.
inline constexpr const char* kCategories[] = {"bosai",  "fukushi", "kotsu",  "kaimono", "kodomo",
                                              "kankyo", "akiya",   "chiiki", "other"};
bool IsCategory(std::string_view key);
std::string CategoryLabel(std::string_view key);
std::optional<std::string> CategoryFromLabel(std::string_view label);

inline constexpr std::size_t kMaxTitle = 100, kMaxDescription = 5000, kMaxNote = 2000,
                             kMaxAddress = 200;
inline constexpr std::size_t kMaxImages = 3;
inline constexpr std::size_t kMaxImageBytes = 5 * 1024 * 1024;
inline constexpr int kDefaultTargetDays = 14;

// A checked photo (core/images.hpp), as for posts: written to the media folder by the web layer
// once the issue is saved.
using NewImage = images::NewImage;  // as posts::NewImage

struct Image {
  IssueImageId id;
  std::string file;  // "<sha256>.<ext>" under the media folder (as posts' images)
  std::string mime, alt;
  int width = 0, height = 0;
};

struct Issue {
  IssueId id;
  RegionId region_id;
  std::string region_slug, region_name;
  OrgId association_id;  // 0: none named
  std::string association_name;
  OrgId council_id;  // the region's council
  std::string council_name;
  OrgId department_id;  // at city level: the department holding it
  std::string department_name;
  std::string category;  // key
  std::string title, description, address;
  std::optional<std::int64_t> lat_e6, lon_e6;
  Level level = Level::kCouncil;
  State state = State::kNew;
  OrgId reporter_org_id;  // raised by an organisation on its own behalf (shown)
  std::string reporter_org_name;
  std::string source;      // web, api, open311
  std::string resolution;  // the note of the last resolve (what was done)
  std::string media_url;   // Open311 clients' photo link (shown as a link, never fetched)
  std::int64_t created_at = 0, updated_at = 0;
  std::int64_t level_since = 0;  // arrived at its current level (raised, escalated, handed over)
  std::int64_t due_at = 0;       // level_since + the level's target time to first response
  std::int64_t metoo = 0, followers = 0;
  std::vector<Image> images;
  bool HasGeo() const { return lat_e6.has_value() && lon_e6.has_value(); }
  bool Open() const { return state == State::kNew || state == State::kInProgress; }
  // Still 受付 at its level past the target time to first response.
  bool Overdue(std::int64_t now) const { return state == State::kNew && now > due_at; }
  // Who holds it now: the 自治会, the council, or the department.
  const std::string& HolderName() const;
};

// One immutable timeline entry. Who is a role and an organisation ("自治会役員（○○自治会）",
// "報告者", "地域づくり協議会（○○地域づくり協議会）"), never a resident's name.
struct Entry {
  IssueEntryId id;
  std::int64_t at = 0;
  EntryKind kind = EntryKind::kComment;
  std::string who;
  std::optional<Level> from_level, to_level;
  std::optional<State> from_state, to_state;
  std::string note;
};

// Where an issue is, as far as permissions go.
struct Holder {
  Level level = Level::kCouncil;
  RegionId region;
  OrgId association;  // the named 自治会 (0: none)
  OrgId council;      // the region's council
  OrgId department;   // at city level
  OrgId secretariat;  // 協働推進課: acts on every city-level issue
};
// The city's choices for issues (a city administrator's settings page).
struct Settings {
  OrgId secretariat;                         // 協働推進課
  int target_days[3] = {14, 14, 14};         // by Level
  std::map<std::string, OrgId> departments;  // category key -> department (0: the secretariat)
};
// Lists of issues.
struct Filter {
  RegionId region;
  std::optional<Level> level;
  std::optional<State> state;
  bool open_only = false;  // Open311 status=open
  bool closed_only = false;
  std::string category;  // key
  bool overdue = false;
  std::int64_t created_from = 0, created_to = 0;  // [from, to), 0: open
  std::vector<IssueId> ids;                       // Open311 service_request_id list
};
struct Page {
  std::vector<Issue> items;
  std::int64_t total = 0;
};
struct Queue {
  std::vector<Issue> held;
  std::vector<Issue> escalated;
  std::vector<Issue> overdue_all;  // the secretariat: every overdue issue of the city
  bool secretariat = false;        // the actor is the secretariat's staff
};
// The city-wide view: counts by category × region, and by state.
struct Cell {
  std::int64_t open = 0, resolved = 0, total = 0;
};
struct Dashboard {
  std::map<std::string, std::map<RegionId, Cell>> by_category;  // category key -> region -> cell
  std::map<std::string, Cell> category_totals;
  std::int64_t overdue[3] = {0, 0, 0};  // by Level
};
}  // namespace tsunagu::issues
