// Where the features' seeds meet: the reference data (regions, skills, indicators) and the demo
// city: its organisations and accounts, then each feature's demo data, in one transaction.
#include "app/seed.hpp"

#include <map>
#include <set>
#include <stdexcept>

#include "features/events/seed.hpp"
#include "features/indicators/queries.hpp"
#include "features/indicators/seed.hpp"
#include "features/issues/commands.hpp"
#include "features/matching/queries.hpp"
#include "features/matching/seed.hpp"
#include "features/opendata/facilities.hpp"
#include "features/plans/queries.hpp"
#include "features/plans/seed.hpp"
#include "features/regions/seed.hpp"
#include "features/talks/commands.hpp"
#include "features/talks/seed.hpp"
#include "features/training/commands.hpp"
#include "features/training/seed.hpp"
#include "platform/command.hpp"
#include "platform/crypto.hpp"
#include "platform/mailer.hpp"
#include "platform/store/queries.hpp"

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

// The reference data are loaded before the site has a mailer, and send no mail.
class NoMailer final : public Mailer {
 public:
  void Send(const Mail&) override { throw std::logic_error("the reference data send no mail"); }
};

}  // namespace

Result<MunicipalityId> EnsureReferenceData(store::Database& db, const std::string& code,
                                           const Clock& clock) {
  if (code != "352039") {
    return Invalid("municipality " + code + " has no reference data yet (only 352039, 山口市)");
  }
  NoMailer no_mail;
  const Ctx ctx{db, clock, no_mail, MunicipalityId{}};  // the municipality is what is ensured
  return Run<MunicipalityId>(
      ctx, Actor{}, {"reference_data.ensure", Login::kOptional},
      [&](Tx& tx) -> Result<MunicipalityId> {
        store::Conn& c = tx.c;
        if (auto m = store::FindMunicipalityByCode(c, code)) {
          if (store::ListRegions(c, m->id).size() == YamaguchiRegions().size() &&
              store::RegionLocations(c, m->id).size() == YamaguchiRegions().size() &&
              !store::ListSkills(c, m->id).empty() && !store::ListIndicators(c, m->id).empty()) {
            tx.NoChange();
            return m->id;
          }
        }
        const MunicipalityId m =
            store::UpsertMunicipality(c, Municipality{{}, code, "山口県", "山口市"});
        seed::SeedRegions(c, m);
        SeedSkills(c, m);
        SeedIndicators(c, m);
        tx.AuditIn(m, "municipality", m.value(), code);
        return m;
      });
}

Result<DemoSummary> SeedDemo(const Ctx& ctx, const std::string& password) {
  if (password.size() < 8) return Invalid("--demo-password: use at least 8 characters");
  // One hash for every demo account: argon2id is deliberately slow, and these share a password.
  const std::string hash = crypto::HashPassword(password);
  const std::int64_t now = ctx.clock.Now();
  // The seed is nobody's doing: actor 0, like the reference data.
  const Actor nobody;
  return Run<DemoSummary>(
      ctx, nobody, {"seed.demo", Login::kOptional}, [&](Tx& tx) -> Result<DemoSummary> {
        store::Conn& c = tx.c;
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
        OrgId kyodo;
        for (const Dept& d : kDepartments) {
          Org o = MakeOrg(OrgKind::kCityDepartment, {}, d.name, d.kana, d.description);
          o.phone = "083-000-0000";
          const OrgId id = org(d.key, o);
          if (std::string_view(d.key) == "dept-kyodo") kyodo = id;
        }
        Org saporante =
            MakeOrg(OrgKind::kIntermediary, {}, "市民活動支援センター「さぽらんて」",
                    "しみんかつどうしえんせんたー さぽらんて",
                    "市民活動団体・NPOの相談、地域とNPOのマッチング、ファシリテーション研修"
                    "を行う中間支援組織です。（デモデータ）");
        saporante.phone = "083-000-0001";
        const OrgId sapo = org("npo-saporante", saporante);
        org("intermediary-chiiki",
            MakeOrg(OrgKind::kIntermediary, {}, "地域づくり支援センター",
                    "ちいきづくりしえんせんたー",
                    "地域づくり協議会の運営や地域づくり計画の見直しを支援します。（デモデータ）"));
        org("npo-kodomo", MakeOrg(OrgKind::kNpo, {}, "NPO法人 やまぐち子ども応援ネット（デモ）",
                                  "やまぐちこどもおうえんねっと",
                                  "子どもの居場所づくりと学習支援を行う団体です。"));
        org("npo-furusato",
            MakeOrg(OrgKind::kNpo, {}, "NPO法人 ふるさと暮らし応援団（デモ）",
                    "ふるさとくらしおうえんだん", "移住者の相談と空き家の活用を支える団体です。"));
        org("business-probono",
            MakeOrg(OrgKind::kBusiness, {}, "株式会社つなぐ印刷（デモ）", "つなぐいんさつ",
                    "広報紙づくりのプロボノに協力している事業者です。"));

        const auto regions = store::ListRegions(c, m);
        std::map<std::string, RegionId> regions_by_slug;
        for (const auto& r : regions) regions_by_slug[r.slug] = r.id;
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
          Org centre_org = MakeOrg(OrgKind::kCityDepartment, r.id, center.center_name,
                                   r.kana + "ちいきこうりゅうせんたー",
                                   "地域活動の拠点であり、市の窓口です。地域づくり協議会の事務局を"
                                   "支えます。（デモデータ）");
          centre_org.phone = center.center_phone;
          centre_org.address = center.center_address;
          org("centre-" + r.slug, centre_org);

          Org council = MakeOrg(
              OrgKind::kCouncil, r.id, r.name + "地域づくり協議会",
              r.kana + "ちいきづくりきょうぎかい",
              r.name +
                  "地域の住民、自治会、各種団体でつくる地域づくりの協議の場です。（デモデータ）");
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
            Org youth =
                MakeOrg(OrgKind::kSubcommittee, r.id, "これから部会", "これからぶかい",
                        "おおむね50歳以下の若い世代15人で、地域の将来を話し合い、第三次地域づく"
                        "り計画づくりに参加しました。");
            youth.parent_id = council_id;
            org("sub-sue-korekara", youth);
          }

          const std::size_t n_assoc = 2 + i % 4;  // 2 to 5 per region
          OrgId first_association;
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
                MakeOrg(
                    OrgKind::kNpo, r.id, "NPO法人 地福ほほえみ（デモ）", "じふくほほえみ",
                    "地域で唯一のスーパー撤退後、住民がミニスーパー・移動販売・手作り総菜を運営して"
                    "います。"));
          }
          if (r.slug == "hirakawa") {
            org("school-hirakawa", MakeOrg(OrgKind::kSchool, r.id, "平川地域の高等学校（デモ）", "",
                                           "生徒ファシリテーターによる高校生熟議を行っています。"));
          }
          if (r.slug == "sayama") {
            org("assoc-sayama-bosai",
                MakeOrg(OrgKind::kAssociation, r.id, "佐山地域自主防災会",
                        "さやまちいきじしゅぼうさいかい",
                        "佐山地域の11自治会すべてでつくる自主防災組織です。支え合"
                        "いマップと防災訓練に取り組んでいます。"));
          }

          const UserId officer =
              upsert_user("council-" + r.slug + "@example.jp",
                          r.name + "地域づくり協議会 役員（デモ）", UserRole::kResident, r.id);
          store::UpsertMembership(c, officer, council_id, MemberRole::kOfficer, now);
          const UserId assoc =
              upsert_user("association-" + r.slug + "@example.jp", r.name + "の自治会 役員（デモ）",
                          UserRole::kResident, r.id);
          store::UpsertMembership(c, assoc, first_association, MemberRole::kOfficer, now);
          upsert_user("resident-" + r.slug + "@example.jp", r.name + "の住民（デモ）",
                      UserRole::kResident, r.id);
        }

        upsert_user("admin@example.jp", "システム管理者（デモ）", UserRole::kSystemAdmin,
                    RegionId{});
        upsert_user("cityadmin@example.jp", "市の管理者（デモ）", UserRole::kCityAdmin, RegionId{});
        const UserId city = upsert_user("city@example.jp", "協働推進課 職員（デモ）",
                                        UserRole::kCityStaff, RegionId{});
        store::UpsertMembership(c, city, kyodo, MemberRole::kEditor, now);
        // Staff of two departments that local issues reach at city level (地域課題).
        const UserId bosai = upsert_user("bosai@example.jp", "防災危機管理課 職員（デモ）",
                                         UserRole::kCityStaff, RegionId{});
        store::UpsertMembership(c, bosai, store::FindOrgBySeedKeyId(c, "dept-bosai"),
                                MemberRole::kMember, now);
        const UserId kotsu = upsert_user("kotsu@example.jp", "交通政策課 職員（デモ）",
                                         UserRole::kCityStaff, RegionId{});
        store::UpsertMembership(c, kotsu, store::FindOrgBySeedKeyId(c, "dept-kotsu"),
                                MemberRole::kMember, now);
        const UserId editor = upsert_user("npo-editor@example.jp", "さぽらんて 編集担当（デモ）",
                                          UserRole::kResident, RegionId{});
        store::UpsertMembership(c, editor, sapo, MemberRole::kEditor, now);
        const UserId member = upsert_user("npo-member@example.jp", "さぽらんて 会員（デモ）",
                                          UserRole::kResident, RegionId{});
        store::UpsertMembership(c, member, sapo, MemberRole::kMember, now);

        SeedTraining(c, m, now);
        // People with volunteer profiles (see SeedMatching).
        upsert_user("student-hs@example.jp", "平川の高校生（デモ）", UserRole::kResident,
                    regions_by_slug.at("hirakawa"));
        upsert_user("student@example.jp", "大学生（デモ）", UserRole::kResident,
                    regions_by_slug.at("yoshiki"));
        upsert_user("senior@example.jp", "陶のシニア（デモ）", UserRole::kResident,
                    regions_by_slug.at("sue"));
        const UserId ouentai = upsert_user("ouentai@example.jp", "市職員 地域活動応援隊（デモ）",
                                           UserRole::kCityStaff, regions_by_slug.at("ogori"));
        store::UpsertMembership(c, ouentai, kyodo, MemberRole::kMember, now);
        upsert_user("probono@example.jp", "プロボノ会社員（デモ）", UserRole::kResident,
                    regions_by_slug.at("yuda"));
        upsert_user("iju@example.jp", "徳地への移住者（デモ）", UserRole::kResident,
                    regions_by_slug.at("tokuji"));
        store::UpsertMembership(c, editor, store::FindOrgBySeedKeyId(c, "npo-kodomo"),
                                MemberRole::kEditor, now);
        store::UpsertMembership(c, editor, store::FindOrgBySeedKeyId(c, "npo-ato-jifuku"),
                                MemberRole::kEditor, now);
        store::UpsertMembership(c, editor, store::FindOrgBySeedKeyId(c, "assoc-sayama-bosai"),
                                MemberRole::kEditor, now);
        store::UpsertMembership(c, editor, store::FindOrgBySeedKeyId(c, "school-hirakawa"),
                                MemberRole::kEditor, now);
        store::UpsertMembership(c, editor, kyodo, MemberRole::kEditor, now);
        SeedMatching(c, m, now, training::TodayJst(ctx.clock));
        SeedIndicatorActuals(c, m, now, city);
        SeedPlans(c, m, now, training::TodayJst(ctx.clock));
        SeedContent(c, m, now);
        issues::SeedDemo(c, m, now);
        talks::SeedDemo(c, m, now);
        facilities::SeedDemo(c, ctx);
        store::PutSetting(c, "demo_data", "1");
        tx.Audit("municipality", m);
        return summary;
      });
}

}  // namespace tsunagu::seed
