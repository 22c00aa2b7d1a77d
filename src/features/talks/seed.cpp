#include "features/talks/seed.hpp"

#include "features/events/commands.hpp"
#include "features/events/queries.hpp"
#include "features/issues/queries.hpp"
#include "features/talks/queries.hpp"
#include "features/talks/rules.hpp"
#include "platform/jst.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::talks {

namespace {

struct DemoAction {
  const char* what;
  const char* who;
  int due_in_days;  // from the talk; 0: none
  bool done;
};
struct DemoTalk {
  const char* org_key;
  const char* region;
  const char* user;  // who planned it
  const char* title;
  const char* kana;
  const char* purpose;
  const char* format;
  int day;  // from today (negative: held)
  int from_min, to_min;
  const char* place;
  const char* online_url;
  const char* agenda;
  const char* audience;
  int capacity;     // 0: no limit
  int facilitator;  // 1-based index of kFacilitators, 0: none
  const char* minutes;
  const char* decisions;
  std::map<std::string, std::int64_t> people;
  std::vector<DemoAction> actions;
  const char* issue_category = nullptr;  // links the region's first demo issue of it ("*": any)
};

struct DemoFacilitator {
  const char* name;
  const char* qualification;
  const char* availability;
  std::vector<const char*> regions;
};

void SeedTalks(store::Conn& c, MunicipalityId m, std::int64_t now) {
  const DemoFacilitator facilitators[] = {
      {"山本 さくら（デモ）",
       "市民ファシリテーター養成講座 修了（2024年度）",
       "土日の午後",
       {"hirakawa", "ogori", "yuda"}},
      {"中村 健一（デモ）",
       "市民ファシリテーター養成講座 修了（2023年度）",
       "平日の夜、土曜日",
       {"sue", "suzenji", "aio"}},
      {"田中 みどり（デモ）",
       "市民ファシリテーター養成講座 修了（2025年度）・さぽらんて認定",
       "平日の昼間",
       {"ato", "tokuji", "niho"}},
  };
  std::vector<talks::FacilitatorId> fac_ids;
  for (const auto& f : facilitators) {
    Facilitator fac;
    fac.name = f.name;
    fac.qualification = f.qualification;
    fac.availability = f.availability;
    for (const char* slug : f.regions) {
      if (auto r = store::FindRegionBySlug(c, m, slug)) fac.regions.push_back(r->id);
    }
    fac_ids.push_back(store::InsertFacilitator(c, m, fac, now));
  }

  const std::vector<DemoTalk> demo = {
      {"school-hirakawa",
       "hirakawa",
       "npo-editor@example.jp",
       "平川 高校生熟議「通学路と地域の安全」",
       "ヒラカワ コウコウセイジュクギ",
       "高校生と地域の大人が、通学路の安全と夜の見守りについて一緒に考えます。",
       "deliberation",
       -24,
       13 * 60 + 30,
       16 * 60,
       "平川地域交流センター 大会議室",
       "",
       "1. 通学路で危ないと感じる場所\n2. 夜の帰り道の見守り\n3. 高校生にできること",
       "high_school,youth,all",
       40,
       1,
       "## 話し合ったこと\n\n- "
       "高校生18人と地域の大人9人が、5つのグループで通学路の地図を見ながら話し"
       "ました。\n- 街灯が少ない農道と、見通しの悪い交差点が多く挙がりました。\n\n## 高校生の声\n\n"
       "「部活の帰りは暗くて怖い」「自転車で通る道を大人にも知ってほしい」\n\n（デモデータ）",
       "危ない場所の地図を高校生がつくり、協議会に届ける\n見守り活動に高校生も参加する",
       {{"10s", 18}, {"20s", 2}, {"40s", 3}, {"50s", 2}, {"60s", 2}},
       {{"危ない場所の地図を作って協議会に届ける", "平川地域の高等学校 生徒会", 14, true},
        {"農道の街灯を増やせないか市に相談する", "平川地域づくり協議会", 60, false}}},
      {"sub-sue-korekara",
       "sue",
       "council-sue@example.jp",
       "陶 これから部会 ワークショップ「10年後の陶」",
       "スエ コレカラブカイ ワークショップ",
       "若い世代が、10年後の陶で暮らし続けるために必要なことを出し合います。",
       "workshop",
       -10,
       19 * 60,
       21 * 60,
       "陶地域交流センター 和室",
       "",
       "1. 陶のいいところ・困っていること\n2. 10年後にあってほしいもの\n3. "
       "自分たちで始められること",
       "youth,parents",
       20,
       2,
       "## 出た意見\n\n- 子どもが遊べる場所がほしい\n- 空き家を使ったコワーキングスペース\n- "
       "地域の行事を若い人にも手伝いやすくする\n\n次回は空き家の見学をします。\n\n（デモデータ）",
       "空き家の見学会を次回に行う",
       {{"20s", 3}, {"30s", 7}, {"40s", 5}},
       {{"空き家の持ち主に見学をお願いする", "陶地域づくり協議会", 20, false}}},
      {"sub-sue-korekara",
       "sue",
       "council-sue@example.jp",
       "陶 これから部会 空き家見学と話し合い",
       "スエ コレカラブカイ アキヤケンガク",
       "前回の話し合いで出た空き家の活用について、見学したあとで話し合います。",
       "workshop",
       21,
       13 * 60,
       16 * 60,
       "陶地域交流センター（集合）",
       "",
       "1. 空き家の見学\n2. 使い方のアイデア出し",
       "youth,parents,all",
       15,
       2,
       "",
       "",
       {},
       {}},
      {"council-ato",
       "ato",
       "council-ato@example.jp",
       "阿東 ふれあいサロンで話そう「買い物と通院」",
       "アトウ フレアイサロン",
       "お茶を飲みながら、買い物や通院で困っていることを気軽に話します。",
       "salon",
       9,
       13 * 60 + 30,
       15 * 60,
       "阿東地域交流センター 和室",
       "",
       "1. 近ごろの買い物\n2. 病院への行き帰り\n3. 移動販売車の使いごこち",
       "seniors,all",
       25,
       3,
       "",
       "",
       {},
       {},
       "kotsu"},
      {"council-ogori",
       "ogori",
       "council-ogori@example.jp",
       "小郡 地域づくり会議（オンライン）",
       "オゴオリ チイキヅクリカイギ",
       "来年度の事業計画について、各自治会の代表と話し合います。",
       "online",
       16,
       19 * 60 + 30,
       21 * 60,
       "",
       "https://meet.example.jp/ogori-demo",
       "1. 今年度の振り返り\n2. 来年度の事業案",
       "residents",
       0,
       1,
       "",
       "",
       {},
       {},
       "*"},
  };
  const std::int64_t today = jst::Midnight(jst::Date(now));
  for (const auto& d : demo) {
    const OrgId org_id = store::FindOrgBySeedKeyId(c, d.org_key);
    auto org = org_id ? store::FindOrg(c, org_id) : std::nullopt;
    auto region = store::FindRegionBySlug(c, m, d.region);
    if (!org || !region) continue;
    const auto user = store::FindUserByEmail(c, d.user);
    Talk t;
    t.region_id = region->id;
    t.org_id = org->id;
    t.org_name = org->name;
    t.title = d.title;
    t.title_kana = d.kana;
    t.purpose = d.purpose;
    t.format = d.format;
    t.starts_at = today + static_cast<std::int64_t>(d.day) * 86400 + d.from_min * 60;
    t.ends_at = today + static_cast<std::int64_t>(d.day) * 86400 + d.to_min * 60;
    t.place = d.place;
    t.online_url = d.online_url;
    t.agenda = d.agenda;
    for (std::string_view rest = d.audience; !rest.empty();) {
      const auto comma = rest.find(',');
      t.audience.emplace_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    if (d.capacity) t.capacity = d.capacity;
    t.ground_rules = DefaultGroundRules();
    if (d.facilitator) t.facilitator_id = fac_ids[static_cast<std::size_t>(d.facilitator - 1)];
    const bool held = *d.minutes != '\0';
    t.status = held ? TalkStatus::kHeld : TalkStatus::kPlanned;
    t.minutes = d.minutes;
    t.decisions = d.decisions;
    const std::int64_t created = std::min(now, t.starts_at) - 20 * 86400;
    t.id = store::InsertTalk(c, m, t, user ? user->id : UserId{}, created);
    events::Event e;
    ToEvent("", t, e);
    e.contact = "083-000-0000（デモ）";
    t.event_id = store::InsertEvent(c, m, e, user ? user->id : UserId{}, created);
    if (held) t.closed_at = t.ends_at + 2 * 86400;
    store::UpdateTalkRow(c, t, created);
    store::ReplaceParticipants(c, t.id, d.people);
    if (d.issue_category) {
      store::IssueQuery q;
      q.municipality = m;
      q.region = region->id;
      if (std::string_view(d.issue_category) != "*") q.category = d.issue_category;
      q.limit = 1;
      for (const auto& i : store::ListIssues(c, q)) store::AddTalkIssue(c, t.id, i.id);
    }
    int position = 0;
    for (const auto& a : d.actions) {
      ActionItem item;
      item.talk_id = t.id;
      item.position = ++position;
      item.what = a.what;
      item.who_text = a.who;
      if (a.due_in_days) item.due_date = jst::Date(t.starts_at + a.due_in_days * 86400LL);
      item.done = a.done;
      if (a.done) item.done_at = t.starts_at + (a.due_in_days - 2) * 86400LL;
      store::InsertAction(c, item, t.closed_at);
    }
  }
  // A council's own ground rules (the others use the default).
  if (const OrgId sue = store::FindOrgBySeedKeyId(c, "council-sue")) {
    store::PutGroundRules(c, sue,
                          "陶地域の話し合いのルール\n\n・一人ひとりの意見を大切にします。\n"
                          "・年齢や立場に関係なく、同じ一人として話します。\n"
                          "・人の話は最後まで聞きます。\n・ここで出た個人の話は外に持ち出しま"
                          "せん。\n\n（デモデータ）",
                          now);
  }
}

}  // namespace

void SeedDemo(store::Conn& c, MunicipalityId m, std::int64_t now) {
  if (store::GetSetting(c, "demo_talks") == "1") return;
  store::PutSetting(c, "demo_talks", "1");
  SeedTalks(c, m, now);
}

}  // namespace tsunagu::talks
