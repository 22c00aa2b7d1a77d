#include "features/matching/commands.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <set>

#include "features/matching/assign.hpp"
#include "features/matching/queries.hpp"
#include "features/training/commands.hpp"
#include "features/training/queries.hpp"
#include "platform/command.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::matching {
namespace {

using training::ParseTime;

const Subject kCityWide{};
constexpr std::int64_t kConsentLinkLifetime = 14 * 24 * 3600;  // two weeks

template <std::size_t N>
bool OneOf(const std::string& v, const char* const (&codes)[N]) {
  return std::find_if(std::begin(codes), std::end(codes), [&](const char* c) { return v == c; }) !=
         std::end(codes);
}

// Queues a mail for after the commit; nothing when there is nobody to send it to.
void SendMail(Tx& tx, const std::string& to, const std::string& subject_key,
              const std::string& body) {
  if (to.empty()) return;
  tx.Send(Mail{to, Msg(subject_key), body});
}

std::string NeedSummary(const Ctx& ctx, const Need& n) {
  std::string s = Msg("mail.need_summary");
  s = Fill(s, "title", n.title);
  s = Fill(s, "org", n.org_name);
  s = Fill(s, "dates", n.date_from == n.date_to ? n.date_from : n.date_from + " 〜 " + n.date_to);
  s = Fill(s, "time", n.start_time + "〜" + n.end_time);
  s = Fill(s, "place", n.place.empty() ? n.region_name : n.place);
  s = Fill(s, "link", ctx.base_url + "/matching/needs/" + to_string(n.id));
  return s;
}

// Both sides have accepted: the person gets the details and the organisation's contact.
std::string ConfirmationBody(const Ctx& ctx, const Need& n, const std::optional<Org>& org) {
  std::string body = Msg("mail.match_confirmed_body");
  body = Fill(body, "summary", NeedSummary(ctx, n));
  body = Fill(body, "details", n.details.empty() ? Msg("matching.no_details") : n.details);
  std::string contact = n.org_name;
  if (org) {
    if (!org->phone.empty()) contact += " " + org->phone;
    if (!org->email.empty()) contact += " " + org->email;
  }
  return Fill(body, "contact", contact);
}

}  // namespace

// ---- Skills ---------------------------------------------------------------------------

Result<void> AddSkill(const Ctx& ctx, const Actor& actor, std::string label) {
  Validator v;
  v.Required("label", label, 40);
  // The new code is numbered from the list as it stands.
  const Command cmd{"matching.add_skill", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kManageSkills, kCityWide)) return Forbidden(Msg("error.forbidden"));
    if (!v.ok()) return v.Fail();
    const auto skills = store::ListSkills(tx.c, ctx.municipality);
    for (const auto& s : skills) {
      if (text::NfkcLower(s.label) == text::NfkcLower(label)) {
        return Conflict(Msg("error.summary"), {{"label", Msg("error.skill_exists")}});
      }
    }
    // Codes are stable identifiers; labels can be renamed later.
    std::string code = "s";
    code += std::to_string(skills.size() + 1);
    code += '-';
    code += std::to_string(ctx.clock.Now() % 100000);
    const auto id = store::InsertSkill(tx.c, ctx.municipality, code, label,
                                       static_cast<std::int64_t>(skills.size()));
    tx.Audit("skill", id, "code=" + code);
    return {};
  });
}

Result<void> RenameSkill(const Ctx& ctx, const Actor& actor, SkillId id, std::string label) {
  Validator v;
  v.Required("label", label, 40);
  const Command cmd{"matching.rename_skill", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    if (!Can(actor, Action::kManageSkills, kCityWide)) return Forbidden(Msg("error.forbidden"));
    if (!v.ok()) return v.Fail();
    if (!store::FindSkill(tx.c, id)) return NotFound(Msg("error.not_found"));
    for (const auto& s : store::ListSkills(tx.c, ctx.municipality)) {
      if (s.id != id && text::NfkcLower(s.label) == text::NfkcLower(label)) {
        return Conflict(Msg("error.summary"), {{"label", Msg("error.skill_exists")}});
      }
    }
    store::UpdateSkillLabel(tx.c, id, label);
    tx.Audit("skill", id);
    return {};
  });
}

// ---- Profiles -------------------------------------------------------------------------

Result<void> SaveProfile(const Ctx& ctx, const Actor& actor, ProfileForm f) {
  // Asking a guardian (afresh) for consent is a command of its own, run inside this one.
  return Run<void>(ctx, actor, {"matching.save_profile"}, [&](Tx& tx) -> Result<void> {
    Validator v;
    Profile p;
    p.user_id = actor.id;
    if (!OneOf(f.kind, kPersonKinds)) v.Add("kind", Msg("error.choice"));
    p.kind = f.kind;
    v.Optional("employer", f.employer, 100);
    p.employer = f.employer;
    std::set<std::string> known;
    for (const auto& s : store::ListSkills(tx.c, ctx.municipality)) known.insert(s.code);
    for (const auto& s : f.skills) {
      if (!known.count(s)) v.Add("skills", Msg("error.choice"));
    }
    p.skills = f.skills;
    v.Optional("skills_note", f.skills_note, 200);
    p.skills_note = f.skills_note;
    for (const auto& i : f.interests) {
      if (!OneOf(i, kCategories)) v.Add("interests", Msg("error.choice"));
    }
    p.interests = f.interests;
    std::map<std::string, RegionId> regions;  // by slug
    for (const auto& r : store::ListRegions(tx.c, ctx.municipality)) regions[r.slug] = r.id;
    for (const auto& slug : f.regions) {
      auto it = regions.find(slug);
      if (it == regions.end()) {
        v.Add("regions", Msg("error.choice"));
      } else {
        p.regions.push_back(it->second);
      }
    }
    for (const auto& s : f.slots) {
      bool found = false;
      for (int d = 0; d < match::kDays; ++d) {
        for (int q = 0; q < match::kPeriods; ++q) {
          if (s == std::string(kDayCodes[d]) + "-" + kPeriodCodes[q]) {
            p.slots |= match::Slot(d, q);
            found = true;
          }
        }
      }
      if (!found) v.Add("slots", Msg("error.choice"));
    }
    if (p.slots == 0) v.Add("slots", Msg("error.slots_required"));
    f.available_from = text::Nfkc(text::Trim(f.available_from));
    f.available_until = text::Nfkc(text::Trim(f.available_until));
    if (!f.available_from.empty() && !training::IsDate(f.available_from)) {
      v.Add("available_from", Msg("error.date"));
    }
    if (!f.available_until.empty() && !training::IsDate(f.available_until)) {
      v.Add("available_until", Msg("error.date"));
    }
    if (!v.HasError("available_from") && !v.HasError("available_until") &&
        !f.available_from.empty() && !f.available_until.empty() &&
        f.available_until < f.available_from) {
      v.Add("available_until", Msg("error.date_order"));
    }
    p.available_from = f.available_from;
    p.available_until = f.available_until;
    if (!f.travel.empty() && !OneOf(f.travel, kTravel)) v.Add("travel", Msg("error.choice"));
    p.travel = f.travel;
    const std::string km = text::Nfkc(text::Trim(f.max_km));
    if (!km.empty()) {
      auto n = text::ParsePositiveInt(km);
      if (!n || *n > 200) {
        v.OutOfRange("max_km", 1, 200);
      } else {
        p.max_km = *n;
      }
    }
    const std::string active = text::Nfkc(text::Trim(f.max_active));
    auto n_active = text::ParsePositiveInt(active.empty() ? "1" : active);
    if (!n_active || *n_active > 10) {
      v.OutOfRange("max_active", 1, 10);
    } else {
      p.max_active = *n_active;
    }
    p.minor = f.minor == "1";
    v.Optional("guardian_name", f.guardian_name, 50);
    const std::string guardian_email = text::NfkcLower(text::Trim(f.guardian_email));
    bool ask_guardian = false;
    if (p.minor) {
      p.guardian_name = f.guardian_name;
      p.guardian_email = guardian_email;
      if (p.guardian_name.empty() && !v.HasError("guardian_name")) {
        v.Add("guardian_name", Msg("error.guardian_name"));
      }
      if (!text::IsValidText(f.guardian_email) || !text::LooksLikeEmail(guardian_email)) {
        v.Add("guardian_email",
              Msg(guardian_email.empty() ? "error.guardian_email" : "error.email"));
      } else if (guardian_email == text::NfkcLower(store::FindUser(tx.c, actor.id)->email)) {
        v.Add("guardian_email", Msg("error.guardian_email_own"));
      }
      // Consent stays while the guardian is the same; a new guardian is asked afresh, and so
      // is the same one when no consent is recorded and no link is pending.
      auto old = store::FindProfile(tx.c, actor.id);
      const bool same = old && old->minor && old->guardian_name == p.guardian_name &&
                        old->guardian_email == p.guardian_email;
      p.guardian_consent_at = same ? old->guardian_consent_at : 0;
      ask_guardian = !same || (!old->guardian_consent_at && !old->consent_requested);
    }
    p.discoverable = f.discoverable == "1";
    if (p.minor && p.discoverable) v.Add("discoverable", Msg("error.minor_discoverable"));
    p.active = f.active != "0";
    if (!v.ok()) return v.Fail();
    store::UpsertProfile(tx.c, p, ctx.clock.Now());
    tx.Audit("user", actor.id);
    if (!ask_guardian) return {};
    return tx.Run<void>({"matching.request_guardian_consent"}, [&](Tx& ask) -> Result<void> {
      const std::string token = crypto::RandomToken();
      store::SetConsentRequest(ask.c, actor.id, crypto::TokenDigest(token),
                               ctx.clock.Now() + kConsentLinkLifetime);
      ask.Audit("user", actor.id);
      std::string body = Msg("mail.guardian_body");
      body = Fill(body, "guardian", p.guardian_name);
      body = Fill(body, "name", store::FindUser(ask.c, actor.id)->display_name);
      body = Fill(body, "link", ctx.base_url + "/guardian/consent?token=" + token);
      SendMail(ask, p.guardian_email, "mail.guardian_subject", body);
      return {};
    });
  });
}

Result<void> ConfirmGuardianConsent(const Ctx& ctx, const std::string& token) {
  if (token.size() != 64) return NotFound(Msg("error.consent_link"));
  // The guardian has no account: the link is the permission.
  const Command cmd{"matching.guardian_consent", Login::kOptional, Lock::kWriters};
  return Run<void>(ctx, Actor{}, cmd, [&](Tx& tx) -> Result<void> {
    auto user = store::FindConsentRequest(tx.c, crypto::TokenDigest(token), ctx.clock.Now());
    if (!user) return NotFound(Msg("error.consent_link"));
    store::RecordConsent(tx.c, *user, ctx.clock.Now());
    tx.Audit("user", *user);
    return {};
  });
}

// ---- Needs ----------------------------------------------------------------------------

Result<NeedId> CreateNeed(const Ctx& ctx, const Actor& actor, NeedForm f) {
  const Command cmd{"matching.create_need"};
  return Run<NeedId>(ctx, actor, cmd, [&](Tx& tx) -> Result<NeedId> {
    Validator v;
    Need n;
    n.created_by = actor.id;
    std::optional<Org> org;
    if (auto id = text::ParsePositiveInt(f.org_id)) org = store::FindOrg(tx.c, OrgId{*id});
    if (!org) {
      v.Add("org_id", Msg("error.choice"));
    } else if (!Can(actor, Action::kPostNeed, Subject{org->region_id, org->id, org->kind})) {
      return Forbidden(Msg("error.forbidden"));
    } else {
      n.org_id = org->id;
      n.org_kind = org->kind;
    }
    v.Required("title", f.title, 100);
    v.Required("description", f.description, 2000);
    n.title = f.title;
    n.description = f.description;
    if (!OneOf(f.kind, kNeedKinds)) v.Add("kind", Msg("error.choice"));
    n.kind = f.kind;
    if (!OneOf(f.category, kCategories)) v.Add("category", Msg("error.choice"));
    n.category = f.category;
    std::set<std::string> known;
    for (const auto& s : store::ListSkills(tx.c, ctx.municipality)) known.insert(s.code);
    for (const auto& s : f.required_skills) {
      if (!known.count(s)) v.Add("required_skills", Msg("error.choice"));
    }
    std::set<std::string> required(f.required_skills.begin(), f.required_skills.end());
    n.required_skills = {required.begin(), required.end()};
    for (const auto& s : f.welcome_skills) {
      if (!known.count(s)) {
        v.Add("welcome_skills", Msg("error.choice"));
      } else if (!required.count(s)) {
        n.welcome_skills.push_back(s);
      }
    }
    std::optional<Region> region;
    if (!f.region.empty()) region = store::FindRegionBySlug(tx.c, ctx.municipality, f.region);
    if (!region) {
      v.Add("region", Msg("error.choice"));
    } else {
      n.region_id = region->id;
    }
    v.Optional("place", f.place, 200);
    n.place = f.place;
    const std::string lat = text::Nfkc(text::Trim(f.lat)), lon = text::Nfkc(text::Trim(f.lon));
    if (!lat.empty() || !lon.empty()) {
      try {
        std::size_t a = 0, b = 0;
        const double la = std::stod(lat, &a), lo = std::stod(lon, &b);
        if (a != lat.size() || b != lon.size() || la < 20 || la > 46 || lo < 122 || lo > 154) {
          throw std::invalid_argument("range");
        }
        n.where = match::GeoPoint{la, lo};
        n.has_own_point = true;
      } catch (const std::exception&) {
        v.Add("lat", Msg("error.lat_lon"));
      }
    }
    const std::string today = training::TodayJst(ctx.clock);
    f.date_from = text::Nfkc(text::Trim(f.date_from));
    f.date_to = text::Nfkc(text::Trim(f.date_to));
    f.start_time = text::Nfkc(text::Trim(f.start_time));
    f.end_time = text::Nfkc(text::Trim(f.end_time));
    if (f.date_from.empty()) {
      v.Add("date_from", Msg("error.required"));
    } else if (!training::IsDate(f.date_from)) {
      v.Add("date_from", Msg("error.date"));
    } else if (f.date_from < today) {
      v.Add("date_from", Msg("error.date_past"));
    }
    if (f.date_to.empty()) f.date_to = f.date_from;  // a one-day activity
    if (!training::IsDate(f.date_to)) {
      if (!v.HasError("date_from")) v.Add("date_to", Msg("error.date"));
    } else if (!v.HasError("date_from")) {
      if (f.date_to < f.date_from) {
        v.Add("date_to", Msg("error.date_order"));
      } else if (match::DaysBetween(f.date_from, f.date_to) > 366) {
        v.Add("date_to", Msg("error.need_too_long"));
      }
    }
    n.date_from = f.date_from;
    n.date_to = f.date_to;
    std::uint32_t chosen = 0;
    for (const auto& d : f.weekdays) {
      bool found = false;
      for (int i = 0; i < 7; ++i) {
        if (d == kDayCodes[i]) {
          chosen |= 1u << i;
          found = true;
        }
      }
      if (!found) v.Add("weekdays", Msg("error.choice"));
    }
    if (!v.HasError("date_from") && !v.HasError("date_to") && !v.HasError("weekdays")) {
      const std::uint32_t in_range = match::WeekdaysBetween(n.date_from, n.date_to);
      n.weekdays = chosen ? chosen & in_range : in_range;
      if (n.weekdays == 0) {
        v.Add("weekdays", Msg("error.weekdays_outside"));
      } else {
        // The need runs from its first to its last activity day.
        while (!(n.weekdays & (1u << match::WeekdayOf(n.date_from)))) {
          n.date_from = match::AddDays(n.date_from, 1);
        }
        while (!(n.weekdays & (1u << match::WeekdayOf(n.date_to)))) {
          n.date_to = match::AddDays(n.date_to, -1);
        }
      }
    }
    const auto start = ParseTime(text::Trim(f.start_time)), end = ParseTime(text::Trim(f.end_time));
    if (!start) v.Add("start_time", Msg(f.start_time.empty() ? "error.required" : "error.time"));
    if (!end) v.Add("end_time", Msg(f.end_time.empty() ? "error.required" : "error.time"));
    if (start && end && *end <= *start) v.Add("end_time", Msg("error.time_order"));
    n.start_time = text::Trim(f.start_time);
    n.end_time = text::Trim(f.end_time);
    auto capacity = text::ParsePositiveInt(text::Nfkc(text::Trim(f.capacity)));
    if (!capacity || *capacity > 100) {
      v.OutOfRange("capacity", 1, 100);
    } else {
      n.capacity = *capacity;
    }
    n.minors_allowed = f.minors_allowed == "1";
    n.requires_certification = f.requires_certification == "1";
    v.Optional("details", f.details, 1000);
    n.details = f.details;
    if (!v.ok()) return v.Fail();
    const auto id = store::InsertNeed(tx.c, ctx.municipality, n, ctx.clock.Now());
    tx.Audit("need", id, "org=" + to_string(n.org_id));
    return id;
  });
}

Result<void> CloseNeed(const Ctx& ctx, const Actor& actor, NeedId id) {
  const Command cmd{"matching.close_need", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    auto n = store::FindNeed(tx.c, id);
    if (!n) return NotFound(Msg("error.not_found"));
    if (!CanManageNeed(actor, *n)) return Forbidden(Msg("error.forbidden"));
    if (n->status == NeedStatus::kClosed) {
      tx.NoChange();
      return {};
    }
    store::SetNeedStatus(tx.c, id, NeedStatus::kClosed, ctx.clock.Now());
    // Applications and invitations still waiting end with the need.
    for (const auto& m : store::ListMatchesOfNeed(tx.c, id)) {
      if (Waiting(m.status)) {
        store::UpdateMatchStatus(tx.c, m.id, MatchStatus::kDeclined, Party::kPoster,
                                 ctx.clock.Now());
      }
    }
    tx.Audit("need", id);
    return {};
  });
}

// ---- Recommendations ------------------------------------------------------------------

// ---- Flow -----------------------------------------------------------------------------

namespace {

struct Loaded {
  Match match;
  Need need;
};

Result<Loaded> LoadMatch(store::Conn& c, MatchId id) {
  auto m = store::FindMatch(c, id);
  if (!m) return NotFound(Msg("error.not_found"));
  auto n = store::FindNeed(c, m->need_id);
  if (!n) return NotFound(Msg("error.not_found"));
  return Loaded{*m, *n};
}

}  // namespace

Result<MatchId> Apply(const Ctx& ctx, const Actor& actor, NeedId need_id) {
  // Applying to a need one was invited to accepts the invitation: the command
  // "matching.accept" runs inside this one and writes the only audit row.
  const Command cmd{"matching.apply", Login::kRequired, Lock::kWriters};
  return Run<MatchId>(ctx, actor, cmd, [&](Tx& tx) -> Result<MatchId> {
    store::Conn& c = tx.c;
    auto need = store::FindNeed(c, need_id);
    if (!need) return NotFound(Msg("error.not_found"));
    auto profile = store::FindProfile(c, actor.id);
    if (!profile) return Invalid(Msg("matching.no_profile"));
    if (auto existing = store::FindMatchFor(c, need_id, actor.id)) {
      if (existing->status != MatchStatus::kInvited) {
        return Conflict(Msg(existing->status == MatchStatus::kApplied ||
                                    existing->status == MatchStatus::kConfirmed
                                ? "matching.already_applied"
                                : "matching.cannot_reapply"));
      }
      // Applying to an invitation is accepting it: the accept command is the record.
      tx.AuditedByInner();
      return tx.Run<MatchId>({"matching.accept"}, [&](Tx& accept) -> Result<MatchId> {
        if (auto f =
                CheckTakePart(store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock)),
                              *need, *profile, true))
          return *f;
        store::UpdateMatchStatus(c, existing->id, MatchStatus::kConfirmed, std::nullopt,
                                 ctx.clock.Now());
        accept.Audit("match", existing->id, "by=person");
        SendMail(accept, profile->email, "mail.match_confirmed_subject",
                 ConfirmationBody(ctx, *need, store::FindOrg(c, need->org_id)));
        return existing->id;
      });
    }
    if (auto f = CheckTakePart(store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock)),
                               *need, *profile, false))
      return *f;
    const auto id = store::InsertMatch(c, need_id, actor.id, MatchStatus::kApplied, Party::kPerson,
                                       ctx.clock.Now());
    tx.Audit("match", id, "need=" + to_string(need_id));
    if (auto poster = store::FindUser(c, need->created_by)) {
      SendMail(tx, poster->email, "mail.new_application_subject",
               Fill(Msg("mail.new_application_body"), "summary", NeedSummary(ctx, *need)));
    }
    return id;
  });
}

Result<MatchId> Invite(const Ctx& ctx, const Actor& actor, NeedId need_id, UserId user) {
  const Command cmd{"matching.invite", Login::kRequired, Lock::kWriters};
  return Run<MatchId>(ctx, actor, cmd, [&](Tx& tx) -> Result<MatchId> {
    store::Conn& c = tx.c;
    auto need = store::FindNeed(c, need_id);
    if (!need) return NotFound(Msg("error.not_found"));
    if (!CanManageNeed(actor, *need)) return Forbidden(Msg("error.forbidden"));
    if (user == actor.id) return Conflict(Msg("matching.cannot_invite_self"));
    auto profile = store::FindProfile(c, user);
    // Only people who agreed to be found (never minors) can be invited.
    if (!profile || !profile->discoverable || !profile->active || profile->minor) {
      return NotFound(Msg("matching.cannot_invite"));
    }
    if (store::FindMatchFor(c, need_id, user)) return Conflict(Msg("matching.already_matched"));
    if (auto f = CheckTakePart(store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock)),
                               *need, *profile, false))
      return *f;
    const auto id = store::InsertMatch(c, need_id, user, MatchStatus::kInvited, Party::kPoster,
                                       ctx.clock.Now());
    tx.Audit("match", id, "need=" + to_string(need_id));
    SendMail(tx, profile->email, "mail.invitation_subject",
             Fill(Fill(Msg("mail.invitation_body"), "summary", NeedSummary(ctx, *need)), "link",
                  ctx.base_url + "/me/matches"));
    return id;
  });
}

Result<void> Accept(const Ctx& ctx, const Actor& actor, MatchId match_id) {
  const Command cmd{"matching.accept", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto l = LoadMatch(c, match_id);
    if (!l) return l.error();
    // Nobody decides on their own place, even for a need they run.
    const bool person = l->match.user_id == actor.id,
               poster = !person && CanManageNeed(actor, l->need);
    if (!poster && !person) return Forbidden(Msg("error.forbidden"));
    if (!((l->match.status == MatchStatus::kApplied && poster) ||
          (l->match.status == MatchStatus::kInvited && person))) {
      return Conflict(Msg("matching.cannot_accept"));
    }
    auto profile = store::FindProfile(c, l->match.user_id);
    if (!profile) return NotFound(Msg("error.not_found"));
    if (auto f = CheckTakePart(store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock)),
                               l->need, *profile, true))
      return *f;
    store::UpdateMatchStatus(c, match_id, MatchStatus::kConfirmed, std::nullopt, ctx.clock.Now());
    tx.Audit("match", match_id, person ? "by=person" : "by=poster");
    SendMail(tx, profile->email, "mail.match_confirmed_subject",
             ConfirmationBody(ctx, l->need, store::FindOrg(c, l->need.org_id)));
    return {};
  });
}

Result<void> Decline(const Ctx& ctx, const Actor& actor, MatchId match_id) {
  // Decided against the state as it is now, on both backends.
  const Command cmd{"matching.decline", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto l = LoadMatch(c, match_id);
    if (!l) return l.error();
    const bool person = l->match.user_id == actor.id,
               poster = !person && CanManageNeed(actor, l->need);
    if (!poster && !person) return Forbidden(Msg("error.forbidden"));
    const bool by_poster = l->match.status == MatchStatus::kApplied && poster;
    if (!by_poster && !(l->match.status == MatchStatus::kInvited && person)) {
      return Conflict(Msg("matching.cannot_decline"));
    }
    store::UpdateMatchStatus(c, match_id, MatchStatus::kDeclined,
                             by_poster ? Party::kPoster : Party::kPerson, ctx.clock.Now());
    tx.Audit("match", match_id, by_poster ? "by=poster" : "by=person");
    return {};
  });
}

Result<void> Withdraw(const Ctx& ctx, const Actor& actor, MatchId match_id) {
  const Command cmd{"matching.withdraw", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    store::Conn& c = tx.c;
    auto l = LoadMatch(c, match_id);
    if (!l) return l.error();
    const bool person = l->match.user_id == actor.id, poster = CanManageNeed(actor, l->need);
    if (!poster && !person) return Forbidden(Msg("error.forbidden"));
    const MatchStatus s = l->match.status;
    if (!Current(s)) {
      return Conflict(Msg("matching.cannot_withdraw"));
    }
    if (l->match.minutes) return Conflict(Msg("matching.withdraw_after_hours"));
    store::UpdateMatchStatus(c, match_id, MatchStatus::kWithdrawn,
                             person ? Party::kPerson : Party::kPoster, ctx.clock.Now());
    tx.Audit("match", match_id, person ? "by=person" : "by=poster");
    // A confirmed place given up is news for the other side: the person when the organisation
    // withdraws it, the need's poster when the person does.
    if (s == MatchStatus::kConfirmed) {
      const UserId to = person ? l->need.created_by : l->match.user_id;
      if (auto u = store::FindUser(c, to)) {
        SendMail(tx, u->email, person ? "mail.person_withdrew_subject" : "mail.withdrawn_subject",
                 Fill(Msg(person ? "mail.person_withdrew_body" : "mail.withdrawn_body"), "summary",
                      NeedSummary(ctx, l->need)));
      }
    }
    return {};
  });
}

Result<void> ConfirmHours(const Ctx& ctx, const Actor& actor, MatchId match_id,
                          const std::string& raw) {
  // Hours as a number in steps of 0.25 ("2", "2.5", "１.５").
  const std::string hours = text::Nfkc(text::Trim(raw));
  std::int64_t minutes = -1;
  {
    std::size_t used = 0;
    double h = -1;
    try {
      h = std::stod(hours, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    const double quarters = h * 4;
    if (!hours.empty() && used == hours.size() && h > 0 &&
        std::abs(quarters - std::round(quarters)) < 1e-9 && h <= 24 * 366) {
      minutes = static_cast<std::int64_t>(std::llround(quarters)) * 15;
    }
  }
  const Command cmd{"matching.confirm_hours", Login::kRequired, Lock::kWriters};
  return Run<void>(ctx, actor, cmd, [&](Tx& tx) -> Result<void> {
    if (minutes <= 0) {
      return Invalid(Msg("error.summary"),
                     {{"hours", Msg(hours.empty() ? "error.required" : "error.hours")}});
    }
    store::Conn& c = tx.c;
    auto l = LoadMatch(c, match_id);
    if (!l) return l.error();
    // Hours are confirmed by the organisation, never by the person for themselves.
    if (!CanManageNeed(actor, l->need) || l->match.user_id == actor.id) {
      return Forbidden(Msg("error.forbidden"));
    }
    if (l->match.status != MatchStatus::kConfirmed)
      return Conflict(Msg("matching.hours_not_confirmed"));
    const std::string today = training::TodayJst(ctx.clock);
    if (today < l->need.date_from) {
      return Invalid(Msg("error.summary"), {{"hours", Msg("error.hours_before_activity")}});
    }
    const std::int64_t max = ActivityMinutesUpTo(l->need, today);
    if (minutes > max) {
      return Invalid(Msg("error.summary"),
                     {{"hours", Fill(Msg("error.hours_too_many"), "max", HoursText(max))}});
    }
    store::SetMatchMinutes(c, match_id, minutes, today, ctx.clock.Now());
    tx.Audit("match", match_id, "minutes=" + std::to_string(minutes));
    if (auto u = store::FindUser(c, l->match.user_id)) {
      SendMail(tx, u->email, "mail.hours_subject",
               Fill(Fill(Msg("mail.hours_body"), "hours", HoursText(minutes)), "link",
                    ctx.base_url + "/me/matches"));
    }
    return {};
  });
}

// ---- Batch ----------------------------------------------------------------------------

Result<std::int64_t> SendBatch(const Ctx& ctx, const Actor& actor,
                               const std::vector<std::pair<NeedId, UserId>>& pairs) {
  // Each invitation is the command "matching.invite" with its own audit row, run inside this
  // one, which writes none of its own.
  const Command cmd{"matching.send_batch", Login::kRequired, Lock::kWriters};
  return Run<std::int64_t>(ctx, actor, cmd, [&](Tx& tx) -> Result<std::int64_t> {
    if (!CanRunBatch(actor)) return Forbidden(Msg("error.forbidden"));
    if (pairs.empty() || pairs.size() > 5000) return Invalid(Msg("matching.batch_empty"));
    store::Conn& c = tx.c;
    const World w = store::LoadWorld(c, ctx.municipality, training::TodayJst(ctx.clock));
    std::map<UserId, std::int64_t> busy;  // places each person holds or waits for
    for (const auto& [n, u, status] : store::ListCurrentMatches(c, ctx.municipality, w.today)) {
      if (Current(status)) ++busy[u];
    }
    std::int64_t sent = 0;
    for (const auto& [need_id, user] : pairs) {
      auto n = store::FindNeed(c, need_id);
      auto p = store::FindProfile(c, user);
      if (!n || !p || !p->discoverable || !p->active || p->minor) continue;
      if (busy[user] >= p->max_active) continue;
      if (n->capacity - n->confirmed - n->pending <= 0) continue;
      if (store::FindMatchFor(c, need_id, user)) continue;
      if (CanManageNeed(store::LoadActor(c, user), *n)) continue;
      if (CheckTakePart(w, *n, *p, false)) continue;
      auto invited = tx.Run<void>({"matching.invite"}, [&](Tx& invite) -> Result<void> {
        const auto id = store::InsertMatch(c, need_id, user, MatchStatus::kInvited, Party::kBatch,
                                           ctx.clock.Now());
        invite.Audit("match", id, "need=" + to_string(need_id) + " batch");
        SendMail(invite, p->email, "mail.invitation_subject",
                 Fill(Fill(Msg("mail.invitation_body"), "summary", NeedSummary(ctx, *n)), "link",
                      ctx.base_url + "/me/matches"));
        return {};
      });
      if (!invited) return invited.error();
      ++busy[user];
      ++sent;
    }
    if (sent > 0) {
      tx.AuditedByInner();
    } else {
      tx.NoChange();  // every pair was taken meanwhile: nothing sent
    }
    return sent;
  });
}

}  // namespace tsunagu::matching
