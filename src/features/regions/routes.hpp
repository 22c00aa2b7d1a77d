// The routes of this feature, registered by src/app/ (the one place that wires features).
#pragma once

#include "platform/web/app.hpp"

namespace tsunagu::web {

void AddApiRoutes(Router<Handler>& r);    // api.cpp
void AddAdminRoutes(Router<Handler>& r);  // admin_pages.cpp

}  // namespace tsunagu::web
