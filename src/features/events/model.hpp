// The types of events (行事・イベント): the event, what its form sends, its attendees and the
// shapes of its lists. Rules in rules.hpp, changes in commands.hpp, reading in queries.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/enum_names.hpp"
#include "platform/model.hpp"

namespace tsunagu::events {

// The ids of the feature's records (platform/id.hpp).
using EventId = Id<struct EventTag>;    // an event (events)
using SignupId = Id<struct SignupTag>;  // a person's sign-up to an event (event_signups)

inline constexpr std::int64_t kMaxCapacity = 100000;

// An event (events.status) is published when created and stays so while it is changed; its
// organiser (or its talk) cancels it: kept and shown as cancelled, its people told, out of
// the search index, no more sign-ups. A cancelled event is never published again.
enum class EventStatus { kPublished, kCancelled };
// "published", "cancelled" (the column and the API).
inline constexpr EnumNames<EventStatus, 2> kEventStatusNames{{
    {EventStatus::kPublished, "published"},
    {EventStatus::kCancelled, "cancelled"},
}};
inline std::string_view ToString(EventStatus v) { return NameOf(kEventStatusNames, v); }
inline std::optional<EventStatus> ParseEventStatus(std::string_view s) {
  return FromName(kEventStatusNames, s);
}

// A person's sign-up to an event (event_signups.status):
//   kConfirmed  has a place: signed up while there was room and nobody waiting, or moved up.
//   kWaitlist   signed up when the event was full or others were waiting; moves up
//               (kConfirmed, in sign-up order, and is told) when a place is given up or the
//               capacity grows.
//   kCancelled  withdrew (from either). Signing up again queues anew from that moment.
enum class SignupStatus { kConfirmed, kWaitlist, kCancelled };
// "confirmed", "waitlist", "cancelled" (the column and message keys: signup.*).
inline constexpr EnumNames<SignupStatus, 3> kSignupStatusNames{{
    {SignupStatus::kConfirmed, "confirmed"},
    {SignupStatus::kWaitlist, "waitlist"},
    {SignupStatus::kCancelled, "cancelled"},
}};
inline std::string_view ToString(SignupStatus v) { return NameOf(kSignupStatusNames, v); }
inline std::optional<SignupStatus> ParseSignupStatus(std::string_view s) {
  return FromName(kSignupStatusNames, s);
}

struct Event {
  EventId id;
  RegionId region_id;
  std::string region_slug, region_name;
  OrgId org_id;
  std::string org_name;
  std::string title, title_kana, description;
  bool all_day = false;
  std::int64_t starts_at = 0, ends_at = 0;  // all-day: 00:00 JST of the first and last day
  std::string place, address;
  std::optional<std::int64_t> lat_e6, lon_e6;
  std::optional<std::int64_t> capacity;  // none: no limit
  std::string fee, organiser, contact;
  EventStatus status = EventStatus::kPublished;
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

struct Attendee {
  std::int64_t number = 0;
  std::string name, email;
  SignupStatus status = SignupStatus::kConfirmed;
  std::int64_t signed_up_at = 0;
};
// Lists of events.
struct Filter {
  RegionId region;
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
}  // namespace tsunagu::events
