// Events: the list with filters, an event with sign-up and waitlist, the organiser's form,
// cancellation and the attendee list as CSV.
#include "features/events/commands.hpp"
#include "features/events/routes.hpp"
#include "features/events/views.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/views.hpp"
#include "features/training/commands.hpp"
#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

// The event the URL's {id} names, if it is a number.
std::optional<events::EventId> EventParam(const RequestCtx& rc) {
  if (auto id = IdParam(rc)) return events::EventId{*id};
  return std::nullopt;
}

events::EventForm ReadForm(const RequestCtx& rc) {
  events::EventForm f;
  f.region = FormValue(rc, "region");
  f.org = FormValue(rc, "org");
  f.title = FormValue(rc, "title");
  f.title_kana = FormValue(rc, "title_kana");
  f.description = FormValue(rc, "description");
  f.all_day = FormValue(rc, "all_day");
  f.start_date = FormValue(rc, "start_date");
  f.start_time = FormValue(rc, "start_time");
  f.end_date = FormValue(rc, "end_date");
  f.end_time = FormValue(rc, "end_time");
  f.place = FormValue(rc, "place");
  f.address = FormValue(rc, "address");
  f.lat = FormValue(rc, "lat");
  f.lon = FormValue(rc, "lon");
  f.capacity = FormValue(rc, "capacity");
  f.fee = FormValue(rc, "fee");
  f.contact = FormValue(rc, "contact");
  return f;
}

Response FormPage(App& app, RequestCtx& rc, const events::Event* old, int status,
                  const Failure* errors) {
  const bool posted = errors != nullptr;
  auto value = [&](const std::string& n, const std::string& dflt) {
    return posted ? FormValue(rc, n) : dflt;
  };
  const auto orgs = PublishableOrgs(app, rc.actor);
  std::string home_slug;
  if (auto r = directory::FindRegion(app.ctx(), old ? old->region_id : rc.actor.home_region_id))
    home_slug = r->slug;
  const std::string title = old ? Msg("page.event_edit_title") : Msg("page.event_new_title");
  return app.Page(
      rc, status, title, "events/event_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetValue("ACTION", old ? "/events/" + to_string(old->id) + "/edit" : "/events/new");
        auto add = [&](Field f) {
          f.value = value(f.name, f.value);
          f.error = FieldError(errors, f.name);
          AddField(d, f);
        };
        if (!old) {
          add({.name = "org",
               .label = Msg("field.event_org"),
               .type = "select",
               .value = orgs.empty() ? "" : orgs.front().first,
               .required = true,
               .options = orgs});
        }
        add({.name = "region",
             .label = Msg("field.region"),
             .type = "select",
             .value = old ? old->region_slug : home_slug,
             .required = true,
             .options = RegionOptions(app, Msg("label.choose"))});
        add({.name = "title",
             .label = Msg("field.event_title"),
             .value = old ? old->title : "",
             .required = true});
        add({.name = "title_kana",
             .label = Msg("field.event_title_kana"),
             .value = old ? old->title_kana : "",
             .hint = Msg("hint.event_title_kana"),
             .required = true});
        add({.name = "description",
             .label = Msg("field.description"),
             .type = "textarea",
             .value = old ? old->description : ""});
        add({.name = "all_day",
             .label = Msg("field.all_day"),
             .type = "select",
             .value = old && old->all_day ? "1" : "0",
             .options = {{"0", Msg("event.timed")}, {"1", Msg("event.all_day")}}});
        add({.name = "start_date",
             .label = Msg("field.start_date"),
             .type = "date",
             .value = old ? jst::Date(old->starts_at) : "",
             .required = true});
        add({.name = "start_time",
             .label = Msg("field.start_time"),
             .type = "time",
             .value = old && !old->all_day ? jst::Time(old->starts_at) : "",
             .hint = Msg("hint.time_all_day")});
        add({.name = "end_date",
             .label = Msg("field.end_date"),
             .type = "date",
             .value = old ? jst::Date(old->ends_at) : "",
             .hint = Msg("hint.end_date")});
        add({.name = "end_time",
             .label = Msg("field.end_time"),
             .type = "time",
             .value = old && !old->all_day ? jst::Time(old->ends_at) : ""});
        add({.name = "place", .label = Msg("field.place"), .value = old ? old->place : ""});
        add({.name = "address", .label = Msg("field.address"), .value = old ? old->address : ""});
        add({.name = "lat",
             .label = Msg("field.lat"),
             .value = old ? Degrees(old->lat_e6) : "",
             .hint = Msg("hint.latlon")});
        add({.name = "lon", .label = Msg("field.lon"), .value = old ? Degrees(old->lon_e6) : ""});
        add({.name = "capacity",
             .label = Msg("field.capacity"),
             .type = "number",
             .value = old && old->capacity ? std::to_string(*old->capacity) : "",
             .hint = Msg("hint.capacity")});
        add({.name = "fee",
             .label = Msg("field.fee"),
             .value = old ? old->fee : "",
             .hint = Msg("hint.fee")});
        add({.name = "contact",
             .label = Msg("field.event_contact"),
             .value = old ? old->contact : "",
             .hint = Msg("hint.event_contact")});
      },
      errors);
}

Response NewEventForm(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (PublishableOrgs(app, rc.actor).empty()) {
    return app.ErrorPage(rc, 403, Msg("error.event_no_org"));
  }
  return FormPage(app, rc, nullptr, 200, nullptr);
}

Response CreateEvent(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = events::CreateEvent(app.ctx(), rc.actor, ReadForm(rc));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, nullptr, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/events/" + to_string(*r), "event_created");
}

Response EditEventForm(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  auto e = id ? events::GetEvent(app.ctx(), *id) : std::nullopt;
  if (!e) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!events::CanManage(rc.actor, *e)) return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  // A talk's sign-up is edited with the talk.
  if (auto talk = events::TalkOf(app.ctx(), e->id))
    return Redirect("/talks/" + std::to_string(talk) + "/edit");
  return FormPage(app, rc, &*e, 200, nullptr);
}

Response UpdateEvent(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  auto e = id ? events::GetEvent(app.ctx(), *id) : std::nullopt;
  if (!e) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = events::UpdateEvent(app.ctx(), rc.actor, *id, ReadForm(rc));
  if (!r) {
    const Failure err = r.error();
    if (err.kind != FailureKind::kInvalid) return app.ErrorPage(rc, err);
    return FormPage(app, rc, &*e, 400, &err);
  }
  return app.RedirectWithFlash(rc, "/events/" + to_string(*id), "event_saved");
}

Response GetEvent(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  auto e = id ? events::GetEvent(app.ctx(), *id) : std::nullopt;
  if (!e) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  rc.cacheable = true;
  const auto mine = events::SignupStatusOf(app.ctx(), rc.actor, e->id);
  const bool over = e->ends_at + (e->all_day ? 86400 : 0) <= app.ctx().clock.Now();
  const std::string base = app.config().base_url;
  rc.og["og:type"] = "website";
  rc.og["og:title"] = e->title;
  rc.og["og:description"] = events::WhenText(*e) + (e->place.empty() ? "" : " " + e->place);
  rc.og["og:url"] = base + "/events/" + to_string(e->id);
  rc.og["og:site_name"] = Msg("site.full_name");
  return app.Page(rc, 200, e->title, "events/event.tpl", [&](Dict& d) {
    FillEvent(d, *e);
    d.SetValue("TITLE_KANA", e->title_kana);
    d.SetValue("DESCRIPTION", e->description);
    if (!e->address.empty()) d.SetValueAndShowSection("ADDRESS", e->address, "HAS_ADDRESS");
    if (e->HasGeo()) {
      Dict* g = d.AddSectionDictionary("HAS_GEO");
      g->SetValue("LAT", Degrees(e->lat_e6));
      g->SetValue("LON", Degrees(e->lon_e6));
    }
    if (!e->fee.empty()) d.SetValueAndShowSection("FEE", e->fee, "HAS_FEE");
    if (!e->contact.empty()) d.SetValueAndShowSection("CONTACT", e->contact, "HAS_CONTACT");
    d.SetValue("REGION_ICS", "/regions/" + e->region_slug + "/events.ics");
    if (e->waiting) {
      d.SetIntValue("WAITING", e->waiting);
      d.ShowSection("HAS_WAITING");
    }
    if (e->status == events::EventStatus::kCancelled) {
      // Nothing to sign up for.
    } else if (over) {
      d.ShowSection("OVER");
    } else if (rc.actor.IsAnonymous()) {
      d.ShowSection("LOGIN_TO_SIGN_UP");
    } else if (mine == events::SignupStatus::kConfirmed ||
               mine == events::SignupStatus::kWaitlist) {
      d.SetValueAndShowSection("MY_STATUS", events::MineLabel(*mine), "SIGNED_UP");
    } else {
      Dict* s = d.AddSectionDictionary("CAN_SIGN_UP");
      s->SetValue("SIGN_UP_LABEL",
                  Msg(e->Full() || e->waiting ? "event.join_waitlist" : "event.sign_up"));
    }
    if (events::CanManage(rc.actor, *e)) {
      Dict* m = d.AddSectionDictionary("CAN_MANAGE");
      if (e->status != events::EventStatus::kCancelled) m->ShowSection("CAN_CANCEL");
    }
  });
}

Response SignUp(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = events::SignUp(app.ctx(), rc.actor, *id);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/events/" + to_string(*id),
                               *r == events::SignupStatus::kConfirmed ? "signed_up" : "waitlisted");
}

Response Withdraw(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = events::Withdraw(app.ctx(), rc.actor, *id);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/events/" + to_string(*id), "signup_cancelled");
}

Response CancelEvent(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  auto r = events::CancelEvent(app.ctx(), rc.actor, *id);
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, "/events/" + to_string(*id), "event_cancelled");
}

Response AttendeesCsv(App& app, RequestCtx& rc) {
  auto id = EventParam(rc);
  if (!id) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto r = events::Attendees(app.ctx(), rc.actor, *id);
  if (!r) return app.ErrorPage(rc, r.error());
  Response resp;
  resp.content_type = "text/csv; charset=utf-8";
  resp.body = events::AttendeesCsv(*r);
  resp.Set("Content-Disposition", "attachment; filename=\"attendees-" + to_string(*id) + ".csv\"");
  resp.Set("Cache-Control", "no-store");
  return resp;
}

Response ListEvents(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const std::string region_slug = QueryParam(rc.req, "region"), from = QueryParam(rc.req, "from"),
                    to = QueryParam(rc.req, "to");
  const int page =
      std::max(1, static_cast<int>(text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1)));
  events::Filter f;
  if (!region_slug.empty()) {
    auto region = directory::FindRegionBySlug(app.ctx(), region_slug);
    if (!region) return app.ErrorPage(rc, 404, Msg("error.no_region"));
    f.region = region->id;
  }
  if (training::IsDate(from)) f.from = jst::Midnight(from);
  if (training::IsDate(to)) f.to = jst::Midnight(to) + 86400;
  f.count_cap = 10000;
  constexpr int kPer = 20;
  const auto result = events::List(app.ctx(), f, std::min(page, 10000), kPer);
  rc.alternates.push_back({"text/calendar", Msg("ical.title"), "/events.ics"});
  return app.Page(rc, 200, Msg("page.events_title"), "events/events.tpl", [&](Dict& d) {
    AddFilterForm(app, d, "/events", region_slug, "", from, to, false);
    for (const auto& e : result.items) AddEventItem(d, e);
    if (result.items.empty()) d.ShowSection("NO_EVENTS");
    std::string total = Msg(result.more ? "list.count_more" : "list.count");
    total.replace(total.find("{n}"), 3, text::WithThousands(result.total));
    d.SetValue("TOTAL", total);
    FillPager(d,
              "/events?region=" + EncodeQueryValue(region_slug) +
                  "&from=" + EncodeQueryValue(from) + "&to=" + EncodeQueryValue(to),
              page, result.total, kPer);
    if (!PublishableOrgs(app, rc.actor).empty()) d.ShowSection("CAN_CREATE");
    d.SetValue("ICS_HREF",
               region_slug.empty() ? "/events.ics" : "/regions/" + region_slug + "/events.ics");
  });
}

// "My posts": one's own posts with their review status and the events one signed up for
// (here, where events meet the posts they use).
Response MyPosts(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  const auto mine = posts::PostsBy(app.ctx(), rc.actor.id);
  const auto signed_up = events::SignedUpBy(app.ctx(), rc.actor.id);
  return app.Page(rc, 200, Msg("page.my_posts_title"), "events/my_posts.tpl", [&](Dict& d) {
    for (const auto& p : mine) {
      Dict* e = d.AddSectionDictionary("POST");
      FillPost(*e, p);
      e->SetValue("STATUS_LABEL", posts::Label(p.status));
      if (!p.review_comment.empty()) {
        e->SetValueAndShowSection("REVIEW_COMMENT", p.review_comment, "HAS_REVIEW_COMMENT");
      }
    }
    if (mine.empty()) d.ShowSection("NO_POSTS");
    for (const auto& ev : signed_up) {
      Dict* e = d.AddSectionDictionary("EVENT");
      FillEvent(*e, ev);
      // Listed because of the actor's sign-up (never deleted: at worst cancelled meanwhile).
      if (auto s = events::SignupStatusOf(app.ctx(), rc.actor, ev.id)) {
        e->SetValue("SIGNUP_LABEL", events::Label(*s));
      }
    }
    if (signed_up.empty()) d.ShowSection("NO_EVENTS");
  });
}

}  // namespace

void AddEventRoutes(Router<Handler>& r) {
  r.Add("GET", "/events", ListEvents);
  r.Add("GET", "/me/posts", MyPosts);
  r.Add("GET", "/events/new", NewEventForm);
  r.Add("POST", "/events/new", CreateEvent);
  r.Add("GET", "/events/{id}", GetEvent);
  r.Add("GET", "/events/{id}/edit", EditEventForm);
  r.Add("POST", "/events/{id}/edit", UpdateEvent);
  r.Add("POST", "/events/{id}/signup", SignUp);
  r.Add("POST", "/events/{id}/withdraw", Withdraw);
  r.Add("POST", "/events/{id}/cancel", CancelEvent);
  r.Add("GET", "/events/{id}/attendees.csv", AttendeesCsv);
}

}  // namespace tsunagu::web
