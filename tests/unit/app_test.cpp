// The web application as a function of the request: pages, CSRF, sessions, login throttling,
// permissions and the JSON API, on a fresh SQLite database with the demo data.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

#include "app/features.hpp"
#include "app/seed.hpp"
#include "features/regions/seed.hpp"
#include "features/training/queries.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/messages.hpp"
#include "platform/store/migrations.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {
namespace {

constexpr const char* kPassword = "unit-test-password";

class NullMailer final : public Mailer {
 public:
  void Send(const Mail& m) override { sent.push_back(m); }
  std::vector<Mail> sent;
};

class AppTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto::Init();
    messages::Load(tsunagu::SourceDir() + "/messages/ja.json");
    InitViews(tsunagu::SourceDir() + "/templates");
  }

  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("tsunagu-app-" + crypto::RandomToken().substr(0, 8));
    std::filesystem::create_directories(dir_);
    db_ = store::OpenSqlite((dir_ / "t.db").string(), 4);
    store::Migrate(*db_, tsunagu::SourceDir() + "/migrations");
    municipality_ = seed::EnsureReferenceData(*db_, "352039", clock_).value();
    Ctx ctx{*db_, clock_, mailer_, municipality_, "http://test", LoginLimits{5, 20, 900}};
    seed::SeedDemo(ctx, kPassword).value();
    Config cfg;
    app_ = std::make_unique<App>(cfg, ctx, app::AllRoutes());
  }
  void TearDown() override {
    app_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // A browser-like client: keeps cookies, reads the csrf field of forms.
  struct Client {
    AppTest* t;
    std::map<std::string, std::string> cookies;
    std::string address = "192.0.2.1";

    Response Send(const std::string& method, const std::string& target,
                  const std::string& body = "",
                  const std::string& content_type = "application/x-www-form-urlencoded") {
      Request req;
      req.method = method;
      req.target = target;
      req.body = body;
      req.remote_address = address;
      if (!body.empty() || method == "POST") req.headers["content-type"] = content_type;
      std::string cookie;
      for (const auto& [k, v] : cookies) cookie += k + "=" + v + "; ";
      if (!cookie.empty()) req.headers["cookie"] = cookie;
      Response r = t->app_->Handle(req);
      for (const auto& [k, v] : r.headers) {
        if (k != "Set-Cookie") continue;
        const auto eq = v.find('='), semi = v.find(';');
        const std::string name = v.substr(0, eq), value = v.substr(eq + 1, semi - eq - 1);
        if (value.empty())
          cookies.erase(name);
        else
          cookies[name] = value;
      }
      return r;
    }
    std::string Csrf(const std::string& page) {
      Response r = Send("GET", page);
      std::smatch m;
      if (!std::regex_search(r.body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")))
        return "";
      return m[1];
    }
    Response Post(const std::string& target, const std::string& fields,
                  const std::string& form_page) {
      return Send("POST", target, "csrf=" + Csrf(form_page) + "&" + fields);
    }
    Response Login(const std::string& email, const std::string& password = kPassword) {
      return Post("/login", "email=" + email + "&password=" + password, "/login");
    }
  };
  Client NewClient() { return Client{this, {}}; }

  std::int64_t AuditCount(const std::string& action) {
    return db_->Read([&](store::Conn& c) {
      return c.QueryOne("SELECT COUNT(*) FROM audit_log WHERE action = ?", {action})->Int(0);
    });
  }

  std::filesystem::path dir_;
  FakeClock clock_{1'790'000'000};
  NullMailer mailer_;
  std::unique_ptr<store::Database> db_;
  MunicipalityId municipality_;
  std::unique_ptr<App> app_;
};

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST_F(AppTest, RegionPageShowsCouncilAssociationsAndCentre) {
  auto c = NewClient();
  Response r = c.Send("GET", "/regions/sue");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Contains(r.body, "陶地域づくり協議会"));
  EXPECT_TRUE(Contains(r.body, "これから部会"));
  EXPECT_TRUE(Contains(r.body, "自治会"));
  EXPECT_TRUE(Contains(r.body, "陶地域交流センター"));
  EXPECT_TRUE(Contains(r.body, "lang=\"ja\""));
  EXPECT_TRUE(Contains(r.body, "デモデータ"));  // the footer says it is demo data
}

TEST_F(AppTest, AllTwentyOneRegionsAreListed) {
  auto c = NewClient();
  Response r = c.Send("GET", "/regions");
  EXPECT_EQ(r.status, 200);
  for (const auto& region : seed::YamaguchiRegions()) {
    EXPECT_TRUE(Contains(r.body, std::string("/regions/") + region.slug)) << region.slug;
  }
}

TEST_F(AppTest, SecurityHeadersOnEveryResponse) {
  auto c = NewClient();
  for (const char* target : {"/", "/regions/sue", "/regions/nowhere", "/healthz", "/login",
                             "/api/v1/regions", "/static/tsunagu.css"}) {
    Response r = c.Send("GET", target);
    auto csp = r.Get("Content-Security-Policy");
    ASSERT_TRUE(csp) << target;
    EXPECT_TRUE(Contains(*csp, "frame-ancestors 'none'")) << target;
    EXPECT_TRUE(Contains(*csp, "script-src 'self'")) << target;
    EXPECT_FALSE(Contains(*csp, "unsafe-inline")) << target;
    EXPECT_EQ(r.Get("X-Content-Type-Options"), "nosniff") << target;
    EXPECT_TRUE(r.Get("Referrer-Policy")) << target;
  }
}

TEST_F(AppTest, UnknownRegionIsAJapanese404WithAWayBack) {
  auto c = NewClient();
  Response r = c.Send("GET", "/regions/nowhere");
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(Contains(r.body, "その地域は見つかりませんでした"));
  EXPECT_TRUE(Contains(r.body, "href=\"/\""));
}

TEST_F(AppTest, PostWithoutCsrfTokenIsRefused) {
  auto c = NewClient();
  c.Send("GET", "/login");  // gets a csrf cookie
  Response r = c.Send("POST", "/login",
                      "email=resident-sue%40example.jp&password=" + std::string(kPassword));
  EXPECT_EQ(r.status, 403);
  r = c.Send("POST", "/login", "csrf=deadbeef&email=resident-sue%40example.jp&password=x");
  EXPECT_EQ(r.status, 403);
  EXPECT_FALSE(c.cookies.count("tsunagu_session"));
  // A token taken from another visitor's page does not fit this visitor's cookie.
  auto other = NewClient();
  const std::string stolen = other.Csrf("/login");
  r = c.Send("POST", "/login",
             "csrf=" + stolen + "&email=resident-sue%40example.jp&password=" + kPassword);
  EXPECT_EQ(r.status, 403);
}

TEST_F(AppTest, LoginSetsARotatedHttpOnlySession) {
  auto c = NewClient();
  c.Send("GET", "/login");
  const std::string csrf_before = c.cookies["tsunagu_csrf"];
  Response r = c.Login("resident-sue%40example.jp");
  EXPECT_EQ(r.status, 303);
  bool http_only = false;
  for (const auto& [k, v] : r.headers) {
    if (k == "Set-Cookie" && v.starts_with("tsunagu_session=")) http_only = Contains(v, "HttpOnly");
  }
  EXPECT_TRUE(http_only);
  EXPECT_NE(c.cookies["tsunagu_csrf"], csrf_before);
  const std::string first_session = c.cookies["tsunagu_session"];
  Response me = c.Send("GET", "/me");
  EXPECT_EQ(me.status, 200);
  EXPECT_TRUE(Contains(me.body, "陶の住民"));
  // Logging in again from the same browser gives a new session; the old one ends.
  EXPECT_EQ(
      c.Post("/login", "email=resident-sue%40example.jp&password=" + std::string(kPassword), "/me")
          .status,
      303);
  EXPECT_NE(c.cookies["tsunagu_session"], first_session);
  auto thief = NewClient();
  thief.cookies["tsunagu_session"] = first_session;
  EXPECT_EQ(thief.Send("GET", "/me").status, 303);
}

TEST_F(AppTest, LoginIsThrottledPerAccountThenRecovers) {
  auto c = NewClient();
  for (int i = 0; i < 5; ++i) {
    Response r = c.Login("resident-yuda%40example.jp", "wrong-password");
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(Contains(r.body, "メールアドレスまたはパスワードが正しくありません"));
    EXPECT_TRUE(Contains(r.body, "resident-yuda@example.jp")) << "typed email is kept";
  }
  const std::int64_t slow_before = crypto::SlowPasswordWork();
  Response blocked = c.Login("resident-yuda%40example.jp");  // even the right password
  EXPECT_EQ(blocked.status, 429);
  EXPECT_EQ(crypto::SlowPasswordWork(), slow_before) << "refused before the password check";
  EXPECT_TRUE(Contains(blocked.body, "15分ほど待って"));
  // Another address is slowed down for this account, never locked out: one attempt per 30 s.
  auto other = NewClient();
  other.address = "192.0.2.99";
  Response slowed = other.Login("resident-yuda%40example.jp");
  EXPECT_EQ(slowed.status, 429);
  EXPECT_TRUE(Contains(slowed.body, "30秒ほど待って"));
  clock_.Advance(31);
  EXPECT_EQ(other.Login("resident-yuda%40example.jp").status, 303);
  // The address that failed stays throttled for this account until its window has passed.
  EXPECT_EQ(c.Login("resident-yuda%40example.jp").status, 429);
  clock_.Advance(16 * 60);
  EXPECT_EQ(c.Login("resident-yuda%40example.jp").status, 303);
}

// OWASP's advice: failures from elsewhere never lock out a device where the person logged in
// before (it carries a signed cookie); the owner is told by mail, once.
TEST_F(AppTest, ADeviceThatLoggedInBeforeIsNeverLockedOutByFailuresElsewhere) {
  auto owner = NewClient();
  ASSERT_EQ(owner.Login("resident-aio%40example.jp").status, 303);
  ASSERT_EQ(owner.cookies.count("tsunagu_device"), 1u);
  owner.cookies.erase("tsunagu_session");  // logged out; the device cookie stays
  const std::string device = owner.cookies["tsunagu_device"];

  auto attacker = NewClient();
  attacker.address = "203.0.113.66";
  for (int i = 0; i < 12; ++i)
    attacker.Login("resident-aio%40example.jp", "guess-" + std::to_string(i));
  EXPECT_EQ(attacker.Login("resident-aio%40example.jp").status, 429) << "the attacker is stopped";
  int warned = 0;
  for (const auto& m : mailer_.sent) {
    if (m.to == "resident-aio@example.jp" && Contains(m.subject, "ログインの失敗")) ++warned;
  }
  EXPECT_EQ(warned, 1);

  // A forged or borrowed cookie is a device the account does not know: slowed like any other.
  auto forger = NewClient();
  forger.address = "203.0.113.67";
  forger.cookies["tsunagu_device"] =
      device.substr(0, device.size() - 1) + (device.back() == '0' ? "1" : "0");
  EXPECT_EQ(forger.Login("resident-aio%40example.jp").status, 429);
  auto yuda_attacker = NewClient();
  yuda_attacker.address = "203.0.113.69";
  for (int i = 0; i < 5; ++i) yuda_attacker.Login("resident-yuda%40example.jp", "wrong-password");
  auto borrower = NewClient();
  borrower.address = "203.0.113.68";
  borrower.cookies["tsunagu_device"] = device;
  EXPECT_EQ(borrower.Login("resident-yuda%40example.jp").status, 429)
      << "a device cookie speaks for its own account only";

  // The owner's device: at once, with the right password, no waiting.
  EXPECT_EQ(owner.Login("resident-aio%40example.jp").status, 303);
}

TEST_F(AppTest, LoginIsThrottledPerAddress) {
  auto c = NewClient();
  c.address = "198.51.100.7";
  for (int i = 0; i < 20; ++i) {
    const std::string email = "nobody" + std::to_string(i) + "%40example.jp";
    EXPECT_EQ(c.Login(email, "wrong-password").status, 400);
  }
  EXPECT_EQ(c.Login("resident-aio%40example.jp").status, 429);
  EXPECT_EQ(c.Login("resident-aio%40example.jp").status, 429);
  auto elsewhere = NewClient();
  EXPECT_EQ(elsewhere.Login("resident-aio%40example.jp").status, 303);
}

TEST_F(AppTest, FailedRegistrationKeepsWhatWasTyped) {
  auto c = NewClient();
  Response r = c.Post(
      "/register",
      "display_name=%E5%B1%B1%E5%8F%A3%E8%8A%B1%E5%AD%90&email=resident-sue%40example.jp"
      "&password=long-enough-pw&password_confirm=long-enough-pw&home_region=sue&age_band=70s",
      "/register");
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(Contains(r.body, "error-summary"));
  EXPECT_TRUE(Contains(r.body, "すでに登録されています"));
  EXPECT_TRUE(Contains(r.body, "value=\"山口花子\""));
  EXPECT_TRUE(Contains(r.body, "value=\"resident-sue@example.jp\""));
  EXPECT_TRUE(Contains(r.body, "<option value=\"70s\" selected>"));
  EXPECT_FALSE(Contains(r.body, "long-enough-pw")) << "passwords are never echoed";

  r = c.Post("/register", "display_name=&email=bad&password=short&password_confirm=x", "/register");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Contains(r.body, "href=\"#f-email\""));
  EXPECT_TRUE(Contains(r.body, "href=\"#f-password\""));
  EXPECT_TRUE(Contains(r.body, "href=\"#f-display_name\""));
}

TEST_F(AppTest, RegistrationCreatesAnAccountAndLogsIn) {
  auto c = NewClient();
  Response r = c.Post("/register",
                      "display_name=Taro&email=Taro%40Example.JP&password=long-enough-pw"
                      "&password_confirm=long-enough-pw&home_region=ato",
                      "/register");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Get("Location"), "/me");
  Response me = c.Send("GET", "/me");
  EXPECT_TRUE(Contains(me.body, "taro@example.jp"));
  EXPECT_EQ(AuditCount("user.register"), 1);
}

TEST_F(AppTest, MalformedUtf8IsRejectedWithAMessage) {
  auto c = NewClient();
  Response r = c.Post("/register", "display_name=%FF%FE&email=x%40y.jp", "/register");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Contains(r.body, "使用できない文字"));
  EXPECT_EQ(c.Send("GET", "/regions/%FF").status, 400);
}

// Every query parameter any handler reads (found in the sources, so that a new one is walked
// too), on every GET route: a byte that is not UTF-8 once decoded gets 400 with the Japanese
// message, and never comes back in the answer (HTML, JSON or Open311's XML).
TEST_F(AppTest, EveryGetRouteRefusesABadByteInEveryQueryParameter) {
  std::set<std::string> names = {"page", "per_page", "next", "x"};
  const std::regex read("QueryParam\\([a-z_.]+, \"([a-z_0-9]+)\"\\)");
  for (const auto& f :
       std::filesystem::recursive_directory_iterator(tsunagu::SourceDir() + "/src")) {
    if (f.path().extension() != ".cpp") continue;
    std::ifstream in(f.path());
    const std::string code((std::istreambuf_iterator<char>(in)), {});
    for (std::sregex_iterator m(code.begin(), code.end(), read), end; m != end; ++m) {
      names.insert((*m)[1]);
    }
  }
  ASSERT_GT(names.size(), 20u) << "the handlers' query parameters were not found";
  int walked = 0;
  auto c = NewClient();
  for (const auto& [method, pattern] : app_->Routes()) {
    if (method != "GET") continue;
    const std::string path = std::regex_replace(pattern, std::regex("\\{[a-z_]+\\}"), "1");
    for (const auto& name : names) {
      for (const std::string bad : {"%FF", "a%C3%28", "%ED%A0%80", "%F8%88%80%80%80"}) {
        const std::string target = path + "?" + name + "=" + bad;
        Response r = c.Send("GET", target);
        EXPECT_EQ(r.status, 400) << target;
        EXPECT_TRUE(text::IsUtf8(r.body)) << target;
        ++walked;
      }
    }
    // A bad byte in the name, and after a good parameter.
    EXPECT_EQ(c.Send("GET", path + "?%FF=1").status, 400) << path;
    EXPECT_EQ(c.Send("GET", path + "?page=1&q=%FF").status, 400) << path;
  }
  EXPECT_GT(walked, 1000);
  Response html = c.Send("GET", "/posts?tag=%FF%FE");
  EXPECT_TRUE(Contains(html.body, "使用できない文字"));
  Response xml = c.Send("GET", "/open311/v2/requests.xml?service_code=%FF");
  EXPECT_EQ(xml.status, 400);
  Response api = c.Send("GET", "/api/v1/posts?q=%FF");
  EXPECT_EQ(api.status, 400);
  EXPECT_TRUE(Contains(api.content_type, "json"));
  // The same pages with good values still answer.
  EXPECT_EQ(c.Send("GET", "/posts?tag=" + EncodeQueryValue("防災")).status, 200);
  EXPECT_EQ(c.Send("GET", "/open311/v2/requests.xml?service_code=bosai").status, 200);
}

TEST_F(AppTest, OnlyPermittedRolesCreateOrganisations) {
  const std::string fields =
      "kind=association&name=%E6%96%B0%E7%94%BA%E8%87%AA%E6%B2%BB%E4%BC%9A&region=sue";
  auto resident = NewClient();
  resident.Login("resident-sue%40example.jp");
  EXPECT_EQ(resident.Post("/admin/orgs", fields, "/me").status, 403);
  // Refused for who they are, before anything they typed is judged: 403, not 400.
  for (const std::string bad : {"", "kind=nonsense&name=&region=nowhere"}) {
    Response r = resident.Post("/admin/orgs", bad, "/me");
    EXPECT_EQ(r.status, 403) << bad;
    EXPECT_FALSE(Contains(r.body, "入力内容を確認")) << bad;
  }
  auto other_officer = NewClient();
  other_officer.Login("council-yuda%40example.jp");
  EXPECT_EQ(other_officer.Post("/admin/orgs", fields, "/me").status, 403);
  EXPECT_EQ(AuditCount("org.create"), 0);

  auto officer = NewClient();
  officer.Login("council-sue%40example.jp");
  Response r = officer.Post("/admin/orgs", fields, "/admin/orgs/new");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(AuditCount("org.create"), 1);
  EXPECT_TRUE(Contains(officer.Send("GET", "/regions/sue").body, "新町自治会"));
}

// A refused form is refused for who sends it before what it says: 403, not 400.
TEST_F(AppTest, RecommendingATraineeAsksWhoBeforeJudgingTheForm) {
  auto admin = NewClient();
  admin.Login("cityadmin%40example.jp");
  std::smatch m;
  const std::string list = admin.Send("GET", "/training").body;
  ASSERT_TRUE(std::regex_search(list, m, std::regex("href=\"/training/([0-9]+)\"")));
  const std::string target = "/training/" + m[1].str() + "/trainees";
  auto resident = NewClient();
  resident.Login("resident-sue%40example.jp");
  for (const std::string bad : {"", "email=not-an-email&council=999999"}) {
    Response r = resident.Post(target, bad, "/training/" + m[1].str());
    EXPECT_EQ(r.status, 403) << bad;
  }
  EXPECT_EQ(AuditCount("training.recommend"), 0);
  // One who may recommend still gets the field errors.
  auto officer = NewClient();
  officer.Login("council-sue%40example.jp");
  EXPECT_EQ(officer.Post(target, "email=not-an-email&council=", "/training/" + m[1].str()).status,
            400);
}

TEST_F(AppTest, AnonymousPagesShowEveryChangeAtOnce) {
  auto visitor = NewClient();
  const Response first = visitor.Send("GET", "/regions/sue");
  EXPECT_EQ(visitor.Send("GET", "/regions/sue").body, first.body);  // served again as it was
  auto officer = NewClient();
  officer.Login("council-sue%40example.jp");
  ASSERT_EQ(
      officer
          .Post("/admin/orgs",
                "kind=association&name=%E6%96%B0%E7%94%BA%E8%87%AA%E6%B2%BB%E4%BC%9A&region=sue",
                "/admin/orgs/new")
          .status,
      303);
  EXPECT_TRUE(Contains(visitor.Send("GET", "/regions/sue").body, "新町自治会"));
  EXPECT_TRUE(Contains(visitor.Send("GET", "/api/v1/regions/sue").body, "新町自治会"));
  // A change written by another process (a CLI command, another app server) shows too.
  db_->Transact([&](store::Conn& c) -> Result<int> {
       auto sue = store::FindRegionBySlug(c, municipality_, "sue");
       Org o;
       o.kind = OrgKind::kNpo;
       o.region_id = sue->id;
       o.name = "外から来た団体";
       const OrgId id = store::InsertOrg(c, municipality_, o, clock_.Now());
       store::InsertAudit(c, municipality_, clock_.Now(), {}, "org.create", "org", id.value(), "");
       return 0;
     })
      .value();
  EXPECT_TRUE(Contains(visitor.Send("GET", "/regions/sue").body, "外から来た団体"));
  // Someone logged in never gets the anonymous answer.
  const Response own = officer.Send("GET", "/regions/sue");
  EXPECT_TRUE(Contains(own.body, "/admin/regions/sue/center"));
  EXPECT_TRUE(Contains(own.body, "/logout"));
}

TEST_F(AppTest, AnOrganisationsOwnOfficerCannotMoveItOutOfReach) {
  // association-sue is officer of a 自治会 in 陶: it may edit its details, but not turn it
  // into a city department or a council elsewhere (which would give them another region).
  auto officer = NewClient();
  officer.Login("association-sue%40example.jp");
  const OrgId assoc = db_->Read([&](store::Conn& c) {
    return store::LoadActor(c, store::FindUserByEmail(c, "association-sue@example.jp")->id)
        .memberships.front()
        .org_id;
  });
  const std::string target = "/admin/orgs/" + to_string(assoc);
  const std::string form = target + "/edit";
  EXPECT_EQ(
      officer
          .Post(target,
                "kind=association&name=%E6%96%B0%E3%81%97%E3%81%84%E5%90%8D%E5%89%8D&region=sue",
                form)
          .status,
      303);
  EXPECT_EQ(officer.Post(target, "kind=city_department&name=x&region=", form).status, 403);
  EXPECT_EQ(officer.Post(target, "kind=association&name=x&region=niho", form).status, 403);
  auto org = db_->Read([&](store::Conn& c) { return store::FindOrg(c, assoc); });
  EXPECT_EQ(org->kind, OrgKind::kAssociation);
  EXPECT_EQ(org->name, "新しい名前");
  // A council officer cannot turn the council into something else either.
  auto council_officer = NewClient();
  council_officer.Login("council-niho%40example.jp");
  const OrgId council =
      db_->Read([&](store::Conn& c) { return store::FindOrgBySeedKeyId(c, "council-niho"); });
  EXPECT_EQ(council_officer
                .Post("/admin/orgs/" + to_string(council), "kind=npo&name=x&region=niho",
                      "/admin/orgs/" + to_string(council) + "/edit")
                .status,
            403);
}

TEST_F(AppTest, RegistrationsAndResetMailsAreLimitedPerAddress) {
  auto c = NewClient();
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(c.Post("/register",
                     "display_name=x&email=bulk" + std::to_string(i) +
                         "%40example.jp&password=long-enough-pw&password_confirm=long-enough-pw",
                     "/register")
                  .status,
              303);
    c.cookies.erase("tsunagu_session");
  }
  const std::int64_t slow_before = crypto::SlowPasswordWork();
  Response r = c.Post("/register",
                      "display_name=x&email=bulk99%40example.jp&password=long-enough-pw"
                      "&password_confirm=long-enough-pw",
                      "/register");
  EXPECT_EQ(r.status, 429);
  EXPECT_TRUE(Contains(r.body, "15分ほど待って"));
  // Refused before the password was hashed, and before the form was judged.
  EXPECT_EQ(crypto::SlowPasswordWork(), slow_before);
  EXPECT_EQ(c.Post("/register", "display_name=&email=bad", "/register").status, 429);
  // Reset mails: at most three per account per window, whatever is asked.
  auto other = NewClient();
  other.address = "203.0.113.5";
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(other.Post("/password/forgot", "email=resident-ato%40example.jp", "/password/forgot")
                  .status,
              303);
  }
  EXPECT_EQ(mailer_.sent.size(), 3u);
}

TEST_F(AppTest, ClientAddressComesFromTheTrustedProxyOnly) {
  Config cfg;
  cfg.trusted_proxy = "10.0.0.1";
  Ctx ctx{*db_, clock_, mailer_, municipality_, "http://test", LoginLimits{5, 20, 900}};
  App behind_proxy(cfg, ctx, app::AllRoutes());
  Request req;
  req.remote_address = "10.0.0.1";
  req.headers["x-forwarded-for"] = "198.51.100.1, 192.0.2.7";
  EXPECT_EQ(behind_proxy.ClientAddress(req), "192.0.2.7");
  req.remote_address = "192.0.2.50";  // not the proxy: the header is not believed
  EXPECT_EQ(behind_proxy.ClientAddress(req), "192.0.2.50");
  EXPECT_EQ(app_->ClientAddress(req), "192.0.2.50");
}

TEST_F(AppTest, TraineesArePrivateTheRegisterListsOnlyThoseWhoAgreed) {
  auto visitor = NewClient();
  const std::string programme = "/training/" + to_string(db_->Read([&](store::Conn& c) {
                                  return store::ListProgrammes(c, municipality_).front().id;
                                }));
  Response page = visitor.Send("GET", programme);
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Contains(page.body, "成果発表とふりかえり"));  // the sessions are public
  EXPECT_FALSE(Contains(page.body, "の住民（デモ）"));       // the trainees are not
  auto officer = NewClient();
  officer.Login("council-sue%40example.jp");
  page = officer.Send("GET", programme);
  EXPECT_TRUE(Contains(page.body, "陶の住民（デモ）"));
  EXPECT_FALSE(Contains(page.body, "阿知須の住民（デモ）"));  // recommended by another council

  Response reg = visitor.Send("GET", "/coordinators");
  EXPECT_TRUE(Contains(reg.body, "陶の住民（デモ）"));
  EXPECT_FALSE(Contains(reg.body, "平川の住民（デモ）"));  // certified, but not listed
  EXPECT_TRUE(Contains(reg.body, "<strong>4"));

  auto api = boost::json::parse(visitor.Send("GET", "/api/v1/certifications").body).as_object();
  EXPECT_EQ(api.at("people").as_int64(), 4);
  EXPECT_EQ(api.at("total").as_int64(), 4);
  for (const auto& item : api.at("items").as_array()) {
    if (item.at("region").as_string() == "hirakawa") {
      EXPECT_TRUE(item.at("name").is_null());
    }
  }
  auto past =
      boost::json::parse(visitor.Send("GET", "/api/v1/certifications?valid_on=2025-06-01").body);
  EXPECT_EQ(past.at("people").as_int64(), 0);
  Response bad = visitor.Send("GET", "/api/v1/certifications?valid_on=2025-02-30");
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(boost::json::parse(bad.body).at("fields").as_object().contains("valid_on"));
}

TEST_F(AppTest, SecondCouncilInARegionIsRefusedAndTheFormKept) {
  auto admin = NewClient();
  admin.Login("cityadmin%40example.jp");
  Response r =
      admin.Post("/admin/orgs",
                 "kind=council&name=%E7%AC%AC%E4%BA%8C%E5%8D%94%E8%AD%B0%E4%BC%9A&region=sue"
                 "&council_shape=integrated",
                 "/admin/orgs/new");
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(Contains(r.body, "協議会は1地域に1つです"));
  EXPECT_TRUE(Contains(r.body, "value=\"第二協議会\""));
}

TEST_F(AppTest, AnonymousVisitorsAreSentToLogin) {
  auto c = NewClient();
  Response r = c.Send("GET", "/me");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Get("Location"), "/login");
  EXPECT_EQ(c.Send("GET", "/admin/orgs").status, 303);
}

TEST_F(AppTest, ApiListsRegionsInTheAgreedShape) {
  auto c = NewClient();
  Response r = c.Send("GET", "/api/v1/regions");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.content_type.starts_with("application/json"));
  auto v = boost::json::parse(r.body).as_object();
  EXPECT_EQ(v.at("total").as_int64(), 21);
  EXPECT_EQ(v.at("page").as_int64(), 1);
  EXPECT_EQ(v.at("items").as_array().size(), 21u);
  EXPECT_EQ(v.at("items").as_array()[0].at("slug").as_string(), "otono");

  r = c.Send("GET", "/api/v1/regions/ato");
  auto region = boost::json::parse(r.body).as_object();
  EXPECT_EQ(region.at("name").as_string(), "阿東");
  EXPECT_EQ(region.at("council").at("kind").as_string(), "council");

  r = c.Send("GET", "/api/v1/regions/nowhere");
  EXPECT_EQ(r.status, 404);
  auto err = boost::json::parse(r.body).as_object();
  EXPECT_TRUE(err.contains("error"));
  EXPECT_TRUE(err.at("fields").is_object());

  EXPECT_EQ(c.Send("GET", "/api/v1/regions?page=0").status, 400);
  EXPECT_EQ(c.Send("GET", "/api/v1/me").status, 401);
}

TEST_F(AppTest, StaticAssetsHaveEtagsLongCacheAndGzip) {
  auto c = NewClient();
  Request req;
  req.method = "GET";
  req.target = "/static/tsunagu.css";
  req.headers["accept-encoding"] = "gzip, deflate";
  Response r = app_->Handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Get("Content-Encoding"), "gzip");
  EXPECT_TRUE(Contains(*r.Get("Cache-Control"), "max-age=31536000"));
  req.headers["if-none-match"] = *r.Get("ETag");
  EXPECT_EQ(app_->Handle(req).status, 304);
  req.headers.clear();
  Response plain = app_->Handle(req);
  EXPECT_FALSE(plain.Get("Content-Encoding"));
  EXPECT_TRUE(Contains(plain.body, "--color-primitive-blue-900"));  // design tokens built in
}

TEST_F(AppTest, PasswordResetByEmailedLink) {
  auto c = NewClient();
  Response r = c.Post("/password/forgot", "email=resident-ato%40example.jp", "/password/forgot");
  EXPECT_EQ(r.status, 303);
  ASSERT_EQ(mailer_.sent.size(), 1u);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(mailer_.sent[0].body, m, std::regex("token=([0-9a-f]{64})")));
  const std::string token = m[1];
  // Unknown addresses get the same answer and no mail.
  EXPECT_EQ(c.Post("/password/forgot", "email=nobody%40example.jp", "/password/forgot").status,
            303);
  EXPECT_EQ(mailer_.sent.size(), 1u);

  r = c.Post("/password/reset",
             "token=" + token + "&password=brand-new-pass&password_confirm=brand-new-pass",
             "/password/reset?token=" + token);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(c.Login("resident-ato%40example.jp", "brand-new-pass").status, 303);
  // The link works once.
  EXPECT_EQ(c.Send("GET", "/password/reset?token=" + token).status, 400);
}

TEST_F(AppTest, AResetEndsEveryOtherLinkOfTheAccount) {
  auto c = NewClient();
  c.Post("/password/forgot", "email=resident-aio%40example.jp", "/password/forgot");
  c.Post("/password/forgot", "email=resident-aio%40example.jp", "/password/forgot");
  ASSERT_EQ(mailer_.sent.size(), 2u);
  std::vector<std::string> tokens;
  for (const auto& mail : mailer_.sent) {
    std::smatch m;
    ASSERT_TRUE(std::regex_search(mail.body, m, std::regex("token=([0-9a-f]{64})")));
    tokens.push_back(m[1]);
  }
  EXPECT_EQ(
      c.Post("/password/reset",
             "token=" + tokens[0] + "&password=first-new-pass&password_confirm=first-new-pass",
             "/password/reset?token=" + tokens[0])
          .status,
      303);
  EXPECT_EQ(c.Send("GET", "/password/reset?token=" + tokens[1]).status, 400);
}

}  // namespace
}  // namespace tsunagu::web
