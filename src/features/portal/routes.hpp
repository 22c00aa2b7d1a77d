// The routes of this feature, registered by src/app/ (the one place that wires features).
#pragma once

#include "platform/web/app.hpp"

namespace tsunagu::web {

void AddPublicRoutes(Router<Handler>& r);  // pages.cpp: /, /regions, /regions/{slug}, /orgs/{id}

}  // namespace tsunagu::web
