// Matching people to needs: the records (skills, volunteer profiles, needs, matches), the
// forms the commands take, and what the reads answer. Types and codes only.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "features/matching/score.hpp"
#include "platform/enum_names.hpp"
#include "platform/model.hpp"

namespace tsunagu::matching {

// The ids of the feature's records (platform/id.hpp). A profile is its person's: UserId.
using SkillId = Id<struct SkillTag>;  // a managed skill (skills)
using NeedId = Id<struct NeedTag>;    // a need, 募集 (needs)
using MatchId = Id<struct MatchTag>;  // a person on a need (matches)

// Codes (their labels, from messages/ja.json: rules.hpp).
inline constexpr const char* kPersonKinds[] = {"student_hs", "student_univ", "senior", "city_staff",
                                               "probono",    "migrant",      "general"};
inline constexpr const char* kNeedKinds[] = {"volunteer", "intern", "probono", "settler"};
inline constexpr const char* kCategories[] = {"bosai", "fukushi", "kotsu",  "kodomo", "kankyo",
                                              "bunka", "iju",     "chiiki", "other"};
inline constexpr const char* kTravel[] = {"walk", "bike", "car", "transit"};
inline constexpr const char* kDayCodes[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
inline constexpr const char* kPeriodCodes[] = {"am", "pm", "ev", "nt"};

// A need takes applications while open; its poster closes it (needs.status).
enum class NeedStatus { kOpen, kClosed };
inline constexpr EnumNames<NeedStatus, 2> kNeedStatusNames{{
    {NeedStatus::kOpen, "open"},
    {NeedStatus::kClosed, "closed"},
}};
inline std::string_view ToString(NeedStatus v) { return NameOf(kNeedStatusNames, v); }
inline std::optional<NeedStatus> ParseNeedStatus(std::string_view s) {
  return FromName(kNeedStatusNames, s);
}

// A person's place on a need (matches.status):
//   kApplied    the person applied. The poster accepts (kConfirmed) or declines (kDeclined).
//   kInvited    the poster (or the intermediary's batch) invited the person, who accepts
//               (kConfirmed; applying to the need does the same) or declines (kDeclined).
//   kConfirmed  both agreed: the person's contact is shown to the poster, the details to the
//               person, and the organisation confirms the hours worked.
//   kDeclined   refused by the side that was asked; also every application and invitation
//               still waiting when the poster closes the need.
//   kWithdrawn  given up by either side while applied, invited or confirmed (not once hours
//               are confirmed).
// Declined and withdrawn matches are final: the person cannot apply to that need again.
enum class MatchStatus { kApplied, kInvited, kConfirmed, kDeclined, kWithdrawn };
// "applied", "invited", "confirmed", "declined", "withdrawn" (the column, message keys).
inline constexpr EnumNames<MatchStatus, 5> kMatchStatusNames{{
    {MatchStatus::kApplied, "applied"},
    {MatchStatus::kInvited, "invited"},
    {MatchStatus::kConfirmed, "confirmed"},
    {MatchStatus::kDeclined, "declined"},
    {MatchStatus::kWithdrawn, "withdrawn"},
}};
inline std::string_view ToString(MatchStatus v) { return NameOf(kMatchStatusNames, v); }
inline std::optional<MatchStatus> ParseMatchStatus(std::string_view s) {
  return FromName(kMatchStatusNames, s);
}
// Waiting for an answer: applied or invited.
inline bool Waiting(MatchStatus s) {
  return s == MatchStatus::kApplied || s == MatchStatus::kInvited;
}
// Holding or waiting for a place (counts against the person's max_active): waiting or confirmed.
inline bool Current(MatchStatus s) { return Waiting(s) || s == MatchStatus::kConfirmed; }

// Who acted on a match: the person, the need's poster (its organisation), or the
// intermediary's batch of invitations. A match is started by any of them
// (matches.initiated_by) and declined or withdrawn by the person or the poster
// (matches.closed_by, '' while neither has).
enum class Party { kPerson, kPoster, kBatch };
// "person", "poster", "batch" (the columns, message keys: matching.initiated.*).
inline constexpr EnumNames<Party, 3> kPartyNames{{
    {Party::kPerson, "person"},
    {Party::kPoster, "poster"},
    {Party::kBatch, "batch"},
}};
inline std::string_view ToString(Party v) { return NameOf(kPartyNames, v); }
inline std::optional<Party> ParseParty(std::string_view s) { return FromName(kPartyNames, s); }

struct Skill {
  SkillId id;
  std::string code, label;
};

struct Profile {
  UserId user_id;
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
  RegionId home_region;
  std::string email;  // for mail and, once confirmed, for the poster
};

struct Need {
  NeedId id;
  OrgId org_id;
  std::string org_name;
  OrgKind org_kind = OrgKind::kNpo;
  UserId created_by;
  std::string title, description, kind, category;
  std::vector<std::string> required_skills, welcome_skills;
  RegionId region_id;
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
  NeedStatus status = NeedStatus::kOpen;
  std::int64_t confirmed = 0, pending = 0;  // matches confirmed / waiting (applied or invited)
  std::int64_t DailyMinutes() const;
};

struct Match {
  MatchId id;
  NeedId need_id;
  UserId user_id;
  MatchStatus status = MatchStatus::kApplied;
  Party initiated_by = Party::kPerson;
  std::optional<Party> closed_by;  // none while nobody declined or withdrew
  std::optional<std::int64_t> minutes;
  std::string hours_confirmed_on;
  std::string need_title, org_name, need_date_from, need_date_to;
  std::string person_name;
};

// A scored pairing with its reasons already in Japanese.
struct Recommendation {
  NeedId need_id;
  UserId user_id;
  int score = 0;
  std::vector<std::string> reasons;
  std::string need_title, person_name, person_kind;
};

// The form of the volunteer profile as typed: multi-choice fields are lists of codes.
struct ProfileForm {
  std::string kind, employer, skills_note, available_from, available_until, travel, max_km,
      max_active, minor, guardian_name, guardian_email, discoverable, active;
  // Codes: skill codes, category codes, region slugs, slots "mon-am" ... "sun-nt".
  std::vector<std::string> skills, interests, regions, slots;
};

struct NeedForm {
  std::string org_id, title, description, kind, category, region, place, lat, lon, date_from,
      date_to, start_time, end_time, capacity, minors_allowed, requires_certification, details;
  // region: a slug; weekdays: "mon" ... "sun" (none: every day of the period).
  std::vector<std::string> required_skills, welcome_skills, weekdays;
};

struct NeedFilter {
  RegionId region;
  std::string kind, category;
  bool minors_only = false;  // only needs open to under-18s
};

// Whether the actor can apply to the need: why_not is "" when they can (and fit holds the
// score with its reasons in Japanese), else a Japanese message.
struct ApplyCheck {
  std::string why_not;
  std::optional<Recommendation> fit;
};
// The matches of a need with the people's profiles (for those who manage it).
struct NeedMatch {
  Match match;
  Profile profile;
};

struct Proposal {
  NeedId need_id;
  UserId user_id;
  int score = 0;
  std::string need_title, person_name;
  std::vector<std::string> reasons;
};
struct BatchResult {
  std::vector<Proposal> proposals;
  std::int64_t total_score = 0, needs = 0, people = 0, edges = 0, open_places = 0;
};
// What the engine needs to know besides a person and a need: today (YYYY-MM-DD, Asia/Tokyo),
// who holds a valid coordinator certification today, and where each region's centre is.
struct World {
  std::string today;
  std::set<UserId> certified;
  std::map<RegionId, match::GeoPoint> locations;
};

}  // namespace tsunagu::matching
