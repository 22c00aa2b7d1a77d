#include "features/posts/views.hpp"

#include "platform/directory.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {

std::vector<std::pair<std::string, std::string>> PublishableOrgs(App& app, const Actor& actor) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& m : actor.memberships) {
    auto o = directory::FindOrg(app.ctx(), m.org_id);
    if (o && posts::MayPublishFor(actor, *o)) out.emplace_back(to_string(o->id), o->name);
  }
  return out;
}

void FillPost(Dict& d, const posts::Post& p) {
  d.SetIntValue("ID", p.id.value());
  d.SetValue("TITLE", p.title);
  d.SetValue("URL", "/posts/" + to_string(p.id));
  d.SetValue("REGION_NAME", p.region_name);
  d.SetValue("REGION_SLUG", p.region_slug);
  d.SetValue("CATEGORY", posts::CategoryLabel(p.category));
  d.SetValue("CATEGORY_KEY", p.category);
  const std::int64_t at = p.published_at ? p.published_at : p.updated_at;
  d.SetValue("DATE", jst::LongDate(jst::Date(at)));
  d.SetValue("DATE_ISO", jst::Date(at));
  d.SetValue("AUTHOR", p.ByResident() ? Msg("post.by_resident") : p.org_name);
  d.SetValue("SUMMARY", markdown::Summary(p.body, 80));
  if (p.visibility == posts::Visibility::kMembers) d.ShowSection("MEMBERS_ONLY");
}

Dict* AddPostItem(Dict& d, const posts::Post& p) {
  Dict* s = d.AddSectionDictionary("POST");
  Dict* item = s->AddIncludeDictionary("ITEM");
  item->SetFilename("post_item.tpl");
  FillPost(*item, p);
  return s;
}

void AddFilterForm(App& app, Dict& d, const std::string& action, const std::string& region,
                   const std::string& category, const std::string& from, const std::string& to,
                   bool with_category) {
  Dict* f = d.AddIncludeDictionary("FILTERS");
  f->SetFilename("posts/post_filters.tpl");
  f->SetValue("FILTER_ACTION", action);
  FillFilters(app, *f, region, category, from, to, with_category);
}

void FillFilters(App& app, Dict& d, const std::string& region, const std::string& category,
                 const std::string& from, const std::string& to, bool with_category) {
  for (const auto& [value, label] : RegionOptions(app, Msg("filter.all_regions"))) {
    Dict* o = d.AddSectionDictionary("REGION_OPTION");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (value == region) o->ShowSection("SELECTED");
  }
  if (with_category) {
    Dict* c = d.AddSectionDictionary("WITH_CATEGORY");
    Dict* all = c->AddSectionDictionary("CATEGORY_OPTION");
    all->SetValue("VALUE", "");
    all->SetValue("LABEL", Msg("filter.all_categories"));
    for (const char* k : posts::kCategories) {
      Dict* o = c->AddSectionDictionary("CATEGORY_OPTION");
      o->SetValue("VALUE", k);
      o->SetValue("LABEL", posts::CategoryLabel(k));
      if (category == k) o->ShowSection("SELECTED");
    }
  }
  d.SetValue("FROM", from);
  d.SetValue("TO", to);
}

}  // namespace tsunagu::web
