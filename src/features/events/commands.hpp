// Events (行事・イベント) of the regional information platform (plan 1-1, 3-3): published by an
// organisation's editors, with sign-up for logged-in people, a capacity and a waitlist (the
// first waiting is promoted and told by email when someone cancels), the organiser's list of
// attendees, and a reminder email the day before.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/context.hpp"
#include "platform/result.hpp"

namespace tsunagu {
class Tx;  // platform/command.hpp
}  // namespace tsunagu

namespace tsunagu::events {

inline constexpr std::int64_t kMaxCapacity = 100000;

struct Event {
  std::int64_t id = 0;
  RegionId region_id = 0;
  std::string region_slug, region_name;
  OrgId org_id = 0;
  std::string org_name;
  std::string title, title_kana, description;
  bool all_day = false;
  std::int64_t starts_at = 0, ends_at = 0;  // all-day: 00:00 JST of the first and last day
  std::string place, address;
  std::optional<std::int64_t> lat_e6, lon_e6;
  std::optional<std::int64_t> capacity;  // none: no limit
  std::string fee, organiser, contact, status;
  std::int64_t created_at = 0, updated_at = 0;
  std::int64_t confirmed = 0, waiting = 0;
  bool HasGeo() const { return lat_e6.has_value() && lon_e6.has_value(); }
  bool Full() const { return capacity && confirmed >= *capacity; }
};

// What the form and the API send. Dates "YYYY-MM-DD", times "HH:MM" (JST). The API fills
// starts_at/ends_at (ISO 8601 with an offset) instead of the date and time fields.
struct EventForm {
  std::string region, org;
  std::string title, title_kana, description;
  std::string all_day;  // "1" for all-day
  std::string start_date, start_time, end_date, end_time;
  std::string starts_at, ends_at;  // API
  std::string place, address, lat, lon, capacity, fee, contact;
};

Result<std::int64_t> CreateEvent(const Ctx& ctx, const Actor& actor, EventForm form);
Result<void> UpdateEvent(const Ctx& ctx, const Actor& actor, std::int64_t id, EventForm form);
// Cancels the event itself (中止): kept, marked cancelled, people signed up are told.
Result<void> CancelEvent(const Ctx& ctx, const Actor& actor, std::int64_t id);

bool CanManage(const Actor& actor, const Event& e);
// The talk (話し合い) whose sign-up this event is (0: none): it is changed and cancelled
// through the talk, which keeps it in step.
std::int64_t TalkOf(const Ctx& ctx, std::int64_t event);

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

// Sign-up: "confirmed" or "waitlist". 409 when already signed up, past, or cancelled.
Result<std::string> SignUp(const Ctx& ctx, const Actor& actor, std::int64_t event);
// Cancels the actor's sign-up; promotes the first on the waitlist (and emails them).
Result<void> Withdraw(const Ctx& ctx, const Actor& actor, std::int64_t event);
// The actor's sign-up status ("" when none, else confirmed, waitlist, cancelled).
std::string SignupStatus(const Ctx& ctx, const Actor& actor, std::int64_t event);

struct Attendee {
  std::int64_t number = 0;
  std::string name, email, status;
  std::int64_t signed_up_at = 0;
};
// The organiser's list (people's names and emails: audited as a read of personal data).
Result<std::vector<Attendee>> Attendees(const Ctx& ctx, const Actor& actor, std::int64_t event);
// The same as CSV for Excel: UTF-8 with BOM, CRLF.
std::string AttendeesCsv(const std::vector<Attendee>& list);

// Sends the day-before reminders not yet sent (events starting tomorrow, JST) from 17:00 JST
// (any hour with any_hour); returns the number of emails. Run by the server every ten minutes
// and by `tsunagu remind`.
std::int64_t SendReminders(const Ctx& ctx, bool any_hour = false);

// Reading
std::optional<Event> GetEvent(const Ctx& ctx, std::int64_t id);
struct Filter {
  RegionId region = 0;
  std::int64_t from = 0, to = 0;  // starts in [from, to); 0: open
  bool upcoming = true;           // ends after now (when from is 0)
  bool include_cancelled = true;
  bool count = true;           // false: total is not counted (lists without paging)
  std::int64_t count_cap = 0;  // > 0: counted up to this (pages); 0: exactly (the API)
};
struct Page {
  std::vector<Event> items;
  std::int64_t total = 0;
  bool more = false;  // more than count_cap
};
Page List(const Ctx& ctx, const Filter& f, int page, int per_page);
std::vector<Event> SignedUpBy(const Ctx& ctx, UserId user);

// "2026年12月5日（土） 10:00〜12:00" and the like, for pages and emails.
std::string WhenText(const Event& e);

}  // namespace tsunagu::events
