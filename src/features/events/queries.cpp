#include "features/events/queries.hpp"

#include "platform/store/enum_column.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::store {
namespace {

using I = std::int64_t;

constexpr const char* kEventSelect =
    "SELECT e.id, e.region_id, r.slug, r.name, COALESCE(e.org_id, 0), COALESCE(o.name, ''), "
    "e.title, e.title_kana, e.description, e.all_day, e.starts_at, e.ends_at, e.place, "
    "e.address, e.lat_e6, e.lon_e6, e.capacity, e.fee, e.organiser, e.contact, e.status, "
    "e.created_at, e.updated_at, "
    "(SELECT COUNT(*) FROM event_signups s WHERE s.event_id = e.id AND s.status = 'confirmed'), "
    "(SELECT COUNT(*) FROM event_signups s WHERE s.event_id = e.id AND s.status = 'waitlist') "
    "FROM events e JOIN regions r ON r.id = e.region_id "
    "LEFT JOIN organisations o ON o.id = e.org_id ";

events::Event ToEvent(const Row& r) {
  events::Event e;
  e.id = r.IdAt(0);
  e.region_id = r.IdAt(1);
  e.region_slug = r.Str(2);
  e.region_name = r.Str(3);
  e.org_id = r.IdAt(4);
  e.org_name = r.Str(5);
  e.title = r.Str(6);
  e.title_kana = r.Str(7);
  e.description = r.Str(8);
  e.all_day = r.Int(9) != 0;
  e.starts_at = r.Int(10);
  e.ends_at = r.Int(11);
  e.place = r.Str(12);
  e.address = r.Str(13);
  e.lat_e6 = r.OptInt(14);
  e.lon_e6 = r.OptInt(15);
  e.capacity = r.OptInt(16);
  e.fee = r.Str(17);
  e.organiser = r.Str(18);
  e.contact = r.Str(19);
  e.status = EnumAt(r, 20, events::ParseEventStatus, "events.status");
  e.created_at = r.Int(21);
  e.updated_at = r.Int(22);
  e.confirmed = r.Int(23);
  e.waiting = r.Int(24);
  return e;
}

Value Opt(const std::optional<I>& v) { return v ? Value{*v} : Value{nullptr}; }

std::string Where(const EventQuery& q, Params& params) {
  // Only the region when one is named, so that its index is used (see post_queries.cpp).
  std::string w;
  if (q.region) {
    w = "WHERE e.region_id = ? ";
    params = {q.region};
  } else {
    w = "WHERE e.municipality_id = ? ";
    params = {q.municipality};
  }
  if (q.from) {
    w += "AND e.starts_at >= ? ";
    params.emplace_back(q.from);
  }
  if (q.to) {
    w += "AND e.starts_at < ? ";
    params.emplace_back(q.to);
  }
  if (q.ends_after) {
    // Not over yet (an all-day event lasts until the end of its last day). The bound on
    // starts_at keeps the index usable: no event runs longer than 90 days.
    w += "AND e.starts_at >= ? AND e.ends_at + CASE WHEN e.all_day = 1 THEN 86400 ELSE 0 END > ? ";
    params.emplace_back(q.ends_after - 90 * 86400);
    params.emplace_back(q.ends_after);
  }
  if (!q.include_cancelled) w += "AND e.status = 'published' ";
  return w;
}

constexpr const char* kSignupSelect =
    "SELECT s.id, s.user_id, s.status, s.created_at, u.display_name, u.email "
    "FROM event_signups s JOIN users u ON u.id = s.user_id ";

SignupRow ToSignup(const Row& r) {
  return {r.IdAt(0), r.IdAt(1), EnumAt(r, 2, events::ParseSignupStatus, "event_signups.status"),
          r.Int(3),  r.Str(4),  r.Str(5)};
}

}  // namespace

events::EventId InsertEvent(Conn& c, MunicipalityId m, const events::Event& e, UserId by,
                            std::int64_t now) {
  return c
      .QueryOne(
          "INSERT INTO events (municipality_id, region_id, org_id, created_by, title, "
          "title_kana, description, all_day, starts_at, ends_at, place, address, lat_e6, "
          "lon_e6, capacity, fee, organiser, contact, status, created_at, updated_at) VALUES "
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {m,
           e.region_id,
           e.org_id ? Value{e.org_id} : Value{nullptr},
           by ? Value{by} : Value{nullptr},
           e.title,
           e.title_kana,
           e.description,
           I{e.all_day ? 1 : 0},
           e.starts_at,
           e.ends_at,
           e.place,
           e.address,
           Opt(e.lat_e6),
           Opt(e.lon_e6),
           Opt(e.capacity),
           e.fee,
           e.organiser,
           e.contact,
           std::string(events::ToString(e.status)),
           now,
           now})
      ->IdAt(0);
}

void UpdateEventRow(Conn& c, const events::Event& e, std::int64_t now) {
  c.Query(
      "UPDATE events SET region_id = ?, title = ?, title_kana = ?, description = ?, "
      "all_day = ?, starts_at = ?, ends_at = ?, place = ?, address = ?, lat_e6 = ?, lon_e6 = ?, "
      "capacity = ?, fee = ?, organiser = ?, contact = ?, status = ?, updated_at = ?, "
      "reminded_at = CASE WHEN starts_at = ? THEN reminded_at ELSE NULL END WHERE id = ?",
      {e.region_id, e.title, e.title_kana, e.description, I{e.all_day ? 1 : 0}, e.starts_at,
       e.ends_at, e.place, e.address, Opt(e.lat_e6), Opt(e.lon_e6), Opt(e.capacity), e.fee,
       e.organiser, e.contact, std::string(events::ToString(e.status)), now, e.starts_at, e.id});
}

std::optional<events::Event> FindEvent(Conn& c, events::EventId id) {
  auto row = c.QueryOne(std::string(kEventSelect) + "WHERE e.id = ?", {id});
  if (!row) return std::nullopt;
  return ToEvent(*row);
}

std::vector<events::Event> ListEvents(Conn& c, const EventQuery& q) {
  Params params;
  std::string sql = kEventSelect;
  sql += Where(q, params);
  sql += "ORDER BY e.starts_at, e.id LIMIT ? OFFSET ?";
  params.emplace_back(I{q.limit});
  params.emplace_back(I{q.offset});
  std::vector<events::Event> out;
  for (const auto& r : c.Query(sql, params)) out.push_back(ToEvent(r));
  return out;
}

std::int64_t CountEvents(Conn& c, const EventQuery& q, std::int64_t cap) {
  Params params;
  std::string sql = "SELECT COUNT(*) FROM (SELECT 1 FROM events e ";
  sql += Where(q, params);
  if (cap > 0) sql += "LIMIT " + std::to_string(cap + 1);
  sql += ") x";
  return c.QueryOne(sql, params)->Int(0);
}

std::vector<events::Event> ListEventsSignedUpBy(Conn& c, UserId user) {
  std::vector<events::Event> out;
  for (const auto& r :
       c.Query(std::string(kEventSelect) +
                   "JOIN event_signups s ON s.event_id = e.id WHERE s.user_id = ? "
                   "AND s.status <> 'cancelled' ORDER BY e.starts_at DESC LIMIT 100",
               {user})) {
    out.push_back(ToEvent(r));
  }
  return out;
}

std::optional<SignupRow> FindSignup(Conn& c, events::EventId event, UserId user) {
  auto row = c.QueryOne(std::string(kSignupSelect) + "WHERE s.event_id = ? AND s.user_id = ?",
                        {event, user});
  if (!row) return std::nullopt;
  return ToSignup(*row);
}

std::vector<SignupRow> ListSignups(Conn& c, events::EventId event) {
  std::vector<SignupRow> out;
  for (const auto& r :
       c.Query(std::string(kSignupSelect) + "WHERE s.event_id = ? ORDER BY s.created_at, s.id",
               {event})) {
    out.push_back(ToSignup(r));
  }
  return out;
}

void UpsertSignup(Conn& c, events::EventId event, UserId user, events::SignupStatus status,
                  std::int64_t now) {
  // A new sign-up after a cancellation queues again from now.
  c.Query(
      "INSERT INTO event_signups (event_id, user_id, status, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, user_id) DO UPDATE SET "
      "status = excluded.status, created_at = excluded.created_at, updated_at = "
      "excluded.updated_at",
      {event, user, std::string(events::ToString(status)), now, now});
}

void SetSignupStatus(Conn& c, events::SignupId id, events::SignupStatus status, std::int64_t now) {
  c.Query("UPDATE event_signups SET status = ?, updated_at = ? WHERE id = ?",
          {std::string(events::ToString(status)), now, id});
}

std::vector<events::Event> EventsToRemind(Conn& c, std::int64_t from, std::int64_t to) {
  std::vector<events::Event> out;
  for (const auto& r :
       c.Query(std::string(kEventSelect) + "WHERE e.starts_at >= ? AND e.starts_at < ? AND "
                                           "e.reminded_at IS NULL AND e.status = 'published'",
               {from, to})) {
    out.push_back(ToEvent(r));
  }
  return out;
}

bool ClaimReminder(Conn& c, events::EventId event, std::int64_t from, std::int64_t to,
                   std::int64_t now) {
  return c
      .QueryOne(
          "UPDATE events SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL AND "
          "status = 'published' AND starts_at >= ? AND starts_at < ? RETURNING id",
          {now, event, from, to})
      .has_value();
}

std::int64_t TalkOfEvent(Conn& c, events::EventId event) {
  auto r = c.QueryOne("SELECT id FROM talks WHERE event_id = ?", {event});
  return r ? r->Int(0) : 0;
}

}  // namespace tsunagu::store

namespace tsunagu::events {

std::int64_t TalkOf(const Ctx& ctx, EventId event) {
  return ctx.db.Read([&](store::Conn& c) { return store::TalkOfEvent(c, event); });
}

std::optional<SignupStatus> SignupStatusOf(const Ctx& ctx, const Actor& actor, EventId event) {
  if (actor.IsAnonymous()) return std::nullopt;
  return ctx.db.Read([&](store::Conn& c) -> std::optional<SignupStatus> {
    auto s = store::FindSignup(c, event, actor.id);
    if (!s) return std::nullopt;
    return s->status;
  });
}

std::optional<Event> GetEvent(const Ctx& ctx, EventId id) {
  return ctx.db.Read([&](store::Conn& c) { return store::FindEvent(c, id); });
}

Page List(const Ctx& ctx, const Filter& f, int page, int per_page) {
  store::EventQuery q;
  q.municipality = ctx.municipality;
  q.region = f.region;
  q.from = f.from;
  q.to = f.to;
  if (!f.from && f.upcoming) q.ends_after = ctx.clock.Now();
  q.include_cancelled = f.include_cancelled;
  q.limit = per_page;
  q.offset = (page - 1) * per_page;
  return ctx.db.Read([&](store::Conn& c) {
    Page page{store::ListEvents(c, q), 0};
    if (!f.count) {
      page.total = static_cast<std::int64_t>(page.items.size());
    } else {
      page.total = store::CountEvents(c, q, f.count_cap);
      page.more = f.count_cap > 0 && page.total > f.count_cap;
      if (page.more) page.total = f.count_cap;
    }
    return page;
  });
}

std::vector<Event> SignedUpBy(const Ctx& ctx, UserId user) {
  return ctx.db.Read([&](store::Conn& c) { return store::ListEventsSignedUpBy(c, user); });
}

}  // namespace tsunagu::events
