// The search index's storage, one implementation per database backend, chosen once by the
// connection's backend (IndexFor): SqliteIndex keeps an FTS5 table (search_fts, rowid =
// search_docs.id) beside search_docs; PostgresIndex keeps a tsvector column in search_docs with
// a GIN index. Both hold the same documents and answer the same questions; index.cpp validates
// queries, parses them into phrases and calls these inside its own read or transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/config.hpp"
#include "platform/search/index.hpp"
#include "platform/store/database.hpp"

namespace tsunagu::search {

// What a search looks for besides its phrases: 0 and "" match everything.
struct Filter {
  RegionId region;
  std::string kind, category;
};

class Index {
 public:
  virtual ~Index() = default;

  // Adds or replaces the document of (d.kind, d.ref_id); its title and body are matched in
  // their normalised form and shown as written.
  virtual void Put(store::Conn& c, MunicipalityId m, const Doc& d) const = 0;
  // Removes the document of (kind, ref_id), if there is one.
  virtual void Remove(store::Conn& c, const std::string& kind, std::int64_t ref_id) const = 0;
  // Removes every document (of every municipality): the start of a rebuild.
  virtual void Clear(store::Conn& c) const = 0;

  // One page of the documents of m matching every phrase (non-empty) with the filter, the most
  // relevant first (then the newest); each hit with a snippet of its body. total counts every
  // match when exact_count, else up to kMaxCount (more says there were more). When more than
  // kMaxCount match, a page within the first kMaxCount ranks only the newest kMaxCount matches.
  virtual Results Run(store::Conn& c, MunicipalityId m, const std::vector<Phrase>& phrases,
                      const Filter& filter, int page, int per_page, bool exact_count) const = 0;

  // Up to limit documents of m of this kind (and category, when not "") matching any of words
  // (each a phrase of one token, non-empty), the most relevant first; no snippets.
  virtual std::vector<Hit> Similar(store::Conn& c, MunicipalityId m,
                                   const std::vector<Phrase>& words, const std::string& kind,
                                   const std::string& category, int limit) const = 0;
};

// The implementation for this backend (one instance each, for the life of the program).
const Index& IndexFor(Backend backend);

namespace detail {

// Counted up to this many matches unless the query asks for the exact count.
inline constexpr std::int64_t kMaxCount = 1000;

// The page of a document: /posts/{id}, /events/{id}, /issues/{id}, /orgs/{id}.
std::string UrlOf(const std::string& kind, std::int64_t id);
// A snippet of text as written with the phrases marked, at most max characters.
std::vector<Segment> DisplaySnippet(const std::string& text, const std::vector<Phrase>& phrases,
                                    std::size_t max);
// A hit of Run from (kind, ref_id, title, region slug, region name, category, body, sort_at),
// with a snippet of the body; of Similar from the same without the body, and no snippet.
Hit RunHit(const store::Row& row, const std::vector<Phrase>& phrases);
// The columns RunHit reads, before a backend's FROM ... WHERE.
inline constexpr const char* kRunColumns =
    "SELECT d.kind, d.ref_id, d.title, COALESCE(r.slug, ''), COALESCE(r.name, ''), d.category, "
    "d.body, d.sort_at ";
// Counts the matches of `from` (a FROM ... WHERE with its params) up to kMaxCount + 1, or all
// of them when exact_count; sets out.total and out.more and returns the count.
std::int64_t CountMatches(store::Conn& c, const std::string& from, const store::Params& params,
                          bool exact_count, Results& out);
Hit SimilarHit(const store::Row& row);

}  // namespace detail

}  // namespace tsunagu::search
