// The routes of this feature, registered by src/app/ (the one place that wires features).
#pragma once

#include "platform/web/app.hpp"

namespace tsunagu::web {

void AddPostRoutes(Router<Handler>& r);     // pages.cpp
void AddPostApiRoutes(Router<Handler>& r);  // api.cpp
}  // namespace tsunagu::web
