// Events (行事・イベント) of the regional information platform (plan 1-1, 3-3): published by an
// organisation's editors, with sign-up for logged-in people, a capacity and a waitlist (the
// first waiting is promoted and told by email when someone cancels), the organiser's list of
// attendees, and a reminder email the day before.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/events/model.hpp"
#include "features/events/queries.hpp"
#include "features/events/rules.hpp"
#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu {
class Tx;  // platform/command.hpp
}  // namespace tsunagu

namespace tsunagu::events {

// Every command runs through Run (platform/command.hpp): login check, one transaction, one
// audit row, the mail after the commit.
Result<EventId> CreateEvent(const Ctx& ctx, const Actor& actor, EventForm form);
Result<void> UpdateEvent(const Ctx& ctx, const Actor& actor, EventId id, EventForm form);
// Cancels the event itself (中止): kept, marked cancelled, people signed up are told.
Result<void> CancelEvent(const Ctx& ctx, const Actor& actor, EventId id);

// Steps inside a caller's command, shared with talks (whose sign-up is an event); mails are
// queued on tx, to be sent after the commit.
// The search index entry of an event (removed when cancelled).
void Reindex(store::Conn& c, const Ctx& ctx, const Event& e);
// A mail about the event (subject and first line from the catalogue) with its date and link.
Mail Tell(const Ctx& ctx, const std::string& to, const std::string& subject_key,
          const std::string& intro_key, const Event& e);
// Saves a changed event (capacity already checked against old.confirmed): the waitlist moves up
// into new room, in order, and each person promoted is told. Each promotion is its own command
// ("event.promote" by tx's actor, one audit row each) inside tx.
void SaveChange(Tx& tx, const Event& old, const Event& e, std::int64_t now);
// Marks it cancelled (kept) and tells everyone signed up. Writes tx's audit row (run it as the
// command "event.cancel").
void CancelIn(Tx& tx, Event& e, std::int64_t now);

// Sign-up: kConfirmed or kWaitlist. 409 when already signed up, past, or cancelled.
Result<SignupStatus> SignUp(const Ctx& ctx, const Actor& actor, EventId event);
// Cancels the actor's sign-up; promotes the first on the waitlist (and emails them).
Result<void> Withdraw(const Ctx& ctx, const Actor& actor, EventId event);
// The organiser's list (people's names and emails: audited as a read of personal data).
Result<std::vector<Attendee>> Attendees(const Ctx& ctx, const Actor& actor, EventId event);
// The same as CSV for Excel: UTF-8 with BOM, CRLF.
std::string AttendeesCsv(const std::vector<Attendee>& list);

// Sends the day-before reminders not yet sent (events starting tomorrow, JST) from 17:00 JST
// (any hour with any_hour); returns the number of emails. Run by the server every ten minutes
// and by `tsunagu remind`.
std::int64_t SendReminders(const Ctx& ctx, bool any_hour = false);

}  // namespace tsunagu::events
