// Local issues (地域課題) solved by the principle of subsidiarity (補完性の原則, plan 1-2, 3-2):
// an issue is raised in a region and held first by its 自治会 (when one is named) or else by
// the regional council; what a level cannot solve it escalates (上位へ相談) to the next level
// — 自治会 → 地域づくり協議会 → 市 (the department responsible for the category) — where it
// arrives as 受付 (new). At city level the council stays a party: both see and comment.
//
// Issues are public like FixMyStreet's reports: anyone may read them, never the reporter's name
// or contact. Every change is an immutable timeline entry naming a role and an organisation.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/posts/commands.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu {
class Tx;  // platform/command.hpp
}  // namespace tsunagu

namespace tsunagu::issues {

enum class Level { kAssociation, kCouncil, kCity };
enum class State { kNew, kInProgress, kResolved, kDeclined };
// The transitions of the API ("start", "resolve", "escalate", "decline", "reopen").
enum class Move { kStart, kResolve, kEscalate, kDecline, kReopen };
inline constexpr Level kAllLevels[] = {Level::kAssociation, Level::kCouncil, Level::kCity};
inline constexpr State kAllStates[] = {State::kNew, State::kInProgress, State::kResolved,
                                       State::kDeclined};
inline constexpr Move kAllMoves[] = {Move::kStart, Move::kResolve, Move::kEscalate, Move::kDecline,
                                     Move::kReopen};

// "association", "council", "city"; "new", "in_progress", "resolved", "declined"; moves as above.
std::string_view ToString(Level l);
std::string_view ToString(State s);
std::string_view ToString(Move m);
std::optional<Level> ParseLevel(std::string_view s);
std::optional<State> ParseState(std::string_view s);
std::optional<Move> ParseMove(std::string_view s);
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

struct Image {
  std::int64_t id = 0;
  std::string file;  // "<sha256>.<ext>" under the media folder (as posts' images)
  std::string mime, alt;
  int width = 0, height = 0;
};

struct Issue {
  std::int64_t id = 0;
  RegionId region_id = 0;
  std::string region_slug, region_name;
  OrgId association_id = 0;  // 0: none named
  std::string association_name;
  OrgId council_id = 0;  // the region's council
  std::string council_name;
  OrgId department_id = 0;  // at city level: the department holding it
  std::string department_name;
  std::string category;  // key
  std::string title, description, address;
  std::optional<std::int64_t> lat_e6, lon_e6;
  Level level = Level::kCouncil;
  State state = State::kNew;
  OrgId reporter_org_id = 0;  // raised by an organisation on its own behalf (shown)
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
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::string kind;  // raise, start, resolve, escalate, decline, reopen, handover, comment
  std::string who;
  std::optional<Level> from_level, to_level;
  std::optional<State> from_state, to_state;
  std::string note;
};

// ---- Who may act (pure, for the permission table test) ------------------------------------

// Where an issue is, as far as permissions go.
struct Holder {
  Level level = Level::kCouncil;
  RegionId region = 0;
  OrgId association = 0;  // the named 自治会 (0: none)
  OrgId council = 0;      // the region's council
  OrgId department = 0;   // at city level
  OrgId secretariat = 0;  // 協働推進課: acts on every city-level issue
};
// Whether the actor is an officer of the given level of this issue: the 自治会's officers;
// the council's officers; at city level the department's staff and the secretariat's staff.
bool ActsAt(const Actor& actor, const Holder& h, Level level);
// The answer to a transition: allowed, 403 (the actor may not act at the issue's level —
// checked first), 409 (not from the current state), 400 (a required note is missing).
enum class Verdict { kAllowed, kForbidden, kConflict, kNoteRequired };
Verdict Decide(const Actor& actor, const Holder& h, State state, Move move, bool has_note);
// Parties see the whole issue and may comment: officers of every level that has held it (the
// council too at city level), and the secretariat.
bool IsParty(const Actor& actor, const Holder& h);
// The secretariat's staff (協働推進課): they hand city-level issues to another department.
bool CanHandOver(const Actor& actor, const Holder& h);

// ---- Commands -------------------------------------------------------------------------------

// A checked photo (core/images.hpp), as for posts: written to the media folder by the web layer
// once the issue is saved.
using NewImage = posts::NewImage;

struct IssueForm {
  std::string region;       // slug
  std::string association;  // organisation id of a 自治会 of the region, "" for none
  std::string org;          // organisation id when raised on its behalf, "" for oneself
  std::string category;     // key (forms) — the API and Open311 give the label/code instead
  std::string title, description, address, lat, lon;
  std::vector<NewImage> add_images;
  std::map<std::string, std::string> upload_errors;  // from the web layer, shown with the rest
  std::string source = "web";                        // web, api, open311
  // Open311: who to tell of changes when the request came without an account of its own (kept
  // private, never shown, never in Open311 output).
  std::string contact_email;
  std::string media_url;  // Open311: a link to a photo elsewhere (http/https; never fetched)
};

// Raises an issue (a logged-in person; API tokens too). The reporter follows it.
Result<std::int64_t> Raise(const Ctx& ctx, const Actor& actor, IssueForm form);
// The same inside a caller's command (a talk's action item becoming an issue, with its link in
// one transaction): tx.actor raises it; writes tx's audit row (run it as the command
// "issue.raise") and queues its mails on tx.
Result<std::int64_t> RaiseIn(Tx& tx, IssueForm form);
// A transition by its API name (start, resolve, escalate, decline, reopen). Checked in this
// order: 401 anonymous; 404 no such issue; 403 the actor may not act at the issue's level
// (whatever the action; the level above only reopens); 400 an unknown action; 409 not allowed from
// the current state (or escalate at city level); 400 the note is missing (escalate, resolve,
// decline). Returns the issue as it is afterwards. Followers (and an Open311 reporter's contact)
// are emailed.
Result<Issue> Transition(const Ctx& ctx, const Actor& actor, std::int64_t id,
                         const std::string& action, std::string note);
// 協働推進課 hands a city-level issue to another department (note optional).
Result<void> HandOver(const Ctx& ctx, const Actor& actor, std::int64_t id, OrgId department,
                      std::string note);
// A party's comment on the timeline (parties and the reporter).
Result<void> Comment(const Ctx& ctx, const Actor& actor, std::int64_t id, std::string note);
// Follow (email on every state change) or stop following.
Result<void> Follow(const Ctx& ctx, const Actor& actor, std::int64_t id, bool on);
// 同じ課題がある: once per person (409 the second time).
Result<void> MeToo(const Ctx& ctx, const Actor& actor, std::int64_t id);

// A department of the whole city (課, 総合支所): takes city-level issues. A 地域交流センター is a
// city body of one region and does not.
bool IsCityWideDepartment(const Org& o);

// ---- Settings (a city administrator) ---------------------------------------------------------

struct Settings {
  OrgId secretariat = 0;                     // 協働推進課
  int target_days[3] = {14, 14, 14};         // by Level
  std::map<std::string, OrgId> departments;  // category key -> department (0: the secretariat)
};
Settings GetSettings(const Ctx& ctx);
// Form values: secretariat, target_association, target_council, target_city (days 1..365),
// dept_<category> (organisation id of a city department).
Result<void> SaveSettings(const Ctx& ctx, const Actor& actor,
                          const std::map<std::string, std::string>& values);
bool CanManageSettings(const Actor& actor);

// ---- Reading (public) -----------------------------------------------------------------------

std::optional<Issue> Get(const Ctx& ctx, std::int64_t id);
std::vector<Entry> Timeline(const Ctx& ctx, std::int64_t id);
Holder HolderOf(const Ctx& ctx, const Issue& i);

struct Filter {
  RegionId region = 0;
  std::optional<Level> level;
  std::optional<State> state;
  bool open_only = false;  // Open311 status=open
  bool closed_only = false;
  std::string category;  // key
  bool overdue = false;
  std::int64_t created_from = 0, created_to = 0;  // [from, to), 0: open
  std::vector<std::int64_t> ids;                  // Open311 service_request_id list
};
struct Page {
  std::vector<Issue> items;
  std::int64_t total = 0;
};
Page List(const Ctx& ctx, const Filter& f, int page, int per_page);

// A work queue: the open issues the actor may act on (held at their levels), overdue first,
// plus the issues they escalated that are still open elsewhere (上位へ相談).
struct Queue {
  std::vector<Issue> held;
  std::vector<Issue> escalated;
  std::vector<Issue> overdue_all;  // the secretariat: every overdue issue of the city
  bool secretariat = false;        // the actor is the secretariat's staff
};
Queue WorkQueue(const Ctx& ctx, const Actor& actor);

// Similar issues in other regions: same category, similar text (the search index), with how
// they were solved.
std::vector<Issue> Similar(const Ctx& ctx, const Issue& issue, int limit = 5);

// The city-wide view: counts by category × region, and by state.
struct Cell {
  std::int64_t open = 0, resolved = 0, total = 0;
};
struct Dashboard {
  std::map<std::string, std::map<RegionId, Cell>> by_category;  // category key -> region -> cell
  std::map<std::string, Cell> category_totals;
  std::int64_t overdue[3] = {0, 0, 0};  // by Level
};
Dashboard CityDashboard(const Ctx& ctx);

// The region whose 地域交流センター is nearest to the point (Open311 without a home region);
// 0 when no centre has a position.
RegionId NearestRegion(const Ctx& ctx, std::int64_t lat_e6, std::int64_t lon_e6);

// The view of an issue from the level that escalated it: "上位へ相談" while the issue is held
// above that level and open, else the issue's own state label.
std::string StateLabelFor(const Issue& i, std::optional<Level> viewer_level);

// The Japanese text of "who holds it now" for Open311's agency_responsible and the pages:
// "○○自治会", "○○地域づくり協議会", "山口市 防災危機管理課".
std::string AgencyResponsible(const Issue& i);

// The demo issues over the regions, at every level and state (runs once per database; the
// search index is rebuilt by the caller). Expects the demo organisations and accounts.
void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now);

}  // namespace tsunagu::issues
