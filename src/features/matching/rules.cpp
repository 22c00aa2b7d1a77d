#include "features/matching/rules.hpp"

#include <algorithm>

#include "features/training/rules.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"

namespace tsunagu::matching {

using training::ParseTime;

std::int64_t Need::DailyMinutes() const {
  return ParseTime(end_time).value_or(0) - ParseTime(start_time).value_or(0);
}

std::string PersonKindLabel(const std::string& code) { return Msg("matching.person_kind." + code); }
std::string NeedKindLabel(const std::string& code) { return Msg("matching.need_kind." + code); }
std::string CategoryLabel(const std::string& code) { return Msg("category." + code); }
std::string TravelLabel(const std::string& code) {
  return code.empty() ? "" : Msg("matching.travel." + code);
}
std::string StatusLabel(MatchStatus status) {
  return Msg("matching.status." + std::string(ToString(status)));
}
std::string InitiatorLabel(Party by) {
  return Msg("matching.initiated." + std::string(ToString(by)));
}
std::string WeekdaysLabel(std::uint32_t weekdays) {
  if ((weekdays & 0x7f) == 0x7f) return Msg("matching.every_day");
  std::string out;
  for (int d = 0; d < 7; ++d) {
    if (!(weekdays & (1u << d))) continue;
    if (!out.empty()) out += "・";
    out += Msg(std::string("day.") + kDayCodes[d]);
  }
  return out;
}

bool CanManageNeed(const Actor& a, const Need& n) {
  return Can(a, Action::kPostNeed, Subject{n.region_id, n.org_id, n.org_kind});
}

bool CanRunBatch(const Actor& actor) { return Can(actor, Action::kRunMatchingBatch, Subject{}); }

bool IsFull(const Need& n) { return n.confirmed >= n.capacity; }

std::string Fill(std::string m, const std::string& key, const std::string& value) {
  const auto pos = m.find("{" + key + "}");
  if (pos != std::string::npos) m.replace(pos, key.size() + 2, value);
  return m;
}

std::string HoursText(std::int64_t minutes) {
  const std::int64_t h = minutes / 60, m = minutes % 60;
  if (h == 0) return std::to_string(m) + Msg("unit.minutes");
  return std::to_string(h) + Msg("unit.hours") + (m ? std::to_string(m) + Msg("unit.minutes") : "");
}

std::string ExclusionText(match::Exclusion e, const Profile& p) {
  switch (e) {
    case match::Exclusion::kNone:
      return "";
    case match::Exclusion::kMinorWithoutConsent:
      return Msg("matching.excl_minor_consent");
    case match::Exclusion::kMinorNotAllowed:
      return Msg("matching.excl_minor_not_allowed");
    case match::Exclusion::kMinorAtNight:
      return Msg("matching.excl_minor_night");
    case match::Exclusion::kNoCertification:
      return Msg("matching.excl_certification");
    case match::Exclusion::kDatesDoNotOverlap:
      return Msg("matching.excl_dates");
    case match::Exclusion::kTimesDoNotOverlap:
      return Msg("matching.excl_times");
    case match::Exclusion::kTooFar:
      return Fill(Msg("matching.excl_too_far"), "km", std::to_string(p.max_km));
  }
  return "";
}

std::vector<std::string> ReasonTexts(const match::Evaluation& e, const Need& n) {
  std::vector<std::string> out;
  for (const auto& r : e.reasons) {
    switch (r.kind) {
      case match::ReasonKind::kRequiredSkills:
        out.push_back(Fill(Fill(Msg("matching.reason_skills"), "a", std::to_string(r.a)), "b",
                           std::to_string(r.b)));
        break;
      case match::ReasonKind::kWelcomeSkills:
        out.push_back(Fill(Msg("matching.reason_welcome"), "a", std::to_string(r.a)));
        break;
      case match::ReasonKind::kTimeOverlap:
        out.push_back(Msg("matching.reason_time"));
        break;
      case match::ReasonKind::kSameRegion:
        out.push_back(Fill(Msg("matching.reason_same_region"), "region", n.region_name));
        break;
      case match::ReasonKind::kWillingRegion:
        out.push_back(Fill(Msg("matching.reason_willing_region"), "region", n.region_name));
        break;
      case match::ReasonKind::kDistance:
        out.push_back(r.b < 10 ? Msg("matching.reason_near")
                               : Fill(Msg("matching.reason_distance"), "km", std::to_string(r.a)));
        break;
      case match::ReasonKind::kInterest:
        out.push_back(Fill(Msg("matching.reason_interest"), "category", CategoryLabel(n.category)));
        break;
      case match::ReasonKind::kKindFit:
        out.push_back(Fill(Msg("matching.reason_kind"), "kind", NeedKindLabel(n.kind)));
        break;
    }
  }
  return out;
}

match::Person ToPerson(const Profile& p, const World& w) {
  match::Person m;
  m.id = p.user_id.value();
  m.kind = p.kind;
  m.minor = p.minor;
  m.guardian_consent = p.guardian_consent_at != 0 && !p.guardian_name.empty();
  m.skills = {p.skills.begin(), p.skills.end()};
  m.interests = {p.interests.begin(), p.interests.end()};
  for (RegionId r : p.regions) m.regions.insert(m.regions.end(), r.value());
  m.home_region = p.home_region.value();
  m.slots = p.slots;
  m.available_from = p.available_from;
  // A person is not available before today, whatever they wrote.
  if (m.available_from < w.today) m.available_from = w.today;
  m.available_until = p.available_until;
  if (auto it = w.locations.find(p.home_region); it != w.locations.end()) m.base = it->second;
  m.max_km = static_cast<int>(p.max_km);
  m.certified = w.certified.count(p.user_id) > 0;
  return m;
}

match::Need ToEngineNeed(const Need& n) {
  match::Need m;
  m.id = n.id.value();
  m.kind = n.kind;
  m.category = n.category;
  m.required_skills = n.required_skills;
  m.welcome_skills = n.welcome_skills;
  m.region = n.region_id.value();
  m.where = n.where;
  m.date_from = n.date_from;
  m.date_to = n.date_to;
  m.start_min = ParseTime(n.start_time).value_or(0);
  m.end_min = ParseTime(n.end_time).value_or(0);
  m.slots = match::NeedSlots(n.weekdays, m.start_min, m.end_min);
  m.minors_allowed = n.minors_allowed;
  m.requires_certification = n.requires_certification;
  return m;
}

std::int64_t ActivityMinutesUpTo(const Need& n, const std::string& today) {
  const std::string last = std::min(n.date_to, today);
  const std::int64_t days = match::DaysBetween(n.date_from, last);
  if (days < 0) return 0;
  std::int64_t count = 0;
  const int first = match::WeekdayOf(n.date_from);
  for (std::int64_t i = 0; i <= days; ++i) {
    if (n.weekdays & (1u << ((first + i) % 7))) ++count;
  }
  return count * n.DailyMinutes();
}

std::optional<Failure> CheckTakePart(const World& w, const Need& n, const Profile& p,
                                     bool confirming) {
  if (n.status != NeedStatus::kOpen || n.date_to < w.today)
    return Conflict(Msg("matching.need_closed"));
  if (confirming ? n.confirmed >= n.capacity : IsFull(n)) {
    return Conflict(Msg("matching.need_full"));
  }
  const auto e = match::Evaluate(ToPerson(p, w), ToEngineNeed(n));
  if (!e.eligible()) return Invalid(ExclusionText(e.exclusion, p));
  return std::nullopt;
}

}  // namespace tsunagu::matching
