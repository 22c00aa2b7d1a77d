// Text helpers for user input: UTF-8 validity, NFKC normalisation (ICU), trimming, lengths.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tsunagu::text {

// True when s is well-formed UTF-8 without NUL or C0 control characters other than
// tab, LF and CR.
bool IsValidText(std::string_view s);

// True when s is well-formed UTF-8 (control characters allowed: the field decides).
bool IsUtf8(std::string_view s);

// NFKC normalisation: full-width ＡＢＣ becomes ABC, half-width ｶﾀｶﾅ becomes カタカナ.
// Precondition: IsValidText(s).
std::string Nfkc(std::string_view s);

// NFKC + lower case, for case-insensitive keys such as email addresses.
std::string NfkcLower(std::string_view s);

// Removes leading and trailing ASCII and ideographic (U+3000) white space.
std::string Trim(std::string_view s);

// Number of Unicode code points (Precondition: valid UTF-8).
std::size_t Length(std::string_view s);

// "1,234,000" (and "-5,000").
std::string WithThousands(std::int64_t n);

// Hiragana (U+3041..U+3096) turned into katakana; everything else unchanged.
std::string Katakana(std::string_view s);

// True when s is only katakana (U+30A1..U+30FC, including ー and ・), ASCII letters, digits and
// spaces (ASCII or U+3000): what open data's *_カナ fields hold.
bool IsKatakanaName(std::string_view s);

// A whole decimal number > 0 (ids in paths and forms); nullopt for anything else.
std::optional<std::int64_t> ParsePositiveInt(std::string_view s);

// A plausible email address: one @, a dot in the domain, no spaces, at most 254 bytes.
bool LooksLikeEmail(std::string_view s);

// An absolute http(s) URL a person typed for a link: http:// or https://, something after it,
// no white space, quotes or angle brackets.
bool IsWebUrl(std::string_view s);

// s with every occurrence of from replaced by to: a message's placeholder ("{title}").
std::string ReplaceAll(std::string s, std::string_view from, std::string_view to);

// Text for SVG/XML content and attribute values: & < > " escaped.
std::string EscapeXml(const std::string& s);

}  // namespace tsunagu::text
