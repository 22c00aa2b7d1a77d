// The routes of this feature, registered by src/app/ (the one place that wires features).
#pragma once

#include "platform/web/app.hpp"

namespace tsunagu::web {

void AddIssueRoutes(Router<Handler>& r);     // pages.cpp
void AddIssueApiRoutes(Router<Handler>& r);  // api.cpp

}  // namespace tsunagu::web
