// 活動証明書: the certificate of volunteer activity that a student hands to their school, as a
// one-page A4 PDF with embedded Japanese fonts (cairo + pango, Noto CJK JP).
//
// Threads: RenderActivityCertificatePdf may run on several threads at once. Each call owns its
// cairo surface, pango font map, context and layouts, and frees them before returning. It relies
// on cairo and pango being safe for distinct objects on distinct threads, on fontconfig
// (>= 2.10.91) and glib's type system being thread-safe, and on their process-wide caches
// (fontconfig's font list, cairo's FreeType face cache), which only speed up later calls and never
// change output.
#pragma once

#include <cstdint>
#include <string>

namespace tsunagu::web {

// Every text field must be valid UTF-8 without control characters other than tab, LF and CR.
struct ActivityCertificate {
  std::string number;       // certificate reference shown on the page, e.g. "MT-000012"
  std::string person_name;  // the volunteer's display name
  std::string need_title;   // the activity (募集) title
  std::string org_name;     // the receiving organisation (受入団体)
  std::string period;  // activity dates, already formatted, e.g. "2026年11月1日〜2026年11月3日"
  std::string place;         // may be ""
  std::int64_t minutes = 0;  // confirmed activity time, in minutes
  std::string confirmed_on;  // YYYY-MM-DD, when the organisation confirmed the hours
  std::string issued_on;     // YYYY-MM-DD
  std::string municipality;  // e.g. "山口市"
};

// The certificate as PDF bytes: A4 portrait, one page, PDF title 活動証明書, creation date
// issued_on 00:00 JST (so equal input gives equal bytes). Long values wrap; a value too long for
// its row (a few lines) is cut with "…" on the page, though the text layer keeps all of it. Throws
// std::invalid_argument for malformed text, dates or negative minutes; std::runtime_error when
// cairo fails or, should other fonts stand in for Noto CJK JP, the content overflows the page.
std::string RenderActivityCertificatePdf(const ActivityCertificate& c);

// "3時間30分", "2時間", "45分", "0分". Throws std::invalid_argument when minutes < 0.
std::string FormatMinutesJa(std::int64_t minutes);

// "2026-11-03" -> "2026年11月3日". Throws std::invalid_argument unless training::IsDate(ymd).
std::string FormatDateJa(const std::string& ymd);

}  // namespace tsunagu::web
