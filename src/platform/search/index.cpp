#include "platform/search/index.hpp"

#include "platform/search/backend.hpp"
#include "platform/search/postgres_index.hpp"
#include "platform/search/sqlite_index.hpp"

#include <cctype>

#include "platform/command.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"

namespace tsunagu::search {
namespace {

using I = std::int64_t;

// Bump when the tokenizer or what is indexed changes: the index is rebuilt at the next start.
constexpr const char* kIndexVersion = "4";

bool IsKind(const std::string& k) {
  for (const char* x : kKinds) {
    if (k == x) return true;
  }
  return false;
}

// The code points of s (valid UTF-8).
std::vector<std::string> CodePoints(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    out.emplace_back(s.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace

namespace detail {

// A snippet of the text as written (ＮＰＯ stays ＮＰＯ): each character is normalised on its own
// to find the phrases, and the hits are marked on the original characters. Runs of white
// space become one space; "…" marks a cut.
std::vector<Segment> DisplaySnippet(const std::string& text, const std::vector<Phrase>& phrases,
                                    std::size_t max) {
  std::vector<std::string> cps;
  for (auto& cp : CodePoints(text)) {
    const bool space = cp == " " || cp == "\n" || cp == "\r" || cp == "\t" || cp == "\u3000";
    if (space) {
      if (!cps.empty() && cps.back() != " ") cps.push_back(" ");
    } else {
      cps.push_back(std::move(cp));
    }
  }
  while (!cps.empty() && cps.back() == " ") cps.pop_back();
  std::string norm;
  std::vector<std::size_t> owner;  // for each byte of norm, the index of its code point
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const std::string& cp = cps[i];
    std::string n;
    if (cp.size() == 1) {
      n = std::string(1, static_cast<char>(std::tolower(static_cast<unsigned char>(cp[0]))));
    } else if (cp.size() == 3 && (static_cast<unsigned char>(cp[0]) == 0xE3 ||
                                  (static_cast<unsigned char>(cp[0]) >= 0xE4 &&
                                   static_cast<unsigned char>(cp[0]) <= 0xE9))) {
      // Kana (U+3040..U+30FF) and common kanji (U+4E00..U+9FFF) are their own NFKC form.
      const auto b1 = static_cast<unsigned char>(cp[1]);
      const bool kana =
          static_cast<unsigned char>(cp[0]) == 0xE3 && (b1 == 0x81 || b1 == 0x82 || b1 == 0x83);
      n = kana || static_cast<unsigned char>(cp[0]) != 0xE3 ? cp : Normalize(cp);
    } else {
      n = Normalize(cp);
    }
    norm += n;
    owner.insert(owner.end(), n.size(), i);
  }
  // What each phrase looks like in the text: bigrams overlap by one character.
  std::vector<std::string> needles;
  for (const auto& p : phrases) {
    if (p.tokens.empty()) continue;
    std::string needle = p.tokens.front();
    for (std::size_t k = 1; k < p.tokens.size(); ++k) {
      const auto last = CodePoints(p.tokens[k]);
      needle += last.empty() ? std::string() : last.back();
    }
    needles.push_back(needle);
  }
  std::vector<bool> hit(cps.size(), false);
  std::size_t first = cps.size();
  for (const auto& needle : needles) {
    if (needle.empty()) continue;
    for (auto pos = norm.find(needle); pos != std::string::npos; pos = norm.find(needle, pos + 1)) {
      const std::size_t a = owner[pos], b = owner[pos + needle.size() - 1];
      for (std::size_t i = a; i <= b; ++i) hit[i] = true;
      first = std::min(first, a);
    }
  }
  std::size_t start = 0;
  if (first < cps.size() && first > max / 3) start = first - max / 3;
  const std::size_t end = std::min(cps.size(), start + max);
  if (end - start < max && end == cps.size()) start = end > max ? end - max : 0;
  std::vector<Segment> out;
  if (start > 0) out.push_back({"…", false});
  for (std::size_t i = start; i < end; ++i) {
    if (out.empty() || out.back().hit != hit[i] || (out.size() == 1 && start > 0)) {
      out.push_back({cps[i], hit[i]});
    } else {
      out.back().text += cps[i];
    }
  }
  if (end < cps.size()) out.push_back({"…", false});
  return out;
}

std::string UrlOf(const std::string& kind, I id) {
  std::string url = kind == "post"    ? "/posts/"
                    : kind == "event" ? "/events/"
                    : kind == "issue" ? "/issues/"
                                      : "/orgs/";
  url += std::to_string(id);
  return url;
}

Hit RunHit(const store::Row& row, const std::vector<Phrase>& phrases) {
  Hit h;
  h.kind = row.Str(0);
  h.id = row.Int(1);
  h.title = row.Str(2);
  h.region_slug = row.Str(3);
  h.region_name = row.Str(4);
  h.category = row.Str(5);
  h.snippet = DisplaySnippet(row.Str(6), phrases, 100);
  h.sort_at = row.Int(7);
  h.url = UrlOf(h.kind, h.id);
  return h;
}

Hit SimilarHit(const store::Row& row) {
  Hit h;
  h.kind = row.Str(0);
  h.id = row.Int(1);
  h.title = row.Str(2);
  h.region_slug = row.Str(3);
  h.region_name = row.Str(4);
  h.category = row.Str(5);
  h.sort_at = row.Int(6);
  h.url = UrlOf(h.kind, h.id);
  return h;
}

std::int64_t CountMatches(store::Conn& c, const std::string& from, const store::Params& params,
                          bool exact_count, Results& out) {
  const std::string cap = exact_count ? "" : "LIMIT " + std::to_string(kMaxCount + 1);
  const std::int64_t n =
      c.QueryOne("SELECT COUNT(*) FROM (SELECT 1 " + from + cap + ") x", params)->Int(0);
  out.more = !exact_count && n > kMaxCount;
  out.total = out.more ? kMaxCount : n;
  return n;
}

}  // namespace detail

const Index& IndexFor(Backend backend) {
  static const SqliteIndex sqlite;
  static const PostgresIndex postgres;
  if (backend == Backend::kSqlite) return sqlite;
  return postgres;
}

Doc PostDoc(std::int64_t id, RegionId region, const std::string& category, const std::string& title,
            const std::string& markdown_body, const std::vector<std::string>& tags,
            std::int64_t published_at) {
  std::string body = markdown::Text(markdown_body);
  for (const auto& t : tags) {
    body += ' ';
    body += t;
  }
  return {"post", id, region, category, title, body, published_at};
}

Doc EventDoc(std::int64_t id, RegionId region, const std::string& title, const std::string& kana,
             const std::string& description, const std::string& place, const std::string& address,
             std::int64_t starts_at) {
  std::string body = kana;
  for (const std::string* part : {&description, &place, &address}) {
    body += ' ';
    body += *part;
  }
  return {"event", id, region, "", title, body, starts_at};
}

Doc OrgDoc(OrgId id, RegionId region, const std::string& name, const std::string& kana,
           const std::string& description, std::int64_t at) {
  std::string body = kana;
  body += ' ';
  body += description;
  return {"org", id.value(), region, "", name, body, at};
}

Doc IssueDoc(std::int64_t id, RegionId region, const std::string& category,
             const std::string& title, const std::string& description, const std::string& address,
             const std::string& resolution, std::int64_t created_at) {
  std::string body = description;
  for (const std::string* part : {&address, &resolution}) {
    body += ' ';
    body += *part;
  }
  return {"issue", id, region, category, title, body, created_at};
}

void Put(store::Conn& c, MunicipalityId m, const Doc& d) { IndexFor(c.backend()).Put(c, m, d); }

void Remove(store::Conn& c, const std::string& kind, std::int64_t ref_id) {
  IndexFor(c.backend()).Remove(c, kind, ref_id);
}

Result<Results> Run(const Ctx& ctx, const Query& q) {
  std::map<std::string, std::string> errors;
  const std::string raw = text::Trim(q.q);
  if (!text::IsValidText(raw) || !IsAcceptableQuery(raw)) {
    errors["q"] = text::IsValidText(raw) && text::Length(raw) > 100 ? Msg("error.query_too_long")
                                                                    : Msg("error.bad_text");
  }
  if (!q.kind.empty() && !IsKind(q.kind)) errors["kind"] = Msg("error.choice");
  if (!q.category.empty() && (!q.is_category || !q.is_category(q.category)))
    errors["category"] = Msg("error.choice");
  return ctx.db.Read([&](store::Conn& c) -> Result<Results> {
    RegionId region;
    if (!q.region.empty()) {
      auto r = store::FindRegionBySlug(c, ctx.municipality, q.region);
      if (!r) {
        errors["region"] = Msg("error.unknown_region");
      } else {
        region = r->id;
      }
    }
    if (!errors.empty()) return Invalid(Msg("error.summary"), errors);
    const auto phrases = ParseQuery(raw);
    if (phrases.empty()) return Results{};
    return IndexFor(c.backend())
        .Run(c, ctx.municipality, phrases, Filter{region, q.kind, q.category}, q.page, q.per_page,
             q.exact_count);
  });
}

std::vector<Hit> Similar(const Ctx& ctx, const std::string& kind, const std::string& category,
                         const std::string& about, int limit) {
  // Each bigram or word of the text (the first 24 distinct) as a phrase of its own, any of
  // them matching: the more and rarer they share, the higher the rank.
  std::vector<Phrase> words;
  for (const auto& p : ParseQuery(text::Nfkc(about))) {
    for (const auto& t : p.tokens) {
      if (words.size() >= 24) break;
      Phrase one{{t}, p.unigram};
      if (std::none_of(words.begin(), words.end(),
                       [&](const Phrase& w) { return w.tokens == one.tokens; }))
        words.push_back(std::move(one));
    }
  }
  if (words.empty()) return {};
  return ctx.db.Read([&](store::Conn& c) {
    return IndexFor(c.backend()).Similar(c, ctx.municipality, words, kind, category, limit);
  });
}

// The index is derived from the records: rebuilding it is bookkeeping, not anyone's change.
void Rebuild(const Ctx& ctx) {
  const Command rebuild{"search.rebuild", Login::kOptional, Lock::kNone, Record::kBookkeeping};
  Run<bool>(ctx, Actor{}, rebuild, [&](Tx& tx) -> Result<bool> {
    store::Conn& c = tx.c;
    IndexFor(c.backend()).Clear(c);
    const MunicipalityId m = ctx.municipality;
    // The same records the commands keep indexed: public posts, events not cancelled, and
    // every organisation.
    for (const auto& r :
         c.Query("SELECT id, region_id, category, title, body, tags, published_at FROM posts WHERE "
                 "municipality_id = ? AND status = 'published' AND visibility = 'public'",
                 {m})) {
      std::vector<std::string> tags;
      std::string tag;
      for (char ch : r.Str(5) + "\n") {
        if (ch != '\n') {
          tag += ch;
        } else if (!tag.empty()) {
          tags.push_back(std::move(tag));
          tag.clear();
        }
      }
      Put(c, m, PostDoc(r.Int(0), r.IdAt(1), r.Str(2), r.Str(3), r.Str(4), tags, r.Int(6)));
    }
    for (const auto& r :
         c.Query("SELECT id, region_id, title, title_kana, description, place, address, starts_at "
                 "FROM events WHERE municipality_id = ? AND status = 'published'",
                 {m})) {
      Put(c, m,
          EventDoc(r.Int(0), r.IdAt(1), r.Str(2), r.Str(3), r.Str(4), r.Str(5), r.Str(6),
                   r.Int(7)));
    }
    for (const auto& r :
         c.Query("SELECT id, COALESCE(region_id, 0), name, kana, description, updated_at FROM "
                 "organisations WHERE municipality_id = ?",
                 {m})) {
      Put(c, m, OrgDoc(r.IdAt(0), r.IdAt(1), r.Str(2), r.Str(3), r.Str(4), r.Int(5)));
    }
    for (const auto& r :
         c.Query("SELECT id, region_id, category, title, description, address, resolution, "
                 "created_at FROM issues WHERE municipality_id = ?",
                 {m})) {
      Put(c, m,
          IssueDoc(r.Int(0), r.IdAt(1), r.Str(2), r.Str(3), r.Str(4), r.Str(5), r.Str(6),
                   r.Int(7)));
    }
    MarkCurrent(c);
    return true;
  }).value();
}

void MarkCurrent(store::Conn& c) { store::PutSetting(c, "search_index_version", kIndexVersion); }

void RebuildIfStale(const Ctx& ctx) {
  const auto v =
      ctx.db.Read([&](store::Conn& c) { return store::GetSetting(c, "search_index_version"); });
  if (v != kIndexVersion) Rebuild(ctx);
}

}  // namespace tsunagu::search
