#include "platform/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <cctype>

#include <charconv>
#include <climits>
#include <stdexcept>

namespace tsunagu::text {

namespace {

// Walks s as UTF-8: false at the first ill-formed sequence or at a code point refused says no.
template <class Refused>
bool EveryCodePoint(std::string_view s, Refused refused) {
  if (s.size() > INT32_MAX) throw std::length_error("text too large to check");
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::int32_t n = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || refused(c)) return false;
  }
  return true;
}

}  // namespace

bool IsValidText(std::string_view s) {
  return EveryCodePoint(
      s, [](UChar32 c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f; });
}

bool IsUtf8(std::string_view s) {
  return EveryCodePoint(s, [](UChar32) { return false; });
}

std::string Nfkc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC normaliser unavailable");
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  icu::UnicodeString out = nfkc->normalize(in, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC normalisation failed");
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string NfkcLower(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold unavailable");
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  icu::UnicodeString out = nfkc_cf->normalize(in, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU case folding failed");
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string Trim(std::string_view s) {
  static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  auto is_space_at_front = [&](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    if (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r') return 1;
    if (v.starts_with(kIdeographicSpace)) return kIdeographicSpace.size();
    return 0;
  };
  auto is_space_at_back = [&](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    if (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r') return 1;
    if (v.ends_with(kIdeographicSpace)) return kIdeographicSpace.size();
    return 0;
  };
  while (std::size_t k = is_space_at_front(s)) s.remove_prefix(k);
  while (std::size_t k = is_space_at_back(s)) s.remove_suffix(k);
  return std::string(s);
}

std::size_t Length(std::string_view s) {
  std::size_t count = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::optional<std::int64_t> ParsePositiveInt(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

bool LooksLikeEmail(std::string_view s) {
  if (s.size() < 3 || s.size() > 254) return false;
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view domain = s.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  for (unsigned char c : s) {
    if (c <= ' ' || c == 0x7f) return false;
  }
  return true;
}

std::string WithThousands(std::int64_t n) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

namespace {

// Code points of valid UTF-8 (precondition), with a callback per code point.
template <class F>
void ForEachCodePoint(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    f(cp, s.substr(i, n));
    i += n;
  }
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string Katakana(std::string_view s) {
  std::string out;
  ForEachCodePoint(s, [&](char32_t cp, std::string_view raw) {
    if (cp >= 0x3041 && cp <= 0x3096) {
      AppendUtf8(out, cp + 0x60);
    } else {
      out += raw;
    }
  });
  return out;
}

bool IsKatakanaName(std::string_view s) {
  bool ok = true;
  ForEachCodePoint(s, [&](char32_t cp, std::string_view) {
    const bool kana = cp >= 0x30A1 && cp <= 0x30FC;
    const bool ascii = cp < 0x80 && (std::isalnum(static_cast<int>(cp)) || cp == ' ');
    if (!kana && !ascii && cp != 0x3000) ok = false;
  });
  return ok;
}

bool IsWebUrl(std::string_view s) {
  return (s.starts_with("https://") || s.starts_with("http://")) && s.size() > 10 &&
         s.find_first_of(" \t\r\n\"<>") == std::string_view::npos;
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  if (from.empty()) return s;
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

std::string EscapeXml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace tsunagu::text
