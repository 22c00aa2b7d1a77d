// The routes of this feature, registered by src/app/ (the one place that wires features).
#pragma once

#include "platform/web/app.hpp"

namespace tsunagu::web {

void AddPlanRoutes(Router<Handler>& r);     // pages.cpp
void AddPlanApiRoutes(Router<Handler>& r);  // pages.cpp

}  // namespace tsunagu::web
