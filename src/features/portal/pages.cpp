// Public pages: the portal, the 21 regions, a region, an organisation.
#include "features/events/commands.hpp"
#include "features/events/views.hpp"
#include "features/portal/routes.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/views.hpp"
#include "platform/directory.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

void FillOrgSummary(Dict& d, const Org& o) {
  d.SetIntValue("ORG_ID", o.id.value());
  d.SetValue("ORG_NAME", o.name);
  d.SetValue("ORG_KIND", Label(o.kind));
  if (!o.kana.empty()) d.SetValueAndShowSection("ORG_KANA", o.kana, "HAS_ORG_KANA");
}

void FillContact(Dict& d, const Org& o) {
  if (!o.phone.empty()) d.SetValueAndShowSection("PHONE", o.phone, "HAS_PHONE");
  if (!o.email.empty()) d.SetValueAndShowSection("EMAIL", o.email, "HAS_EMAIL");
  if (!o.address.empty()) d.SetValueAndShowSection("ADDRESS", o.address, "HAS_ADDRESS");
  if (!o.website.empty()) d.SetValueAndShowSection("WEBSITE", o.website, "HAS_WEBSITE");
  if (!o.phone.empty() || !o.email.empty() || !o.address.empty() || !o.website.empty()) {
    d.ShowSection("HAS_CONTACT");
  }
}

Response Home(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const auto regions = directory::ListRegions(app.ctx());
  posts::Filter pf;
  pf.count = false;
  events::Filter ef;
  ef.count = false;
  const auto latest = posts::ListPublished(app.ctx(), pf, 1, 6);
  const auto upcoming = events::List(app.ctx(), ef, 1, 6);
  rc.alternates.push_back({"application/atom+xml", Msg("feed.title"), "/feed.atom"});
  return app.Page(rc, 200, Msg("page.home_title"), "portal/home.tpl", [&](Dict& d) {
    for (const auto& p : latest.items) AddPostItem(d, p);
    if (latest.items.empty()) d.ShowSection("NO_POSTS");
    for (const auto& e : upcoming.items) AddEventItem(d, e);
    if (upcoming.items.empty()) d.ShowSection("NO_EVENTS");
    for (const auto& r : regions) {
      Dict* s = d.AddSectionDictionary("REGION");
      s->SetValue("SLUG", r.slug);
      s->SetValue("NAME", r.name);
      s->SetValue("KANA", r.kana);
    }
    d.SetIntValue("REGION_COUNT", static_cast<long>(regions.size()));
  });
}

Response Regions(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  struct Row {
    Region region;
    std::optional<Org> council;
    std::size_t associations = 0;
  };
  const auto rows = [&] {
    const auto councils = directory::CouncilsByRegion(app.ctx());
    const auto associations = directory::CountOrgsByRegion(app.ctx(), OrgKind::kAssociation);
    std::vector<Row> out;
    for (auto& r : directory::ListRegions(app.ctx())) {
      Row row{r, std::nullopt, 0};
      if (auto it = councils.find(r.id); it != councils.end()) row.council = it->second;
      if (auto it = associations.find(r.id); it != associations.end())
        row.associations = it->second;
      out.push_back(std::move(row));
    }
    return out;
  }();
  return app.Page(rc, 200, Msg("page.regions_title"), "portal/regions.tpl", [&](Dict& d) {
    for (const auto& row : rows) {
      Dict* s = d.AddSectionDictionary("REGION");
      s->SetValue("SLUG", row.region.slug);
      s->SetValue("NAME", row.region.name);
      s->SetValue("KANA", row.region.kana);
      s->SetValue("ROMAJI", row.region.romaji);
      s->SetIntValue("ASSOCIATIONS", static_cast<long>(row.associations));
      if (row.council) {
        Dict* cd = s->AddSectionDictionary("COUNCIL");
        cd->SetIntValue("COUNCIL_ID", row.council->id.value());
        cd->SetValue("COUNCIL_NAME", row.council->name);
        if (row.council->council_shape) cd->SetValue("SHAPE", Label(*row.council->council_shape));
      } else {
        s->ShowSection("NO_COUNCIL");
      }
    }
  });
}

Response RegionPage(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  const std::string& slug = rc.params.at("slug");
  struct Data {
    Region region;
    std::vector<Org> orgs;
  };
  auto data = [&]() -> std::optional<Data> {
    auto r = directory::FindRegionBySlug(app.ctx(), slug);
    if (!r) return std::nullopt;
    return Data{*r, directory::ListOrgsInRegion(app.ctx(), r->id)};
  }();
  if (!data) return app.ErrorPage(rc, 404, Msg("error.no_region"));
  const Region& r = data->region;
  posts::Filter pf;
  pf.region = r.id;
  pf.members_of_region = posts::IsRegionMember(rc.actor, r.id);
  pf.count = false;
  const auto latest = posts::ListPublished(app.ctx(), pf, 1, 5);
  events::Filter ef;
  ef.region = r.id;
  ef.count = false;
  const auto upcoming = events::List(app.ctx(), ef, 1, 5);
  const auto featured = posts::Featured(app.ctx(), r.id);
  rc.alternates.push_back({"application/atom+xml", r.name + Msg("feed.region_title_suffix"),
                           "/regions/" + r.slug + "/feed.atom"});
  return app.Page(rc, 200, r.name + Msg("page.region_suffix"), "portal/region.tpl", [&](Dict& d) {
    for (const auto& p : latest.items) AddPostItem(d, p);
    if (latest.items.empty()) d.ShowSection("NO_POSTS");
    for (const auto& e : upcoming.items) AddEventItem(d, e);
    if (upcoming.items.empty()) d.ShowSection("NO_EVENTS");
    for (const auto& p : featured) {
      Dict* f = d.AddSectionDictionary("FEATURED");
      Dict* item = f->AddIncludeDictionary("ITEM");
      item->SetFilename("post_item.tpl");
      FillPost(*item, p);
    }
    if (!featured.empty()) d.ShowSection("HAS_FEATURED");
    if (posts::CanReview(rc.actor, r.id)) d.ShowSection("CAN_REVIEW");
    d.SetValue("NAME", r.name);
    d.SetValue("KANA", r.kana);
    d.SetValue("ROMAJI", r.romaji);
    d.SetValue("SLUG", r.slug);
    const Org* council = nullptr;
    for (const auto& o : data->orgs) {
      if (o.kind == OrgKind::kCouncil) council = &o;
    }
    if (council) {
      Dict* cd = d.AddSectionDictionary("COUNCIL");
      FillOrgSummary(*cd, *council);
      cd->SetValue("DESCRIPTION", council->description);
      if (council->council_shape) {
        cd->SetValue("SHAPE", Label(*council->council_shape));
        cd->SetValue("SHAPE_DESC",
                     Msg("shape_desc." + std::string(ToString(*council->council_shape))));
      }
      FillContact(*cd, *council);
      bool any_sub = false;
      for (const auto& o : data->orgs) {
        if (o.kind == OrgKind::kSubcommittee && o.parent_id == council->id) {
          FillOrgSummary(*cd->AddSectionDictionary("SUB"), o);
          any_sub = true;
        }
      }
      if (!any_sub) cd->ShowSection("NO_SUB");
    } else {
      d.ShowSection("NO_COUNCIL");
    }
    bool any_assoc = false, any_other = false;
    for (const auto& o : data->orgs) {
      if (o.kind == OrgKind::kAssociation) {
        FillOrgSummary(*d.AddSectionDictionary("ASSOC"), o);
        any_assoc = true;
      } else if (o.kind != OrgKind::kCouncil && o.kind != OrgKind::kSubcommittee) {
        FillOrgSummary(*d.AddSectionDictionary("OTHER"), o);
        any_other = true;
      }
    }
    if (!any_assoc) d.ShowSection("NO_ASSOC");
    if (!any_other) d.ShowSection("NO_OTHER");
    d.SetValue("CENTER_NAME", r.center_name);
    if (!r.center_address.empty())
      d.SetValueAndShowSection("CENTER_ADDRESS", r.center_address, "HAS_CENTER_ADDRESS");
    if (!r.center_phone.empty())
      d.SetValueAndShowSection("CENTER_PHONE", r.center_phone, "HAS_CENTER_PHONE");
    if (!r.center_hours.empty())
      d.SetValueAndShowSection("CENTER_HOURS", r.center_hours, "HAS_CENTER_HOURS");
    if (Can(rc.actor, Action::kEditRegion, Subject{r.id, {}, OrgKind::kCouncil})) {
      d.ShowSection("CAN_EDIT_CENTER");
    }
    if (Can(rc.actor, Action::kCreateOrg, Subject{r.id, {}, OrgKind::kAssociation})) {
      d.ShowSection("CAN_ADD_ORG");
    }
  });
}

Response OrgPage(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto id = text::ParsePositiveInt(rc.params.at("id"));
  if (!id) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  struct Data {
    Org org;
    std::optional<Region> region;
    std::optional<Org> parent;
    std::vector<Org> children;
    std::vector<Membership> members;
  };
  auto data = [&]() -> std::optional<Data> {
    auto o = directory::FindOrg(app.ctx(), OrgId{*id});
    if (!o) return std::nullopt;
    Data data{*o, std::nullopt, std::nullopt, directory::ListChildOrgs(app.ctx(), o->id), {}};
    if (o->region_id) data.region = directory::FindRegion(app.ctx(), o->region_id);
    if (o->parent_id) data.parent = directory::FindOrg(app.ctx(), o->parent_id);
    if (Can(rc.actor, Action::kViewOrgMembers, Subject{o->region_id, o->id, o->kind})) {
      data.members = directory::ListMemberships(app.ctx(), o->id);
    }
    return data;
  }();
  if (!data) return app.ErrorPage(rc, 404, Msg("error.no_org"));
  const Org& o = data->org;
  const Subject subject{o.region_id, o.id, o.kind};
  return app.Page(rc, 200, o.name, "portal/org.tpl", [&](Dict& d) {
    FillOrgSummary(d, o);
    if (!o.description.empty())
      d.SetValueAndShowSection("DESCRIPTION", o.description, "HAS_DESCRIPTION");
    if (o.council_shape) {
      d.SetValueAndShowSection("SHAPE", Label(*o.council_shape), "HAS_SHAPE");
      d.SetValue("SHAPE_DESC", Msg("shape_desc." + std::string(ToString(*o.council_shape))));
    }
    if (data->region) {
      Dict* rd = d.AddSectionDictionary("REGION");
      rd->SetValue("REGION_SLUG", data->region->slug);
      rd->SetValue("REGION_NAME", data->region->name);
    } else {
      d.ShowSection("CITY_WIDE");
    }
    if (data->parent) {
      Dict* pd = d.AddSectionDictionary("PARENT");
      pd->SetIntValue("PARENT_ID", data->parent->id.value());
      pd->SetValue("PARENT_NAME", data->parent->name);
    }
    for (const auto& ch : data->children) FillOrgSummary(*d.AddSectionDictionary("CHILD"), ch);
    if (!data->children.empty()) d.ShowSection("HAS_CHILDREN");
    FillContact(d, o);
    if (Can(rc.actor, Action::kViewOrgMembers, subject)) {
      Dict* md = d.AddSectionDictionary("MEMBERS");
      for (const auto& m : data->members) {
        Dict* row = md->AddSectionDictionary("MEMBER");
        row->SetValue("MEMBER_NAME", m.user_name);
        row->SetValue("MEMBER_ROLE", Label(m.role));
      }
      if (data->members.empty()) md->ShowSection("NO_MEMBERS");
    }
    if (Can(rc.actor, Action::kEditOrg, subject)) d.ShowSection("CAN_EDIT");
    if (Can(rc.actor, Action::kManageMembers, subject)) d.ShowSection("CAN_MANAGE");
  });
}

}  // namespace

void AddPublicRoutes(Router<Handler>& r) {
  r.Add("GET", "/", Home);
  r.Add("GET", "/regions", Regions);
  r.Add("GET", "/regions/{slug}", RegionPage);
  r.Add("GET", "/orgs/{id}", OrgPage);
}

}  // namespace tsunagu::web
