// What the pages of posts (and of events and search, which share the filters) show of one
// post, and the content filters.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "features/posts/commands.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// The organisations the actor may publish posts and events for: (id, name) options.
std::vector<std::pair<std::string, std::string>> PublishableOrgs(App& app, const Actor& actor);
// ID, TITLE, URL, REGION_NAME, REGION_SLUG, CATEGORY(_KEY), DATE, DATE_ISO, AUTHOR, SUMMARY.
void FillPost(Dict& d, const posts::Post& p);
// A POST section entry rendering post_item.tpl for one post.
Dict* AddPostItem(Dict& d, const posts::Post& p);
// The FILTERS include (post_filters.tpl) submitting to action.
void AddFilterForm(App& app, Dict& d, const std::string& action, const std::string& region,
                   const std::string& category, const std::string& from, const std::string& to,
                   bool with_category);
// The filter form's selects and dates (REGION_OPTION, CATEGORY_OPTION with SELECTED).
void FillFilters(App& app, Dict& d, const std::string& region, const std::string& category,
                 const std::string& from, const std::string& to, bool with_category);

}  // namespace tsunagu::web
