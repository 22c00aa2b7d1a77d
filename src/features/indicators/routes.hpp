// The routes of this feature, registered by src/app/ (the one place that wires features).
#pragma once

#include "platform/web/app.hpp"

namespace tsunagu::web {

void AddIndicatorRoutes(Router<Handler>& r);     // pages.cpp
void AddIndicatorApiRoutes(Router<Handler>& r);  // api.cpp

}  // namespace tsunagu::web
