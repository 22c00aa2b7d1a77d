// National-scale content for bench/content_bench.sh: REGIONS regions (the 21 real ones of
// 352039 plus synthetic ones), one council per region, POSTS published public posts
// (synthetic Japanese, 9 categories, published over the last 5 years) and EVENTS events
// (from a year ago to a year ahead), each with its search index row written by the library's
// own search::Put (so the tokenizer is exactly core/search_text.hpp), in big transactions.
// Sets search_index_version so that `tsunagu serve` does not rebuild the index at start.
//
//   bench/content_bench.sh builds and runs it; by hand (after scripts/build):
//   c++ <flags of build/compile_commands.json> bench/content_gen.cpp build/libtsunagu_lib.a ...
//   content_gen DB_URL [posts=1000000] [events=200000] [regions=7700]
//
// The database must be empty (fresh file / fresh PostgreSQL database): migrations are applied.
#pragma GCC diagnostic ignored "-Wrestrict"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "app/seed.hpp"
#include "features/events/queries.hpp"
#include "features/posts/queries.hpp"
#include "features/regions/seed.hpp"
#include "platform/clock.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/search/index.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"

namespace {

using namespace tsunagu;
using I = std::int64_t;

class NullMailer final : public Mailer {
 public:
  void Send(const Mail&) override {}
};

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Vocabulary. Category words go into titles and bodies of their category; common words
// everywhere. "防災" and "交通" therefore match a realistic share (one category plus strays).
const std::vector<std::vector<const char*>> kCatWords = {
    {"防災", "避難訓練", "防災訓練", "避難所", "ハザードマップ", "備蓄", "土砂災害",
     "自主防災組織"},
    {"福祉", "高齢者", "見守り", "介護予防", "サロン", "配食", "民生委員", "いきいき百歳体操"},
    {"交通", "コミュニティバス", "デマンド交通", "通学路", "交通安全", "乗合タクシー", "バス停",
     "運転免許返納"},
    {"子育て", "子ども食堂", "放課後", "学童保育", "読み聞かせ", "親子", "児童クラブ", "通学"},
    {"環境", "清掃活動", "リサイクル", "花壇", "里山", "ごみ拾い", "河川", "竹林整備"},
    {"文化", "伝統芸能", "夏祭り", "神楽", "郷土史", "公民館", "作品展", "盆踊り"},
    {"移住", "空き家", "定住", "お試し住宅", "就農", "移住者", "田舎暮らし", "地域おこし協力隊"},
    {"地域づくり", "協議会", "総会", "自治会", "役員会", "地域計画", "まちづくり", "交流センター"},
    {"お知らせ", "募集", "報告", "講座", "相談会", "説明会", "広報", "回覧"}};
const std::vector<const char*> kCommon = {
    "地域",         "住民",   "皆様",   "参加", "開催",   "実施",   "令和",
    "予定",         "会場",   "午前",   "午後", "多数",   "ご協力", "ありがとうございました",
    "お問い合わせ", "事務局", "今年度", "昨年", "協力",   "安心",   "安全",
    "活動",         "計画",   "集会所", "写真", "子ども", "大人",   "ボランティア",
    "皆さん",       "楽しく", "元気",   "季節", "春",     "夏",     "秋",
    "冬",           "田植え", "稲刈り", "収穫", "来月",   "今月",   "土曜日",
    "日曜日",       "無料",   "申込",   "先着", "持ち物", "雨天",   "中止"};
const std::vector<const char*> kTitleTail = {"のお知らせ",   "を開催しました", "について",
                                             "の参加者募集", "の報告",         "のご案内",
                                             "を行いました", "が始まります"};
const std::vector<const char*> kPlaces = {"交流センター", "集会所",   "公民館", "小学校体育館",
                                          "運動広場",     "神社境内", "河川敷", "市民会館"};
const std::vector<const char*> kTowns = {"東", "西", "南", "北", "上",
                                         "下", "中", "新", "本", "元"};
const std::vector<const char*> kStems = {"山", "川", "田", "野", "原", "浦", "島",
                                         "岡", "谷", "沢", "崎", "浜", "森", "平",
                                         "宮", "坂", "津", "瀬", "畑", "松"};
const std::vector<const char*> kStemKana = {"やま", "かわ", "た",   "の",   "はら", "うら", "しま",
                                            "おか", "たに", "さわ", "さき", "はま", "もり", "ひら",
                                            "みや", "さか", "つ",   "せ",   "はた", "まつ"};
const std::vector<const char*> kTownKana = {"ひがし", "にし", "みなみ", "きた", "かみ",
                                            "しも",   "なか", "しん",   "もと", "もと"};

struct Rng {
  std::mt19937_64 g{20261129};
  std::size_t operator()(std::size_t n) { return g() % n; }
  template <class V>
  const char* Pick(const V& v) {
    return v[(*this)(v.size())];
  }
};

std::string Sentence(Rng& rng, int cat) {
  std::string s;
  const int n = 3 + static_cast<int>(rng(4));
  for (int i = 0; i < n; ++i) {
    s += (rng(3) == 0) ? rng.Pick(kCatWords[cat]) : rng.Pick(kCommon);
    if (i + 1 < n) s += (rng(2) ? "の" : rng(2) ? "と" : "で");
  }
  s += rng(4) == 0 ? "を行います。" : "。";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: content_gen DB_URL [posts] [events] [regions]\n");
    return 2;
  }
  const std::string url = argv[1];
  const I n_posts = argc > 2 ? std::atoll(argv[2]) : 1000000;
  const I n_events = argc > 3 ? std::atoll(argv[3]) : 200000;
  const int n_regions = argc > 4 ? std::atoi(argv[4]) : 7700;
  const int batch = 20000;

  crypto::Init();
  messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
  auto parsed = ParseDbUrl(url);
  if (!parsed) {
    std::fprintf(stderr, "content_gen: %s\n", parsed.error().c_str());
    return 2;
  }
  auto db = store::OpenDatabase(*parsed, 2);
  const bool pg = db->backend() == Backend::kPostgres;
  const auto t0 = std::chrono::steady_clock::now();
  store::Migrate(*db, tsunagu::SourceDir() + "/migrations");
  SystemClock clock;
  const I now = clock.Now();
  const MunicipalityId m = seed::EnsureReferenceData(*db, "352039", clock).value();
  Rng rng;

  // Regions and their councils; a database that already has them (an earlier, interrupted or
  // smaller run) is topped up: its posts and events are counted towards the totals asked for.
  std::vector<RegionId> regions;
  std::vector<OrgId> councils;
  I have_posts = 0, have_events = 0;
  auto t = std::chrono::steady_clock::now();
  (void)db->Transact([&](store::Conn& c) -> Result<int> {
    for (const auto& r : store::ListRegions(c, m)) regions.push_back(r.id);
    const I have_councils =
        c.QueryOne("SELECT COUNT(*) FROM organisations WHERE kind = 'council'")->Int(0);
    if (have_councils > 0) {
      have_posts = c.QueryOne("SELECT COUNT(*) FROM posts")->Int(0);
      have_events = c.QueryOne("SELECT COUNT(*) FROM events")->Int(0);
      return 0;
    }
    for (int i = static_cast<int>(regions.size()); i < n_regions; ++i) {
      Region r;
      const std::size_t a = static_cast<std::size_t>(i) % kTowns.size(),
                        b = (static_cast<std::size_t>(i) / kTowns.size()) % kStems.size();
      r.slug = "r" + std::to_string(i + 1);
      r.name = std::string(kTowns[a]) + kStems[b] + std::to_string(i + 1) + "地区";
      r.kana = std::string(kTownKana[a]) + kStemKana[b];
      r.romaji = "Region " + std::to_string(i + 1);
      r.center_name = r.name + "交流センター";
      regions.push_back(store::UpsertRegion(c, m, r, i + 1));
    }
    for (const auto& r : store::ListRegions(c, m)) {
      Org o;
      o.kind = OrgKind::kCouncil;
      o.region_id = r.id;
      o.name = r.name + "地域づくり協議会";
      o.kana = r.kana + "ちいきづくりきょうぎかい";
      o.description =
          r.name + "の地域づくりを進める協議会です。防災、福祉、交通、子育てに取り組みます。";
      o.council_shape = kAllCouncilShapes[rng(3)];
      o.phone = "083-900-" + std::to_string(1000 + r.id % 9000);
      const OrgId id = store::InsertOrg(c, m, o, now);
      // The search row of the organisation, as search::Rebuild writes it.
      search::Put(c, m, {"org", id, r.id, "", o.name, o.kana + " " + o.description, now});
    }
    return 0;
  });
  regions.clear();
  (void)db->Read([&](store::Conn& c) {
    for (const auto& r : store::ListRegions(c, m)) {
      regions.push_back(r.id);
      auto council = c.QueryOne(
          "SELECT id FROM organisations WHERE region_id = ? AND kind = 'council' ORDER BY id "
          "LIMIT 1",
          {r.id});
      councils.push_back(council ? council->Int(0) : 0);
    }
    return 0;
  });
  rng.g.seed(20261129 + static_cast<std::uint64_t>(have_posts));
  std::printf("regions+councils: %zu regions in %.1f s; already there: %lld posts, %lld events\n",
              regions.size(), Since(t), static_cast<long long>(have_posts),
              static_cast<long long>(have_events));
  std::fflush(stdout);

  // PostgreSQL: a GIN index is much faster built once than maintained row by row. Dropped here
  // and created again below with the migration's exact definition.
  if (pg) {
    (void)db->Transact([&](store::Conn& c) -> Result<int> {
      c.Query("DROP INDEX IF EXISTS search_docs_tsv");
      return 0;
    });
  }

  // Posts.
  t = std::chrono::steady_clock::now();
  const I five_years = 5 * 365 * 86400LL;
  for (I done = have_posts; done < n_posts;) {
    const I end = std::min(n_posts, done + batch);
    (void)db->Transact([&](store::Conn& c) -> Result<int> {
      for (; done < end; ++done) {
        const std::size_t ri = rng(regions.size());
        const int cat = static_cast<int>(rng(9));
        posts::Post p;
        p.region_id = regions[ri];
        p.org_id = rng(4) ? councils[ri] : 0;  // a quarter are residents' posts
        p.category = posts::kCategories[cat];
        p.title = std::string(rng.Pick(kCatWords[cat])) + rng.Pick(kTitleTail);
        const int sentences = 3 + static_cast<int>(rng(6));
        for (int s = 0; s < sentences; ++s) p.body += Sentence(rng, cat);
        p.tags = {rng.Pick(kCatWords[cat])};
        p.status = posts::PostStatus::kPublished;
        p.visibility = posts::Visibility::kPublic;
        p.published_at = now - static_cast<I>(rng(static_cast<std::size_t>(five_years)));
        const I id = store::InsertPost(c, m, p, p.published_at);
        // As search::Rebuild indexes a post: Markdown as text, then the tags.
        search::Put(c, m,
                    {"post", id, p.region_id, p.category, p.title,
                     markdown::Text(p.body) + " " + p.tags[0], p.published_at});
      }
      return 0;
    });
    if (done % 20000 == 0 || done == n_posts) {
      std::printf("posts: %lld in %.1f s\n", static_cast<long long>(done), Since(t));
      std::fflush(stdout);
    }
  }
  const double t_posts = Since(t);

  // Events: from a year ago to a year ahead, 2 hours long (one in 8 all day).
  t = std::chrono::steady_clock::now();
  const I year = 365 * 86400LL;
  for (I done = have_events; done < n_events;) {
    const I end = std::min(n_events, done + batch);
    (void)db->Transact([&](store::Conn& c) -> Result<int> {
      for (; done < end; ++done) {
        const std::size_t ri = rng(regions.size());
        const int cat = static_cast<int>(rng(9));
        events::Event e;
        e.region_id = regions[ri];
        e.org_id = councils[ri];
        e.title = std::string(rng.Pick(kCatWords[cat])) + rng.Pick(kCatWords[cat]) + "の会";
        e.title_kana = "かい";
        e.description = Sentence(rng, cat) + Sentence(rng, cat);
        e.all_day = rng(8) == 0;
        const I start = now - year + static_cast<I>(rng(static_cast<std::size_t>(2 * year)));
        e.starts_at = e.all_day ? start - (start + 9 * 3600) % 86400 : start - start % 1800;
        e.ends_at = e.all_day ? e.starts_at : e.starts_at + 7200;
        e.place = rng.Pick(kPlaces);
        e.address = "山口県山口市";
        e.capacity = rng(2) ? std::optional<I>(10 + static_cast<I>(rng(90))) : std::nullopt;
        e.status = events::EventStatus::kPublished;
        const I id = store::InsertEvent(c, m, e, 0, now);
        search::Put(
            c, m,
            {"event", id, e.region_id, "", e.title,
             e.title_kana + " " + e.description + " " + e.place + " " + e.address, e.starts_at});
      }
      return 0;
    });
    if (done % 20000 == 0 || done == n_events) {
      std::printf("events: %lld in %.1f s\n", static_cast<long long>(done), Since(t));
      std::fflush(stdout);
    }
  }
  const double t_events = Since(t);

  t = std::chrono::steady_clock::now();
  (void)db->Transact([&](store::Conn& c) -> Result<int> {
    if (pg) {
      c.Query("SET LOCAL maintenance_work_mem = '1GB'");
      c.Query("CREATE INDEX IF NOT EXISTS search_docs_tsv ON search_docs USING GIN (tsv)");
    }
    // SQLite: the FTS5 index is left as incremental inserts leave it (no 'optimize'), and no
    // ANALYZE, since the server never runs either.
    search::MarkCurrent(c);
    return 0;
  });
  const double t_index = Since(t);
  t = std::chrono::steady_clock::now();
  // PostgreSQL: what autovacuum would do after such a load.
  if (pg) {
    (void)db->Read([&](store::Conn& c) {
      c.Query("ANALYZE");
      return 0;
    });
  }
  std::printf(
      "content_gen %s: %zu regions, %lld posts (%.1f s), %lld events (%.1f s), %s %.1f s, "
      "ANALYZE %.1f s, total %.1f s\n",
      pg ? "postgres" : "sqlite", regions.size(), static_cast<long long>(n_posts), t_posts,
      static_cast<long long>(n_events), t_events, pg ? "GIN index build" : "final commit", t_index,
      Since(t), Since(t0));
  return 0;
}
