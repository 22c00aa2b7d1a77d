#include "features/plans/views.hpp"

#include "features/plans/commands.hpp"
#include "features/plans/years.hpp"
#include "platform/messages.hpp"
#include "platform/text.hpp"
#include "platform/web/forms.hpp"

namespace tsunagu::plans {

std::string Yen(std::int64_t n) {
  std::string out = text::WithThousands(n);
  out += Msg("unit.yen");
  return out;
}

std::string FundingLabel(const std::string& f) { return f.empty() ? "" : Msg("funding." + f); }

std::string GradeLabel(const std::string& g) {
  return g.empty() ? Msg("grade.none") : Msg("grade." + g);
}

const std::string& Label(PlanStatus s) { return Msg("plan_status." + std::string(ToString(s))); }

const std::string& Label(GoalKind k) { return Msg("goal_kind." + std::string(ToString(k))); }

std::optional<int> YearParam(web::App& app, const web::RequestCtx& rc) {
  const std::string raw = web::QueryParam(rc.req, "year");
  if (raw.empty()) return CurrentYear(app.ctx().clock);
  auto n = text::ParsePositiveInt(raw);
  if (!n || *n < 2000 || *n > 2100) return std::nullopt;
  return static_cast<int>(*n);
}

std::vector<std::pair<std::string, std::string>> YearOptions(int current) {
  std::vector<std::pair<std::string, std::string>> out;
  for (int y = current + 1; y >= 2018; --y) {
    out.emplace_back(std::to_string(y), YearLabel(y));
  }
  return out;
}

}  // namespace tsunagu::plans
