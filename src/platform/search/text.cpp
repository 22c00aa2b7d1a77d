#include "platform/search/text.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <utility>

#include "platform/text.hpp"

namespace tsunagu::search {
namespace {

using CodePoints = std::vector<UChar32>;

constexpr std::size_t kMaxTerms = 8;
constexpr std::size_t kMaxQueryChars = 100;
constexpr int kMaxTsPosition = 16383;                   // PostgreSQL MAXENTRYPOS - 1
constexpr std::size_t kMaxLexemeBytes = 2047;           // PostgreSQL MAXSTRLEN
constexpr std::size_t kMaxTsBytes = 1000000;            // below PostgreSQL MAXSTRPOS (1 MB)
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

bool IsCjk(UChar32 c) {
  switch (c) {
    case 0x30FC:  // ー
    case 0x3005:  // 々
    case 0x309D:  // ゝ
    case 0x309E:  // ゞ
    case 0x30FD:  // ヽ
    case 0x30FE:  // ヾ
      return true;
    default:
      break;
  }
  const int script = u_getIntPropertyValue(c, UCHAR_SCRIPT);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool IsMark(UChar32 c) {
  const std::int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

// Invalid sequences become U+FFFD (callers promise valid UTF-8).
CodePoints Decode(std::string_view s) {
  CodePoints out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

void Append(std::string& out, UChar32 c) {
  std::uint8_t buf[U8_MAX_LENGTH];
  std::int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
}

std::string Encode(const CodePoints& cps, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) Append(out, cps[i]);
  return out;
}

// A maximal run of CJK characters or of word characters, [begin, end) in code points.
struct Run {
  std::size_t begin, end;
  bool cjk;
};

// Word runs: letters/digits that are not CJK, plus combining marks inside a word.
std::vector<Run> FindRuns(const CodePoints& cps, std::size_t begin, std::size_t end) {
  std::vector<Run> runs;
  enum class State { kNone, kCjk, kWord } state = State::kNone;
  for (std::size_t i = begin; i < end; ++i) {
    const UChar32 c = cps[i];
    State next = State::kNone;
    if (IsCjk(c)) {
      next = State::kCjk;
    } else if (u_isalnum(c) || (state == State::kWord && IsMark(c))) {
      next = State::kWord;
    }
    if (next != state && next != State::kNone) runs.push_back({i, i, next == State::kCjk});
    if (next != State::kNone) runs.back().end = i + 1;
    state = next;
  }
  return runs;
}

// Phrases of one run, as ParseQuery describes them.
Phrase RunPhrase(const CodePoints& cps, const Run& run) {
  Phrase phrase;
  const std::size_t len = run.end - run.begin;
  if (!run.cjk || len == 1) {
    phrase.tokens.push_back(Encode(cps, run.begin, run.end));
    phrase.unigram = run.cjk;
  } else {
    for (std::size_t i = run.begin; i + 1 < run.end; ++i) {
      phrase.tokens.push_back(Encode(cps, i, i + 2));
    }
  }
  return phrase;
}

std::string Quote(std::string_view lexeme) {
  std::string out = "'";
  for (char c : lexeme) {
    if (c == '\'') {
      out += "''";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  out += '\'';
  return out;
}

std::string Fts5Quote(const std::vector<std::string>& tokens) {
  std::string out = "\"";
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out += ' ';
    for (char c : tokens[i]) {
      if (c == '"') out += '"';
      out += c;
    }
  }
  out += '"';
  return out;
}

// The contiguous characters a phrase stands for: a single token as is, a chain of bigrams
// joined back. Empty when the tokens do not form a chain.
CodePoints PhraseChars(const Phrase& phrase) {
  if (phrase.tokens.empty()) return {};
  if (phrase.tokens.size() == 1) return Decode(phrase.tokens.front());
  CodePoints out;
  for (const std::string& token : phrase.tokens) {
    const CodePoints bigram = Decode(token);
    if (bigram.size() != 2) return {};
    if (out.empty()) {
      out = bigram;
    } else {
      if (out.back() != bigram[0]) return {};
      out.push_back(bigram[1]);
    }
  }
  return out;
}

// Normalised text with white space runs collapsed to one space and trimmed.
CodePoints SnippetText(std::string_view text) {
  const CodePoints raw = Decode(Normalize(text));
  CodePoints out;
  out.reserve(raw.size());
  bool pending_space = false;
  for (UChar32 c : raw) {
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

// All occurrences [begin, end) of the phrases in cps, sorted by begin.
std::vector<std::pair<std::size_t, std::size_t>> FindMatches(const CodePoints& cps,
                                                             const std::vector<Phrase>& phrases) {
  std::vector<std::pair<std::size_t, std::size_t>> matches;
  const std::vector<Run> runs = FindRuns(cps, 0, cps.size());
  for (const Phrase& phrase : phrases) {
    const CodePoints needle = PhraseChars(phrase);
    if (needle.empty()) continue;
    if (IsCjk(needle.front())) {
      auto it = cps.begin();
      while ((it = std::search(it, cps.end(), needle.begin(), needle.end())) != cps.end()) {
        const auto begin = static_cast<std::size_t>(it - cps.begin());
        matches.emplace_back(begin, begin + needle.size());
        ++it;
      }
    } else {
      for (const Run& run : runs) {
        if (!run.cjk && std::equal(cps.begin() + static_cast<std::ptrdiff_t>(run.begin),
                                   cps.begin() + static_cast<std::ptrdiff_t>(run.end),
                                   needle.begin(), needle.end())) {
          matches.emplace_back(run.begin, run.end);
        }
      }
    }
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

}  // namespace

std::string Normalize(std::string_view s) {
  std::string in(s);
  for (char& c : in) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) c = ' ';
  }
  return text::NfkcLower(in);
}

Streams IndexStreams(std::string_view text) {
  const CodePoints cps = Decode(Normalize(text));
  Streams streams;
  auto add = [](std::string& stream, const std::string& token) {
    if (!stream.empty()) stream += ' ';
    stream += token;
  };
  for (const Run& run : FindRuns(cps, 0, cps.size())) {
    for (const std::string& token : RunPhrase(cps, run).tokens) add(streams.bigrams, token);
    if (run.cjk) {
      for (std::size_t i = run.begin; i < run.end; ++i)
        add(streams.unigrams, Encode(cps, i, i + 1));
    }
  }
  return streams;
}

std::string TsVectorLiteral(std::string_view text, char weight) {
  if (weight < 'A' || weight > 'D') throw std::invalid_argument("tsvector weight must be A..D");
  const CodePoints cps = Decode(Normalize(text));
  std::string out;
  std::size_t lexeme_bytes = 0;
  int position = 0;
  // False once a limit is reached.
  auto emit = [&](const std::string& lexeme) {
    if (lexeme.size() > kMaxLexemeBytes) return true;
    lexeme_bytes += lexeme.size();
    if (lexeme_bytes > kMaxTsBytes) return false;
    if (!out.empty()) out += ' ';
    out += Quote(lexeme);
    out += ':';
    out += std::to_string(position);
    out += weight;
    return true;
  };
  for (const Run& run : FindRuns(cps, 0, cps.size())) {
    const Phrase phrase = RunPhrase(cps, run);
    for (std::size_t k = 0; k < phrase.tokens.size(); ++k) {
      if (++position > kMaxTsPosition) return out;
      if (!emit(phrase.tokens[k])) return out;
      if (!run.cjk || phrase.unigram) continue;
      const std::size_t i = run.begin + k;
      if (!emit(Encode(cps, i, i + 1))) return out;
      const bool last = k + 1 == phrase.tokens.size();
      if (last && cps[i + 1] != cps[i] && !emit(Encode(cps, i + 1, i + 2))) return out;
    }
  }
  return out;
}

std::vector<Phrase> ParseQuery(std::string_view q) {
  const CodePoints cps = Decode(Normalize(q));
  std::vector<Phrase> phrases;
  std::size_t terms = 0;
  std::size_t i = 0;
  while (i < cps.size() && terms < kMaxTerms) {
    while (i < cps.size() && u_isUWhiteSpace(cps[i])) ++i;
    const std::size_t begin = i;
    while (i < cps.size() && !u_isUWhiteSpace(cps[i])) ++i;
    const std::vector<Run> runs = FindRuns(cps, begin, i);
    if (runs.empty()) continue;
    ++terms;
    for (const Run& run : runs) {
      Phrase phrase = RunPhrase(cps, run);
      const bool seen = std::any_of(phrases.begin(), phrases.end(), [&](const Phrase& p) {
        return p.unigram == phrase.unigram && p.tokens == phrase.tokens;
      });
      if (!seen) phrases.push_back(std::move(phrase));
    }
  }
  return phrases;
}

std::string Fts5Match(const std::vector<Phrase>& phrases) {
  std::string out;
  for (const Phrase& phrase : phrases) {
    if (!out.empty()) out += " AND ";
    out += phrase.unigram ? "{title_uni body_uni} : " : "{title_bi body_bi} : ";
    out += Fts5Quote(phrase.tokens);
  }
  return out;
}

std::string TsQueryLiteral(const std::vector<Phrase>& phrases) {
  std::string out;
  for (const Phrase& phrase : phrases) {
    if (!out.empty()) out += " & ";
    for (std::size_t i = 0; i < phrase.tokens.size(); ++i) {
      if (i > 0) out += " <-> ";
      out += Quote(phrase.tokens[i]);
    }
  }
  return out;
}

std::vector<Segment> Snippet(std::string_view text, const std::vector<Phrase>& phrases,
                             std::size_t max_chars) {
  const CodePoints cps = SnippetText(text);
  if (cps.empty() || max_chars == 0) return {};
  const auto matches = FindMatches(cps, phrases);

  // Window [start, end): about a third of the spare room before the first match.
  const std::size_t n = cps.size();
  std::size_t start = 0;
  std::size_t end = n;
  if (n > max_chars) {
    if (!matches.empty()) {
      const auto [first_begin, first_end] = matches.front();
      const std::size_t len = first_end - first_begin;
      const std::size_t before = len < max_chars ? (max_chars - len) / 3 : 0;
      start = first_begin > before ? first_begin - before : 0;
      start = std::min(start, n - max_chars);
    }
    end = start + max_chars;
    if (start > 0 && end > start + 1 && cps[start] == ' ') ++start;
    if (end < n && end > start + 1 && cps[end - 1] == ' ') --end;
  }

  std::vector<bool> hit(end - start, false);
  for (const auto& [begin, finish] : matches) {
    for (std::size_t i = std::max(begin, start); i < std::min(finish, end); ++i) {
      hit[i - start] = true;
    }
  }

  std::vector<Segment> segments;
  auto add = [&segments](std::string_view s, bool is_hit) {
    if (s.empty()) return;
    if (segments.empty() || segments.back().hit != is_hit) segments.push_back({"", is_hit});
    segments.back().text += s;
  };
  if (start > 0) add(kEllipsis, false);
  for (std::size_t i = start; i < end; ++i) {
    std::string ch;
    Append(ch, cps[i]);
    add(ch, hit[i - start]);
  }
  if (end < n) add(kEllipsis, false);
  return segments;
}

bool IsAcceptableQuery(std::string_view q) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(q.data());
  const auto n = static_cast<std::int32_t>(q.size());
  std::int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  }
  return text::Length(text::Trim(q)) <= kMaxQueryChars;
}

}  // namespace tsunagu::search
