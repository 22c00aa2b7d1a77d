#include "platform/web/page_kit.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "platform/crypto.hpp"
#include "platform/images.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::web {

std::optional<Region> RegionOf(App& app, const std::string& slug) {
  return app.ctx().db.Read(
      [&](store::Conn& c) { return store::FindRegionBySlug(c, app.ctx().municipality, slug); });
}

Response Text(const std::string& type, std::string body) {
  Response r;
  r.content_type = type;
  r.body = std::move(body);
  return r;
}

std::optional<std::int64_t> IdParam(const RequestCtx& rc) {
  return text::ParsePositiveInt(rc.params.at("id"));
}

std::string Degrees(const std::optional<std::int64_t>& e6) {
  if (!e6) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", static_cast<double>(*e6) / 1e6);
  return buf;
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

void TakeImages(RequestCtx& rc, std::size_t max, std::vector<images::NewImage>& add,
                std::map<std::string, std::string>& errors) {
  for (std::size_t i = 1; i <= max; ++i) {
    const std::string field = "image" + std::to_string(i);
    const Part* part = nullptr;
    for (const auto& p : rc.files) {
      if (p.name == field) part = &p;
    }
    if (!part) continue;
    const auto accepted = images::Accept(part->data, images::kMaxUploadBytes);
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

void WriteMedia(App& app, const std::vector<images::NewImage>& images) {
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
