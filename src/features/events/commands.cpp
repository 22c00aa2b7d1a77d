#include "features/events/commands.hpp"

#include <cmath>

#include "features/events/queries.hpp"
#include "features/events/rules.hpp"
#include "features/training/commands.hpp"
#include "platform/command.hpp"
#include "platform/csv.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::events {
namespace {

constexpr std::size_t kMaxTitle = 100, kMaxKana = 200, kMaxDescription = 10000, kMaxPlace = 100,
                      kMaxAddress = 200, kMaxFee = 100, kMaxContact = 200;

// Dates and times of the form, or the API's ISO 8601 pair, into e.
void CheckWhen(Validator& v, EventForm& f, Event& e, bool api) {
  e.all_day = f.all_day == "1" || f.all_day == "true";
  if (api) {
    auto s = jst::ParseDateTime(text::Trim(f.starts_at));
    auto t = jst::ParseDateTime(text::Trim(f.ends_at));
    if (!s) v.Add("starts_at", Msg("error.datetime"));
    if (!t) v.Add("ends_at", Msg("error.datetime"));
    if (!s || !t) return;
    if (*t < *s) {
      v.Add("ends_at", Msg("error.end_before_start"));
      return;
    }
    if (e.all_day) {
      e.starts_at = jst::Midnight(jst::Date(*s));
      e.ends_at = jst::Midnight(jst::Date(*t));
    } else {
      e.starts_at = *s;
      e.ends_at = *t;
    }
    return;
  }
  f.start_date = text::Trim(text::Nfkc(f.start_date));
  f.end_date = text::Trim(text::Nfkc(f.end_date));
  f.start_time = text::Trim(text::Nfkc(f.start_time));
  f.end_time = text::Trim(text::Nfkc(f.end_time));
  const bool sd = training::IsDate(f.start_date);
  if (f.start_date.empty()) {
    v.Add("start_date", Msg("error.required"));
  } else if (!sd) {
    v.Add("start_date", Msg("error.date"));
  }
  // An end date left empty is the start date; only a typed one is checked on its own.
  const bool typed_end = !f.end_date.empty();
  if (typed_end && !training::IsDate(f.end_date)) v.Add("end_date", Msg("error.date"));
  if (!typed_end) f.end_date = f.start_date;
  const bool ed = training::IsDate(f.end_date);
  std::optional<int> st, et;
  if (!e.all_day) {
    st = training::ParseTime(f.start_time);
    if (!st) v.Add("start_time", Msg(f.start_time.empty() ? "error.required" : "error.time"));
    if (f.end_time.empty()) {
      et = st;
    } else {
      et = training::ParseTime(f.end_time);
      if (!et) v.Add("end_time", Msg("error.time"));
    }
  }
  if (!sd || !ed || (!e.all_day && (!st || !et))) return;
  e.starts_at = jst::Midnight(f.start_date) + (e.all_day ? 0 : *st * 60);
  e.ends_at = jst::Midnight(f.end_date) + (e.all_day ? 0 : *et * 60);
  if (e.ends_at < e.starts_at)
    v.Add(f.end_date != f.start_date || e.all_day ? "end_date" : "end_time",
          Msg("error.end_before_start"));
}

void CheckForm(store::Conn& c, const Ctx& ctx, const Actor& actor, Validator& v, EventForm& f,
               Event& e, bool creating, bool api) {
  v.Required("title", f.title, kMaxTitle);
  v.Required("title_kana", f.title_kana, kMaxKana);
  if (!v.HasError("title_kana")) {
    // Open data asks for the name in katakana (イベント名_カナ); hiragana is accepted and turned
    // into katakana.
    f.title_kana = text::Katakana(text::Nfkc(f.title_kana));
    if (!text::IsKatakanaName(f.title_kana)) v.Add("title_kana", Msg("error.kana"));
  }
  v.Optional("description", f.description, kMaxDescription);
  v.Optional("place", f.place, kMaxPlace);
  v.Optional("address", f.address, kMaxAddress);
  v.Optional("fee", f.fee, kMaxFee);
  v.Optional("contact", f.contact, kMaxContact);
  e.title = f.title;
  e.title_kana = f.title_kana;
  e.description = f.description;
  e.place = f.place;
  e.address = f.address;
  e.fee = f.fee;
  e.contact = f.contact;
  CheckWhen(v, f, e, api);
  if (e.ends_at - e.starts_at > 89 * 86400)
    v.Add(api ? "ends_at" : "end_date", Msg("error.event_too_long"));
  e.lat_e6 = ParseCoordinate(v, "lat", f.lat, 90);
  e.lon_e6 = ParseCoordinate(v, "lon", f.lon, 180);
  if (e.lat_e6.has_value() != e.lon_e6.has_value() && !v.HasError("lat") && !v.HasError("lon")) {
    v.Add(e.lat_e6 ? "lon" : "lat", Msg("error.coordinate_pair"));
  }
  const std::string cap = text::Trim(text::Nfkc(f.capacity));
  e.capacity.reset();
  if (!cap.empty()) {
    auto n = text::ParsePositiveInt(cap);
    if (!n || *n > kMaxCapacity) {
      v.OutOfRange("capacity", 1, kMaxCapacity);
    } else {
      e.capacity = *n;
    }
  }
  auto region = store::FindRegionBySlug(c, ctx.municipality, f.region);
  if (!region) {
    v.Add("region", Msg("error.unknown_region"));
  } else {
    e.region_id = region->id;
    e.region_slug = region->slug;
    e.region_name = region->name;
  }
  if (!creating) return;
  auto id = text::ParsePositiveInt(text::Trim(f.org));
  std::optional<Org> o;
  if (id) o = store::FindOrg(c, OrgId{*id});
  if (!o) {
    v.Add("org", Msg("error.choice"));
    return;
  }
  if (!Can(actor, Action::kPublishContent, Subject{o->region_id, o->id, o->kind})) {
    v.Add("org", Msg("error.post_org_not_yours"));
    return;
  }
  if (region && o->region_id && o->region_id != region->id) {
    v.Add("region", Msg("error.post_org_region"));
  }
  e.org_id = o->id;
  e.org_name = o->name;
  e.organiser = o->name;
}

Result<Event> Managed(store::Conn& c, const Actor& actor, EventId id) {
  auto e = store::FindEvent(c, id);
  if (!e) return NotFound(Msg("error.not_found"));
  if (!CanManage(actor, *e)) return Forbidden(Msg("error.forbidden"));
  return *e;
}

// Changed only through its talk (talks.cpp keeps the two in step).
Result<Event> ManagedChange(store::Conn& c, const Actor& actor, EventId id) {
  auto e = Managed(c, actor, id);
  if (e && store::TalkOfEvent(c, id)) return Conflict(Msg("error.event_of_talk"));
  return e;
}

// A sign-up moved up from the waitlist, as its own command ("event.promote", by `as`: the
// organiser who made room, or nobody when someone withdrew) inside the caller's transaction.
void Promote(Tx& tx, const Actor& as, const Event& e, const store::SignupRow& s, std::int64_t now) {
  auto promoted =
      tx.Run<void>(as, {"event.promote", Login::kOptional}, [&](Tx& inner) -> Result<void> {
        store::SetSignupStatus(inner.c, s.id, SignupStatus::kConfirmed, now);
        inner.Send(
            Tell(inner.ctx, s.email, "mail.event_promoted_subject", "mail.event_promoted_body", e));
        inner.Audit("event", e.id);
        return {};
      });
  (void)promoted;  // it does not fail
}

// Counts the mails the mailer accepted (a reminder run reports how many went out).
class CountingMailer final : public Mailer {
 public:
  explicit CountingMailer(Mailer& inner) : inner_(inner) {}
  void Send(const Mail& mail) override {
    inner_.Send(mail);
    ++sent_;
  }
  std::int64_t sent() const { return sent_; }

 private:
  Mailer& inner_;
  std::int64_t sent_ = 0;
};

}  // namespace

void Reindex(store::Conn& c, const Ctx& ctx, const Event& e) {
  if (e.status == EventStatus::kCancelled) {
    search::Remove(c, "event", e.id.value());
    return;
  }
  search::Put(c, ctx.municipality,
              search::EventDoc(e.id.value(), e.region_id, e.title, e.title_kana, e.description,
                               e.place, e.address, e.starts_at));
}

Mail Tell(const Ctx& ctx, const std::string& to, const std::string& subject_key,
          const std::string& intro_key, const Event& e) {
  std::string body = Msg(intro_key);
  body += "\n\n" + e.title + "\n" + WhenText(e) + "\n";
  if (!e.place.empty()) body += e.place + "\n";
  body += ctx.base_url + "/events/" + to_string(e.id) + "\n";
  return {to, Msg(subject_key), body};
}

void SaveChange(Tx& tx, const Event& old, const Event& e, std::int64_t now) {
  store::Conn& c = tx.c;
  store::UpdateEventRow(c, e, now);
  // More room in an event still to come: the waitlist moves up, in order.
  const bool open =
      e.status == EventStatus::kPublished && e.ends_at + (e.all_day ? 86400 : 0) > now;
  if (open && (!e.capacity || *e.capacity > old.confirmed)) {
    std::int64_t room = e.capacity ? *e.capacity - old.confirmed : INT64_MAX;
    for (const auto& s : store::ListSignups(c, e.id)) {
      if (room <= 0) break;
      if (s.status != SignupStatus::kWaitlist) continue;
      Promote(tx, tx.actor, e, s, now);
      --room;
    }
  }
  Reindex(c, tx.ctx, e);
}

void CancelIn(Tx& tx, Event& e, std::int64_t now) {
  e.status = EventStatus::kCancelled;
  store::UpdateEventRow(tx.c, e, now);
  for (const auto& s : store::ListSignups(tx.c, e.id)) {
    if (s.status != SignupStatus::kCancelled) {
      tx.Send(
          Tell(tx.ctx, s.email, "mail.event_cancelled_subject", "mail.event_cancelled_body", e));
    }
  }
  Reindex(tx.c, tx.ctx, e);
  tx.Audit("event", e.id);
}

Result<EventId> CreateEvent(const Ctx& ctx, const Actor& actor, EventForm f) {
  const bool api = !f.starts_at.empty() || !f.ends_at.empty();
  const Command cmd{"event.create", Login::kRequired, Lock::kWriters};
  return Run<EventId>(ctx, actor, cmd, [&](Tx& tx) -> Result<EventId> {
    store::Conn& c = tx.c;
    Validator v;
    Event e;
    CheckForm(c, ctx, actor, v, f, e, true, api);
    if (!v.ok()) return v.Fail();
    e.status = EventStatus::kPublished;
    e.id = store::InsertEvent(c, ctx.municipality, e, actor.id, ctx.clock.Now());
    Reindex(c, ctx, e);
    tx.Audit("event", e.id);
    return e.id;
  });
}

Result<void> UpdateEvent(const Ctx& ctx, const Actor& actor, EventId id, EventForm f) {
  const bool api = !f.starts_at.empty() || !f.ends_at.empty();
  // The writers' lock: the sign-up counts read below stay true until commit.
  const Command cmd{"event.update", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto old = ManagedChange(c, actor, id);
    if (!old) return old.error();
    Validator v;
    Event e = *old;
    CheckForm(c, ctx, actor, v, f, e, false, api);
    // The organising body's region, as when the event was created.
    if (auto org = store::FindOrg(c, e.org_id);
        org && org->region_id && org->region_id != e.region_id && !v.HasError("region")) {
      v.Add("region", Msg("error.post_org_region"));
    }
    if (e.capacity && *e.capacity < old->confirmed) {
      v.Add("capacity", text::ReplaceAll(Msg("error.capacity_below_confirmed"), "{n}",
                                         std::to_string(old->confirmed)));
    }
    if (!v.ok()) return v.Fail();
    SaveChange(tx, *old, e, ctx.clock.Now());
    tx.Audit("event", id);
    return {};
  });
}

Result<void> CancelEvent(const Ctx& ctx, const Actor& actor, EventId id) {
  const Command cmd{"event.cancel", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    auto e = ManagedChange(tx.c, actor, id);
    if (!e) return e.error();
    if (e->status == EventStatus::kCancelled) return Conflict(Msg("error.event_cancelled"));
    CancelIn(tx, *e, ctx.clock.Now());
    return {};
  });
}

Result<SignupStatus> SignUp(const Ctx& ctx, const Actor& actor, EventId event) {
  // The writers' lock: capacity is checked and taken by one writer at a time.
  const Command cmd{"event.signup", Login::kRequired, Lock::kWriters};
  return Run<SignupStatus>(ctx, actor, cmd, [&](Tx& tx) -> Result<SignupStatus> {
    store::Conn& c = tx.c;
    auto e = store::FindEvent(c, event);
    if (!e) return NotFound(Msg("error.not_found"));
    if (e->status == EventStatus::kCancelled) return Conflict(Msg("error.event_cancelled"));
    if (e->ends_at + (e->all_day ? 86400 : 0) <= ctx.clock.Now()) {
      return Conflict(Msg("error.event_past"));
    }
    auto existing = store::FindSignup(c, event, actor.id);
    if (existing && existing->status != SignupStatus::kCancelled)
      return Conflict(Msg("error.already_signed_up"));
    const SignupStatus status =
        e->Full() || e->waiting > 0 ? SignupStatus::kWaitlist : SignupStatus::kConfirmed;
    store::UpsertSignup(c, event, actor.id, status, ctx.clock.Now());
    tx.Audit("event", event, std::string(ToString(status)));
    return status;
  });
}

Result<void> Withdraw(const Ctx& ctx, const Actor& actor, EventId event) {
  const Command cmd{"event.withdraw", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto e = store::FindEvent(c, event);
    if (!e) return NotFound(Msg("error.not_found"));
    auto s = store::FindSignup(c, event, actor.id);
    if (!s || s->status == SignupStatus::kCancelled) return Conflict(Msg("error.not_signed_up"));
    const auto now = ctx.clock.Now();
    store::SetSignupStatus(c, s->id, SignupStatus::kCancelled, now);
    if (s->status == SignupStatus::kConfirmed && e->status == EventStatus::kPublished) {
      for (const auto& w : store::ListSignups(c, event)) {
        if (w.status != SignupStatus::kWaitlist) continue;
        const Actor nobody;  // the promotion is logged without an actor
        Promote(tx, nobody, *e, w, now);
        break;
      }
    }
    tx.Audit("event", event);
    return {};
  });
}

Result<std::vector<Attendee>> Attendees(const Ctx& ctx, const Actor& actor, EventId event) {
  // Reading people's names and emails is logged.
  const Command cmd{"event.attendees_read"};
  return Run<std::vector<Attendee>>(ctx, actor, cmd, [&](Tx& tx) -> Result<std::vector<Attendee>> {
    auto e = Managed(tx.c, actor, event);
    if (!e) return e.error();
    std::vector<Attendee> out;
    std::int64_t n = 0;
    for (const auto& s : store::ListSignups(tx.c, event)) {
      if (s.status == SignupStatus::kCancelled) continue;
      out.push_back({++n, s.name, s.email, s.status, s.created_at});
    }
    tx.Audit("event", event);
    return out;
  });
}

std::string AttendeesCsv(const std::vector<Attendee>& list) {
  const auto header = opendata::SplitHeader(Msg("csv.attendees_header"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : list) {
    rows.push_back({std::to_string(a.number), opendata::TextCell(a.name),
                    opendata::TextCell(a.email), Label(a.status),
                    jst::Date(a.signed_up_at) + " " + jst::Time(a.signed_up_at)});
  }
  return opendata::WriteCsv(header, rows);  // UTF-8 with BOM, CRLF, quoted where needed
}

std::int64_t SendReminders(const Ctx& ctx, bool any_hour) {
  // In the evening before, not at midnight.
  if (!any_hour && jst::Time(ctx.clock.Now()) < "17:00") return 0;
  const std::string tomorrow = jst::Date(ctx.clock.Now() + 86400);
  const std::int64_t from = jst::Midnight(tomorrow), to = from + 86400;
  CountingMailer counted(ctx.mailer);
  const Ctx run{ctx.db, ctx.clock, counted, ctx.municipality, ctx.base_url, ctx.login};
  const Actor nobody;  // the reminders are logged without an actor
  const auto due = ctx.db.Read([&](store::Conn& c) { return store::EventsToRemind(c, from, to); });
  const Command cmd{"event.remind", Login::kOptional};
  for (const auto& e : due) {
    auto claimed = Run<bool>(run, nobody, cmd, [&](Tx& tx) -> Result<bool> {
      // Claimed by one conditional update: another server or `tsunagu remind` that got here
      // first wins, and an event moved or cancelled meanwhile is skipped.
      if (!store::ClaimReminder(tx.c, e.id, from, to, ctx.clock.Now())) {
        tx.NoChange();
        return false;
      }
      auto fresh = store::FindEvent(tx.c, e.id);
      std::int64_t n = 0;
      for (const auto& s : store::ListSignups(tx.c, e.id)) {
        if (s.status != SignupStatus::kConfirmed) continue;
        tx.Send(
            Tell(ctx, s.email, "mail.event_reminder_subject", "mail.event_reminder_body", *fresh));
        ++n;
      }
      tx.Audit("event", e.id, std::to_string(n));
      return true;
    });
    (void)claimed;  // an event another run claimed is skipped
  }
  return counted.sent();
}

}  // namespace tsunagu::events
