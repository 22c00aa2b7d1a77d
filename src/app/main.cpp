// tsunagu — the only place that knows concrete types and wires them together.
//
//   tsunagu serve   [--listen 127.0.0.1:8080] [--db URL]
//   tsunagu migrate [--db URL]
//   tsunagu seed --demo [--demo-password PW] [--db URL]
//   tsunagu user add --email E --name N --role R [--org ID] [--db URL]
//   tsunagu token create --user EMAIL [--db URL]
//   tsunagu import facilities FILE.csv [--db URL]
//   tsunagu remind [--db URL]
#include <boost/program_options.hpp>

#include <condition_variable>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <stop_token>
#include <thread>

#include "app/features.hpp"
#include "app/seed.hpp"
#include "features/accounts/commands.hpp"
#include "features/events/commands.hpp"
#include "features/matching/assign.hpp"
#include "features/opendata/facilities.hpp"
#include "features/regions/seed.hpp"
#include "platform/clock.hpp"
#include "platform/config.hpp"
#include "platform/crypto.hpp"
#include "platform/images.hpp"
#include "platform/mailer.hpp"
#include "platform/messages.hpp"
#include "platform/search/index.hpp"
#include "platform/store/migrations.hpp"
#include "platform/web/app.hpp"
#include "platform/web/server.hpp"

extern char** environ;

namespace po = boost::program_options;
using namespace tsunagu;

namespace {

constexpr const char* kUsage =
    "tsunagu — つなぐ: community development by collaboration (協働による地域づくり)\n"
    "\n"
    "Usage: tsunagu COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  serve          run the web server (applies migrations first)\n"
    "  migrate        apply database migrations and exit\n"
    "  seed --demo    load the demo data of the 21 regions (safe to run again)\n"
    "  user add       create an account\n"
    "  token create   print a new API token for an account\n"
    "  match solve    optimal assignment of volunteers to needs (JSON in, JSON out)\n"
    "  import facilities FILE.csv   load the city's 公共施設一覧 (replaces the demo centres)\n"
    "  remind         send the day-before event reminders now (the server also does it)\n"
    "\n"
    "Every command takes --db URL (sqlite:PATH or postgresql://user@host:port/dbname) and\n"
    "--config FILE (TOML). Settings also come from TSUNAGU_* environment variables.\n"
    "Run 'tsunagu COMMAND --help' for the options of one command.\n";

struct Failed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

po::options_description Common() {
  po::options_description o("Common options");
  o.add_options()("help,h", "show this help")(
      "db", po::value<std::string>(),
      "database: sqlite:PATH (default sqlite:var/tsunagu.db) or postgresql://user@host:port/db")(
      "config", po::value<std::string>(), "read settings from this TOML file");
  return o;
}

int WorkerCount(const Config& cfg) {
  if (cfg.workers > 0) return cfg.workers;
  return std::max(4, 4 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

// Builds the configuration: defaults, TOML file, environment, then --db.
Config LoadConfig(const po::variables_map& vm) {
  Config cfg;
  std::string file;
  if (vm.count("config"))
    file = vm["config"].as<std::string>();
  else if (const char* f = std::getenv("TSUNAGU_CONFIG"))
    file = f;
  if (!file.empty()) {
    if (auto r = ApplyTomlFile(file, cfg); !r) throw Failed(r.error().message);
  }
  std::map<std::string, std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string kv = *e;
    if (!kv.starts_with("TSUNAGU_")) continue;
    const auto eq = kv.find('=');
    env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  if (auto r = ApplyEnvironment(env, cfg); !r) throw Failed(r.error().message);
  if (vm.count("db")) cfg.db = vm["db"].as<std::string>();
  if (vm.count("listen")) cfg.listen = vm["listen"].as<std::string>();
  return cfg;
}

struct Wired {
  Config cfg;
  std::unique_ptr<store::Database> db;
  SystemClock clock;
  std::unique_ptr<Mailer> mailer;
  MunicipalityId municipality;

  Ctx MakeCtx() {
    return Ctx{
        *db,
        clock,
        *mailer,
        municipality,
        cfg.base_url,
        LoginLimits{cfg.login_max_per_account, cfg.login_max_per_address, cfg.login_window_s}};
  }
};

// Opens the database, applies migrations and makes sure the reference data exist.
std::unique_ptr<Wired> Wire(const Config& cfg) {
  auto url = ParseDbUrl(cfg.db);
  if (!url) throw Failed(url.error());
  auto w = std::make_unique<Wired>();
  w->cfg = cfg;
  messages::Load(cfg.resources + "/messages/ja.json");
  w->cfg.workers = WorkerCount(cfg);
  const std::size_t pool = cfg.db_pool > 0 ? cfg.db_pool : w->cfg.workers + 2;
  try {
    w->db = store::OpenDatabase(*url, pool);
    store::Migrate(*w->db, cfg.resources + "/migrations");
  } catch (const store::DbError& e) {
    throw Failed(e.what());
  }
  auto m = seed::EnsureReferenceData(*w->db, cfg.municipality_code, w->clock);
  if (!m) throw Failed(m.error().message);
  w->municipality = *m;
  if (cfg.mail_mode == "smtp") {
    w->mailer = std::make_unique<SmtpMailer>(cfg.smtp_url, cfg.mail_from, w->clock);
  } else {
    w->mailer = std::make_unique<FileMailer>(cfg.mail_dir, cfg.mail_from, w->clock);
  }
  // After an upgrade or a tokenizer change the search index is rebuilt from the records.
  search::RebuildIfStale(w->MakeCtx());
  return w;
}

po::variables_map Parse(int argc, char** argv, int skip, const po::options_description& opts,
                        const char* usage) {
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc - skip, argv + skip).options(opts).run(), vm);
    if (vm.count("help")) {
      std::cout << usage << "\n" << opts;
      std::exit(0);
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw Failed(std::string(e.what()) + " (see --help)");
  }
  return vm;
}

int CmdServe(int argc, char** argv) {
  auto opts = Common();
  opts.add_options()("listen", po::value<std::string>(),
                     "address and port (default 127.0.0.1:8080)");
  auto vm = Parse(argc, argv, 1, opts,
                  "tsunagu serve: run the web server. Migrations are applied on start.\n"
                  "Stop it with Ctrl+C or SIGTERM: requests in flight finish first.");
  auto w = Wire(LoadConfig(vm));
  web::InitViews(w->cfg.resources + "/templates");
  images::Init(argv[0]);
  web::App app(w->cfg, w->MakeCtx(), app::AllRoutes());
  // The day-before event reminders, every ten minutes (idempotent: each event's go out once).
  const Ctx ctx = w->MakeCtx();
  std::jthread reminders([&ctx](std::stop_token stop) {
    std::mutex mu;
    std::condition_variable_any cv;
    while (!stop.stop_requested()) {
      try {
        events::SendReminders(ctx);
      } catch (const std::exception& e) {
        std::cerr << "tsunagu: reminders: " << e.what() << "\n";
      }
      std::unique_lock lock(mu);
      cv.wait_for(lock, stop, std::chrono::minutes(10), [] { return false; });
    }
  });
  return web::Serve(app, w->cfg);
}

int CmdMigrate(int argc, char** argv) {
  auto vm = Parse(argc, argv, 1, Common(), "tsunagu migrate: apply database migrations and exit.");
  auto w = Wire(LoadConfig(vm));
  std::cout << "migrations are up to date\n";
  return 0;
}

int CmdSeed(int argc, char** argv) {
  auto opts = Common();
  opts.add_options()("demo", "load the demo data set (required)")(
      "demo-password", po::value<std::string>()->default_value("tsunagu-demo"),
      "password of every demo account");
  auto vm = Parse(argc, argv, 1, opts,
                  "tsunagu seed --demo: load demo data for the 21 regions of Yamaguchi City.\n"
                  "Running it again updates the same records; nothing is duplicated.");
  if (!vm.count("demo")) throw Failed("seed: say --demo to load the demo data set");
  auto w = Wire(LoadConfig(vm));
  const std::string password = vm["demo-password"].as<std::string>();
  auto r = seed::SeedDemo(w->MakeCtx(), password);
  if (!r) throw Failed(r.error().message);
  search::Rebuild(w->MakeCtx());
  std::cout << "demo data: " << r->regions << " regions, " << r->organisations << " organisations, "
            << r->accounts << " accounts\n"
            << "demo accounts (see README): admin@example.jp, cityadmin@example.jp, "
               "city@example.jp, npo-editor@example.jp, npo-member@example.jp,\n"
               "  council-{slug}@example.jp, association-{slug}@example.jp, "
               "resident-{slug}@example.jp\n"
            << "demo password: " << password << "\n";
  return 0;
}

int CmdUserAdd(int argc, char** argv) {
  auto opts = Common();
  opts.add_options()("email", po::value<std::string>()->required(), "email address (login name)")(
      "name", po::value<std::string>()->required(), "display name")(
      "role", po::value<std::string>()->required(),
      "resident | member | editor | officer | council_officer | city_staff | city_admin | "
      "system_admin")("org", po::value<std::int64_t>(),
                      "organisation id (needed for member, editor, officer, council_officer)");
  auto vm = Parse(argc, argv, 2, opts,
                  "tsunagu user add: create an account. Prints a generated first password; the "
                  "person changes it at /me.");
  auto w = Wire(LoadConfig(vm));
  accounts::AddUserForm form{vm["email"].as<std::string>(), vm["name"].as<std::string>(),
                             vm["role"].as<std::string>(),
                             OrgId{vm.count("org") ? vm["org"].as<std::int64_t>() : 0}};
  auto r = accounts::AddUser(w->MakeCtx(), form);
  if (!r) throw Failed(r.error().message);
  std::cout << "account created for " << form.email << "\nfirst password: " << *r << "\n";
  return 0;
}

int CmdTokenCreate(int argc, char** argv) {
  auto opts = Common();
  opts.add_options()("user", po::value<std::string>()->required(), "email of the account");
  auto vm = Parse(argc, argv, 2, opts,
                  "tsunagu token create: print a new API token for an account, once.\n"
                  "Use it as 'Authorization: Bearer TOKEN' on /api/v1/; only its hash is kept.");
  auto w = Wire(LoadConfig(vm));
  auto r = accounts::CreateApiToken(w->MakeCtx(), vm["user"].as<std::string>());
  if (!r) throw Failed("token create: " + r.error().message);
  std::cout << "API token for " << vm["user"].as<std::string>()
            << " (shown once; store it safely):\n"
            << *r << "\n";
  return 0;
}

int CmdImportFacilities(int argc, char** argv) {
  auto opts = Common();
  opts.add_options()("file", po::value<std::string>()->required(), "the CSV file");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc - 2, argv + 2).options(opts).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << "tsunagu import facilities FILE.csv: replace the public facilities with those "
                   "of a 公共施設一覧 CSV\n(自治体標準オープンデータセット, UTF-8). Every row is "
                   "checked first: one bad row and nothing is imported.\n\n"
                << opts;
      return 0;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw Failed(std::string(e.what()) + " (see --help)");
  }
  const std::string path = vm["file"].as<std::string>();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failed("import facilities: cannot read " + path);
  const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto w = Wire(LoadConfig(vm));
  const auto r = facilities::Import(w->MakeCtx(), csv);
  if (!r.problems.empty()) {
    std::cerr << "tsunagu import facilities: " << path << " was not imported (" << r.problems.size()
              << " rows rejected):\n";
    for (const auto& p : r.problems) std::cerr << "  " << p.message << "\n";
    return 1;
  }
  std::cout << "imported " << r.imported << " facilities from " << path << "\n";
  return 0;
}

int CmdRemind(int argc, char** argv) {
  auto vm = Parse(argc, argv, 1, Common(),
                  "tsunagu remind: email the day-before reminders of tomorrow's events (JST) "
                  "that have not gone out yet, now.\nThe server does this every ten minutes "
                  "from 17:00 JST.");
  auto w = Wire(LoadConfig(vm));
  std::cout << "reminders sent: " << events::SendReminders(w->MakeCtx(), true) << "\n";
  return 0;
}

// Reads the problem on stdin, writes the optimal assignment on stdout. Needs no database.
int CmdMatchSolve(int argc, char** argv) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help");
  Parse(argc, argv, 2, opts,
        "tsunagu match solve: read volunteers, needs and allowed pairs with scores as JSON on\n"
        "standard input and write an assignment with the largest total score:\n"
        "  in:  {\"volunteers\":[{\"id\":\"v1\",\"capacity\":1}],\"needs\":[{\"id\":\"n1\","
        "\"capacity\":2}],\n"
        "        \"edges\":[{\"volunteer\":\"v1\",\"need\":\"n1\",\"score\":37}]}\n"
        "  out: {\"assignments\":[{\"volunteer\":\"v1\",\"need\":\"n1\"}],\"total_score\":37}\n"
        "Capacities and scores are integers 1-1000; a missing pair is not allowed.\n"
        "Bad input: one line on standard error and exit code 2.");
  std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  auto problem = match::ParseProblem(input);
  if (!problem) {
    std::cerr << "tsunagu match solve: " << problem.error() << "\n";
    return 2;
  }
  std::cout << match::FormatSolution(*problem, match::Solve(problem->problem)) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    crypto::Init();
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
        std::string(argv[1]) == "help") {
      std::cout << kUsage;
      return argc < 2 ? 2 : 0;
    }
    const std::string cmd = argv[1];
    const std::string sub = argc > 2 ? argv[2] : "";
    if (cmd == "serve") return CmdServe(argc, argv);
    if (cmd == "migrate") return CmdMigrate(argc, argv);
    if (cmd == "seed") return CmdSeed(argc, argv);
    if (cmd == "user" && sub == "add") return CmdUserAdd(argc, argv);
    if (cmd == "token" && sub == "create") return CmdTokenCreate(argc, argv);
    if (cmd == "match" && sub == "solve") return CmdMatchSolve(argc, argv);
    if (cmd == "import" && sub == "facilities") return CmdImportFacilities(argc, argv);
    if (cmd == "remind") return CmdRemind(argc, argv);
    std::cerr << "tsunagu: unknown command '" << cmd << (sub.empty() ? "" : " " + sub)
              << "' (see tsunagu --help)\n";
    return 2;
  } catch (const Failed& e) {
    std::cerr << "tsunagu: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "tsunagu: " << e.what() << "\n";
    return 1;
  }
}
