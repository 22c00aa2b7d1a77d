// Being written (issue 4).
#include "web/app.hpp"

namespace tsunagu::web {
void AddOpen311Routes(Router<Handler>&) {}
}  // namespace tsunagu::web
