// SQL of volunteer matching (both backends), as named functions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "features/matching/commands.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

// Sets of codes or ids as stored: "a,b,c" (no spaces, no empty items).
std::string JoinCodes(const std::vector<std::string>& codes);
std::vector<std::string> SplitCodes(const std::string& joined);

std::vector<matching::Skill> ListSkills(Conn& c, MunicipalityId m);
std::optional<matching::Skill> FindSkill(Conn& c, std::int64_t id);
std::int64_t InsertSkill(Conn& c, MunicipalityId m, const std::string& code,
                         const std::string& label, std::int64_t position);
void UpdateSkillLabel(Conn& c, std::int64_t id, const std::string& label);

std::map<RegionId, match::GeoPoint> RegionLocations(Conn& c, MunicipalityId m);

std::optional<matching::Profile> FindProfile(Conn& c, UserId user);
void UpsertProfile(Conn& c, const matching::Profile& p, std::int64_t now);
// A consent link for the minor's guardian (digest and expiry); RecordConsent ends it.
void SetConsentRequest(Conn& c, UserId user, const std::string& digest, std::int64_t expires);
std::optional<UserId> FindConsentRequest(Conn& c, const std::string& digest, std::int64_t now);
void RecordConsent(Conn& c, UserId user, std::int64_t now);
// Active, discoverable adults of the municipality.
std::vector<matching::Profile> ListDiscoverableProfiles(Conn& c, MunicipalityId m);

std::int64_t InsertNeed(Conn& c, MunicipalityId m, const matching::Need& n, std::int64_t now);
std::optional<matching::Need> FindNeed(Conn& c, std::int64_t id);
// Open needs ending on or after today, soonest first.
std::vector<matching::Need> ListOpenNeeds(Conn& c, MunicipalityId m, const std::string& today);
void SetNeedStatus(Conn& c, std::int64_t id, const std::string& status, std::int64_t now);

std::int64_t InsertMatch(Conn& c, std::int64_t need, UserId user, const std::string& status,
                         const std::string& initiated_by, std::int64_t now);
std::optional<matching::Match> FindMatch(Conn& c, std::int64_t id);
std::optional<matching::Match> FindMatchFor(Conn& c, std::int64_t need, UserId user);
void UpdateMatchStatus(Conn& c, std::int64_t id, const std::string& status,
                       const std::string& closed_by, std::int64_t now);
void SetMatchMinutes(Conn& c, std::int64_t id, std::int64_t minutes, const std::string& on,
                     std::int64_t now);
std::vector<matching::Match> ListMatchesOfUser(Conn& c, UserId user);
std::vector<matching::Match> ListMatchesOfNeed(Conn& c, std::int64_t need);
// (need, user, status) of every match whose need ends on or after today.
std::vector<std::tuple<std::int64_t, UserId, std::string>> ListCurrentMatches(
    Conn& c, MunicipalityId m, const std::string& today);

}  // namespace tsunagu::store

namespace tsunagu::matching {

// The person's match on this need, if they have one (whatever its status).
std::optional<Match> FindMatchFor(const Ctx& ctx, std::int64_t need, UserId user);

}  // namespace tsunagu::matching
