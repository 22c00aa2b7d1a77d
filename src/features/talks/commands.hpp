// Talks (話し合い, plan 3-3): planned by a council, 自治会, NPO or the city, facilitated by a
// citizen facilitator (市民ファシリテーター), minuted and followed up with action items.
//
// A talk is organised by one organisation; its editors (and city staff for their department)
// plan and edit it: Can(actor, kPublishContent, the organisation). Sign-up is an event's: every
// talk has a linked row in `events`, kept in step by the commands here, so that sign-up, the
// waitlist, reminders, /events, the region's iCalendar feed and search work as for any event.
// After the talk has started, the organiser records minutes (Markdown), participants by age
// band, decisions and action items; an action item can become a local issue or (for a council)
// a project of the regional plan, keeping the link. The facilitator register is kept by city
// staff (kManageTraining).
//
// Every command validates (Japanese messages per field), checks permission, runs in one
// transaction and writes one audit row (no personal data in its detail).
#pragma once

#include <cstdint>
#include <string>

#include "features/talks/model.hpp"
#include "features/talks/queries.hpp"
#include "features/talks/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu::talks {

// Creates the talk and its event (published). Empty ground rules take the organisation's.
Result<TalkId> CreateTalk(const Ctx& ctx, const Actor& actor, TalkForm form);
// The organisation cannot change; the event follows (people on the waitlist move up, and are
// told, when the capacity grows).
Result<void> UpdateTalk(const Ctx& ctx, const Actor& actor, TalkId id, TalkForm form);
// Cancels the talk and its event (people signed up are told by email). 409 when cancelled.
Result<void> CancelTalk(const Ctx& ctx, const Actor& actor, TalkId id);
// Records (or corrects) the minutes, participants, decisions and action items. Only once the
// talk has started (error.talk_not_held on the minutes field otherwise); not when cancelled.
Result<void> CloseTalk(const Ctx& ctx, const Actor& actor, TalkId id, CloseForm form);
// Marks an action item done (or not done again).
Result<void> SetActionDone(const Ctx& ctx, const Actor& actor, TalkId talk, ActionItemId action,
                           bool done);
// Raises a local issue from the action item (issues::Raise on behalf of the talk's
// organisation, category a key of issues::kCategories), stores its id on the item and links the
// talk to it. 409 when the item already has one.
Result<issues::IssueId> ActionToIssue(const Ctx& ctx, const Actor& actor, TalkId talk,
                                      ActionItemId action, const std::string& category);
// A council's talk: creates a project of the council (directly under the region, this fiscal
// year, run by the council) from the action item (plans::CreateProjectIn; needs kEditPlan) and
// keeps its id, in one transaction. 409 when the talk is not a council's or the item already
// has one.
Result<plans::ProjectId> ActionToProject(const Ctx& ctx, const Actor& actor, TalkId talk,
                                         ActionItemId action);

// The organisation's ground rules (its editors).
Result<void> SaveGroundRules(const Ctx& ctx, const Actor& actor, OrgId org, std::string body);
// Adds (id 0) or updates a facilitator of the register.
Result<FacilitatorId> SaveFacilitator(const Ctx& ctx, const Actor& actor, FacilitatorId id,
                                      FacilitatorForm form);

}  // namespace tsunagu::talks
