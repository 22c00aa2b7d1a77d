// Administration: organisations, memberships, community-centre details, the audit log.
// Each page checks the permission for its subject; the commands check again.
#include <algorithm>
#include <ctime>

#include "features/regions/commands.hpp"
#include "features/regions/routes.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {
namespace {

std::string RegionSlugOf(App& app, RegionId id) {
  if (!id) return "";
  auto r = directory::FindRegion(app.ctx(), id);
  return r ? r->slug : std::string();
}

Response AdminHome(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!Can(rc.actor, Action::kUseAdmin, Subject{})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  return app.Page(rc, 200, Msg("page.admin_title"), "regions/admin.tpl", [&](Dict& d) {
    if (Can(rc.actor, Action::kViewAuditLog, Subject{})) d.ShowSection("CAN_AUDIT");
    for (const auto& m : rc.actor.memberships) {
      if (m.org_kind == OrgKind::kCouncil && m.role == MemberRole::kOfficer) {
        Dict* s = d.AddSectionDictionary("COUNCIL");
        s->SetIntValue("ORG_ID", m.org_id.value());
        s->SetValue("ORG_NAME", m.org_name);
        s->SetValue("REGION_SLUG", RegionSlugOf(app, m.org_region_id));
      }
    }
  });
}

Response AdminOrgs(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!Can(rc.actor, Action::kUseAdmin, Subject{})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  const std::string region_slug = QueryParam(rc.req, "region");
  const std::string kind_name = QueryParam(rc.req, "kind");
  auto kind = ParseOrgKind(kind_name);
  auto orgs = [&] {
    std::optional<RegionId> region;
    if (!region_slug.empty()) {
      auto r = directory::FindRegionBySlug(app.ctx(), region_slug);
      region = r ? r->id : RegionId{-1};
    }
    std::vector<std::pair<Org, std::string>> out;
    std::map<RegionId, std::string> names;
    for (const auto& r : directory::ListRegions(app.ctx())) names[r.id] = r.name;
    for (auto& o : directory::ListOrgs(app.ctx(), region, kind)) {
      if (!Can(rc.actor, Action::kEditOrg, Subject{o.region_id, o.id, o.kind}) &&
          !Can(rc.actor, Action::kManageMembers, Subject{o.region_id, o.id, o.kind})) {
        continue;
      }
      out.emplace_back(o, o.region_id ? names[o.region_id] : Msg("label.city_wide"));
    }
    return out;
  }();
  return app.Page(rc, 200, Msg("page.admin_orgs_title"), "regions/admin_orgs.tpl", [&](Dict& d) {
    AddField(d, {.name = "region",
                 .label = Msg("field.region"),
                 .type = "select",
                 .value = region_slug,
                 .options = RegionOptions(app, Msg("filter.all"))});
    std::vector<std::pair<std::string, std::string>> kinds{{"", Msg("filter.all")}};
    for (auto k : kAllOrgKinds) kinds.emplace_back(std::string(ToString(k)), Label(k));
    AddField(d, {.name = "kind",
                 .label = Msg("field.kind"),
                 .type = "select",
                 .value = kind ? kind_name : "",
                 .options = kinds});
    for (const auto& [o, region_name] : orgs) {
      Dict* row = d.AddSectionDictionary("ORG");
      row->SetIntValue("ORG_ID", o.id.value());
      row->SetValue("ORG_NAME", o.name);
      row->SetValue("ORG_KIND", Label(o.kind));
      row->SetValue("REGION_NAME", region_name);
    }
    d.SetIntValue("COUNT", static_cast<long>(orgs.size()));
    if (orgs.empty()) d.ShowSection("NONE");
  });
}

std::vector<std::pair<std::string, std::string>> KindOptions() {
  std::vector<std::pair<std::string, std::string>> out{{"", Msg("field.choose")}};
  for (auto k : kAllOrgKinds) out.emplace_back(std::string(ToString(k)), Label(k));
  return out;
}

std::vector<std::pair<std::string, std::string>> ShapeOptions() {
  std::vector<std::pair<std::string, std::string>> out{{"", Msg("field.shape_none")}};
  for (auto s : kAllCouncilShapes) {
    out.emplace_back(std::string(ToString(s)),
                     Label(s) + "：" + Msg("shape_desc." + std::string(ToString(s))));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> CouncilOptions(App& app) {
  std::vector<std::pair<std::string, std::string>> out{{"", Msg("field.parent_none")}};
  for (const auto& o : directory::ListOrgs(app.ctx(), std::nullopt, OrgKind::kCouncil)) {
    out.emplace_back(to_string(o.id), o.name);
  }
  return out;
}

Response OrgFormPage(App& app, RequestCtx& rc, int status, const orgs::OrgForm& f, OrgId id,
                     const Failure* errors) {
  const std::string title = id ? Msg("page.org_edit_title") : Msg("page.org_new_title");
  return app.Page(
      rc, status, title, "regions/org_form.tpl",
      [&](Dict& d) {
        d.SetValue("HEADING", title);
        d.SetValue("ACTION", id ? "/admin/orgs/" + to_string(id) : "/admin/orgs");
        d.SetValue("CANCEL_HREF", id ? "/orgs/" + to_string(id) : "/admin/orgs");
        AddField(d, {.name = "kind",
                     .label = Msg("field.kind"),
                     .type = "select",
                     .value = f.kind,
                     .error = FieldError(errors, "kind"),
                     .required = true,
                     .options = KindOptions()});
        AddField(d, {.name = "name",
                     .label = Msg("field.org_name"),
                     .value = f.name,
                     .error = FieldError(errors, "name"),
                     .autocomplete = "organization",
                     .required = true});
        AddField(d, {.name = "kana",
                     .label = Msg("field.kana"),
                     .value = f.kana,
                     .hint = Msg("hint.kana"),
                     .error = FieldError(errors, "kana")});
        AddField(d, {.name = "region",
                     .label = Msg("field.region"),
                     .type = "select",
                     .value = f.region,
                     .hint = Msg("hint.org_region"),
                     .error = FieldError(errors, "region"),
                     .options = RegionOptions(app, Msg("label.city_wide"))});
        AddField(d, {.name = "council_shape",
                     .label = Msg("field.council_shape"),
                     .type = "select",
                     .value = f.council_shape,
                     .hint = Msg("hint.council_shape"),
                     .error = FieldError(errors, "council_shape"),
                     .options = ShapeOptions()});
        AddField(d, {.name = "parent",
                     .label = Msg("field.parent"),
                     .type = "select",
                     .value = f.parent,
                     .hint = Msg("hint.parent"),
                     .error = FieldError(errors, "parent"),
                     .options = CouncilOptions(app)});
        AddField(d, {.name = "description",
                     .label = Msg("field.description"),
                     .type = "textarea",
                     .value = f.description,
                     .error = FieldError(errors, "description")});
        AddField(d, {.name = "phone",
                     .label = Msg("field.phone"),
                     .type = "tel",
                     .value = f.phone,
                     .hint = Msg("hint.phone"),
                     .error = FieldError(errors, "phone"),
                     .autocomplete = "tel"});
        AddField(d, {.name = "email",
                     .label = Msg("field.org_email"),
                     .type = "email",
                     .value = f.email,
                     .hint = Msg("hint.org_email"),
                     .error = FieldError(errors, "email"),
                     .autocomplete = "email"});
        AddField(d, {.name = "address",
                     .label = Msg("field.address"),
                     .value = f.address,
                     .error = FieldError(errors, "address"),
                     .autocomplete = "street-address"});
        AddField(d, {.name = "website",
                     .label = Msg("field.website"),
                     .type = "url",
                     .value = f.website,
                     .error = FieldError(errors, "website"),
                     .autocomplete = "url"});
      },
      errors);
}

orgs::OrgForm FormFromRequest(const RequestCtx& rc) {
  orgs::OrgForm f;
  f.kind = FormValue(rc, "kind");
  f.name = FormValue(rc, "name");
  f.kana = FormValue(rc, "kana");
  f.description = FormValue(rc, "description");
  f.council_shape = FormValue(rc, "council_shape");
  f.region = FormValue(rc, "region");
  f.parent = FormValue(rc, "parent");
  f.phone = FormValue(rc, "phone");
  f.email = FormValue(rc, "email");
  f.address = FormValue(rc, "address");
  f.website = FormValue(rc, "website");
  return f;
}

Response NewOrg(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!Can(rc.actor, Action::kUseAdmin, Subject{})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  orgs::OrgForm f;
  f.region = QueryParam(rc.req, "region");
  f.kind = QueryParam(rc.req, "kind");
  return OrgFormPage(app, rc, 200, f, {}, nullptr);
}

Response CreateOrg(App& app, RequestCtx& rc) {
  auto form = FormFromRequest(rc);
  auto r = orgs::CreateOrg(app.ctx(), rc.actor, form);
  if (!r) {
    const auto k = r.error().kind;
    if (k != FailureKind::kInvalid && k != FailureKind::kConflict) {
      return app.ErrorPage(rc, r.error());
    }
    {
      const Failure err = r.error();
      return OrgFormPage(app, rc, App::StatusFor(k), form, {}, &err);
    }
  }
  return app.RedirectWithFlash(rc, "/orgs/" + to_string(*r), "org_created");
}

Response EditOrg(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  auto org = id ? directory::FindOrg(app.ctx(), OrgId{*id}) : std::nullopt;
  if (!org) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  if (!Can(rc.actor, Action::kEditOrg, Subject{org->region_id, org->id, org->kind})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  return OrgFormPage(app, rc, 200, orgs::FormFrom(*org, RegionSlugOf(app, org->region_id)), org->id,
                     nullptr);
}

Response UpdateOrg(App& app, RequestCtx& rc) {
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  if (!id) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  auto form = FormFromRequest(rc);
  auto r = orgs::UpdateOrg(app.ctx(), rc.actor, OrgId{*id}, form);
  if (!r) {
    const auto k = r.error().kind;
    if (k != FailureKind::kInvalid && k != FailureKind::kConflict) {
      return app.ErrorPage(rc, r.error());
    }
    {
      const Failure err = r.error();
      return OrgFormPage(app, rc, App::StatusFor(k), form, OrgId{*id}, &err);
    }
  }
  return app.RedirectWithFlash(rc, "/orgs/" + std::to_string(*id), "org_saved");
}

std::vector<std::pair<std::string, std::string>> RoleOptions() {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto r : kAllMemberRoles) out.emplace_back(std::string(ToString(r)), Label(r));
  return out;
}

Response MembersPage(App& app, RequestCtx& rc, OrgId id, int status, const Failure* errors) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto data = [&] {
    auto org = directory::FindOrg(app.ctx(), id);
    std::vector<Membership> members;
    if (org) members = directory::ListMemberships(app.ctx(), id);
    return std::make_pair(org, members);
  }();
  if (!data.first) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  const Org& org = *data.first;
  if (!Can(rc.actor, Action::kManageMembers, Subject{org.region_id, org.id, org.kind})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  return app.Page(
      rc, status, org.name + Msg("page.members_suffix"), "regions/org_members.tpl",
      [&](Dict& d) {
        d.SetIntValue("ORG_ID", org.id.value());
        d.SetValue("ORG_NAME", org.name);
        for (const auto& m : data.second) {
          Dict* row = d.AddSectionDictionary("MEMBER");
          row->SetIntValue("MEMBERSHIP_ID", m.id);
          row->SetValue("MEMBER_NAME", m.user_name);
          row->SetValue("MEMBER_ROLE", Label(m.role));
          for (auto r : kAllMemberRoles) {
            Dict* o = row->AddSectionDictionary("ROLE_OPTION");
            o->SetValue("OPT_VALUE", std::string(ToString(r)));
            o->SetValue("OPT_LABEL", Label(r));
            if (r == m.role) o->ShowSection("SELECTED");
          }
        }
        if (data.second.empty()) d.ShowSection("NO_MEMBERS");
        AddField(d, {.name = "email",
                     .label = Msg("field.member_email"),
                     .type = "email",
                     .value = errors ? FormValue(rc, "email") : "",
                     .hint = Msg("hint.member_email"),
                     .error = FieldError(errors, "email"),
                     .autocomplete = "off",
                     .required = true});
        AddField(d, {.name = "role",
                     .label = Msg("field.member_role"),
                     .type = "select",
                     .value = errors ? FormValue(rc, "role") : "member",
                     .error = FieldError(errors, "role"),
                     .options = RoleOptions()});
      },
      errors);
}

Response GetMembers(App& app, RequestCtx& rc) {
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  if (!id) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  return MembersPage(app, rc, OrgId{*id}, 200, nullptr);
}

Response PostMembers(App& app, RequestCtx& rc) {
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  if (!id) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  auto r = orgs::AddMember(app.ctx(), rc.actor, OrgId{*id}, FormValue(rc, "email"),
                           FormValue(rc, "role"));
  if (!r) {
    if (r.error().kind != FailureKind::kInvalid) return app.ErrorPage(rc, r.error());
    {
      const Failure err = r.error();
      return MembersPage(app, rc, OrgId{*id}, 400, &err);
    }
  }
  return app.RedirectWithFlash(rc, "/admin/orgs/" + std::to_string(*id) + "/members",
                               "member_added");
}

Response PostMembership(App& app, RequestCtx& rc) {
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  auto m = id ? directory::FindMembership(app.ctx(), *id) : std::nullopt;
  if (!m) return app.ErrorPage(rc, 404, Msg("error.not_found"));
  const std::string back = "/admin/orgs/" + to_string(m->org_id) + "/members";
  if (FormValue(rc, "action") == "remove") {
    auto r = orgs::RemoveMember(app.ctx(), rc.actor, *id);
    if (!r) return app.ErrorPage(rc, r.error());
    return app.RedirectWithFlash(rc, back, "member_removed");
  }
  auto r = orgs::ChangeMemberRole(app.ctx(), rc.actor, *id, FormValue(rc, "role"));
  if (!r) return app.ErrorPage(rc, r.error());
  return app.RedirectWithFlash(rc, back, "member_saved");
}

Response CenterPage(App& app, RequestCtx& rc, int status, const Failure* errors) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  auto region = directory::FindRegionBySlug(app.ctx(), rc.params.at("slug"));
  if (!region) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  if (!Can(rc.actor, Action::kEditRegion, Subject{region->id, {}, OrgKind::kCouncil})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  auto value = [&](const std::string& name, const std::string& saved) {
    return errors ? FormValue(rc, name) : saved;
  };
  return app.Page(
      rc, status, region->name + Msg("page.center_suffix"), "regions/center_form.tpl",
      [&](Dict& d) {
        d.SetValue("SLUG", region->slug);
        d.SetValue("REGION_NAME", region->name);
        AddField(d, {.name = "center_name",
                     .label = Msg("field.center_name"),
                     .value = value("center_name", region->center_name),
                     .error = FieldError(errors, "center_name"),
                     .required = true});
        AddField(d, {.name = "center_address",
                     .label = Msg("field.address"),
                     .value = value("center_address", region->center_address),
                     .error = FieldError(errors, "center_address"),
                     .autocomplete = "street-address"});
        AddField(d, {.name = "center_phone",
                     .label = Msg("field.phone"),
                     .type = "tel",
                     .value = value("center_phone", region->center_phone),
                     .hint = Msg("hint.phone"),
                     .error = FieldError(errors, "center_phone"),
                     .autocomplete = "tel"});
        AddField(d, {.name = "center_hours",
                     .label = Msg("field.center_hours"),
                     .value = value("center_hours", region->center_hours),
                     .error = FieldError(errors, "center_hours")});
      },
      errors);
}

Response GetCenter(App& app, RequestCtx& rc) { return CenterPage(app, rc, 200, nullptr); }

Response PostCenter(App& app, RequestCtx& rc) {
  auto region = directory::FindRegionBySlug(app.ctx(), rc.params.at("slug"));
  if (!region) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  auto r = orgs::UpdateRegionCenter(app.ctx(), rc.actor, region->id,
                                    {FormValue(rc, "center_name"), FormValue(rc, "center_address"),
                                     FormValue(rc, "center_phone"), FormValue(rc, "center_hours")});
  if (!r) {
    if (r.error().kind != FailureKind::kInvalid) return app.ErrorPage(rc, r.error());
    {
      const Failure err = r.error();
      return CenterPage(app, rc, 400, &err);
    }
  }
  return app.RedirectWithFlash(rc, "/regions/" + region->slug, "center_saved");
}

std::string FormatTime(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t + 9 * 3600);  // Asia/Tokyo has no DST
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

Response AuditLog(App& app, RequestCtx& rc) {
  if (rc.actor.IsAnonymous()) return app.NeedLogin(rc);
  if (!Can(rc.actor, Action::kViewAuditLog, Subject{})) {
    return app.ErrorPage(rc, 403, Msg("error.forbidden"));
  }
  constexpr int kPerPage = 50;
  const int page = static_cast<int>(std::min<std::int64_t>(
      text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1), 100000));
  const auto entries = directory::ListAudit(app.ctx(), kPerPage, (page - 1) * kPerPage);
  const auto total = directory::CountAudit(app.ctx());
  return app.Page(rc, 200, Msg("page.audit_title"), "regions/audit.tpl", [&](Dict& d) {
    for (const auto& e : entries) {
      Dict* row = d.AddSectionDictionary("ENTRY");
      row->SetValue("AT", FormatTime(e.at));
      row->SetValue("ACTOR", e.actor ? e.actor_name : Msg("label.system"));
      row->SetValue("ACTION", e.action);
      row->SetValue("SUBJECT",
                    e.subject_kind + (e.subject_id ? " #" + std::to_string(e.subject_id) : ""));
      row->SetValue("DETAIL", e.detail);
    }
    d.SetIntValue("TOTAL", total);
    d.SetIntValue("PAGE", page);
    if (page > 1) d.SetValueAndShowSection("PREV", std::to_string(page - 1), "HAS_PREV");
    if (static_cast<std::int64_t>(page) * kPerPage < total) {
      d.SetValueAndShowSection("NEXT", std::to_string(page + 1), "HAS_NEXT");
    }
  });
}

}  // namespace

void AddAdminRoutes(Router<Handler>& r) {
  r.Add("GET", "/admin", AdminHome);
  r.Add("GET", "/admin/orgs", AdminOrgs);
  r.Add("GET", "/admin/orgs/new", NewOrg);
  r.Add("POST", "/admin/orgs", CreateOrg);
  r.Add("GET", "/admin/orgs/{id}/edit", EditOrg);
  r.Add("POST", "/admin/orgs/{id}", UpdateOrg);
  r.Add("GET", "/admin/orgs/{id}/members", GetMembers);
  r.Add("POST", "/admin/orgs/{id}/members", PostMembers);
  r.Add("POST", "/admin/memberships/{id}", PostMembership);
  r.Add("GET", "/admin/regions/{slug}/center", GetCenter);
  r.Add("POST", "/admin/regions/{slug}/center", PostCenter);
  r.Add("GET", "/admin/audit", AuditLog);
}

}  // namespace tsunagu::web
