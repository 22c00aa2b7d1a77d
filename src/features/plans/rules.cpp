#include "features/plans/rules.hpp"

#include <algorithm>
#include <optional>

#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"

namespace tsunagu::plans {

std::int64_t Number(Validator& v, const std::string& field, const std::string& raw,
                    std::int64_t min, std::int64_t max) {
  std::string s = text::Trim(text::Nfkc(raw));
  s.erase(std::remove(s.begin(), s.end(), ','), s.end());
  if (s.empty()) {
    v.Add(field, Msg("error.required"));
    return 0;
  }
  const bool negative = s.front() == '-';
  std::string digits = negative ? s.substr(1) : s;
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));  // "007" -> "7"
  auto n = digits == "0" ? std::optional<std::int64_t>(0) : text::ParsePositiveInt(digits);
  if (!n) {
    v.Add(field, Msg("error.whole_number"));
    return 0;
  }
  const std::int64_t value = negative ? -*n : *n;
  if (value < min || value > max) {
    v.OutOfRange(field, min, max);
    return 0;
  }
  return value;
}

bool CanEdit(const Actor& actor, RegionId region, OrgId council) {
  return Can(actor, Action::kEditPlan, Subject{region, council, OrgKind::kCouncil});
}

}  // namespace tsunagu::plans
