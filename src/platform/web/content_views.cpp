#include "platform/web/content_views.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "platform/crypto.hpp"
#include "platform/images.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "platform/store/queries.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {

std::optional<std::int64_t> IdParam(const RequestCtx& rc) {
  return text::ParsePositiveInt(rc.params.at("id"));
}

std::vector<std::pair<std::string, std::string>> PublishableOrgs(App& app, const Actor& actor) {
  std::vector<std::pair<std::string, std::string>> out;
  app.ctx().db.Read([&](store::Conn& c) {
    for (const auto& m : actor.memberships) {
      auto o = store::FindOrg(c, m.org_id);
      if (o && posts::MayPublishFor(actor, *o)) out.emplace_back(std::to_string(o->id), o->name);
    }
    return 0;
  });
  return out;
}

std::string Degrees(const std::optional<std::int64_t>& e6) {
  if (!e6) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", static_cast<double>(*e6) / 1e6);
  return buf;
}

void FillPost(Dict& d, const posts::Post& p) {
  d.SetIntValue("ID", p.id);
  d.SetValue("TITLE", p.title);
  d.SetValue("URL", "/posts/" + std::to_string(p.id));
  d.SetValue("REGION_NAME", p.region_name);
  d.SetValue("REGION_SLUG", p.region_slug);
  d.SetValue("CATEGORY", posts::CategoryLabel(p.category));
  d.SetValue("CATEGORY_KEY", p.category);
  const std::int64_t at = p.published_at ? p.published_at : p.updated_at;
  d.SetValue("DATE", jst::LongDate(jst::Date(at)));
  d.SetValue("DATE_ISO", jst::Date(at));
  d.SetValue("AUTHOR", p.ByResident() ? Msg("post.by_resident") : p.org_name);
  d.SetValue("SUMMARY", markdown::Summary(p.body, 80));
  if (p.visibility == "members") d.ShowSection("MEMBERS_ONLY");
}

void FillEvent(Dict& d, const events::Event& e) {
  d.SetIntValue("ID", e.id);
  d.SetValue("TITLE", e.title);
  d.SetValue("URL", "/events/" + std::to_string(e.id));
  d.SetValue("REGION_NAME", e.region_name);
  d.SetValue("REGION_SLUG", e.region_slug);
  d.SetValue("WHEN", events::WhenText(e));
  d.SetValue("START_ISO", e.all_day ? jst::Date(e.starts_at) : jst::Iso(e.starts_at));
  d.SetValue("PLACE", e.place);
  if (!e.place.empty()) d.ShowSection("HAS_PLACE");
  d.SetValue("ORGANISER", e.organiser);
  if (e.status == "cancelled") d.ShowSection("CANCELLED");
  if (e.capacity) {
    std::string t = Msg("event.capacity_text");
    t.replace(t.find("{n}"), 3, std::to_string(*e.capacity));
    t.replace(t.find("{c}"), 3, std::to_string(e.confirmed));
    d.SetValueAndShowSection("CAPACITY_TEXT", t, "HAS_CAPACITY");
    if (e.Full()) d.ShowSection("FULL");
  }
}

Dict* AddPostItem(Dict& d, const posts::Post& p) {
  Dict* s = d.AddSectionDictionary("POST");
  Dict* item = s->AddIncludeDictionary("ITEM");
  item->SetFilename("post_item.tpl");
  FillPost(*item, p);
  return s;
}

Dict* AddEventItem(Dict& d, const events::Event& e) {
  Dict* s = d.AddSectionDictionary("EVENT");
  Dict* item = s->AddIncludeDictionary("ITEM");
  item->SetFilename("event_item.tpl");
  FillEvent(*item, e);
  return s;
}

void AddFilterForm(App& app, Dict& d, const std::string& action, const std::string& region,
                   const std::string& category, const std::string& from, const std::string& to,
                   bool with_category) {
  Dict* f = d.AddIncludeDictionary("FILTERS");
  f->SetFilename("post_filters.tpl");
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

void FillPager(Dict& d, const std::string& base, int page, std::int64_t total, int per_page) {
  const std::int64_t pages = std::max<std::int64_t>(1, (total + per_page - 1) / per_page);
  if (pages <= 1) return;
  Dict* inc = d.AddIncludeDictionary("PAGING");
  inc->SetFilename("pager.tpl");
  Dict* p = inc->AddSectionDictionary("PAGER");
  std::string label = Msg("pager.position");
  label.replace(label.find("{p}"), 3, std::to_string(page));
  label.replace(label.find("{n}"), 3, std::to_string(pages));
  p->SetValue("POSITION", label);
  if (page > 1)
    p->SetValueAndShowSection("PREV_HREF", base + "&page=" + std::to_string(page - 1), "HAS_PREV");
  if (page < pages)
    p->SetValueAndShowSection("NEXT_HREF", base + "&page=" + std::to_string(page + 1), "HAS_NEXT");
}

void TakeImages(RequestCtx& rc, std::size_t max, std::vector<posts::NewImage>& add,
                std::map<std::string, std::string>& errors) {
  for (std::size_t i = 1; i <= max; ++i) {
    const std::string field = "image" + std::to_string(i);
    const Part* part = nullptr;
    for (const auto& p : rc.files) {
      if (p.name == field) part = &p;
    }
    if (!part) continue;
    const auto accepted = images::Accept(part->data, posts::kMaxImageBytes);
    if (!accepted.image) {
      const auto why = accepted.rejection.value_or(images::Rejection::kNotImage);
      errors[field] = Msg(why == images::Rejection::kTooLarge      ? "error.image_too_large"
                          : why == images::Rejection::kUnsupported ? "error.image_type"
                          : why == images::Rejection::kBroken      ? "error.image_broken"
                                                                   : "error.image_type");
      continue;
    }
    auto& img = *accepted.image;
    const std::string file = crypto::TokenDigest(img.bytes) + "." + img.ext;
    add.push_back({file, img.mime, FormValue(rc, "alt" + std::to_string(i)), img.width, img.height,
                   static_cast<int>(i), std::move(img.bytes)});
  }
  // An alt text typed without a file is kept in the form but needs its image.
  for (std::size_t i = 1; i <= max; ++i) {
    const std::string n = std::to_string(i);
    bool has_file = false;
    for (const auto& p : rc.files) has_file |= p.name == "image" + n;
    if (!has_file && !text::Trim(FormValue(rc, "alt" + n)).empty()) {
      errors["image" + n] = Msg("error.image_missing");
    }
  }
}

void WriteMedia(App& app, const std::vector<posts::NewImage>& images) {
  const std::filesystem::path dir(app.config().media_dir);
  if (!images.empty()) std::filesystem::create_directories(dir);
  for (const auto& img : images) {
    const auto path = dir / img.file;
    if (std::filesystem::exists(path)) continue;
    const auto tmp = dir / (img.file + ".tmp");
    {
      std::ofstream out(tmp, std::ios::binary);
      out.write(img.bytes.data(), static_cast<std::streamsize>(img.bytes.size()));
      if (!out) throw std::runtime_error("cannot write " + tmp.string());
    }
    std::filesystem::rename(tmp, path);
  }
}

}  // namespace tsunagu::web
