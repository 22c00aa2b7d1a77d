// SQL of volunteer matching (both backends), as named functions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "features/matching/model.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

// Sets of codes or ids as stored: "a,b,c" (no spaces, no empty items).
std::string JoinCodes(const std::vector<std::string>& codes);
std::vector<std::string> SplitCodes(const std::string& joined);

std::vector<matching::Skill> ListSkills(Conn& c, MunicipalityId m);
std::optional<matching::Skill> FindSkill(Conn& c, matching::SkillId id);
matching::SkillId InsertSkill(Conn& c, MunicipalityId m, const std::string& code,
                              const std::string& label, std::int64_t position);
void UpdateSkillLabel(Conn& c, matching::SkillId id, const std::string& label);

std::map<RegionId, match::GeoPoint> RegionLocations(Conn& c, MunicipalityId m);

std::optional<matching::Profile> FindProfile(Conn& c, UserId user);
void UpsertProfile(Conn& c, const matching::Profile& p, std::int64_t now);
// A consent link for the minor's guardian (digest and expiry); RecordConsent ends it.
void SetConsentRequest(Conn& c, UserId user, const std::string& digest, std::int64_t expires);
std::optional<UserId> FindConsentRequest(Conn& c, const std::string& digest, std::int64_t now);
void RecordConsent(Conn& c, UserId user, std::int64_t now);
// Active, discoverable adults of the municipality.
std::vector<matching::Profile> ListDiscoverableProfiles(Conn& c, MunicipalityId m);

matching::NeedId InsertNeed(Conn& c, MunicipalityId m, const matching::Need& n, std::int64_t now);
std::optional<matching::Need> FindNeed(Conn& c, matching::NeedId id);
// Open needs ending on or after today, soonest first.
std::vector<matching::Need> ListOpenNeeds(Conn& c, MunicipalityId m, const std::string& today);
void SetNeedStatus(Conn& c, matching::NeedId id, matching::NeedStatus status, std::int64_t now);

matching::MatchId InsertMatch(Conn& c, matching::NeedId need, UserId user,
                              matching::MatchStatus status, matching::Party initiated_by,
                              std::int64_t now);
std::optional<matching::Match> FindMatch(Conn& c, matching::MatchId id);
std::optional<matching::Match> FindMatchFor(Conn& c, matching::NeedId need, UserId user);
void UpdateMatchStatus(Conn& c, matching::MatchId id, matching::MatchStatus status,
                       std::optional<matching::Party> closed_by, std::int64_t now);
void SetMatchMinutes(Conn& c, matching::MatchId id, std::int64_t minutes, const std::string& on,
                     std::int64_t now);
std::vector<matching::Match> ListMatchesOfUser(Conn& c, UserId user);
std::vector<matching::Match> ListMatchesOfNeed(Conn& c, matching::NeedId need);
// (need, user, status) of every match whose need ends on or after today.
std::vector<std::tuple<matching::NeedId, UserId, matching::MatchStatus>> ListCurrentMatches(
    Conn& c, MunicipalityId m, const std::string& today);

// Who holds a valid coordinator certification on today, and where each region's centre is.
matching::World LoadWorld(Conn& c, MunicipalityId m, const std::string& today);

}  // namespace tsunagu::store

namespace tsunagu::matching {

// Reads for pages, APIs and other features; each is one read on a pooled connection.

std::vector<Skill> ListSkills(const Ctx& ctx);
std::optional<Profile> GetProfile(const Ctx& ctx, UserId user);
// The guardian's page: the minor's display name for a valid, unexpired link.
std::optional<std::string> GuardianConsentRequest(const Ctx& ctx, const std::string& token);

// The organisations the actor may post needs for.
std::vector<Org> PostingOrgs(const Ctx& ctx, const Actor& actor);
// Open needs whose last day is today or later, soonest first.
std::vector<Need> ListOpenNeeds(const Ctx& ctx, const NeedFilter& filter);
std::optional<Need> GetNeed(const Ctx& ctx, NeedId id);

// The best open needs for the person (hard rules applied), best first.
Result<std::vector<Recommendation>> RecommendNeeds(const Ctx& ctx, const Actor& actor,
                                                   std::size_t limit);
// The best candidates for a need among people who agreed to be found (never minors), best
// first; only for those who manage the need.
Result<std::vector<Recommendation>> RecommendCandidates(const Ctx& ctx, const Actor& actor,
                                                        NeedId need, std::size_t limit);
// Whether the actor can apply to the need (see ApplyCheck).
ApplyCheck CheckApply(const Ctx& ctx, const Actor& actor, const Need& need);

std::vector<Match> MatchesOfUser(const Ctx& ctx, UserId user);
// The matches of a need with the people's profiles (for those who manage it).
Result<std::vector<NeedMatch>> MatchesOfNeed(const Ctx& ctx, const Actor& actor, NeedId need);
std::optional<Match> GetMatch(const Ctx& ctx, MatchId id);

// Open needs with free places × discoverable adults with free capacity, every eligible pair
// not already matched: the assignment with the largest total score. Reads only; one
// computation at a time per server (Conflict while another runs).
Result<BatchResult> ComputeBatch(const Ctx& ctx, const Actor& actor);

// The person's match on this need, if they have one (whatever its status).
std::optional<Match> FindMatchFor(const Ctx& ctx, NeedId need, UserId user);

}  // namespace tsunagu::matching
