// Talks (話し合い, plan 3-3): planned, facilitated, minuted and followed up. Being written.
#pragma once

#include <string>
#include <vector>

#include "domain/context.hpp"

namespace tsunagu::talks {

// The demo talks (runs once per database). Expects the demo organisations and accounts.
void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now);

// The talks that discussed a local issue, for the issue's page (newest first).
struct TalkRef {
  std::int64_t id = 0;
  std::string title;
  std::int64_t starts_at = 0;
  std::string status;  // planned, held, cancelled
};
std::vector<TalkRef> TalksForIssue(const Ctx& ctx, std::int64_t issue);

}  // namespace tsunagu::talks
