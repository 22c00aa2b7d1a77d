// The search index on SQLite: FTS5 with the 'ascii' tokenizer over our own bigrams, unigrams
// and words (search_fts, rowid = search_docs.id), the filters as facet tokens in the MATCH.
#include "platform/search/sqlite_index.hpp"

namespace tsunagu::search {
namespace {

using I = std::int64_t;

// The filters of a document as FTS5 tokens (ASCII letters and digits only): region, kind,
// category. A filtered search adds them to the MATCH expression.
std::string Facets(RegionId region, const std::string& kind, const std::string& category) {
  std::string out = "r";
  out += to_string(region);
  out += " k";
  out += kind;
  if (!category.empty()) {
    out += " c";
    out += category;
  }
  return out;
}

}  // namespace

void SqliteIndex::Put(store::Conn& c, MunicipalityId m, const Doc& d) const {
  auto row = c.QueryOne(
      "INSERT INTO search_docs (municipality_id, kind, ref_id, region_id, category, title, "
      "body, sort_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, ref_id) DO UPDATE SET "
      "region_id = excluded.region_id, category = excluded.category, title = excluded.title, "
      "body = excluded.body, sort_at = excluded.sort_at RETURNING id",
      {m, d.kind, d.ref_id, store::OrNull(d.region_id), d.category, d.title, d.body, d.sort_at});
  const I id = row->Int(0);
  const Streams t = IndexStreams(Normalize(d.title)), b = IndexStreams(Normalize(d.body));
  c.Query("DELETE FROM search_fts WHERE rowid = ?", {id});
  c.Query(
      "INSERT INTO search_fts (rowid, title_bi, title_uni, body_bi, body_uni, facets) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {id, t.bigrams, t.unigrams, b.bigrams, b.unigrams, Facets(d.region_id, d.kind, d.category)});
}

void SqliteIndex::Remove(store::Conn& c, const std::string& kind, std::int64_t ref_id) const {
  c.Query(
      "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = ? AND "
      "ref_id = ?)",
      {kind, ref_id});
  c.Query("DELETE FROM search_docs WHERE kind = ? AND ref_id = ?", {kind, ref_id});
}

void SqliteIndex::Clear(store::Conn& c) const {
  c.Query("DELETE FROM search_fts");
  c.Query("DELETE FROM search_docs");
}

Results SqliteIndex::Run(store::Conn& c, MunicipalityId m, const std::vector<Phrase>& phrases,
                         const Filter& f, int page, int per_page, bool exact_count) const {
  using detail::CountMatches;
  using detail::kMaxCount;
  using detail::kRunColumns;
  Results out;
  // The filters inside FTS5 (see Facets): kind and category are checked keys.
  std::string match = Fts5Match(phrases);
  if (f.region) {
    match += " AND facets : r";
    match += to_string(f.region);
  }
  if (!f.kind.empty()) {
    match += " AND facets : k";
    match += f.kind;
  }
  if (!f.category.empty()) {
    match += " AND facets : c";
    match += f.category;
  }
  // The matching documents: FROM ... WHERE ..., and its parameters. The filters are facet
  // tokens in the MATCH only: repeating them here would let the planner drive the query from
  // search_docs' (kind, ref_id) index and run the MATCH once per document of that kind
  // (minutes at a million posts).
  auto matching = [&](store::Params& params) {
    params.emplace_back(match);
    params.emplace_back(m);
    return std::string(
        "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
        "LEFT JOIN regions r ON r.id = d.region_id "
        "WHERE search_fts MATCH ? AND d.municipality_id = ? ");
  };
  store::Params count_params;
  const std::string counted = matching(count_params);
  const std::int64_t n = CountMatches(c, counted, count_params, exact_count, out);
  store::Params params;
  std::string sql = kRunColumns + matching(params);
  if (n > kMaxCount && page * per_page <= kMaxCount) {
    // FTS5 walks a rowid range cheaply: the oldest of the newest kMaxCount matches bounds it
    // (an IN list would run the MATCH once per candidate).
    store::Params first_params;
    const auto first =
        c.QueryOne("SELECT MIN(x) FROM (SELECT search_fts.rowid AS x " + matching(first_params) +
                       "ORDER BY search_fts.rowid DESC LIMIT " + std::to_string(kMaxCount) + ") y",
                   first_params);
    sql += "AND search_fts.rowid >= ? ";
    params.emplace_back(first ? first->Int(0) : I{0});
  }
  sql +=
      "ORDER BY bm25(search_fts, 8.0, 8.0, 1.0, 1.0), d.sort_at DESC, d.id DESC LIMIT ? OFFSET ?";
  params.emplace_back(I{per_page});
  params.emplace_back(I{(page - 1) * per_page});
  for (const auto& row : c.Query(sql, params)) out.items.push_back(detail::RunHit(row, phrases));
  return out;
}

std::vector<Hit> SqliteIndex::Similar(store::Conn& c, MunicipalityId m,
                                      const std::vector<Phrase>& words, const std::string& kind,
                                      const std::string& category, int limit) const {
  std::string any;
  for (const auto& w : words) {
    if (!any.empty()) any += " OR ";
    any += Fts5Match({w});
  }
  std::string match = "(" + any + ")";
  match += " AND facets : k";
  match += kind;
  if (!category.empty()) {
    match += " AND facets : c";
    match += category;
  }
  std::vector<Hit> out;
  for (const auto& row :
       c.Query("SELECT d.kind, d.ref_id, d.title, COALESCE(r.slug, ''), COALESCE(r.name, ''), "
               "d.category, d.sort_at FROM search_fts JOIN search_docs d ON d.id = "
               "search_fts.rowid LEFT JOIN regions r ON r.id = d.region_id WHERE search_fts "
               "MATCH ? AND d.municipality_id = ? ORDER BY bm25(search_fts, 8.0, 8.0, 1.0, 1.0), "
               "d.sort_at DESC LIMIT ?",
               {match, m, I{limit}})) {
    out.push_back(detail::SimilarHit(row));
  }
  return out;
}

}  // namespace tsunagu::search
