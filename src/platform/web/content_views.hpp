// What the pages of posts, events and search show of one item, the filters and the pager.
#pragma once

#include <string>

#include "features/events/commands.hpp"
#include "features/posts/commands.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// The numeric {id} of the path (nullopt when it is not a whole number > 0).
std::optional<std::int64_t> IdParam(const RequestCtx& rc);
// The organisations the actor may publish posts and events for: (id, name) options.
std::vector<std::pair<std::string, std::string>> PublishableOrgs(App& app, const Actor& actor);

// A coordinate stored in millionths of a degree as "34.186000" ("" when absent).
std::string Degrees(const std::optional<std::int64_t>& e6);

// ID, TITLE, URL, REGION_NAME, REGION_SLUG, CATEGORY(_KEY), DATE, DATE_ISO, AUTHOR, SUMMARY.
void FillPost(Dict& d, const posts::Post& p);
// ID, TITLE, URL, REGION_NAME, REGION_SLUG, WHEN, START_ISO, PLACE, ORGANISER, CANCELLED,
// CAPACITY_TEXT.
void FillEvent(Dict& d, const events::Event& e);
// A POST (EVENT) section entry rendering post_item.tpl (event_item.tpl) for one item.
Dict* AddPostItem(Dict& d, const posts::Post& p);
Dict* AddEventItem(Dict& d, const events::Event& e);
// The FILTERS include (post_filters.tpl) submitting to action.
void AddFilterForm(App& app, Dict& d, const std::string& action, const std::string& region,
                   const std::string& category, const std::string& from, const std::string& to,
                   bool with_category);
// The filter form's selects and dates (REGION_OPTION, CATEGORY_OPTION with SELECTED).
void FillFilters(App& app, Dict& d, const std::string& region, const std::string& category,
                 const std::string& from, const std::string& to, bool with_category);
// The PAGING include (pager.tpl) with PREV_HREF / NEXT_HREF and "page X of Y"; base ends with the
// query so far.
void FillPager(Dict& d, const std::string& base, int page, std::int64_t total, int per_page);

// Checks the uploaded images image1..image<max> (alt texts alt1..) of a multipart form into add,
// with a message per field in errors; nothing is written until the record is saved.
void TakeImages(RequestCtx& rc, std::size_t max, std::vector<posts::NewImage>& add,
                std::map<std::string, std::string>& errors);
// Writes the images of a saved record to the media folder, each under the SHA-256 of its bytes.
void WriteMedia(App& app, const std::vector<posts::NewImage>& images);

}  // namespace tsunagu::web
