// Small pieces many pages share: the numeric {id} of a path, coordinates, the pager, and
// uploaded images (checked here, written once the record is saved).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/images.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// The region of a slug in the path or query (nullopt when there is none).
std::optional<Region> RegionOf(App& app, const std::string& slug);
// A plain answer of this content type.
Response Text(const std::string& type, std::string body);
// The numeric {id} of the path (nullopt when it is not a whole number > 0).
std::optional<std::int64_t> IdParam(const RequestCtx& rc);
// A coordinate stored in millionths of a degree as "34.186000" ("" when absent).
std::string Degrees(const std::optional<std::int64_t>& e6);
// The PAGING include (pager.tpl) with PREV_HREF / NEXT_HREF and "page X of Y"; base ends with the
// query so far.
void FillPager(Dict& d, const std::string& base, int page, std::int64_t total, int per_page);
// Checks the uploaded images image1..image<max> (alt texts alt1..) of a multipart form into add,
// with a message per field in errors; nothing is written until the record is saved.
void TakeImages(RequestCtx& rc, std::size_t max, std::vector<images::NewImage>& add,
                std::map<std::string, std::string>& errors);
// Writes the images of a saved record to the media folder, each under the SHA-256 of its bytes.
void WriteMedia(App& app, const std::vector<images::NewImage>& images);

}  // namespace tsunagu::web
