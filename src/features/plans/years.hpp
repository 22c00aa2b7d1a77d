// Fiscal years (年度, April-March) as integers: 2026 = April 2026 - March 2027. Plans, projects,
// indicators and the annual report all count in them. Pure functions.
#pragma once

#include <string>

namespace tsunagu::plans {

// Fiscal year of a date "YYYY-MM-DD" (Asia/Tokyo): January-March belong to the year before.
int FiscalYearOf(const std::string& date);
// The last day of a fiscal year: 2026 -> "2027-03-31".
std::string FiscalYearEnd(int year);
// "令和8年度" for 2026, "令和元年度" for 2019, "平成29年度" for 2017.
std::string EraYear(int year);
// "2026年度（令和8年度）".
std::string YearLabel(int year);

}  // namespace tsunagu::plans
