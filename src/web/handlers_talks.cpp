// Being written (issue 4).
#include "web/app.hpp"

namespace tsunagu::web {
void AddTalkRoutes(Router<Handler>&) {}
}  // namespace tsunagu::web
