#include "features/regions/seed.hpp"

#include <cmath>
#include <map>
#include <set>

#include "platform/crypto.hpp"
#include "platform/audit.hpp"
#include "features/opendata/facilities.hpp"
#include "features/indicators/rules.hpp"
#include "features/issues/commands.hpp"
#include "features/plans/commands.hpp"
#include "features/posts/seed.hpp"
#include "features/talks/commands.hpp"
#include "features/training/commands.hpp"
#include "features/matching/queries.hpp"
#include "features/plans/queries.hpp"
#include "platform/store/queries.hpp"
#include "features/training/queries.hpp"

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

std::uint32_t Days(std::initializer_list<int> days) {
  std::uint32_t out = 0;
  for (int d : days) out |= 1u << d;
  return out;
}
match::SlotMask Slots(std::initializer_list<int> days, std::initializer_list<int> periods) {
  match::SlotMask out = 0;
  for (int d : days) {
    for (int p : periods) out |= match::Slot(d, p);
  }
  return out;
}

// Volunteer profiles of a high-school student (under 18, with a guardian's consent), a
// university student, a senior, a city employee, a pro bono worker and a newcomer; needs of
// councils, NPOs, a school, a 自主防災会 and the city, dated from today; and one finished
// activity with confirmed hours, so that a certificate can be downloaded. Only on the first
// demo seed.
void SeedMatching(store::Conn& c, MunicipalityId m, std::int64_t now, const std::string& today) {
  // Once only: later runs keep the needs and the profiles people have edited since.
  if (store::GetSetting(c, "demo_matching") == "1") return;
  store::PutSetting(c, "demo_matching", "1");
  std::map<std::string, RegionId> region;
  for (const auto& r : store::ListRegions(c, m)) region[r.slug] = r.id;
  auto user = [&](const std::string& email) { return store::FindUserByEmail(c, email)->id; };
  enum { kMon, kTue, kWed, kThu, kFri, kSat, kSun };
  enum { kAm, kPm, kEv, kNt };

  auto profile = [&](const std::string& email, const char* kind, std::vector<std::string> skills,
                     std::vector<std::string> interests, std::vector<std::string> regions,
                     match::SlotMask slots, const char* travel, int km, bool discoverable) {
    matching::Profile p;
    p.user_id = user(email);
    p.kind = kind;
    p.skills = std::move(skills);
    p.interests = std::move(interests);
    for (const auto& r : regions) p.regions.push_back(region.at(r));
    p.slots = slots;
    p.travel = travel;
    p.max_km = km;
    p.discoverable = discoverable;
    return p;
  };
  matching::Profile hs =
      profile("student-hs@example.jp", "student_hs", {"event", "photo", "sns"}, {"bosai", "kodomo"},
              {"hirakawa", "sayama"},
              Slots({kSat, kSun}, {kAm, kPm}) | Slots({kMon, kTue, kWed, kThu, kFri}, {kEv}),
              "bike", 15, false);
  hs.minor = true;
  hs.guardian_name = "平川の保護者（デモ）";
  hs.guardian_email = "guardian-hirakawa@example.jp";
  hs.guardian_consent_at = now;
  store::UpsertProfile(c, hs, now);
  store::UpsertProfile(
      c,
      profile("student@example.jp", "student_univ", {"teaching", "it", "sns"}, {"kodomo", "chiiki"},
              {"yoshiki", "yuda", "otono"},
              Slots({kMon, kTue, kWed, kThu, kFri}, {kPm, kEv}) | Slots({kSat}, {kAm, kPm}),
              "transit", 20, true),
      now);
  matching::Profile senior =
      profile("senior@example.jp", "senior", {"cooking", "farming", "repair", "driving"},
              {"bunka", "fukushi", "kankyo"}, {"sue", "suzenji"},
              Slots({0, 1, 2, 3, 4, 5, 6}, {kAm}), "car", 30, true);
  senior.max_active = 2;
  store::UpsertProfile(c, senior, now);
  store::UpsertProfile(
      c,
      profile("ouentai@example.jp", "city_staff", {"design", "it", "accounting", "facilitation"},
              {"chiiki", "iju"}, {"ogori", "tokuji", "ato"}, Slots({kSat, kSun}, {kAm, kPm}), "car",
              40, true),
      now);
  matching::Profile pb =
      profile("probono@example.jp", "probono", {"design", "photo", "sns"}, {"chiiki", "bunka"},
              {"yuda", "ogori"}, Slots({kSat}, {kPm}) | Slots({kWed}, {kEv}), "car", 25, true);
  pb.employer = "株式会社つなぐ印刷（デモ）";
  store::UpsertProfile(c, pb, now);
  store::UpsertProfile(
      c,
      profile("iju@example.jp", "migrant", {"farming", "sns", "driving"}, {"iju", "kankyo"},
              {"tokuji", "ato"}, Slots({kTue, kFri, kSat, kSun}, {kAm, kPm}), "car", 40, true),
      now);
  store::UpsertProfile(
      c,
      profile("resident-sue@example.jp", "general", {"facilitation", "event"}, {"chiiki", "kodomo"},
              {"sue", "hirakawa"}, Slots({kSat, kSun}, {kAm, kPm}), "car", 30, true),
      now);

  auto need = [&](const std::string& org_key, const std::string& region_slug, const char* title,
                  const char* description, const char* kind, const char* category,
                  std::vector<std::string> required, std::vector<std::string> welcome,
                  const char* place, int from_day, int to_day, std::uint32_t weekdays,
                  const char* start, const char* end, int capacity, bool minors, bool cert,
                  const char* details) {
    matching::Need n;
    n.org_id = store::FindOrgBySeedKeyId(c, org_key);
    n.created_by = user(org_key.starts_with("council-") ? "council-" + region_slug + "@example.jp"
                                                        : "npo-editor@example.jp");
    n.title = title;
    n.description = description;
    n.kind = kind;
    n.category = category;
    n.required_skills = std::move(required);
    n.welcome_skills = std::move(welcome);
    n.region_id = region.at(region_slug);
    n.place = place;
    n.date_from = match::AddDays(today, from_day);
    n.date_to = match::AddDays(today, to_day);
    // One-day events in the future fall on the Saturday on or after their day, so that the
    // demo's people (free at weekends) fit them whatever day the demo is seeded.
    if (from_day == to_day && from_day > 0) {
      n.date_from = n.date_to =
          match::AddDays(n.date_from, (kSat - match::WeekdayOf(n.date_from) + 7) % 7);
    }
    const std::uint32_t in_range = match::WeekdaysBetween(n.date_from, n.date_to);
    n.weekdays = weekdays ? weekdays & in_range : in_range;
    if (n.weekdays == 0) n.weekdays = in_range;
    n.start_time = start;
    n.end_time = end;
    n.capacity = capacity;
    n.minors_allowed = minors;
    n.requires_certification = cert;
    n.details = details;
    return store::InsertNeed(c, m, n, now);
  };
  need("council-sue", "sue", "年末の餅つき大会の運営ボランティア",
       "陶地域の年末恒例の餅つき大会で、受付、餅つき、配布を手伝ってくださる方を募集します。"
       "（デモデータ）",
       "volunteer", "bunka", {"event"}, {"cooking"}, "陶地域交流センター", 16, 16, 0, "09:00",
       "13:00", 6, true, false, "エプロンと三角巾をお持ちください。8時45分に交流センター集合。");
  need("npo-kodomo", "yuda", "放課後の学習支援（大学生インターン）",
       "小中学生の放課後の居場所で、宿題を見たり一緒に遊んだりするインターンを募集します。"
       "（デモデータ）",
       "intern", "kodomo", {"teaching"}, {"it"}, "湯田地域交流センター 学習室", 3, 90,
       Days({kMon, kWed}), "16:00", "18:00", 3, false, false,
       "初日に30分のオリエンテーションがあります。");
  need("npo-ato-jifuku", "ato", "移動販売車の運転と配達",
       "地域のミニスーパーの移動販売車を運転し、山間の集落へ食料品を届けます。担い手として"
       "地域に関わりたい方も歓迎します。（デモデータ）",
       "settler", "fukushi", {"driving"}, {"cooking"}, "阿東 地福のミニスーパー", 2, 180,
       Days({kTue, kFri}), "09:00", "12:00", 2, false, false,
       "普通自動車免許が必要です。車両は団体が用意します。");
  need("assoc-sayama-bosai", "sayama", "防災訓練の運営と応急手当のお手伝い",
       "佐山地域の11自治会合同の防災訓練で、受付・誘導・応急手当のコーナーを手伝ってください。"
       "高校生も歓迎します。（デモデータ）",
       "volunteer", "bosai", {"first_aid"}, {"event", "photo"}, "佐山小学校 体育館", 9, 9, 0,
       "09:30", "12:00", 8, true, false, "動きやすい服装で。昼食は用意します。");
  need("dept-kyodo", "ogori", "地域づくり協議会の広報紙づくり（プロボノ）",
       "地域づくり協議会の広報紙とSNS発信を、デザインや発信の経験を生かして一緒に作ります。"
       "（デモデータ）",
       "probono", "chiiki", {"design", "sns"}, {"photo"}, "小郡地域交流センター", 5, 60,
       Days({kSat}), "13:00", "17:00", 2, false, false, "打ち合わせはオンラインでも可能です。");
  need("school-hirakawa", "hirakawa", "高校生熟議のファシリテーター",
       "高校生が地域の未来を話し合う熟議で、話し合いの進行を支えるファシリテーターを募集します。"
       "地域コーディネーターの認定が必要です。（デモデータ）",
       "volunteer", "kodomo", {"facilitation"}, {"event"}, "平川地域の高等学校", 12, 12, 0, "13:00",
       "16:00", 2, false, true, "受付で「熟議のファシリテーター」とお伝えください。");
  need("council-tokuji", "tokuji", "空き家の片付けと草刈り",
       "移住希望者に紹介する空き家の片付けと草刈りを、地域の人と一緒に行います。（デモデータ）",
       "volunteer", "iju", {"farming"}, {"repair", "driving"},
       "徳地地域（集合は徳地地域交流センター）", 6, 40, Days({kSat, kSun}), "09:00", "12:00", 4,
       false, false, "軍手・長靴をお持ちください。草刈り機は団体が用意します。");
  // A finished activity: the student took part and the council confirmed three hours.
  const auto past = need("council-yuda", "yuda", "秋の一斉清掃",
                         "湯田地域の通学路と公園の一斉清掃です。（デモデータ）", "volunteer",
                         "kankyo", {}, {}, "湯田地域交流センター前", -20, -20, 0, "09:00", "12:00",
                         20, true, false, "軍手とごみ袋は用意します。");
  const auto done =
      store::InsertMatch(c, past, user("student@example.jp"), "confirmed", "person", now);
  store::SetMatchMinutes(c, done, 180, match::AddDays(today, -19), now);
  store::SetNeedStatus(c, past, "closed", now);
}

// The managed list of skills starts with these; city administrators add and rename.
void SeedSkills(store::Conn& c, MunicipalityId m) {
  if (!store::ListSkills(c, m).empty()) return;
  static constexpr std::pair<const char*, const char*> kSkills[] = {
      {"facilitation", "ファシリテーション・話し合いの進行"},
      {"it", "パソコン・IT"},
      {"design", "デザイン・チラシづくり"},
      {"photo", "写真・動画"},
      {"sns", "SNS・ホームページでの発信"},
      {"teaching", "学習支援・教えること"},
      {"care", "高齢者の見守り・介護"},
      {"childcare", "子どもの見守り・遊び"},
      {"cooking", "調理"},
      {"driving", "車の運転"},
      {"farming", "農作業・草刈り"},
      {"repair", "大工仕事・修繕"},
      {"first_aid", "防災・応急手当"},
      {"event", "イベントの運営"},
      {"language", "外国語・通訳"},
      {"accounting", "会計・事務"},
      {"music", "音楽・芸能"},
  };
  std::int64_t position = 0;
  for (const auto& [code, label] : kSkills) store::InsertSkill(c, m, code, label, position++);
}

}  // namespace

// The plan's three KGIs and four KPIs (ch.2 §3; shared/data/indicators.csv): reference data.
void SeedIndicators(store::Conn& c, MunicipalityId m) {
  using store::IndicatorSeed;
  const IndicatorSeed seeds[] = {
      {"kgi1",
       "住んでいる地域へ愛着や誇りを感じている市民の割合",
       "KGI",
       "%",
       "entered",
       0,
       indicators::Point{2017, 74.7},
       2017,
       {{2022, 80.0}, {2027, 85.0}}},
      {"kgi2",
       "地域行事や市民活動に積極的に参加している市民の割合",
       "KGI",
       "%",
       "entered",
       0,
       indicators::Point{2017, 54.5},
       2017,
       {{2022, 60.0}, {2027, 65.0}}},
      {"kgi3",
       "日常生活に必要なサービスが確保されていると思う割合",
       "KGI",
       "%",
       "entered",
       0,
       indicators::Point{2017, 58.2},
       2017,
       {{2022, 63.0}, {2027, 67.0}}},
      {"kpi1",
       "住んでいる地域の良さや課題が地域住民の間で共有されていると思う割合",
       "KPI",
       "%",
       "entered",
       1,
       indicators::Point{2017, 42.8},
       2017,
       {{2022, 46.0}, {2027, 50.0}}},
      {"kpi2",
       "（仮称）地域コーディネーター制度における認定件数",
       "KPI",
       "count",
       "coordinators",
       2,
       std::nullopt,
       2017,
       {{2022, 40}, {2027, 90}}},
      {"kpi3",
       "地域づくり協議会と市が連携して地域課題解決に向けて取り組んでいる事業数",
       "KPI",
       "count",
       "city_collaboration",
       3,
       indicators::Point{2016, 57},
       2016,
       {{2022, 80}, {2027, 100}}},
      {"kpi4",
       "地域づくり協議会と連携して取組まれている生活支援サービス事業数",
       "KPI",
       "count",
       "life_support",
       4,
       indicators::Point{2016, 55},
       2016,
       {{2022, 70}, {2027, 90}}},
  };
  int position = 0;
  for (const auto& s : seeds) store::EnsureIndicator(c, m, s, ++position);
}

// Demo regional plans: each council's third plan (FY2023-2027) with four of six kinds of
// project, their yearly lines up to this year (past years evaluated), and 陶's second plan.
void SeedPlans(store::Conn& c, MunicipalityId m, std::int64_t now, const std::string& today,
               UserId city) {
  if (store::GetSetting(c, "demo_plans") == "1") return;
  store::PutSetting(c, "demo_plans", "1");
  const int this_year = indicators::FiscalYearOf(today);
  struct Kind {
    const char* title;
    const char* description;
    const char* runner;  // seed key pattern: council, sub2, assoc0, npo-kodomo, npo-furusato
    bool collab, life;
    const char* youth;
  };
  static constexpr Kind kKinds[] = {
      {"防災訓練と支え合いマップづくり",
       "自治会ごとに避難行動要支援者の支え合いマップをつくり、年1回の地域防災訓練で確かめます。",
       "sub2", true, false, "中高生が避難所運営訓練の受付と案内を担当する"},
      {"買い物支援（移動販売と送迎）",
       "店舗のない地区へ移動販売車を走らせ、買い物が難しい高齢者の送迎を行います。", "council",
       false, true, ""},
      {"ふれあい・いきいきサロン", "集会所で月2回、体操と茶話会を開き、見守りにつなげます。",
       "assoc0", false, true, "大学生ボランティアがスマートフォン教室を開く"},
      {"地域の魅力発信（広報紙とSNS）", "広報紙を年4回発行し、行事をSNSで発信します。", "council",
       false, false, "高校生が取材と写真を担当する"},
      {"子どもの居場所と学習支援", "地域交流センターで放課後の居場所と学習支援を行います。",
       "npo-kodomo", true, false, "大学生が学習支援の講師を務める"},
      {"空き家の活用と移住相談", "空き家の所有者と移住希望者をつなぎ、相談会を開きます。",
       "npo-furusato", true, false, ""},
  };
  auto goal = [&](std::int64_t plan, const char* kind, const std::string& text, int pos) {
    return store::InsertGoal(c, plan, plans::Goal{0, kind, text}, pos);
  };
  // Survey results of the KGIs and KPI 1, as city staff would enter them (demo figures).
  const std::pair<const char*, double> survey[][2] = {{{"kgi1", 76.1}, {"kgi1", 80.5}},
                                                      {{"kgi2", 58.0}, {"kgi2", 63.5}},
                                                      {{"kgi3", 60.5}, {"kgi3", 61.0}},
                                                      {{"kpi1", 44.0}, {"kpi1", 47.0}}};
  for (const auto& ind : store::ListIndicators(c, m)) {
    for (const auto& pair : survey) {
      for (int n = 0; n < 2; ++n) {
        if (ind.code != pair[n].first) continue;
        indicators::Actual a;
        a.year = n == 0 ? 2022 : 2025;
        a.value = pair[n].second;
        a.source = "市民意識調査（デモデータ）";
        a.sample_size = n == 0 ? 1580 : 1621;
        a.survey_date = n == 0 ? "2022-07-15" : "2025-07-15";
        a.recorded_at = now;
        store::UpsertActual(c, ind.id, a, city);
      }
    }
  }
  const auto regions = store::ListRegions(c, m);
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const Region& r = regions[i];
    const OrgId council = store::FindOrgBySeedKeyId(c, "council-" + r.slug);
    if (council == 0) continue;
    plans::Plan plan;
    plan.council_id = council;
    plan.name = "第三次" + r.name + "地域づくり計画";
    plan.year_from = 2023;
    plan.year_to = 2027;
    plan.status = "final";
    plan.vision = "みんなでつくる、笑顔があふれ安心して暮らせる" + r.name + "（デモデータ）";
    const auto plan_id = store::InsertPlan(c, m, plan, now);
    const std::int64_t goals[] = {goal(plan_id, "must", "安心・安全な暮らしを守る", 0),
                                  goal(plan_id, "must", "高齢者の暮らしを地域で支える", 1),
                                  goal(plan_id, "want", "地域の魅力を発信し、担い手を育てる", 2)};
    for (std::size_t k = 0; k < std::size(kKinds); ++k) {
      if ((i + k) % 6 >= 4) continue;  // four kinds of project per region
      const Kind& kind = kKinds[k];
      plans::Project p;
      p.plan_id = plan_id;
      p.goal_id = goals[k == 0 ? 0 : (k <= 2 ? 1 : 2)];
      p.title = kind.title;
      p.description = kind.description;
      const std::string rk = kind.runner;
      OrgId runner = council;
      if (rk == "sub2") runner = store::FindOrgBySeedKeyId(c, "sub-" + r.slug + "-2");
      if (rk == "assoc0") runner = store::FindOrgBySeedKeyId(c, "assoc-" + r.slug + "-0");
      if (rk.starts_with("npo-")) runner = store::FindOrgBySeedKeyId(c, rk);
      if (runner == 0) runner = council;
      p.runner_id = runner;
      p.council_id = council;
      if (kind.collab) {
        const OrgId centre = store::FindOrgBySeedKeyId(c, "centre-" + r.slug);
        if (centre != 0) p.partners.emplace_back(centre, "");
      }
      if (runner != council) p.partners.emplace_back(council, "");
      p.youth_roles = kind.youth;
      p.year_from = 2023;
      p.year_to = 2027;
      p.city_collaboration = kind.collab;
      p.life_support = kind.life;
      const auto project = store::InsertProject(c, p, now);
      for (int y = p.year_from; y <= this_year && y <= p.year_to; ++y) {
        plans::YearLine line;
        line.year = y;
        line.target =
            y == p.year_from ? "取組を始め、参加者を増やす" : "前年度の評価を踏まえて改善する";
        line.budget = 100'000 + static_cast<std::int64_t>((i * 7 + k * 13 + y) % 9) * 50'000;
        line.funding = k == 5 ? "private_grant" : (k == 1 ? "own" : "kofukin");
        const auto line_id = store::InsertLine(c, project, line, now);
        const std::string y1 = std::to_string(y), y2 = std::to_string(y + 1);
        const int seed = static_cast<int>((i + k + y) % 3);
        if (y < this_year) {
          store::InsertProgress(c, line_id,
                                {0, y1 + "-09-30", 40 + seed * 10, "上半期の取組を実施"}, 0, now);
          store::InsertProgress(c, line_id,
                                {0, y2 + "-03-31", 100 - seed * 15, "年間の取組を終えた"}, 0, now);
          store::SetEvaluation(c, line_id, plans::kGrades[seed],
                               "参加者が増え、地域の協力が広がった",
                               seed == 0 ? "担い手を増やす" : "周知の方法を見直す", now);
        } else if (today >= y1 + "-06-30") {
          store::InsertProgress(c, line_id, {0, y1 + "-06-30", 30, "計画どおり始めた"}, 0, now);
        }
      }
    }
    if (r.slug == "sue") {
      // The next plan's draft, open for residents' comments (意見募集中).
      plans::Plan next = plan;
      next.name = "第四次陶地域づくり計画（素案）";
      next.year_from = 2028;
      next.year_to = 2032;
      next.status = "consultation";
      next.vision = "若い世代とともに、ふるさと陶を次の世代へ（デモデータ）";
      const auto next_id = store::InsertPlan(c, m, next, now);
      goal(next_id, "must", "防災と見守りの仕組みを全自治会に広げる", 0);
      goal(next_id, "want", "「これから部会」が企画する行事を増やす", 1);
      plans::Plan old = plan;
      old.name = "第二次陶地域づくり計画";
      old.year_from = 2018;
      old.year_to = 2022;
      old.status = "ended";
      old.vision = "ふるさと陶を次の世代へ（デモデータ）";
      const auto old_id = store::InsertPlan(c, m, old, now);
      const auto g = goal(old_id, "must", "地域のつながりを保つ", 0);
      goal(old_id, "want", "若い世代が集う場をつくる", 1);
      plans::Project p;
      p.plan_id = old_id;
      p.council_id = council;
      p.goal_id = g;
      p.title = "陶ふれあい夏まつり";
      p.description = "地域の夏まつりを実行委員会方式で開きます。";
      p.runner_id = council;
      p.year_from = 2018;
      p.year_to = 2022;
      const auto project = store::InsertProject(c, p, now);
      plans::YearLine line{0, project, 2022, "来場者500人", 300'000, "kofukin"};
      const auto line_id = store::InsertLine(c, project, line, now);
      store::InsertProgress(c, line_id, {0, "2022-08-20", 100, "来場者520人"}, 0, now);
      store::SetEvaluation(c, line_id, "A", "若い世代が実行委員に加わった",
                           "第三次計画では「これから部会」が企画する", now);
    }
  }
}

const std::vector<RegionSeed>& YamaguchiRegions() {
  static const std::vector<RegionSeed> regions = {
      {"otono", "大殿", "おおとの", "Ōtono", 34.1860, 131.4740},
      {"shiraishi", "白石", "しらいし", "Shiraishi", 34.1735, 131.4690},
      {"yuda", "湯田", "ゆだ", "Yuda", 34.1600, 131.4560},
      {"niho", "仁保", "にほ", "Niho", 34.2170, 131.5570},
      {"osaba", "小鯖", "おさば", "Osaba", 34.1470, 131.5270},
      {"ouchi", "大内", "おおうち", "Ōuchi", 34.1680, 131.5040},
      {"miyano", "宮野", "みやの", "Miyano", 34.1960, 131.5100},
      {"yoshiki", "吉敷", "よしき", "Yoshiki", 34.1700, 131.4300},
      {"hirakawa", "平川", "ひらかわ", "Hirakawa", 34.1450, 131.4600},
      {"otoshi", "大歳", "おおとし", "Ōtoshi", 34.1420, 131.4810},
      {"sue", "陶", "すえ", "Sue", 34.1050, 131.5130},
      {"suzenji", "鋳銭司", "すぜんじ", "Suzenji", 34.0950, 131.5530},
      {"natajima", "名田島", "なたじま", "Natajima", 34.0870, 131.4690},
      {"aio-futajima", "秋穂二島", "あいおふたじま", "Aio-Futajima", 34.0740, 131.4210},
      {"kagawa", "嘉川", "かがわ", "Kagawa", 34.1050, 131.3800},
      {"sayama", "佐山", "さやま", "Sayama", 34.0620, 131.3650},
      {"ogori", "小郡", "おごおり", "Ogōri", 34.0930, 131.3960},
      {"aio", "秋穂", "あいお", "Aio", 34.0260, 131.4550},
      {"ajisu", "阿知須", "あじす", "Ajisu", 34.0050, 131.3600},
      {"tokuji", "徳地", "とくぢ", "Tokuji", 34.1780, 131.6900},
      {"ato", "阿東", "あとう", "Atō", 34.3460, 131.5880},
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
      if (store::ListRegions(c, m->id).size() == YamaguchiRegions().size() &&
          store::RegionLocations(c, m->id).size() == YamaguchiRegions().size() &&
          !store::ListSkills(c, m->id).empty() && !store::ListIndicators(c, m->id).empty()) {
        return m->id;
      }
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
      const RegionId id = store::UpsertRegion(c, m, region, ++position);
      store::SetRegionLocation(c, id, std::llround(r.lat * 1e6), std::llround(r.lon * 1e6));
    }
    SeedSkills(c, m);
    SeedIndicators(c, m);
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
    store::UpsertMembership(c, city, kyodo, MemberRole::kEditor, now);
    // Staff of two departments that local issues reach at city level (地域課題).
    const UserId bosai =
        upsert_user("bosai@example.jp", "防災危機管理課 職員（デモ）", UserRole::kCityStaff, 0);
    store::UpsertMembership(c, bosai, store::FindOrgBySeedKeyId(c, "dept-bosai"),
                            MemberRole::kMember, now);
    const UserId kotsu =
        upsert_user("kotsu@example.jp", "交通政策課 職員（デモ）", UserRole::kCityStaff, 0);
    store::UpsertMembership(c, kotsu, store::FindOrgBySeedKeyId(c, "dept-kotsu"),
                            MemberRole::kMember, now);
    const UserId editor =
        upsert_user("npo-editor@example.jp", "さぽらんて 編集担当（デモ）", UserRole::kResident, 0);
    store::UpsertMembership(c, editor, sapo, MemberRole::kEditor, now);
    const UserId member =
        upsert_user("npo-member@example.jp", "さぽらんて 会員（デモ）", UserRole::kResident, 0);
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
    SeedPlans(c, m, now, training::TodayJst(ctx.clock), city);
    SeedContent(c, m, now);
    issues::SeedDemo(c, m, now);
    talks::SeedDemo(c, m, now);
    facilities::SeedDemo(c, ctx);
    store::PutSetting(c, "demo_data", "1");
    Audit(c, ctx, 0, "seed.demo", "municipality", m);
    return summary;
  });
}

}  // namespace tsunagu::seed
