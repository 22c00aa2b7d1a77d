// Matching people to the needs (募集) of regions and NPOs (plan 1-3, 1-4, 2-2..2-4): volunteer
// profiles, needs, recommendations with reasons in plain Japanese, the apply / invite / accept /
// decline / withdraw / confirm-hours flow, and the batch assignment for intermediaries (the
// engine in src/match). Every change is a command: validation, permission, one transaction,
// one audit row; mail goes out after the commit.
//
// Privacy: a profile reaches a poster only when the person applied to their need, or agreed to
// be found (discoverable) and is not a minor; contact details only once both have accepted.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "features/matching/model.hpp"
#include "features/matching/queries.hpp"  // the reads, for those who include this header only
#include "features/matching/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::matching {

// ---- Profiles -------------------------------------------------------------------------

// For a minor, a guardian's name and email are required; when they are new or changed (or no
// consent is recorded and no link is pending), consent is cleared and a one-time link goes to
// the guardian, who confirms it (ConfirmGuardianConsent). Until then the minor matches nothing.
Result<void> SaveProfile(const Ctx& ctx, const Actor& actor, ProfileForm form);

Result<void> ConfirmGuardianConsent(const Ctx& ctx, const std::string& token);

Result<void> AddSkill(const Ctx& ctx, const Actor& actor, std::string label);
Result<void> RenameSkill(const Ctx& ctx, const Actor& actor, SkillId id, std::string label);

// ---- Needs ----------------------------------------------------------------------------

Result<NeedId> CreateNeed(const Ctx& ctx, const Actor& actor, NeedForm form);
Result<void> CloseNeed(const Ctx& ctx, const Actor& actor, NeedId need);

// ---- Flow -----------------------------------------------------------------------------

Result<MatchId> Apply(const Ctx& ctx, const Actor& actor, NeedId need);
Result<MatchId> Invite(const Ctx& ctx, const Actor& actor, NeedId need, UserId user);
// Accept: the poster accepts an application, or the person accepts an invitation.
Result<void> Accept(const Ctx& ctx, const Actor& actor, MatchId match);
Result<void> Decline(const Ctx& ctx, const Actor& actor, MatchId match);
Result<void> Withdraw(const Ctx& ctx, const Actor& actor, MatchId match);
// hours: a number of hours in steps of 0.25 ("2", "2.5"; full-width digits too), at most the
// activity's length so far.
Result<void> ConfirmHours(const Ctx& ctx, const Actor& actor, MatchId match,
                          const std::string& hours);

// ---- Batch assignment (intermediaries) ------------------------------------------------

// Sends the reviewed proposals as invitations; pairs no longer eligible are skipped. Returns
// how many invitations went out.
Result<std::int64_t> SendBatch(const Ctx& ctx, const Actor& actor,
                               const std::vector<std::pair<NeedId, UserId>>& pairs);

}  // namespace tsunagu::matching
