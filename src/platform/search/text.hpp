// Japanese full-text search text processing: our own tokenizer for SQLite FTS5 (tokenizer
// 'ascii', tokens separated by spaces) and PostgreSQL (tsvector literal with positions).
// Text is normalised (NFKC + lower case); CJK runs (Han, Hiragana, Katakana, ー, 々, ゝゞ, ヽヾ)
// are indexed as character bigrams and unigrams, Latin/digit (and other letter) runs as words.
// Everything else separates runs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tsunagu::search {

// NFKC + lower case; C0 controls become spaces. Input must be valid UTF-8 (callers check).
std::string Normalize(std::string_view s);

// Token streams of one text for the FTS5 table columns, space-separated:
//  bigrams: per CJK run of length >= 2 its bigrams in order; a CJK run of length 1 gives the
//           single character; Latin/digit runs give the word. In text order.
//  unigrams: every CJK character of the text, in order (Latin words are not repeated here).
struct Streams {
  std::string bigrams, unigrams;
};
Streams IndexStreams(std::string_view text);

// PostgreSQL tsvector input literal with positions and a weight letter ('A'..'D'):
// bigram-stream tokens get positions 1,2,3...; each CJK character also appears as a unigram
// lexeme at the position of the bigram that starts with it (the last char of a run at the
// position of the last bigram). Lexemes single-quoted, with ' doubled and \ escaped as the
// tsvector input syntax needs, e.g.  '防災':1A '防':1A '災訓':2A '災':2A ...
// Positions are capped at 16383 (PostgreSQL's limit): stop emitting beyond it. Empty text -> "".
// Words longer than PostgreSQL's lexeme limit (2047 bytes) are left out (their position stays
// used), and emitting stops before the lexemes add up to 1 MB. Throws std::invalid_argument
// for a weight other than 'A'..'D'.
std::string TsVectorLiteral(std::string_view text, char weight);

// A query: normalised, split on white space into terms (at most 8 terms; extra ignored);
// each term becomes one or more phrases that must all match:
//  - a CJK run of 1 char  -> {unigram, unigram=true}
//  - a CJK run of >= 2    -> {bigrams in order, unigram=false}  (a phrase)
//  - a Latin/digit word   -> {word, unigram=false}
// A term like "NPO法人" yields two phrases: {"npo"} and {"法人"}. Terms with no letters
// (only punctuation) yield nothing and do not count towards the 8. Repeated phrases are
// dropped.
struct Phrase {
  std::vector<std::string> tokens;
  bool unigram = false;
};
std::vector<Phrase> ParseQuery(std::string_view q);

// FTS5 MATCH expression over a table whose columns are title_bi, title_uni, body_bi, body_uni:
// each phrase as {title_bi body_bi} : "t1 t2 ..." (or {title_uni body_uni} : "c" for a unigram),
// phrases joined with AND. Tokens never contain '"' (they are letters/digits only) but escape
// '"' by doubling anyway. Empty phrases vector -> "".
std::string Fts5Match(const std::vector<Phrase>& phrases);

// PostgreSQL tsquery input literal: each phrase as tokens joined with <-> (single token alone),
// phrases joined with &. Lexemes quoted like TsVectorLiteral. Empty -> "".
std::string TsQueryLiteral(const std::vector<Phrase>& phrases);

// A snippet of the NORMALISED text around the first match of any phrase (its characters
// contiguous in the normalised text: for a bigram phrase, the original substring the bigrams
// came from; for a Latin word, the word), at most max_chars code points, with "…" added at a
// cut start or end (the "…" not counted), and every occurrence of any phrase in the window
// marked hit=true. Newlines and runs of white space become one space (leading and trailing
// white space dropped). When nothing matches: the first max_chars code points, no hits.
// Adjacent segments never share the same hit value. Empty text -> no segments.
struct Segment {
  std::string text;
  bool hit = false;
};
std::vector<Segment> Snippet(std::string_view text, const std::vector<Phrase>& phrases,
                             std::size_t max_chars = 100);

// True when q is acceptable as a search query: valid UTF-8 (callers check IsValidText too),
// no C0/C1 control characters (nor DEL), at most 100 code points after trimming.
bool IsAcceptableQuery(std::string_view q);

}  // namespace tsunagu::search
