// SQL of events and their sign-ups (both backends), as named functions.
#pragma once

#include <optional>
#include <vector>

#include "features/events/model.hpp"
#include "platform/context.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::store {

events::EventId InsertEvent(Conn& c, MunicipalityId m, const events::Event& e, UserId by,
                            std::int64_t now);
void UpdateEventRow(Conn& c, const events::Event& e, std::int64_t now);
std::optional<events::Event> FindEvent(Conn& c, events::EventId id);
struct EventQuery {
  MunicipalityId municipality;
  RegionId region;
  std::int64_t from = 0, to = 0, ends_after = 0;
  bool include_cancelled = true;
  int limit = 20, offset = 0;
};
std::vector<events::Event> ListEvents(Conn& c, const EventQuery& q);
// Counts up to cap + 1 rows when cap > 0 (a full count of a big archive costs a scan).
std::int64_t CountEvents(Conn& c, const EventQuery& q, std::int64_t cap = 0);
std::vector<events::Event> ListEventsSignedUpBy(Conn& c, UserId user);

struct SignupRow {
  events::SignupId id;
  UserId user_id;
  events::SignupStatus status = events::SignupStatus::kConfirmed;
  std::int64_t created_at = 0;
  std::string name, email;
};
std::optional<SignupRow> FindSignup(Conn& c, events::EventId event, UserId user);
std::vector<SignupRow> ListSignups(Conn& c, events::EventId event);  // by sign-up time
void UpsertSignup(Conn& c, events::EventId event, UserId user, events::SignupStatus status,
                  std::int64_t now);
void SetSignupStatus(Conn& c, events::SignupId id, events::SignupStatus status, std::int64_t now);
// Events starting in [from, to) whose reminders have not gone out.
std::vector<events::Event> EventsToRemind(Conn& c, std::int64_t from, std::int64_t to);
// Marks the event reminded if it still starts in [from, to), is published and was not
// reminded yet; false when another run got there first (or the event moved).
bool ClaimReminder(Conn& c, events::EventId event, std::int64_t from, std::int64_t to,
                   std::int64_t now);

// The talk (話し合い) whose sign-up this event is, 0 when none.
std::int64_t TalkOfEvent(Conn& c, events::EventId event);

}  // namespace tsunagu::store

namespace tsunagu::events {

// Reading (public), one read each.
std::optional<Event> GetEvent(const Ctx& ctx, EventId id);
Page List(const Ctx& ctx, const Filter& f, int page, int per_page);
std::vector<Event> SignedUpBy(const Ctx& ctx, UserId user);

// The talk (話し合い) whose sign-up this event is (0: none): it is changed and cancelled
// through the talk, which keeps it in step.
std::int64_t TalkOf(const Ctx& ctx, EventId event);

// The actor's sign-up (none for the anonymous and those who never signed up).
std::optional<SignupStatus> SignupStatusOf(const Ctx& ctx, const Actor& actor, EventId event);

}  // namespace tsunagu::events
