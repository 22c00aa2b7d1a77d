#include "features/regions/rules.hpp"

#include "platform/messages.hpp"

namespace tsunagu::orgs {

OrgForm FormFrom(const Org& o, const std::string& region_slug) {
  OrgForm f;
  f.kind = std::string(ToString(o.kind));
  f.name = o.name;
  f.kana = o.kana;
  f.description = o.description;
  f.council_shape = o.council_shape ? std::string(ToString(*o.council_shape)) : "";
  f.region = region_slug;
  f.parent = o.parent_id ? to_string(o.parent_id) : "";
  f.phone = o.phone;
  f.email = o.email;
  f.address = o.address;
  f.website = o.website;
  return f;
}

bool IsPhone(const std::string& s) {
  if (s.size() > 20) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || c == '-' || c == '(' || c == ')' || c == ' ')) return false;
  }
  return true;
}

Subject SubjectOf(const Org& o) { return Subject{o.region_id, o.id, o.kind}; }

bool NeedsRegion(OrgKind kind) {
  return kind == OrgKind::kCouncil || kind == OrgKind::kAssociation ||
         kind == OrgKind::kSubcommittee;
}

Result<MemberRole> ParseRole(const std::string& role) {
  auto r = ParseMemberRole(role);
  if (!r) return Invalid(Msg("error.summary"), {{"role", Msg("error.choice")}});
  return *r;
}

}  // namespace tsunagu::orgs
