// Where the features meet: the list of every feature's routes (and, in features.cpp, the other
// registrations). main.cpp and the tests build the App from it.
#pragma once

#include <vector>

#include "platform/web/app.hpp"

namespace tsunagu::app {

// Every feature's routes, in the order they are added to the router.
const std::vector<web::RouteSet>& AllRoutes();

}  // namespace tsunagu::app
