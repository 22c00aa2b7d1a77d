// Being written (issue 4).
#include "web/app.hpp"

namespace tsunagu::web {
void AddIssueApiRoutes(Router<Handler>&) {}
}  // namespace tsunagu::web
