// Local issues (地域課題) solved by the principle of subsidiarity (補完性の原則, plan 1-2, 3-2):
// an issue is raised in a region and held first by its 自治会 (when one is named) or else by
// the regional council; what a level cannot solve it escalates (上位へ相談) to the next level
// — 自治会 → 地域づくり協議会 → 市 (the department responsible for the category) — where it
// arrives as 受付 (new). At city level the council stays a party: both see and comment.
//
// Issues are public like FixMyStreet's reports: anyone may read them, never the reporter's name
// or contact. Every change is an immutable timeline entry naming a role and an organisation.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/issues/model.hpp"
#include "features/issues/queries.hpp"
#include "features/issues/rules.hpp"
#include "features/posts/commands.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu {
class Tx;  // platform/command.hpp
}  // namespace tsunagu

namespace tsunagu::issues {

// Every command runs through Run (platform/command.hpp): its login check, one transaction, one
// audit row, the mail after the commit.

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
Result<IssueId> Raise(const Ctx& ctx, const Actor& actor, IssueForm form);
// The same inside a caller's command (a talk's action item becoming an issue, with its link in
// one transaction): tx.actor raises it; writes tx's audit row (run it as the command
// "issue.raise") and queues its mails on tx.
Result<IssueId> RaiseIn(Tx& tx, IssueForm form);
// A transition by its API name (start, resolve, escalate, decline, reopen). Checked in this
// order: 401 anonymous; 404 no such issue; 403 the actor may not act at the issue's level
// (whatever the action; the level above only reopens); 400 an unknown action; 409 not allowed from
// the current state (or escalate at city level); 400 the note is missing (escalate, resolve,
// decline). Returns the issue as it is afterwards. Followers (and an Open311 reporter's contact)
// are emailed.
Result<Issue> Transition(const Ctx& ctx, const Actor& actor, IssueId id, const std::string& action,
                         std::string note);
// 協働推進課 hands a city-level issue to another department (note optional).
Result<void> HandOver(const Ctx& ctx, const Actor& actor, IssueId id, OrgId department,
                      std::string note);
// A party's comment on the timeline (parties and the reporter).
Result<void> Comment(const Ctx& ctx, const Actor& actor, IssueId id, std::string note);
// Follow (email on every state change) or stop following.
Result<void> Follow(const Ctx& ctx, const Actor& actor, IssueId id, bool on);
// 同じ課題がある: once per person (409 the second time).
Result<void> MeToo(const Ctx& ctx, const Actor& actor, IssueId id);

// Form values: secretariat, target_association, target_council, target_city (days 1..365),
// dept_<category> (organisation id of a city department).
Result<void> SaveSettings(const Ctx& ctx, const Actor& actor,
                          const std::map<std::string, std::string>& values);
// The demo issues over the regions, at every level and state (runs once per database; the
// search index is rebuilt by the caller). Expects the demo organisations and accounts.
void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now);

}  // namespace tsunagu::issues
