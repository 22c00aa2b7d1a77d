// The search index on PostgreSQL: a tsvector column of search_docs (title weighted A, body B)
// with a GIN index, filled with our own bigrams, unigrams and words; filters are columns.
#include "platform/search/postgres_index.hpp"

namespace tsunagu::search {
namespace {

using I = std::int64_t;

}  // namespace

void PostgresIndex::Put(store::Conn& c, MunicipalityId m, const Doc& d) const {
  c.Query(
      "INSERT INTO search_docs (municipality_id, kind, ref_id, region_id, category, title, body, "
      "sort_at, tsv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS tsvector) || CAST(? AS tsvector)) "
      "ON CONFLICT (kind, ref_id) DO UPDATE SET region_id = excluded.region_id, "
      "category = excluded.category, title = excluded.title, body = excluded.body, "
      "sort_at = excluded.sort_at, tsv = excluded.tsv",
      {m, d.kind, d.ref_id, store::OrNull(d.region_id), d.category, d.title, d.body, d.sort_at,
       TsVectorLiteral(Normalize(d.title), 'A'), TsVectorLiteral(Normalize(d.body), 'B')});
}

void PostgresIndex::Remove(store::Conn& c, const std::string& kind, std::int64_t ref_id) const {
  c.Query("DELETE FROM search_docs WHERE kind = ? AND ref_id = ?", {kind, ref_id});
}

void PostgresIndex::Clear(store::Conn& c) const { c.Query("DELETE FROM search_docs"); }

Results PostgresIndex::Run(store::Conn& c, MunicipalityId m, const std::vector<Phrase>& phrases,
                           const Filter& f, int page, int per_page, bool exact_count) const {
  using detail::CountMatches;
  using detail::kMaxCount;
  using detail::kRunColumns;
  Results out;
  const std::string match = TsQueryLiteral(phrases);
  // The matching documents with the filters: FROM ... WHERE ..., and its parameters.
  auto matching = [&](store::Params& params) {
    std::string sql =
        "FROM search_docs d LEFT JOIN regions r ON r.id = d.region_id "
        "WHERE d.tsv @@ CAST(? AS tsquery) AND d.municipality_id = ? ";
    params.emplace_back(match);
    params.emplace_back(m);
    if (f.region) {
      sql += "AND d.region_id = ? ";
      params.emplace_back(f.region);
    }
    if (!f.category.empty()) {
      sql += "AND d.category = ? ";
      params.emplace_back(f.category);
    }
    if (!f.kind.empty()) {
      sql += "AND d.kind = ? ";
      params.emplace_back(f.kind);
    }
    return sql;
  };
  store::Params count_params;
  const std::string counted = matching(count_params);
  const std::int64_t n = CountMatches(c, counted, count_params, exact_count, out);
  store::Params params;
  std::string sql = kRunColumns + matching(params);
  if (n > kMaxCount && page * per_page <= kMaxCount) {
    sql += "AND d.id IN (SELECT d.id " + matching(params) + "ORDER BY d.id DESC LIMIT " +
           std::to_string(kMaxCount) + ") ";
  }
  sql += "ORDER BY -ts_rank(d.tsv, CAST(? AS tsquery)), d.sort_at DESC, d.id DESC LIMIT ? OFFSET ?";
  params.emplace_back(match);
  params.emplace_back(I{per_page});
  params.emplace_back(I{(page - 1) * per_page});
  for (const auto& row : c.Query(sql, params)) out.items.push_back(detail::RunHit(row, phrases));
  return out;
}

std::vector<Hit> PostgresIndex::Similar(store::Conn& c, MunicipalityId m,
                                        const std::vector<Phrase>& words, const std::string& kind,
                                        const std::string& category, int limit) const {
  std::string any;
  for (const auto& w : words) {
    if (!any.empty()) any += " | ";
    any += TsQueryLiteral({w});
  }
  const std::string match = "(" + any + ")";
  std::vector<Hit> out;
  for (const auto& row :
       c.Query("SELECT d.kind, d.ref_id, d.title, COALESCE(r.slug, ''), COALESCE(r.name, ''), "
               "d.category, d.sort_at FROM search_docs d LEFT JOIN regions r ON r.id = "
               "d.region_id WHERE d.tsv @@ CAST(? AS tsquery) AND d.municipality_id = ? AND "
               "d.kind = ? AND (? = '' OR d.category = ?) "
               "ORDER BY -ts_rank(d.tsv, CAST(? AS tsquery)), d.sort_at DESC LIMIT ?",
               {match, m, kind, category, category, match, I{limit}})) {
    out.push_back(detail::SimilarHit(row));
  }
  return out;
}

}  // namespace tsunagu::search
