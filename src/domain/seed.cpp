#include "domain/seed.hpp"

#include <map>
#include <set>

#include "core/crypto.hpp"
#include "domain/audit.hpp"
#include "store/queries.hpp"
#include "store/training_queries.hpp"

namespace tsunagu::seed {
namespace {

struct Dept {
  const char* key;
  const char* name;
  const char* kana;
  const char* description;
};

// City departments the plan names (協働推進課 is the secretariat).
constexpr Dept kDepartments[] = {
    {"dept-kyodo", "協働推進課", "きょうどうすいしんか",
     "協働によるまちづくりの事務局。地域づくり協議会の支援、地域づくり交付金、協働推進プランの進行"
     "管理を担当します。"},
    {"dept-ogori", "小郡総合支所", "おごおりそうごうししょ",
     "小郡地域の行政窓口と地域振興を担当します。"},
    {"dept-aio", "秋穂総合支所", "あいおそうごうししょ",
     "秋穂地域の行政窓口と地域振興を担当します。"},
    {"dept-ajisu", "阿知須総合支所", "あじすそうごうししょ",
     "阿知須地域の行政窓口と地域振興を担当します。"},
    {"dept-tokuji", "徳地総合支所", "とくぢそうごうししょ",
     "徳地地域の行政窓口と地域振興を担当します。"},
    {"dept-ato", "阿東総合支所", "あとうそうごうししょ",
     "阿東地域の行政窓口と地域振興を担当します。"},
    {"dept-bosai", "防災危機管理課", "ぼうさいききかんりか",
     "自主防災組織の育成、避難所運営の支援を担当します。"},
    {"dept-kotsu", "交通政策課", "こうつうせいさくか",
     "地域に合った移動手段（コミュニティタクシー等）を担当します。"},
    {"dept-fukushi", "地域福祉課", "ちいきふくしか", "地域福祉、支え合い活動を担当します。"},
    {"dept-teiju", "定住促進課", "ていじゅうそくしんか",
     "移住・定住、空き家バンク、地域おこし協力隊を担当します。"},
};

constexpr const char* kSubcommittees[] = {"総務部会", "福祉部会", "防災部会", "環境部会",
                                          "子ども・教育部会"};
constexpr const char* kAssociationPrefixes[] = {"東", "西", "南", "北", "中央"};
constexpr const char* kAssociationPrefixKana[] = {"ひがし", "にし", "みなみ", "きた", "ちゅうおう"};

const char* ShapeFor(std::size_t i) {
  // Most councils both deliberate and run projects; a few delegate some or all.
  switch (i % 7) {
    case 3:
      return "composite";
    case 5:
      return "separated";
    default:
      return "integrated";
  }
}

Org MakeOrg(OrgKind kind, RegionId region, const std::string& name, const std::string& kana,
            const std::string& description) {
  Org o;
  o.kind = kind;
  o.region_id = region;
  o.name = name;
  o.kana = kana;
  o.description = description;
  return o;
}

// A facilitation course of six sessions in FY2025, six trainees recommended by their
// councils, four of them certified (three agreed to be listed). Only when there is none yet.
void SeedTraining(store::Conn& c, MunicipalityId m, std::int64_t now) {
  if (!store::ListProgrammes(c, m).empty()) return;
  training::Programme p;
  p.name = "地域コーディネーター養成講座（ファシリテーション）";
  p.description =
      "話し合いの場づくり、ファシリテーション、コーチングを全6回で学びます。修了者は市が"
      "（仮称）地域コーディネーターとして認定します。（デモデータ）";
  p.min_sessions = 5;
  p.requires_report = true;
  p.validity_years = 3;
  const std::int64_t programme = store::InsertProgramme(c, m, p, now);
  static constexpr const char* kTopics[] = {"地域づくりと協働の基礎", "話し合いの場のつくり方",
                                            "ファシリテーション演習", "コーチングの基礎",
                                            "地域の課題を整理する",   "成果発表とふりかえり"};
  std::vector<std::int64_t> sessions;
  for (int i = 0; i < 6; ++i) {
    training::Session s;
    s.programme_id = programme;
    char when[32];
    std::snprintf(when, sizeof when, "2025-%02d-14 13:30", 5 + i);
    s.starts_at = when;
    s.title = kTopics[i];
    s.place = "山口市市民活動支援センター「さぽらんて」（デモ）";
    s.capacity = 30;
    sessions.push_back(store::InsertSession(c, s));
  }
  std::map<std::int64_t, std::set<UserId>> present;  // session -> who attended
  static constexpr const char* kTrainees[] = {"sue", "ajisu", "ato", "hirakawa", "osaba", "sayama"};
  for (int i = 0; i < 6; ++i) {
    const std::string slug = kTrainees[i];
    auto user = store::FindUserByEmail(c, "resident-" + slug + "@example.jp");
    auto council = store::FindOrgBySeedKeyId(c, "council-" + slug);
    const auto trainee = store::InsertTrainee(c, programme, user->id, council, now);
    const int attended = i < 5 ? 6 - (i % 2) : 3;  // the last one is still short of five
    for (int s = 0; s < attended; ++s) present[sessions[s]].insert(user->id);
    store::SetReportSubmitted(c, trainee, i < 5);
    if (i < 4) {
      training::Certification cert;
      cert.user_id = user->id;
      cert.programme_id = programme;
      cert.number = "2025-000" + std::to_string(i + 1);
      cert.certified_on = "2025-11-0" + std::to_string(i + 1);
      cert.valid_until = "2028-11-0" + std::to_string(i + 1);
      store::InsertCertification(c, m, cert, now);
      store::SetCoordinatorListed(c, user->id, i < 3);
    }
  }
  for (const auto& [session, users] : present) store::ReplaceAttendance(c, session, users);
}

}  // namespace

const std::vector<RegionSeed>& YamaguchiRegions() {
  static const std::vector<RegionSeed> regions = {
      {"otono", "大殿", "おおとの", "Ōtono"},
      {"shiraishi", "白石", "しらいし", "Shiraishi"},
      {"yuda", "湯田", "ゆだ", "Yuda"},
      {"niho", "仁保", "にほ", "Niho"},
      {"osaba", "小鯖", "おさば", "Osaba"},
      {"ouchi", "大内", "おおうち", "Ōuchi"},
      {"miyano", "宮野", "みやの", "Miyano"},
      {"yoshiki", "吉敷", "よしき", "Yoshiki"},
      {"hirakawa", "平川", "ひらかわ", "Hirakawa"},
      {"otoshi", "大歳", "おおとし", "Ōtoshi"},
      {"sue", "陶", "すえ", "Sue"},
      {"suzenji", "鋳銭司", "すぜんじ", "Suzenji"},
      {"natajima", "名田島", "なたじま", "Natajima"},
      {"aio-futajima", "秋穂二島", "あいおふたじま", "Aio-Futajima"},
      {"kagawa", "嘉川", "かがわ", "Kagawa"},
      {"sayama", "佐山", "さやま", "Sayama"},
      {"ogori", "小郡", "おごおり", "Ogōri"},
      {"aio", "秋穂", "あいお", "Aio"},
      {"ajisu", "阿知須", "あじす", "Ajisu"},
      {"tokuji", "徳地", "とくぢ", "Tokuji"},
      {"ato", "阿東", "あとう", "Atō"},
  };
  return regions;
}

Result<MunicipalityId> EnsureReferenceData(store::Database& db, const std::string& code,
                                           const Clock& clock) {
  if (code != "352039") {
    return Invalid("municipality " + code + " has no reference data yet (only 352039, 山口市)");
  }
  return db.Transact([&](store::Conn& c) -> Result<MunicipalityId> {
    if (auto m = store::FindMunicipalityByCode(c, code)) {
      if (store::ListRegions(c, m->id).size() == YamaguchiRegions().size()) return m->id;
    }
    const MunicipalityId m =
        store::UpsertMunicipality(c, Municipality{0, code, "山口県", "山口市"});
    int position = 0;
    for (const auto& r : YamaguchiRegions()) {
      Region region;
      region.slug = r.slug;
      region.name = r.name;
      region.kana = r.kana;
      region.romaji = r.romaji;
      region.center_name = std::string(r.name) + "地域交流センター";
      if (auto existing = store::FindRegionBySlug(c, m, r.slug)) {
        region.center_name = existing->center_name;
        region.center_address = existing->center_address;
        region.center_phone = existing->center_phone;
        region.center_hours = existing->center_hours;
      }
      store::UpsertRegion(c, m, region, ++position);
    }
    store::InsertAudit(c, m, clock.Now(), 0, "reference_data.ensure", "municipality", m, code);
    return m;
  });
}

bool IsDemo(store::Database& db) {
  return db.Read([](store::Conn& c) { return store::GetSetting(c, "demo_data") == "1"; });
}

Result<DemoSummary> SeedDemo(const Ctx& ctx, const std::string& password) {
  if (password.size() < 8) return Invalid("--demo-password: use at least 8 characters");
  // One hash for every demo account: argon2id is deliberately slow, and these share a password.
  const std::string hash = crypto::HashPassword(password);
  const std::int64_t now = ctx.clock.Now();
  return ctx.db.Transact([&](store::Conn& c) -> Result<DemoSummary> {
    DemoSummary summary;
    const MunicipalityId m = ctx.municipality;
    auto upsert_user = [&](const std::string& email, const std::string& name, UserRole role,
                           RegionId region) {
      User u;
      u.email = email;
      u.display_name = name;
      u.password_hash = hash;
      u.role = role;
      u.home_region_id = region;
      ++summary.accounts;
      return store::UpsertUserByEmail(c, m, u, now);
    };
    auto org = [&](const std::string& key, const Org& o) {
      ++summary.organisations;
      return store::UpsertOrgBySeedKey(c, m, o, key, now);
    };

    // City-wide bodies.
    OrgId kyodo = 0;
    for (const Dept& d : kDepartments) {
      Org o = MakeOrg(OrgKind::kCityDepartment, 0, d.name, d.kana, d.description);
      o.phone = "083-000-0000";
      const OrgId id = org(d.key, o);
      if (std::string_view(d.key) == "dept-kyodo") kyodo = id;
    }
    Org saporante = MakeOrg(OrgKind::kIntermediary, 0, "市民活動支援センター「さぽらんて」",
                            "しみんかつどうしえんせんたー さぽらんて",
                            "市民活動団体・NPOの相談、地域とNPOのマッチング、ファシリテーション研修"
                            "を行う中間支援組織です。（デモデータ）");
    saporante.phone = "083-000-0001";
    const OrgId sapo = org("npo-saporante", saporante);
    org("intermediary-chiiki",
        MakeOrg(OrgKind::kIntermediary, 0, "地域づくり支援センター", "ちいきづくりしえんせんたー",
                "地域づくり協議会の運営や地域づくり計画の見直しを支援します。（デモデータ）"));
    org("npo-kodomo",
        MakeOrg(OrgKind::kNpo, 0, "NPO法人 やまぐち子ども応援ネット（デモ）",
                "やまぐちこどもおうえんねっと", "子どもの居場所づくりと学習支援を行う団体です。"));
    org("npo-furusato",
        MakeOrg(OrgKind::kNpo, 0, "NPO法人 ふるさと暮らし応援団（デモ）",
                "ふるさとくらしおうえんだん", "移住者の相談と空き家の活用を支える団体です。"));
    org("business-probono",
        MakeOrg(OrgKind::kBusiness, 0, "株式会社つなぐ印刷（デモ）", "つなぐいんさつ",
                "広報紙づくりのプロボノに協力している事業者です。"));

    const auto regions = store::ListRegions(c, m);
    for (std::size_t i = 0; i < regions.size(); ++i) {
      const Region& r = regions[i];
      ++summary.regions;
      Region center = r;
      center.center_name = r.name + "地域交流センター";
      center.center_address = "山口市" + r.name + "（デモ住所）";
      center.center_phone = "083-000-" + std::to_string(1100 + i);
      center.center_hours = "月曜日〜金曜日 8:30〜17:15（デモ）";
      store::UpdateRegionCenter(c, center);
      // The centre is also a city body in the region, so its staff can be members of it.
      Org centre_org = MakeOrg(
          OrgKind::kCityDepartment, r.id, center.center_name, r.kana + "ちいきこうりゅうせんたー",
          "地域活動の拠点であり、市の窓口です。地域づくり協議会の事務局を支えます。（デモデータ）");
      centre_org.phone = center.center_phone;
      centre_org.address = center.center_address;
      org("centre-" + r.slug, centre_org);

      Org council = MakeOrg(
          OrgKind::kCouncil, r.id, r.name + "地域づくり協議会", r.kana + "ちいきづくりきょうぎかい",
          r.name + "地域の住民、自治会、各種団体でつくる地域づくりの協議の場です。（デモデータ）");
      council.council_shape = ParseCouncilShape(ShapeFor(i));
      council.phone = center.center_phone;
      council.address = r.name + "地域交流センター内";
      const OrgId council_id = org("council-" + r.slug, council);

      const std::size_t n_sub = 2 + i % 3;
      for (std::size_t s = 0; s < n_sub; ++s) {
        Org sub = MakeOrg(OrgKind::kSubcommittee, r.id, kSubcommittees[s], "",
                          std::string(kSubcommittees[s]) + "の活動を行います。");
        sub.parent_id = council_id;
        org("sub-" + r.slug + "-" + std::to_string(s), sub);
      }
      if (r.slug == "sue") {
        Org youth = MakeOrg(OrgKind::kSubcommittee, r.id, "これから部会", "これからぶかい",
                            "おおむね50歳以下の若い世代15人で、地域の将来を話し合い、第三次地域づく"
                            "り計画づくりに参加しました。");
        youth.parent_id = council_id;
        org("sub-sue-korekara", youth);
      }

      const std::size_t n_assoc = 2 + i % 4;  // 2 to 5 per region
      OrgId first_association = 0;
      for (std::size_t a = 0; a < n_assoc; ++a) {
        const OrgId id =
            org("assoc-" + r.slug + "-" + std::to_string(a),
                MakeOrg(OrgKind::kAssociation, r.id,
                        std::string(kAssociationPrefixes[a]) + r.name + "自治会",
                        kAssociationPrefixKana[a] + r.kana + "じちかい", "（デモデータ）"));
        if (a == 0) first_association = id;
      }
      if (r.slug == "ato") {
        org("npo-ato-jifuku",
            MakeOrg(OrgKind::kNpo, r.id, "NPO法人 地福ほほえみ（デモ）", "じふくほほえみ",
                    "地域で唯一のスーパー撤退後、住民がミニスーパー・移動販売・手作り総菜を運営して"
                    "います。"));
      }
      if (r.slug == "hirakawa") {
        org("school-hirakawa", MakeOrg(OrgKind::kSchool, r.id, "平川地域の高等学校（デモ）", "",
                                       "生徒ファシリテーターによる高校生熟議を行っています。"));
      }
      if (r.slug == "sayama") {
        org("assoc-sayama-bosai", MakeOrg(OrgKind::kAssociation, r.id, "佐山地域自主防災会",
                                          "さやまちいきじしゅぼうさいかい",
                                          "佐山地域の11自治会すべてでつくる自主防災組織です。支え合"
                                          "いマップと防災訓練に取り組んでいます。"));
      }

      const UserId officer =
          upsert_user("council-" + r.slug + "@example.jp", r.name + "地域づくり協議会 役員（デモ）",
                      UserRole::kResident, r.id);
      store::UpsertMembership(c, officer, council_id, MemberRole::kOfficer, now);
      const UserId assoc = upsert_user("association-" + r.slug + "@example.jp",
                                       r.name + "の自治会 役員（デモ）", UserRole::kResident, r.id);
      store::UpsertMembership(c, assoc, first_association, MemberRole::kOfficer, now);
      upsert_user("resident-" + r.slug + "@example.jp", r.name + "の住民（デモ）",
                  UserRole::kResident, r.id);
    }

    upsert_user("admin@example.jp", "システム管理者（デモ）", UserRole::kSystemAdmin, 0);
    upsert_user("cityadmin@example.jp", "市の管理者（デモ）", UserRole::kCityAdmin, 0);
    const UserId city =
        upsert_user("city@example.jp", "協働推進課 職員（デモ）", UserRole::kCityStaff, 0);
    store::UpsertMembership(c, city, kyodo, MemberRole::kMember, now);
    const UserId editor =
        upsert_user("npo-editor@example.jp", "さぽらんて 編集担当（デモ）", UserRole::kResident, 0);
    store::UpsertMembership(c, editor, sapo, MemberRole::kEditor, now);
    const UserId member =
        upsert_user("npo-member@example.jp", "さぽらんて 会員（デモ）", UserRole::kResident, 0);
    store::UpsertMembership(c, member, sapo, MemberRole::kMember, now);

    SeedTraining(c, m, now);
    store::PutSetting(c, "demo_data", "1");
    Audit(c, ctx, 0, "seed.demo", "municipality", m);
    return summary;
  });
}

}  // namespace tsunagu::seed
