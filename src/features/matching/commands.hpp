// Matching people to the needs (募集) of regions and NPOs (plan 1-3, 1-4, 2-2..2-4): volunteer
// profiles, needs, recommendations with reasons in plain Japanese, the apply / invite / accept /
// decline / withdraw / confirm-hours flow, and the batch assignment for intermediaries (the
// engine in src/match). Every change is a command: validation, permission, one transaction,
// one audit row; mail goes out after the commit.
//
// Privacy: a profile reaches a poster only when the person applied to their need, or agreed to
// be found (discoverable) and is not a minor; contact details only once both have accepted.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/result.hpp"
#include "platform/context.hpp"
#include "features/matching/score.hpp"

namespace tsunagu::matching {

// Codes and their labels (messages/ja.json).
inline constexpr const char* kPersonKinds[] = {"student_hs", "student_univ", "senior", "city_staff",
                                               "probono",    "migrant",      "general"};
inline constexpr const char* kNeedKinds[] = {"volunteer", "intern", "probono", "settler"};
inline constexpr const char* kCategories[] = {"bosai", "fukushi", "kotsu",  "kodomo", "kankyo",
                                              "bunka", "iju",     "chiiki", "other"};
inline constexpr const char* kTravel[] = {"walk", "bike", "car", "transit"};
inline constexpr const char* kDayCodes[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
inline constexpr const char* kPeriodCodes[] = {"am", "pm", "ev", "nt"};
std::string PersonKindLabel(const std::string& code);
std::string NeedKindLabel(const std::string& code);
std::string CategoryLabel(const std::string& code);
std::string TravelLabel(const std::string& code);
std::string StatusLabel(const std::string& status);
std::string WeekdaysLabel(std::uint32_t weekdays);  // "月・水・土", "毎日"

struct Skill {
  std::int64_t id = 0;
  std::string code, label;
};

struct Profile {
  UserId user_id = 0;
  std::string display_name;
  std::string kind, employer;
  std::vector<std::string> skills, interests;
  std::string skills_note;
  std::vector<RegionId> regions;
  match::SlotMask slots = 0;
  std::string available_from, available_until;
  std::string travel;
  std::int64_t max_km = 0, max_active = 1;
  bool minor = false;
  std::string guardian_name, guardian_email;
  std::int64_t guardian_consent_at = 0;  // 0: no consent recorded
  bool consent_requested = false;        // a confirmation link is on its way to the guardian
  bool discoverable = false, active = true;
  RegionId home_region = 0;
  std::string email;  // for mail and, once confirmed, for the poster
};

struct Need {
  std::int64_t id = 0;
  OrgId org_id = 0;
  std::string org_name;
  OrgKind org_kind = OrgKind::kNpo;
  UserId created_by = 0;
  std::string title, description, kind, category;
  std::vector<std::string> required_skills, welcome_skills;
  RegionId region_id = 0;
  std::string region_name, region_slug;
  std::string place;
  std::optional<match::GeoPoint> where;  // the need's own point, else its region's centre
  bool has_own_point = false;
  std::string date_from, date_to;
  std::uint32_t weekdays = 0;  // bit 0 = Monday
  std::string start_time, end_time;
  std::int64_t capacity = 1;
  bool minors_allowed = false, requires_certification = false;
  std::string details;
  std::string status = "open";
  std::int64_t confirmed = 0, pending = 0;  // matches confirmed / waiting (applied or invited)
  std::int64_t DailyMinutes() const;
};

struct Match {
  std::int64_t id = 0, need_id = 0;
  UserId user_id = 0;
  std::string status, initiated_by, closed_by;
  std::optional<std::int64_t> minutes;
  std::string hours_confirmed_on;
  std::string need_title, org_name, need_date_from, need_date_to;
  std::string person_name;
};

// A scored pairing with its reasons already in Japanese.
struct Recommendation {
  std::int64_t need_id = 0;
  UserId user_id = 0;
  int score = 0;
  std::vector<std::string> reasons;
  std::string need_title, person_name, person_kind;
};

// ---- Profiles -------------------------------------------------------------------------

// The form as typed: multi-choice fields are lists of codes.
struct ProfileForm {
  std::string kind, employer, skills_note, available_from, available_until, travel, max_km,
      max_active, minor, guardian_name, guardian_email, discoverable, active;
  // Codes: skill codes, category codes, region slugs, slots "mon-am" ... "sun-nt".
  std::vector<std::string> skills, interests, regions, slots;
};
// For a minor, a guardian's name and email are required; when they are new or changed (or no
// consent is recorded and no link is pending), consent is cleared and a one-time link goes to
// the guardian, who confirms it (ConfirmGuardianConsent). Until then the minor matches nothing.
Result<void> SaveProfile(const Ctx& ctx, const Actor& actor, ProfileForm form);

// The guardian's page: the minor's display name for a valid, unexpired link.
std::optional<std::string> GuardianConsentRequest(const Ctx& ctx, const std::string& token);
Result<void> ConfirmGuardianConsent(const Ctx& ctx, const std::string& token);
std::optional<Profile> GetProfile(const Ctx& ctx, UserId user);

std::vector<Skill> ListSkills(const Ctx& ctx);
Result<void> AddSkill(const Ctx& ctx, const Actor& actor, std::string label);
Result<void> RenameSkill(const Ctx& ctx, const Actor& actor, std::int64_t id, std::string label);

// ---- Needs ----------------------------------------------------------------------------

struct NeedForm {
  std::string org_id, title, description, kind, category, region, place, lat, lon, date_from,
      date_to, start_time, end_time, capacity, minors_allowed, requires_certification, details;
  // region: a slug; weekdays: "mon" ... "sun" (none: every day of the period).
  std::vector<std::string> required_skills, welcome_skills, weekdays;
};
Result<std::int64_t> CreateNeed(const Ctx& ctx, const Actor& actor, NeedForm form);
Result<void> CloseNeed(const Ctx& ctx, const Actor& actor, std::int64_t need);

// The organisations the actor may post needs for.
std::vector<Org> PostingOrgs(const Ctx& ctx, const Actor& actor);
bool CanManageNeed(const Actor& actor, const Need& need);

struct NeedFilter {
  RegionId region = 0;
  std::string kind, category;
  bool minors_only = false;  // only needs open to under-18s
};
// Open needs whose last day is today or later, soonest first.
std::vector<Need> ListOpenNeeds(const Ctx& ctx, const NeedFilter& filter);
std::optional<Need> GetNeed(const Ctx& ctx, std::int64_t id);

// ---- Recommendations ------------------------------------------------------------------

// The best open needs for the person (hard rules applied), best first.
Result<std::vector<Recommendation>> RecommendNeeds(const Ctx& ctx, const Actor& actor,
                                                   std::size_t limit);
// The best candidates for a need among people who agreed to be found (never minors), best
// first; only for those who manage the need.
Result<std::vector<Recommendation>> RecommendCandidates(const Ctx& ctx, const Actor& actor,
                                                        std::int64_t need, std::size_t limit);
// Whether the actor can apply to the need: why_not is "" when they can (and fit holds the
// score with its reasons in Japanese), else a Japanese message.
struct ApplyCheck {
  std::string why_not;
  std::optional<Recommendation> fit;
};
ApplyCheck CheckApply(const Ctx& ctx, const Actor& actor, const Need& need);

// ---- Flow -----------------------------------------------------------------------------

Result<std::int64_t> Apply(const Ctx& ctx, const Actor& actor, std::int64_t need);
Result<std::int64_t> Invite(const Ctx& ctx, const Actor& actor, std::int64_t need, UserId user);
// Accept: the poster accepts an application, or the person accepts an invitation.
Result<void> Accept(const Ctx& ctx, const Actor& actor, std::int64_t match);
Result<void> Decline(const Ctx& ctx, const Actor& actor, std::int64_t match);
Result<void> Withdraw(const Ctx& ctx, const Actor& actor, std::int64_t match);
// hours: a number of hours in steps of 0.25 ("2", "2.5"; full-width digits too), at most the
// activity's length so far.
Result<void> ConfirmHours(const Ctx& ctx, const Actor& actor, std::int64_t match,
                          const std::string& hours);

std::vector<Match> MatchesOfUser(const Ctx& ctx, UserId user);
// The matches of a need with the people's profiles (for those who manage it).
struct NeedMatch {
  Match match;
  Profile profile;
};
Result<std::vector<NeedMatch>> MatchesOfNeed(const Ctx& ctx, const Actor& actor, std::int64_t need);
std::optional<Match> GetMatch(const Ctx& ctx, std::int64_t id);

// ---- Batch assignment (intermediaries) ------------------------------------------------

struct Proposal {
  std::int64_t need_id = 0;
  UserId user_id = 0;
  int score = 0;
  std::string need_title, person_name;
  std::vector<std::string> reasons;
};
struct BatchResult {
  std::vector<Proposal> proposals;
  std::int64_t total_score = 0, needs = 0, people = 0, edges = 0, open_places = 0;
};
bool CanRunBatch(const Actor& actor);
// Open needs with free places × discoverable adults with free capacity, every eligible pair
// not already matched: the assignment with the largest total score. Reads only.
Result<BatchResult> ComputeBatch(const Ctx& ctx, const Actor& actor);
// Sends the reviewed proposals as invitations; pairs no longer eligible are skipped. Returns
// how many invitations went out.
Result<std::int64_t> SendBatch(const Ctx& ctx, const Actor& actor,
                               const std::vector<std::pair<std::int64_t, UserId>>& pairs);

}  // namespace tsunagu::matching
