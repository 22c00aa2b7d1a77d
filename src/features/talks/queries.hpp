// SQL of talks, their action items, participants, linked issues, the organisations' ground
// rules and the facilitator register (both backends), as named functions. No permission
// checks here: the commands (domain/talks.cpp) do them.
#pragma once

#include <optional>
#include <vector>

#include "features/talks/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

// Talks. Find/List fill the talk's own row (with region, organisation and facilitator names);
// FindTalk also its participants, issues and action items.
talks::TalkId InsertTalk(Conn& c, MunicipalityId m, const talks::Talk& t, UserId by,
                         std::int64_t now);
void UpdateTalkRow(Conn& c, const talks::Talk& t, std::int64_t now);
std::optional<talks::Talk> FindTalk(Conn& c, talks::TalkId id);
struct TalkQuery {
  MunicipalityId municipality;
  RegionId region;
  std::string format;
  std::int64_t from = 0, to = 0;  // starts in [from, to)
  std::int64_t ends_after = 0;    // upcoming: not over at this time
  std::int64_t started_by = 0;    // held: started at or before this time, not cancelled
  bool newest_first = true;
  int limit = 20, offset = 0;
};
std::vector<talks::Talk> ListTalks(Conn& c, const TalkQuery& q);
std::int64_t CountTalks(Conn& c, const TalkQuery& q);

void ReplaceTalkIssues(Conn& c, talks::TalkId talk, const std::vector<issues::IssueId>& issues);
void AddTalkIssue(Conn& c, talks::TalkId talk, issues::IssueId issue);

void ReplaceParticipants(Conn& c, talks::TalkId talk,
                         const std::map<std::string, std::int64_t>& by_band);

std::vector<talks::ActionItem> ListActions(Conn& c, talks::TalkId talk);
talks::ActionItemId InsertAction(Conn& c, const talks::ActionItem& a, std::int64_t now);
void UpdateAction(Conn& c, const talks::ActionItem& a, std::int64_t now);
void DeleteAction(Conn& c, talks::ActionItemId id);
void SetActionDoneRow(Conn& c, talks::ActionItemId id, bool done, std::int64_t now);
void SetActionIssue(Conn& c, talks::ActionItemId id, issues::IssueId issue, std::int64_t now);
void SetActionProject(Conn& c, talks::ActionItemId id, plans::ProjectId project, std::int64_t now);

// A region's figures for talks starting in [from, to) and already started at `now`.
std::int64_t CountHeldTalks(Conn& c, RegionId region, std::int64_t from, std::int64_t to,
                            std::int64_t now);
std::map<std::string, std::int64_t> SumParticipants(Conn& c, RegionId region, std::int64_t from,
                                                    std::int64_t to, std::int64_t now);
// Action items not done of the region's talks (not cancelled), due first (no date last).
std::vector<talks::OpenAction> ListOpenActions(Conn& c, RegionId region, int limit);

std::optional<std::string> FindGroundRules(Conn& c, OrgId org);
void PutGroundRules(Conn& c, OrgId org, const std::string& body, std::int64_t now);

talks::FacilitatorId InsertFacilitator(Conn& c, MunicipalityId m, const talks::Facilitator& f,
                                       std::int64_t now);
void UpdateFacilitator(Conn& c, const talks::Facilitator& f, std::int64_t now);
std::optional<talks::Facilitator> FindFacilitator(Conn& c, talks::FacilitatorId id);
std::vector<talks::Facilitator> ListFacilitators(Conn& c, MunicipalityId m, bool active_only);

}  // namespace tsunagu::store

// Reads for pages and APIs.
namespace tsunagu::talks {

std::optional<Talk> Get(const Ctx& ctx, TalkId id);
// Upcoming: soonest first; otherwise newest first.
Page List(const Ctx& ctx, const Filter& f, int page, int per_page);
std::vector<Facilitator> Facilitators(const Ctx& ctx, bool active_only);
std::optional<Facilitator> GetFacilitator(const Ctx& ctx, FacilitatorId id);

RegionSummary Summary(const Ctx& ctx, RegionId region);

// The organisation's own ground rules, or the default text.
std::string GroundRules(const Ctx& ctx, OrgId org);
bool HasOwnGroundRules(const Ctx& ctx, OrgId org);

// The talks that discussed a local issue, for the issue's page (newest first).
std::vector<TalkRef> TalksForIssue(const Ctx& ctx, issues::IssueId issue);

}  // namespace tsunagu::talks
