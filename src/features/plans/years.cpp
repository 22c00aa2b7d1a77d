#include "features/plans/years.hpp"

namespace tsunagu::plans {

int FiscalYearOf(const std::string& date) {
  const int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2));
  return m >= 4 ? y : y - 1;
}

std::string FiscalYearEnd(int year) { return std::to_string(year + 1) + "-03-31"; }

std::string EraYear(int year) {
  // By convention FY2019 is 令和元年度 (the era changed on 1 May 2019).
  std::string out;
  if (year >= 2019) {
    out = "令和";
    out += year == 2019 ? std::string("元") : std::to_string(year - 2018);
  } else if (year >= 1989) {
    out = "平成";
    out += year == 1989 ? std::string("元") : std::to_string(year - 1988);
  } else {
    out = "昭和";
    out += std::to_string(year - 1925);
  }
  out += "年度";
  return out;
}

std::string YearLabel(int year) {
  std::string out = std::to_string(year);
  out += "年度（";
  out += EraYear(year);
  out += "）";
  return out;
}

}  // namespace tsunagu::plans
