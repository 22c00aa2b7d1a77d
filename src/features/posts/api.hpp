// What the posting APIs of posts and events share: the region a POST names and the organisation
// the caller writes for there.
#pragma once

#include <boost/json.hpp>

#include <utility>
#include <variant>

#include "platform/web/app.hpp"

namespace tsunagu::web {

// The organisation a posting API call writes for in region r: the one named by "org_id" (the
// caller must publish for it), else the region's council or another of the caller's
// organisations there; OrgId 0 for a resident's post when resident_allowed.
Result<OrgId> ApiOrg(App& app, const RequestCtx& rc, const boost::json::object& o, const Region& r,
                     bool resident_allowed);
// The region an API POST names and the organisation the caller writes for there, or the
// 400/403 answer.
std::variant<std::pair<Region, OrgId>, Response> ApiRegionAndOrg(App& app, const RequestCtx& rc,
                                                                 const boost::json::object& o,
                                                                 bool resident_allowed);

}  // namespace tsunagu::web
