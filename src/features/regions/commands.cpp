#include "features/regions/commands.hpp"

#include "platform/command.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/validate.hpp"

namespace tsunagu::orgs {
namespace {

// Validates the form against the database; fills org (id untouched) on success.
void ValidateOrg(store::Conn& c, const Ctx& ctx, Validator& v, OrgForm& f, Org& org) {
  auto kind = ParseOrgKind(f.kind);
  if (!kind) v.Add("kind", Msg("error.choice"));
  v.Required("name", f.name, 100);
  v.Optional("kana", f.kana, 100);
  v.Optional("description", f.description, 2000);
  v.Optional("phone", f.phone, 20);
  if (!v.HasError("phone") && !f.phone.empty() && !IsPhone(text::Nfkc(f.phone))) {
    v.Add("phone", Msg("error.phone"));
  }
  v.Optional("email", f.email, 254);
  if (!v.HasError("email") && !f.email.empty()) {
    f.email = text::NfkcLower(f.email);
    v.Check(text::LooksLikeEmail(f.email), "email", Msg("error.email"));
  }
  v.Optional("address", f.address, 200);
  v.Optional("website", f.website, 300);
  if (!v.HasError("website") && !f.website.empty()) {
    v.Check(text::IsWebUrl(f.website), "website", Msg("error.url"));
  }

  RegionId region;
  f.region = text::Trim(f.region);
  if (!f.region.empty()) {
    if (auto r = store::FindRegionBySlug(c, ctx.municipality, f.region)) {
      region = r->id;
    } else {
      v.Add("region", Msg("error.unknown_region"));
    }
  }
  const bool needs_region = kind && NeedsRegion(*kind);
  if (needs_region && f.region.empty()) v.Add("region", Msg("error.region_required"));

  std::optional<CouncilShape> shape;
  if (kind && *kind == OrgKind::kCouncil) {
    shape = ParseCouncilShape(f.council_shape);
    if (!shape) v.Add("council_shape", Msg("error.shape_required"));
  }

  OrgId parent;
  if (kind && *kind == OrgKind::kSubcommittee) {
    auto pid = text::ParsePositiveInt(text::Trim(f.parent));
    auto p = pid ? store::FindOrg(c, OrgId{*pid}) : std::nullopt;
    if (!p || p->kind != OrgKind::kCouncil || (region && p->region_id != region)) {
      v.Add("parent", Msg("error.parent_council"));
    } else {
      parent = p->id;
    }
  }

  if (kind) org.kind = *kind;
  org.name = f.name;
  org.kana = f.kana;
  org.description = f.description;
  org.council_shape = shape;
  org.region_id = region;
  org.parent_id = parent;
  org.phone = text::Nfkc(f.phone);
  org.email = f.email;
  org.address = f.address;
  org.website = f.website;
}

// 地域づくり協議会 are one per region.
bool CouncilExistsElsewhere(store::Conn& c, const Ctx& ctx, const Org& org) {
  if (org.kind != OrgKind::kCouncil) return false;
  for (const Org& o : store::ListOrgs(c, ctx.municipality, org.region_id, OrgKind::kCouncil)) {
    if (o.id != org.id) return true;
  }
  return false;
}

// The database's own guard (a unique index) against two councils in one region, for writers
// that raced past CouncilExistsElsewhere.
template <class F>
auto OneCouncilPerRegion(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const store::UniqueViolation&) {
    return Conflict(Msg("error.summary"), {{"kind", Msg("error.council_exists")}});
  }
}

}  // namespace

Result<OrgId> CreateOrg(const Ctx& ctx, const Actor& actor, OrgForm form) {
  return OneCouncilPerRegion([&] {
    return Run<OrgId>(ctx, actor, {"org.create"}, [&](Tx& tx) -> Result<OrgId> {
      // Who may create any organisation at all is asked before the form is judged; where and
      // what kind is asked again once the form says so.
      if (!Can(actor, Action::kUseAdmin, Subject{})) return Forbidden(Msg("error.forbidden"));
      Validator v;
      Org org;
      ValidateOrg(tx.c, ctx, v, form, org);
      if (!v.ok()) return v.Fail();
      if (!Can(actor, Action::kCreateOrg, SubjectOf(org))) return Forbidden(Msg("error.forbidden"));
      if (CouncilExistsElsewhere(tx.c, ctx, org)) {
        return Conflict(Msg("error.summary"), {{"kind", Msg("error.council_exists")}});
      }
      const OrgId id = store::InsertOrg(tx.c, ctx.municipality, org, ctx.clock.Now());
      search::Put(
          tx.c, ctx.municipality,
          search::OrgDoc(id, org.region_id, org.name, org.kana, org.description, ctx.clock.Now()));
      tx.Audit("org", id, std::string("kind=") + form.kind);
      return id;
    });
  });
}

Result<void> UpdateOrg(const Ctx& ctx, const Actor& actor, OrgId id, OrgForm form) {
  return OneCouncilPerRegion([&] {
    return Run<void>(ctx, actor, {"org.update"}, [&](Tx& tx) -> Result<void> {
      auto existing = store::FindOrg(tx.c, id);
      if (!existing) return NotFound(Msg("error.not_found"));
      if (!Can(actor, Action::kEditOrg, SubjectOf(*existing))) {
        return Forbidden(Msg("error.forbidden"));
      }
      Validator v;
      Org org;
      ValidateOrg(tx.c, ctx, v, form, org);
      if (!v.ok()) return v.Fail();
      org.id = id;
      // Changing what an organisation is or where it belongs needs the right to create it
      // there: a member's rights in the organisation itself do not travel with it.
      const bool moved = org.kind != existing->kind || org.region_id != existing->region_id ||
                         org.parent_id != existing->parent_id;
      if (moved && !Can(actor, Action::kCreateOrg, Subject{org.region_id, {}, org.kind})) {
        return Forbidden(Msg("error.forbidden_move"));
      }
      if (CouncilExistsElsewhere(tx.c, ctx, org)) {
        return Conflict(Msg("error.summary"), {{"kind", Msg("error.council_exists")}});
      }
      store::UpdateOrg(tx.c, org, ctx.clock.Now());
      search::Put(
          tx.c, ctx.municipality,
          search::OrgDoc(id, org.region_id, org.name, org.kana, org.description, ctx.clock.Now()));
      tx.Audit("org", id);
      return {};
    });
  });
}

Result<std::int64_t> AddMember(const Ctx& ctx, const Actor& actor, OrgId org_id,
                               const std::string& raw_email, const std::string& role_name) {
  auto role = ParseRole(role_name);
  const std::string email = text::NfkcLower(text::Trim(raw_email));
  return Run<std::int64_t>(ctx, actor, {"membership.add"}, [&](Tx& tx) -> Result<std::int64_t> {
    auto org = store::FindOrg(tx.c, org_id);
    if (!org) return NotFound(Msg("error.not_found"));
    if (!Can(actor, Action::kManageMembers, SubjectOf(*org))) {
      return Forbidden(Msg("error.forbidden"));
    }
    Validator v;
    std::optional<User> user;
    if (!text::IsValidText(raw_email) || !text::LooksLikeEmail(email)) {
      v.Add("email", Msg("error.email"));
    } else if (!(user = store::FindUserByEmail(tx.c, email))) {
      v.Add("email", Msg("error.no_such_account"));
    }
    if (!role) v.Add("role", Msg("error.choice"));
    if (!v.ok()) return v.Fail();
    const std::int64_t id = store::UpsertMembership(tx.c, user->id, org_id, *role, ctx.clock.Now());
    tx.Audit("org", org_id, "membership=" + std::to_string(id) + " role=" + role_name);
    return id;
  });
}

Result<void> ChangeMemberRole(const Ctx& ctx, const Actor& actor, std::int64_t membership,
                              const std::string& role_name) {
  return Run<void>(ctx, actor, {"membership.change_role"}, [&](Tx& tx) -> Result<void> {
    auto role = ParseRole(role_name);
    if (!role) return role.error();
    auto m = store::FindMembership(tx.c, membership);
    if (!m) return NotFound(Msg("error.not_found"));
    if (!Can(actor, Action::kManageMembers, Subject{m->org_region_id, m->org_id, m->org_kind})) {
      return Forbidden(Msg("error.forbidden"));
    }
    store::UpsertMembership(tx.c, m->user_id, m->org_id, *role, ctx.clock.Now());
    tx.Audit("org", m->org_id, "membership=" + std::to_string(membership) + " role=" + role_name);
    return {};
  });
}

Result<void> RemoveMember(const Ctx& ctx, const Actor& actor, std::int64_t membership) {
  return Run<void>(ctx, actor, {"membership.remove"}, [&](Tx& tx) -> Result<void> {
    auto m = store::FindMembership(tx.c, membership);
    if (!m) return NotFound(Msg("error.not_found"));
    if (!Can(actor, Action::kManageMembers, Subject{m->org_region_id, m->org_id, m->org_kind})) {
      return Forbidden(Msg("error.forbidden"));
    }
    store::DeleteMembership(tx.c, membership);
    tx.Audit("org", m->org_id, "membership=" + std::to_string(membership));
    return {};
  });
}

Result<void> UpdateRegionCenter(const Ctx& ctx, const Actor& actor, RegionId region_id,
                                CenterForm form) {
  return Run<void>(ctx, actor, {"region.update_center"}, [&](Tx& tx) -> Result<void> {
    auto region = store::FindRegion(tx.c, region_id);
    if (!region) return NotFound(Msg("error.not_found"));
    if (!Can(actor, Action::kEditRegion, Subject{region_id, {}, OrgKind::kCouncil})) {
      return Forbidden(Msg("error.forbidden"));
    }
    Validator v;
    v.Required("center_name", form.name, 100);
    v.Optional("center_address", form.address, 200);
    v.Optional("center_phone", form.phone, 20);
    if (!v.HasError("center_phone") && !form.phone.empty() && !IsPhone(text::Nfkc(form.phone))) {
      v.Add("center_phone", Msg("error.phone"));
    }
    v.Optional("center_hours", form.hours, 200);
    if (!v.ok()) return v.Fail();
    region->center_name = form.name;
    region->center_address = form.address;
    region->center_phone = text::Nfkc(form.phone);
    region->center_hours = form.hours;
    store::UpdateRegionCenter(tx.c, *region);
    tx.Audit("region", region_id);
    return {};
  });
}

}  // namespace tsunagu::orgs
