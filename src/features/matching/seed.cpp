#include "features/matching/seed.hpp"

#include "features/matching/queries.hpp"
#include "features/matching/score.hpp"
#include "features/training/queries.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::seed {

namespace {

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

}  // namespace

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
      store::InsertMatch(c, past, user("student@example.jp"), matching::MatchStatus::kConfirmed,
                         matching::Party::kPerson, now);
  store::SetMatchMinutes(c, done, 180, match::AddDays(today, -19), now);
  store::SetNeedStatus(c, past, matching::NeedStatus::kClosed, now);
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

}  // namespace tsunagu::seed
