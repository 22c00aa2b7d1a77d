#include "app/features.hpp"

#include "features/accounts/routes.hpp"
#include "features/events/routes.hpp"
#include "features/feeds/routes.hpp"
#include "features/indicators/routes.hpp"
#include "features/issues/routes.hpp"
#include "features/matching/routes.hpp"
#include "features/open311/routes.hpp"
#include "features/opendata/routes.hpp"
#include "features/plans/routes.hpp"
#include "features/portal/routes.hpp"
#include "features/posts/routes.hpp"
#include "features/regions/routes.hpp"
#include "features/reports/routes.hpp"
#include "features/search/routes.hpp"
#include "features/talks/routes.hpp"
#include "features/training/routes.hpp"

namespace tsunagu::app {

const std::vector<web::RouteSet>& AllRoutes() {
  static const std::vector<web::RouteSet> routes = {
      web::AddPublicRoutes,       web::AddAccountRoutes,   web::AddAdminRoutes,
      web::AddApiRoutes,          web::AddTrainingRoutes,  web::AddMatchingRoutes,
      web::AddPlanRoutes,         web::AddIndicatorRoutes, web::AddReportRoutes,
      web::AddIndicatorApiRoutes, web::AddPlanApiRoutes,   web::AddPostRoutes,
      web::AddEventRoutes,        web::AddFeedRoutes,      web::AddOpenDataRoutes,
      web::AddSearchRoutes,       web::AddPostApiRoutes,   web::AddEventApiRoutes,
      web::AddIssueRoutes,        web::AddIssueApiRoutes,  web::AddOpen311Routes,
      web::AddTalkRoutes,
  };
  return routes;
}

}  // namespace tsunagu::app
