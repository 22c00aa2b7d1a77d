// Japanese search over public posts, events and organisations (plan 1-1: a common platform).
//
// Text is normalised with NFKC and indexed as CJK bigrams and unigrams plus Latin words by our
// own tokenizer (core/search_text.hpp): FTS5 with the 'ascii' tokenizer on SQLite, a tsvector
// with GIN on PostgreSQL. Commands keep the index in their own transaction (Put/Remove).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/context.hpp"
#include "platform/result.hpp"
#include "platform/search/text.hpp"

namespace tsunagu::search {

inline constexpr const char* kKinds[] = {"post", "event", "org", "issue"};

struct Doc {
  std::string kind;  // post, event, org, issue
  std::int64_t ref_id = 0;
  RegionId region_id;
  std::string category;
  std::string title, body;  // plain text (Markdown already rendered to text)
  std::int64_t sort_at = 0;
};

// What is indexed of each kind of record, for the commands and for Rebuild alike.
Doc PostDoc(std::int64_t id, RegionId region, const std::string& category, const std::string& title,
            const std::string& markdown_body, const std::vector<std::string>& tags,
            std::int64_t published_at);
Doc EventDoc(std::int64_t id, RegionId region, const std::string& title, const std::string& kana,
             const std::string& description, const std::string& place, const std::string& address,
             std::int64_t starts_at);
Doc OrgDoc(OrgId id, RegionId region, const std::string& name, const std::string& kana,
           const std::string& description, std::int64_t at);

// A local issue: public whatever its state (what was done is part of it).
Doc IssueDoc(std::int64_t id, RegionId region, const std::string& category,
             const std::string& title, const std::string& description, const std::string& address,
             const std::string& resolution, std::int64_t created_at);

// Adds or replaces the document of (kind, ref_id).
void Put(store::Conn& c, MunicipalityId m, const Doc& d);
void Remove(store::Conn& c, const std::string& kind, std::int64_t ref_id);

struct Query {
  std::string q;
  std::string region;    // slug, "" for all
  std::string category;  // post/event category key, "" for all
  std::string kind;      // "", post, event, org, issue
  int page = 1, per_page = 20;
  bool exact_count = false;  // count every match (the API); else up to 1,000 (pages)
  // Which category keys the features indexed here know (the search pages ask posts and issues).
  std::function<bool(const std::string&)> is_category;
};
struct Hit {
  std::string kind;
  std::int64_t id = 0;
  std::string title, region_slug, region_name, category, url;
  std::vector<Segment> snippet;
  std::int64_t sort_at = 0;
};
struct Results {
  std::vector<Hit> items;
  std::int64_t total = 0;  // at most 1,000 unless the query asked for the exact count
  bool more = false;       // more than 1,000 matched (and they were not counted)
};
// Validates the query (Japanese messages per field: q, region, category, kind) and searches.
Result<Results> Run(const Ctx& ctx, const Query& q);

// Documents of one kind (and category, when given) sharing the most words with about (any
// of its first bigrams and words, ranked by relevance): "similar issues".
std::vector<Hit> Similar(const Ctx& ctx, const std::string& kind, const std::string& category,
                         const std::string& about, int limit);

// Rebuilds the whole index from the records (after a migration or a tokenizer change); run
// by `migrate`/`seed` and at server start when the index version differs.
void RebuildIfStale(const Ctx& ctx);
// Records that the index matches the records (for a loader that fills it with Put itself).
void MarkCurrent(store::Conn& c);
void Rebuild(const Ctx& ctx);

}  // namespace tsunagu::search
