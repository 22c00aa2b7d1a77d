#include "features/issues/rules.hpp"

#include "platform/messages.hpp"
#include "platform/permissions.hpp"

namespace tsunagu::issues {
namespace {

constexpr std::int64_t kDay = 86400;

const Membership* MemberOf(const Actor& a, OrgId org) {
  if (!org) return nullptr;
  for (const auto& m : a.memberships) {
    if (m.org_id == org) return &m;
  }
  return nullptr;
}

}  // namespace

std::optional<Level> Above(Level l) {
  if (l == Level::kAssociation) return Level::kCouncil;
  if (l == Level::kCouncil) return Level::kCity;
  return std::nullopt;
}

bool IsOfficerOf(const Actor& a, OrgId org) {
  const Membership* m = MemberOf(a, org);
  return m && m->role == MemberRole::kOfficer;
}

// City staff of the organisation (a department or the secretariat).
bool IsStaffOf(const Actor& a, OrgId org) {
  return a.role != UserRole::kResident && MemberOf(a, org) != nullptr;
}

OrgId DepartmentFor(const Settings& s, const std::string& category) {
  auto it = s.departments.find(category);
  return it != s.departments.end() && it->second ? it->second : s.secretariat;
}

Holder MakeHolder(const Issue& i, const Settings& s) {
  Holder h;
  h.level = i.level;
  h.region = i.region_id;
  h.association = i.association_id;
  h.council = i.council_id;
  h.department =
      i.level == Level::kCity && i.department_id ? i.department_id : DepartmentFor(s, i.category);
  h.secretariat = s.secretariat;
  return h;
}

std::int64_t DueAt(const Settings& s, Level l, std::int64_t since) {
  return since + s.target_days[static_cast<int>(l)] * kDay;
}

bool ActsAt(const Actor& actor, const Holder& h, Level level) {
  if (actor.IsAnonymous()) return false;
  switch (level) {
    case Level::kAssociation:
      return h.association && IsOfficerOf(actor, h.association);
    case Level::kCouncil:
      return h.council && IsOfficerOf(actor, h.council);
    case Level::kCity:
      return (h.department && IsStaffOf(actor, h.department)) ||
             (h.secretariat && IsStaffOf(actor, h.secretariat));
  }
  return false;
}

Verdict Decide(const Actor& actor, const Holder& h, State state, Move move, bool has_note) {
  const bool holds = ActsAt(actor, h, h.level);
  const auto above = Above(h.level);
  const bool next_up = above && ActsAt(actor, h, *above);
  // 403 first: only the level holding the issue acts on it; the next level up may reopen.
  if (!holds && !(move == Move::kReopen && next_up)) return Verdict::kForbidden;
  const bool open = state == State::kNew || state == State::kInProgress;
  switch (move) {
    case Move::kStart:
      if (state != State::kNew) return Verdict::kConflict;
      return Verdict::kAllowed;
    case Move::kResolve:
    case Move::kDecline:
      if (!open) return Verdict::kConflict;
      break;
    case Move::kEscalate:
      if (!open || !above) return Verdict::kConflict;
      break;
    case Move::kReopen:
      if (open) return Verdict::kConflict;
      return Verdict::kAllowed;
  }
  return has_note ? Verdict::kAllowed : Verdict::kNoteRequired;
}

bool IsParty(const Actor& actor, const Holder& h) {
  if (actor.IsAnonymous()) return false;
  if (h.association && ActsAt(actor, h, Level::kAssociation)) return true;
  if (ActsAt(actor, h, Level::kCouncil)) return true;
  return h.level == Level::kCity && ActsAt(actor, h, Level::kCity);
}

bool CanHandOver(const Actor& actor, const Holder& h) {
  return h.secretariat && IsStaffOf(actor, h.secretariat);
}

std::string StateLabelFor(const Issue& i, std::optional<Level> viewer) {
  if (viewer && static_cast<int>(*viewer) < static_cast<int>(i.level) && i.Open())
    return Msg("issue.state.escalated");
  return Label(i.state);
}

std::string AgencyResponsible(const Issue& i) {
  if (i.level == Level::kCity) {
    std::string s = Msg("issue.city_name");
    if (!i.department_name.empty()) {
      s += " ";
      s += i.department_name;
    }
    return s;
  }
  return i.HolderName();
}

bool IsCityWideDepartment(const Org& o) {
  return o.kind == OrgKind::kCityDepartment && !o.region_id;
}

bool CanManageSettings(const Actor& actor) {
  return actor.role == UserRole::kCityAdmin || actor.role == UserRole::kSystemAdmin;
}

}  // namespace tsunagu::issues
