// Being written (issue 4).
#include "domain/issues.hpp"

namespace tsunagu::issues {
void SeedDemo(store::Conn&, MunicipalityId, std::int64_t) {}
}  // namespace tsunagu::issues
