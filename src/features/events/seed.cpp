#include "features/events/seed.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "features/events/commands.hpp"
#include "features/events/queries.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/queries.hpp"
#include "features/regions/seed.hpp"
#include "platform/jst.hpp"
#include "platform/store/queries.hpp"

namespace tsunagu::seed {
namespace {

constexpr std::int64_t kDay = 86400;

// Who writes a post or runs an event: the region's council, one of its 自治会, its 地域交流セ
// ンター, or the organisation with the seed key `key`.
enum class By { kCouncil, kAssoc, kCentre, kKey };

// Patterns take {r} region name, {k} its name in katakana, {c} its 地域交流センター, {a} a 自治会,
// {d} a recent Saturday before the post, {n} a weekend about two weeks after it.
struct PostTpl {
  const char* category;
  By by;
  const char* title;
  const char* body;                   // Markdown; "（デモデータ）" is appended
  const char* tags;                   // comma-separated
  const char* comment = nullptr;      // a resident's comment, on some of the published copies
  bool members = false;               // members-only in every other region
  const char* slug = nullptr;         // a region's own post (the plan's cases)
  const char* key = nullptr;          // seed key of the author organisation (By::kKey)
  const char* featured_by = nullptr;  // slug of a region whose council features it
};

// Combined per region: region i takes templates 7i .. 7i+6 (mod 16).
constexpr PostTpl kGeneric[] = {
    {"bosai", By::kCouncil, "{r}地域で防災訓練を行いました",
     "{d}、{r}小学校の体育館で地域の防災訓練を行い、各自治会から約80人が参加しました。\n\n## "
     "当日の内容\n\n- 午前9時の一斉避難（自治会ごとに集合）\n- 消火器の使い方と応急手当\n- "
     "避難所の段ボールベッドの組み立て\n\n初めて参加した方からは「段ボールベッドが思ったより丈夫"
     "だった」という声がありました。次回は夜間の避難を想定した訓練を予定しています。",
     "防災訓練,避難所", "段ボールベッドの組み立て、家でも家族で練習してみます。"},
    {"fukushi", By::kAssoc, "{a}のふれあいサロン（毎月第2水曜日）",
     "{a}では、毎月第2水曜日の午後1時30分から{c}でふれあいサロンを開いています。\n\n体操、脳ト"
     "レ、お茶を飲みながらのおしゃべりなど、1時間半ほどのゆったりした集まりです。{d}は22人が集ま"
     "り、季節の歌を一緒に歌いました。\n\n参加費は100円（お茶代）です。送迎が必要な方は自治会の"
     "役員までご相談ください。",
     "ふれあいサロン,見守り"},
    {"kotsu", By::kCouncil, "デマンド交通（予約型乗合タクシー）の使い方",
     "{r}地域では、自宅の近くから{c}、診療所、スーパー、バス停までを結ぶデマンド交通（予約型乗合"
     "タクシー）が走っています。\n\n## 利用のしかた\n\n1. 前日の午後5時までに電話で予約します。"
     "\n2. 当日、予約した時間に自宅近くの乗り場で待ちます。\n3. 運賃は1回300円です（小学生以下は"
     "無料）。\n\n路線バスへの乗り継ぎにも使えます。利用の登録は{c}の窓口で受け付けています。",
     "デマンド交通,バス"},
    {"kodomo", By::kCentre, "子ども食堂「{r}にこにこ食堂」を開きました",
     "{d}の夕方、{c}の調理室で子ども食堂を開きました。子ども31人、大人14人が一緒にカレーライスを"
     "食べました。\n\n調理と片付けは地域のボランティア8人が担当しました。食材の一部は地元の農家さ"
     "んから寄付していただきました。\n\n次回は{n}の午後5時からです。子どもは無料、大人は300円で"
     "す。",
     "子ども食堂,ボランティア", "子どもが毎回とても楽しみにしています。ありがとうございます。"},
    {"kankyo", By::kAssoc, "{r}の河川一斉清掃にご協力ありがとうございました",
     "{d}の午前8時30分から、{a}を中心に河川の一斉清掃を行いました。\n\n- 参加者：約60人（中学生"
     "ボランティア12人を含む）\n- 集めたごみ：可燃ごみ45袋、空き缶・ビン12袋\n\n草刈り機を持参し"
     "てくださった皆さん、ありがとうございました。集めたごみは市が回収しました。",
     "清掃活動,ボランティア"},
    {"bunka", By::kCouncil, "{r}夏祭りを開きました",
     "{d}、{r}地域の夏祭りを{r}小学校のグラウンドで開きました。\n\n盆踊り、子ども神輿、自治会の"
     "模擬店が並び、夕方には約700人が集まりました。最後の花火では大きな拍手が起こりました。\n\n準"
     "備と片付けには、中学生、高校生を含む延べ120人のボランティアが参加しました。来年の祭りを一緒"
     "につくる仲間を募集しています。",
     "夏祭り,ボランティア", "準備と片付け、お疲れさまでした。来年は手伝います。"},
    {"iju", By::kCouncil, "移住相談会と空き家の見学会のご案内",
     "{r}地域への移住を考えている方を対象に、相談会と空き家の見学会を開きます。\n\n## 日時・場所"
     "\n\n- {n} 午前10時〜正午\n- {c}（集合）\n\n地域の暮らし、子育て、仕事について、先に移住し"
     "た方が体験を話します。その後、空き家バンクに登録されている物件を2軒見学します。\n\n申し込み"
     "は{c}まで。参加は無料です。",
     "移住,空き家"},
    {"chiiki", By::kCouncil, "{r}地域づくり協議会 総会の報告",
     "{d}、{c}で{r}地域づくり協議会の総会を開き、前年度の事業報告と決算、今年度の事業計画と予算を"
     "承認しました。\n\n今年度は「防災と見守り」「若い世代の参加」を重点に取り組みます。各部会の活"
     "動計画は{c}の掲示板でもご覧いただけます。\n\nご意見は協議会事務局（{c}内）までお寄せくださ"
     "い。",
     "総会,地域づくり計画", nullptr, true},
    {"other", By::kCentre, "{c} 設備点検による臨時休館のお知らせ",
     "設備点検のため、{n}は{c}を臨時休館します。\n\nこの日は会議室、調理室、体育室を利用できませ"
     "ん。各種証明書の発行は、本庁または近くの総合支所をご利用ください。\n\nご不便をおかけします"
     "が、ご理解をお願いします。",
     "休館,お知らせ"},
    {"bosai", By::kAssoc, "{a}の防災マップを新しくしました",
     "{a}では、この春の点検をもとに防災マップを新しくしました。\n\n- 土砂災害警戒区域と浸水が想定"
     "される場所\n- 一時避難場所（集会所、公園）と指定避難所\n- 消火栓と防火水槽の位置\n\n全戸に配"
     "布したほか、{c}の窓口にも置いています。ご家族で避難の経路を確かめておいてください。",
     "防災マップ,自主防災"},
    {"kotsu", By::kCentre, "路線バスのダイヤ改正と「バスの乗り方教室」",
     "{r}地域を通る路線バスのダイヤが変わります。{c}の窓口で新しい時刻表を配っています。\n\nあわ"
     "せて、{n}の午前10時から{c}で「バスの乗り方教室」を開きます。ICカードの使い方、乗り継ぎの調"
     "べ方を交通事業者の方が説明します。\n\n車の運転に不安が出てきた方、ご家族の方もどうぞ。",
     "路線バス,交通"},
    {"bunka", By::kAssoc, "秋祭りに向けて神楽の練習が始まりました",
     "{r}地域の秋祭りで奉納する神楽の練習が、毎週金曜日の午後7時から{c}で始まりました。\n\n今年"
     "は小学生4人が新しく加わり、笛と太鼓を練習しています。保存会の皆さんが丁寧に教えています。"
     "\n\n見学は自由です。祭り当日の奉納は{n}の予定です。",
     "秋祭り,神楽"},
    {"fukushi", By::kCouncil, "NPOと協働で買い物支援を始めます（ボランティア募集）",
     "{r}地域づくり協議会は、市内のNPOと協働して、買い物に出かけにくい高齢の方の支援を始めます。"
     "\n\n## 募集するボランティア\n\n- 買い物の付き添い（週1回、午前中）\n- 車での送迎（ボランテ"
     "ィア保険には協議会が加入します）\n\n説明会は{n}の午後1時30分から{c}で開きます。関心のある"
     "方はお気軽にどうぞ。",
     "買い物支援,NPO,ボランティア"},
    {"kodomo", By::kAssoc, "通学路の見守りボランティアを募集しています",
     "{a}では、小学生の登下校を見守るボランティアを募集しています。\n\n時間は朝7時30分〜8時、ま"
     "たは午後3時〜4時の都合のよいときで、毎日でなくてもかまいません。散歩や買い物のついでに、子"
     "どもたちに声をかけていただくだけでも助かります。\n\n見守り用のベストと帽子をお渡しします。"
     "{c}までご連絡ください。",
     "通学路,見守り,ボランティア"},
    {"chiiki", By::kCentre, "広報紙「{r}だより」の最新号を発行しました",
     "{r}地域の広報紙「{r}だより」の最新号を発行しました。自治会を通じて全戸に配布しています。"
     "\n\n## 主な記事\n\n- 地域づくり協議会の今年度の取組\n- 子ども食堂のボランティア紹介\n- {c}"
     "の講座のご案内\n\n{c}でも受け取れます。記事の情報や写真の提供をお待ちしています。",
     "広報紙"},
    {"kankyo", By::kCouncil, "ホタルの観察会と水辺の草刈り",
     "{d}、地域の小川でホタルの観察会を開き、親子連れなど約50人が参加しました。\n\n観察会に先立っ"
     "て、環境部会と地域のボランティアが水辺の草刈りを行いました。ホタルが育つきれいな水を守るた"
     "め、家庭から油や洗剤を流さないようご協力をお願いします。\n\n来年もこの時期に開く予定です。",
     "ホタル,自然観察", "子どもと一緒に見に行きました。たくさん飛んでいて感動しました。"},
};
constexpr std::size_t kGenericPerRegion = 7;

// The plan's cases, each in its own region.
constexpr PostTpl kSpecial[] = {
    {"chiiki", By::kKey, "これから部会 第5回の話し合い「10年後の陶」",
     "陶地域づくり協議会の「これから部会」は、おおむね50歳以下の若い世代15人でつくる部会です。"
     "{d}、{c}で5回目の話し合いを開きました。\n\n## 話し合ったこと\n\n- 子育て世代が集まれる場所"
     "がほしい\n- 夏祭りの企画を若い世代が担いたい\n- 空き家を使った交流拠点をつくれないか\n\n出"
     "た意見は、第四次陶地域づくり計画の素案に反映します。次回は{n}です。部会員でない方の見学も歓"
     "迎します。",
     "これから部会,地域づくり計画,若い世代",
     "若い世代の意見が聞けてよかったです。次回は見学に行きます。", false, "sue", "sub-sue-korekara",
     "osaba"},
    {"bunka", By::kKey, "これから部会が夏祭りの企画に加わります",
     "今年の陶ふれあい夏まつりでは、これから部会が子ども向けの企画を担当します。\n\n部会員のアイデ"
     "アで、竹を使った流しそうめんと、地域の写真を集めた「陶の今と昔」の展示を準備しています。\n\n"
     "準備を手伝ってくださるボランティアを募集しています。{c}の協議会事務局までご連絡ください。",
     "これから部会,夏祭り,ボランティア", nullptr, false, "sue", "sub-sue-korekara"},
    {"iju", By::kCouncil, "秋穂二島の空き家バンク 登録物件が10件になりました",
     "秋穂二島地域づくり協議会は、地域の空き家を移住を希望する方につなぐ「空き家バンク」の取組を"
     "続けています。このたび登録物件が10件になりました。\n\n## 登録物件の例\n\n- 海が見える平屋"
     "（畑つき）\n- 二島地区の2階建て（駐車場2台）\n\n物件の情報は{c}で見られます。{n}には見学会"
     "を開きます。空き家の持ち主の方からの登録の相談も受け付けています。",
     "空き家バンク,移住,空き家", nullptr, false, "aio-futajima"},
    {"chiiki", By::kKey, "ＮＰＯ法人が運営するミニスーパー 開店から3年",
     "地福地区で唯一のスーパーが撤退したあと、住民が出資してＮＰＯ法人を立ち上げ、ミニスーパーを"
     "開いてから3年になりました。\n\n店では、地元の野菜、手作りの総菜、日用品を扱っています。店の"
     "前のベンチは、買い物のあとにおしゃべりする人たちのたまり場になっています。\n\n運営を支えるボ"
     "ランティアも募集しています。店頭で声をおかけください。",
     "ミニスーパー,NPO", "いつも使わせてもらっています。総菜がおいしいです。", false, "ato",
     "npo-ato-jifuku"},
    {"fukushi", By::kKey, "移動販売車の巡回ルートと時刻が変わります",
     "NPO法人 地福ほほえみの移動販売車「ほほえみ号」の巡回ルートを、{n}から変更します。\n\n## 主"
     "な変更\n\n- 火曜日：嘉年方面を追加（午前10時から）\n- 金曜日：徳佐方面の停留所を2か所増や"
     "します\n\n注文票を出していただければ、店にない品物もお届けします。高齢の方の見守りも兼ねて、"
     "声をかけながら回っています。",
     "移動販売,買い物支援", nullptr, false, "ato", "npo-ato-jifuku"},
    {"bosai", By::kKey, "佐山地域自主防災会 11自治会合同の防災訓練",
     "{d}、佐山地域自主防災会は、11の自治会すべてが参加する合同防災訓練を行いました。\n\n## 訓練"
     "の流れ\n\n1. 午前9時、地震の発生を想定して各自治会の一時避難場所に集合\n2. 支え合いマップを"
     "もとに、避難に手助けが必要な方の安否を確認\n3. 佐山小学校へ移動し、避難所を開設\n\n約230人"
     "が参加しました。安否確認に時間がかかった地区があり、次回までに連絡の手順を見直します。",
     "防災訓練,支え合いマップ,自主防災", nullptr, false, "sayama", "assoc-sayama-bosai"},
    {"bosai", By::kKey, "支え合いマップの更新にご協力ください",
     "佐山地域自主防災会は、災害のときに手助けが必要な方と、手助けできる方を記した「支え合いマッ"
     "プ」を毎年更新しています。\n\n今年も{n}までに、各自治会の役員が訪問して内容を確認します。マ"
     "ップは自主防災会と民生委員だけが使い、外には出しません。\n\nご協力をお願いします。",
     "支え合いマップ,防災", nullptr, false, "sayama", "assoc-sayama-bosai"},
    {"kodomo", By::kKey, "高校生熟議「平川のこれから」を開きました",
     "{d}、本校の体育館で高校生熟議を開きました。生徒ファシリテーターが進行し、生徒、保護者、地域"
     "の方など約90人が8つのテーブルに分かれて話し合いました。\n\n## テーマ\n\n- 高校生が地域の行"
     "事にもっと関わるには\n- 若い世代が平川に住み続けるには\n\n出た意見は平川地域づくり協議会に"
     "届け、秋の地域行事で高校生ボランティアの企画として形にする予定です。",
     "高校生熟議,ファシリテーション", "高校生の進行がとても上手で、話しやすかったです。", false,
     "hirakawa", "school-hirakawa", "ouchi"},
    {"chiiki", By::kCouncil, "小鯖みらいカフェ「10年後の小鯖を話そう」",
     "小鯖地域づくり協議会は、{d}、{c}で「小鯖みらいカフェ」を開きました。コーヒーを飲みながら、"
     "小さなテーブルごとに地域の将来を話し合う場です。\n\n今回は20代から80代まで28人が参加し、「"
     "歩いて行ける集いの場」「農業の担い手」「子どもの遊び場」について意見を出し合いました。\n\n次"
     "回は{n}の午前10時からです。どなたでも参加できます。",
     "みらいカフェ,話し合い", nullptr, false, "osaba"},
    {"kodomo", By::kCouncil, "「子どもの時間」プロジェクトを始めます",
     "大内地域づくり協議会は、子どもたちが放課後や週末を地域の大人と一緒に過ごす「子どもの時間」"
     "プロジェクトを始めます。\n\n## 主な内容\n\n- 月1回の昔あそび・ものづくり（{c}）\n- 夏休み"
     "の宿題を見守る「まなびの時間」\n- 地域の公園での外遊び\n\n大人のボランティアも募集していま"
     "す。得意なこと（将棋、工作、料理など）を子どもたちに伝えてみませんか。",
     "子どもの時間,居場所,ボランティア", nullptr, false, "ouchi"},
    {"kodomo", By::kKey, "NPO法人による学習支援教室 参加者募集",
     "NPO法人 やまぐち子ども応援ネットは、{c}で小中学生の学習支援教室を開いています。\n\n毎週水曜"
     "日の午後4時〜6時、大学生ボランティアが宿題や苦手な教科の学習を手伝います。参加は無料です。"
     "\n\n申し込みは{c}の窓口で受け付けます。",
     "学習支援,NPO", nullptr, false, "yuda", "npo-kodomo"},
    {"iju", By::kKey, "徳地で暮らしてみる 移住体験ツアー",
     "NPO法人 ふるさと暮らし応援団は、{n}に徳地地域の移住体験ツアーを開きます。\n\n## 行程\n\n- "
     "午前：空き家バンクの物件見学（2軒）\n- 昼食：地元の方と一緒に郷土料理\n- 午後：先輩移住者の"
     "農園を訪ねる\n\n参加費は1,500円（昼食代）、定員は10人です。",
     "移住,空き家,移住体験", nullptr, false, "tokuji", "npo-furusato"},
};

// Residents' own posts (org_id 0), one per region.
constexpr PostTpl kResident[] = {
    {"other", By::kCouncil, "散歩道のヒガンバナが見ごろです",
     "毎朝歩いている{r}の川沿いの道で、ヒガンバナが見ごろを迎えています。\n\n土手一面が赤くなって"
     "いて、通りかかった方も足を止めて眺めていました。近くを通る方はぜひ。",
     "散歩,季節"},
    {"kankyo", By::kCouncil, "公園のベンチをボランティアで直しました",
     "{r}の公園のベンチが傷んでいたので、近所の有志5人で板を張り替え、ペンキを塗りました。\n\n材"
     "料費は自治会に出していただきました。小さい子を連れた方が座って休んでいるのを見ると、うれし"
     "くなります。",
     "ボランティア,公園"},
    {"bunka", By::kCouncil, "昔の{r}の写真を探しています",
     "{c}で開く写真展に向けて、昭和のころの{r}の写真を探しています。\n\n祭り、運動会、田植えな"
     "ど、どんな写真でもかまいません。お借りした写真はスキャンしてお返しします。{c}の窓口に持って"
     "きていただけるとうれしいです。",
     "写真展,昔の写真"},
    {"kotsu", By::kCouncil, "バス停にベンチがほしいという声",
     "{r}のバス停には屋根もベンチもなく、高齢の方が立ってバスを待っています。\n\n近所で話したとこ"
     "ろ、同じように感じている人が多いようです。地域づくり協議会で話題にしていただけないでしょう"
     "か。交通について話し合う場があれば参加したいです。",
     "バス停,交通"},
};

struct EventTpl {
  const char* title;
  const char* kana;   // katakana; {k} is the region's name in katakana
  const char* place;  // {r}, {c}
  const char* description;
  int days;              // 0: timed; else all-day over this many days
  int from_min, to_min;  // JST minutes after midnight (timed events)
  int capacity;          // 0: no limit
  const char* fee;
  By by;
  const char* slug = nullptr;  // a region's own event (the plan's cases)
  const char* key = nullptr;
  int day = 0;       // days ahead of today (then the next Saturday)
  bool geo = false;  // with a position
};

// Combined per region: region i takes templates 2i, 2i+3, 2i+6 (mod 9).
constexpr EventTpl kGenericEvents[] = {
    {"{r}地域 防災訓練", "{k}チイキボウサイクンレン", "{r}小学校 体育館",
     "地震と大雨を想定した避難訓練です。避難所の開設、段ボールベッドの組み立て、炊き出しの体験も行"
     "います。\n\n動きやすい服装でお越しください。雨天時は体育館だけで行います。",
     0, 9 * 60, 12 * 60, 0, "無料", By::kCouncil},
    {"子ども食堂「{r}にこにこ食堂」", "コドモショクドウ{k}ニコニコショクドウ", "{c} 調理室",
     "地域のボランティアがつくる夕ごはんを、みんなで一緒に食べます。小学生以下は保護者と一緒にお越"
     "しください。\n\nアレルギーのある方は、申し込みのときにお知らせください。",
     0, 17 * 60, 19 * 60, 40, "子ども無料・大人300円", By::kCentre},
    {"ふれあいいきいきサロン", "フレアイイキイキサロン", "{c} 和室",
     "体操と脳トレ、お茶を飲みながらのおしゃべりの会です。おおむね65歳以上の方なら、どなたでも参加"
     "できます。",
     0, 13 * 60 + 30, 15 * 60 + 30, 30, "100円（お茶代）", By::kAssoc},
    {"{r}ふれあい祭り", "{k}フレアイマツリ", "{r}ふれあい公園",
     "ステージ発表、自治会の模擬店、子ども向けのゲームコーナーがあります。両日とも午前10時から午後4"
     "時まで。\n\n駐車場が少ないため、できるだけ徒歩か自転車でお越しください。",
     2, 0, 0, 0, "無料", By::kCouncil},
    {"河川清掃ボランティア", "カセンセイソウボランティア", "{r}ふれあい公園（集合）",
     "川沿いのごみ拾いと草刈りを行います。軍手とごみ袋は用意します。長靴と帽子をお持ちください。"
     "\n\n小雨決行です。中止の場合は前日までにこのページでお知らせします。",
     0, 9 * 60, 11 * 60, 0, "無料", By::kAssoc},
    {"はじめてのスマホ教室", "ハジメテノスマホキョウシツ", "{c} 会議室",
     "電話のかけ方、写真の撮り方、地域の情報サイトの見方を、ゆっくり練習します。スマートフォンをお"
     "持ちの方はご持参ください。貸し出し用もあります。",
     0, 10 * 60, 12 * 60, 15, "無料", By::kCentre},
    {"そば打ち体験教室", "ソバウチタイケンキョウシツ", "{c} 調理室",
     "地元のそば打ち名人に教わりながら、自分で打ったそばを味わいます。エプロンと三角巾、持ち帰り用"
     "の容器をお持ちください。",
     0, 10 * 60, 13 * 60, 12, "800円（材料費）", By::kCouncil},
    {"{r}地域づくり意見交換会", "{k}チイキヅクリイケンコウカンカイ", "{c} 大会議室",
     "地域づくり計画の取組について、住民の皆さんの意見を聞く会です。小さなグループに分かれて話し合"
     "います。どなたでも参加できます。",
     0, 13 * 60 + 30, 15 * 60 + 30, 50, "無料", By::kCouncil},
    {"写真展「わがまちの今と昔」", "シャシンテンワガマチノイマトムカシ", "{c} ロビー",
     "地域の皆さんから集めた、昭和から今までの写真を展示します。開館時間（午前8時30分〜午後5時15"
     "分）中にご覧いただけます。",
     3, 0, 0, 0, "無料", By::kCentre},
};
constexpr std::size_t kEventsPerRegion = 3;

constexpr EventTpl kSpecialEvents[] = {
    {"これから部会 公開ミーティング「陶の10年後」", "コレカラブカイコウカイミーティング",
     "{c} 大会議室",
     "陶地域づくり協議会の若い世代の部会「これから部会」が、これまでの話し合いを報告し、参加者と一"
     "緒に陶の10年後を考えます。部会員以外の方も歓迎します。託児があります（要予約）。",
     0, 13 * 60 + 30, 16 * 60, 30, "無料", By::kKey, "sue", "sub-sue-korekara", 12},
    {"空き家バンク物件見学会", "アキヤバンクブッケンケンガクカイ", "{c}（集合）",
     "空き家バンクに登録されている物件を、地域の方の案内で見学します。{c}に集合し、乗り合わせで移"
     "動します。移住を考えている方、空き家を貸したい方もどうぞ。",
     0, 10 * 60, 12 * 60, 20, "無料", By::kCouncil, "aio-futajima", nullptr, 20, true},
    {"ミニスーパー感謝祭", "ミニスーパーカンシャサイ", "ミニスーパー店舗前（阿東地福）",
     "開店3周年の感謝を込めて、手作り総菜の試食、地元野菜の特売、移動販売車「ほほえみ号」の見学を"
     "行います。",
     0, 9 * 60, 13 * 60, 0, "無料（お買い物は実費）", By::kKey, "ato", "npo-ato-jifuku", 27, true},
    {"佐山地域 合同防災訓練", "サヤマチイキゴウドウボウサイクンレン", "佐山小学校 グラウンド",
     "11自治会合同の防災訓練です。支え合いマップを使った安否確認、避難所の開設、炊き出しを行いま"
     "す。各自治会の一時避難場所に午前9時に集合してください。",
     0, 9 * 60, 12 * 60, 0, "無料", By::kKey, "sayama", "assoc-sayama-bosai", 34, true},
    {"高校生熟議「平川のこれから」", "コウコウセイジュクギヒラカワノコレカラ",
     "平川地域の高等学校（デモ） 体育館",
     "生徒ファシリテーターの進行で、高校生と地域の大人が一緒に平川の将来を話し合います。地域の方の"
     "参加を歓迎します（申し込み順）。",
     0, 13 * 60, 16 * 60, 40, "無料", By::kKey, "hirakawa", "school-hirakawa", 41},
    {"小鯖みらいカフェ", "オサバミライカフェ", "{c} 和室",
     "コーヒーを飲みながら、小鯖の将来について気軽に話し合う場です。今回のテーマは「歩いて行ける集"
     "いの場」です。",
     0, 10 * 60, 12 * 60, 25, "100円（コーヒー代）", By::kCouncil, "osaba", nullptr, 16},
    {"子どもの時間「昔あそびの日」", "コドモノジカンムカシアソビノヒ", "{c} 体育室",
     "こま回し、けん玉、お手玉など、地域の大人が昔あそびを教えます。小学生ならどなたでも。保護者の"
     "方もご一緒にどうぞ。",
     0, 9 * 60 + 30, 11 * 60 + 30, 30, "無料", By::kCouncil, "ouchi", nullptr, 6},
    // Already full (two confirmed, one waiting): see SeedContent.
    {"陶の土で器づくり体験（少人数）", "スエノツチデウツワヅクリタイケン", "{c} 工作室",
     "陶の土を使って、小皿や湯のみをつくります。少人数で丁寧に教えます。焼き上がった器は約1か月後"
     "にお渡しします。",
     0, 10 * 60, 12 * 60, 2, "300円（材料費）", By::kCouncil, "sue", nullptr, 8},
};

struct Vars {
  std::string r, k, c, a, d, n;
};

std::string Fill(std::string_view pattern, const Vars& v) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      const std::string* s = nullptr;
      switch (pattern[i + 1]) {
        case 'r':
          s = &v.r;
          break;
        case 'k':
          s = &v.k;
          break;
        case 'c':
          s = &v.c;
          break;
        case 'a':
          s = &v.a;
          break;
        case 'd':
          s = &v.d;
          break;
        case 'n':
          s = &v.n;
          break;
        default:
          break;
      }
      if (s) {
        out += *s;
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

// Hiragana to katakana (UTF-8; other characters unchanged).
std::string Katakana(std::string s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 == 0xE3 && i + 2 < s.size()) {
      unsigned cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                    (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      if (cp >= 0x3041 && cp <= 0x3096) {
        cp += 0x60;
        s[i + 1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s[i + 2] = static_cast<char>(0x80 | (cp & 0x3F));
      }
    }
    i += b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  }
  return s;
}

std::vector<std::string> Tags(std::string_view csv) {
  std::vector<std::string> out;
  while (!csv.empty()) {
    const auto comma = csv.find(',');
    out.emplace_back(csv.substr(0, comma));
    csv = comma == std::string_view::npos ? std::string_view() : csv.substr(comma + 1);
  }
  return out;
}

// Days are counted in JST from 1970-01-01 (a Thursday).
std::int64_t Midnight(std::int64_t day) { return day * kDay - jst::kOffset; }
int Weekday(std::int64_t day) { return static_cast<int>((day + 4) % 7); }  // 0: Sunday
std::int64_t NextWeekday(std::int64_t day, int weekday) {
  while (Weekday(day) != weekday) ++day;
  return day;
}
std::int64_t PrevSaturday(std::int64_t day) {
  while (Weekday(day) != 6) --day;
  return day;
}
std::string LongDate(std::int64_t day) { return jst::LongDate(jst::Date(Midnight(day))); }

UserId UserOf(store::Conn& c, const std::string& email) {
  auto u = store::FindUserByEmail(c, email);
  return u ? u->id : UserId{};
}

}  // namespace

void SeedContent(store::Conn& c, MunicipalityId m, std::int64_t now) {
  if (store::GetSetting(c, "demo_content") == "1") return;
  store::PutSetting(c, "demo_content", "1");
  const std::int64_t today = (now + jst::kOffset) / kDay;
  const auto regions = store::ListRegions(c, m);
  const UserId npo_editor = UserOf(c, "npo-editor@example.jp");

  std::vector<std::pair<std::string, posts::PostId>> features;  // featuring region, post
  events::EventId full_event;

  for (std::size_t i = 0; i < regions.size(); ++i) {
    const Region& r = regions[i];
    const std::string slug = r.slug;
    const UserId council_user = UserOf(c, "council-" + slug + "@example.jp");
    const UserId assoc_user = UserOf(c, "association-" + slug + "@example.jp");
    const UserId resident = UserOf(c, "resident-" + slug + "@example.jp");
    Vars v{r.name, Katakana(r.kana), r.name + "地域交流センター", "", "", ""};

    // The author organisation of a template (0 when the seed did not create it).
    auto org_of = [&](By by, const char* key, std::size_t n) -> OrgId {
      switch (by) {
        case By::kCouncil:
          return store::FindOrgBySeedKeyId(c, "council-" + slug);
        case By::kAssoc:
          return store::FindOrgBySeedKeyId(c, "assoc-" + slug + "-" + std::to_string(n % 2));
        case By::kCentre:
          return store::FindOrgBySeedKeyId(c, "centre-" + slug);
        case By::kKey:
          return store::FindOrgBySeedKeyId(c, key);
      }
      return {};
    };
    auto author_of = [&](By by, const char* key) -> UserId {
      if (by == By::kAssoc) return assoc_user;
      if (by == By::kKey && std::string_view(key) != "sub-sue-korekara") return npo_editor;
      return council_user;
    };

    // Posts: the region's share of the generic ones, its own cases, one by a resident.
    struct Item {
      const PostTpl* t;
      bool resident = false;
      posts::PostStatus status = posts::PostStatus::kPublished;
      posts::Visibility visibility = posts::Visibility::kPublic;
      std::string review = "";
    };
    std::vector<Item> items;
    for (std::size_t k = 0; k < kGenericPerRegion; ++k) {
      const PostTpl& t = kGeneric[(kGenericPerRegion * i + k) % std::size(kGeneric)];
      items.push_back(
          {&t, false, posts::PostStatus::kPublished,
           t.members && i % 2 ? posts::Visibility::kMembers : posts::Visibility::kPublic, ""});
    }
    for (const PostTpl& t : kSpecial) {
      if (slug == t.slug) items.push_back({&t});
    }
    Item own{&kResident[(i + i / 4) % std::size(kResident)], true};
    if (i % 4 == 1) {
      own.status = posts::PostStatus::kReview;  // waiting for the council
    } else if (i == 3 || i == 14) {
      own.status = posts::PostStatus::kDraft;  // returned with a comment
      own.review = "個人のお名前と電話番号が書かれています。消してから、もう一度送ってください。";
    }
    items.insert(items.begin() + 2, own);

    for (std::size_t k = 0; k < items.size(); ++k) {
      const Item& it = items[k];
      const PostTpl& t = *it.t;
      const bool published = it.status == posts::PostStatus::kPublished;
      // Newest first, one every couple of weeks back to about 120 days ago.
      const std::int64_t day =
          published ? today - 3 - static_cast<std::int64_t>(k * 116 / items.size() + i % 3)
                    : today - 1 - static_cast<std::int64_t>(i % 3);
      const std::int64_t at = Midnight(day) + (9 * 60 + ((i * 7 + k * 13) % 16) * 30) * 60;
      const OrgId org = it.resident ? OrgId{} : org_of(t.by, t.key, k);
      if (!it.resident && !org) continue;
      if (!it.resident && t.by == By::kAssoc) {
        if (auto a = store::FindOrg(c, org)) v.a = a->name;
      }
      v.d = LongDate(PrevSaturday(day - 1));
      v.n = LongDate(NextWeekday(day + 10, 6));
      posts::Post p;
      p.region_id = r.id;
      p.org_id = org;
      p.author_user_id = it.resident ? resident : author_of(t.by, t.key);
      p.title = Fill(t.title, v);
      p.body = Fill(t.body, v);
      if (it.status == posts::PostStatus::kDraft) p.body += "\n\n連絡先：山田（090-0000-0000）";
      p.body += "\n\n（デモデータ）";
      p.category = t.category;
      p.tags = Tags(t.tags);
      p.status = it.status;
      p.visibility = it.visibility;
      p.review_comment = it.review;
      p.published_at = published ? at : 0;
      const posts::PostId id = store::InsertPost(c, m, p, at - 3600);
      if (!published || it.resident) continue;
      if (t.comment && resident && (t.slug || i % 6 == 0)) {
        store::InsertPostComment(c, id, resident, t.comment, at + 5 * 3600);
      }
      if (t.featured_by) features.emplace_back(t.featured_by, id);
    }

    // Events: three of the generic ones, then the region's own.
    std::int64_t lat = 0, lon = 0;
    for (const RegionSeed& s : YamaguchiRegions()) {
      if (slug == s.slug) {
        lat = std::llround(s.lat * 1e6);
        lon = std::llround(s.lon * 1e6);
      }
    }
    std::vector<std::pair<const EventTpl*, std::int64_t>> chosen;  // template, first day
    for (std::size_t e = 0; e < kEventsPerRegion; ++e) {
      // Spread from 30 days ago to 90 days ahead, interleaving the regions.
      const auto idx = static_cast<std::int64_t>(e * regions.size() + i);
      const auto spread = static_cast<std::int64_t>(kEventsPerRegion * regions.size());
      chosen.emplace_back(&kGenericEvents[(2 * i + 3 * e) % std::size(kGenericEvents)],
                          today - 30 + idx * 120 / spread);
    }
    for (const EventTpl& t : kSpecialEvents) {
      if (slug == t.slug) chosen.emplace_back(&t, today + t.day);
    }
    for (std::size_t e = 0; e < chosen.size(); ++e) {
      const EventTpl& t = *chosen[e].first;
      const OrgId org = org_of(t.by, t.key, e);
      if (!org) continue;
      // Saturdays, Sundays in every other region (all-day events start on a Saturday).
      const std::int64_t day =
          NextWeekday(chosen[e].second, t.days == 0 && !t.slug && i % 2 ? 0 : 6);
      events::Event ev;
      ev.region_id = r.id;
      ev.org_id = org;
      ev.title = Fill(t.title, v);
      ev.title_kana = Fill(t.kana, v);
      ev.description = Fill(t.description, v) + "\n\n（デモデータ）";
      ev.all_day = t.days > 0;
      ev.starts_at = t.days > 0 ? Midnight(day) : Midnight(day) + t.from_min * 60;
      ev.ends_at = t.days > 0 ? Midnight(day + t.days - 1) : Midnight(day) + t.to_min * 60;
      ev.place = Fill(t.place, v);
      ev.address = "山口市" + r.name + "（デモ住所）";
      if (t.geo || (!t.slug && (e + i) % 3 == 0)) {
        ev.lat_e6 = lat + static_cast<std::int64_t>((i * 37 + e * 11) % 9) * 400 - 1600;
        ev.lon_e6 = lon + static_cast<std::int64_t>((i * 53 + e * 7) % 9) * 400 - 1600;
      }
      if (t.capacity > 0) ev.capacity = t.capacity;
      ev.fee = t.fee;
      if (auto o = store::FindOrg(c, org)) ev.organiser = o->name;
      ev.contact = "083-000-0000（デモ）";
      ev.status = events::EventStatus::kPublished;
      const std::int64_t created = std::min(now, ev.starts_at) - (14 + (i + e) % 10) * kDay;
      const events::EventId id = store::InsertEvent(c, m, ev, author_of(t.by, t.key), created);
      if (t.capacity == 2) full_event = id;
    }

    if (auto council = store::FindCouncilOf(c, r.id)) {
      store::SetPostingRules(
          c, council->id,
          r.name + "地域の投稿ルール\n\n住民の皆さんの投稿は、" + r.name +
              "地域づくり協議会が内容を確認してから公開します。\n\n"
              "・個人情報（住所、電話番号、ほかの人の名前など）を書かないでください。\n"
              "・写真に人が写っているときは、写っている人の同意を得てください。\n"
              "・営利目的の宣伝はしないでください。\n"
              "・誹謗中傷や、特定の人を傷つける書き込みはしないでください。\n"
              "・確認には数日かかることがあります。お急ぎの場合は" +
              v.c + "にご連絡ください。",
          now);
    }
  }

  // Two councils show another region's post on their page.
  for (const auto& [by, post] : features) {
    if (auto region = store::FindRegionBySlug(c, m, by)) {
      store::SetFeature(c, region->id, post, true, now);
    }
  }
  // The small workshop is full: two confirmed sign-ups and one on the waitlist.
  const char* people[] = {"sue", "suzenji", "natajima"};
  for (int i = 0; full_event && i < 3; ++i) {
    if (const UserId u = UserOf(c, std::string("resident-") + people[i] + "@example.jp")) {
      store::UpsertSignup(
          c, full_event, u,
          i < 2 ? events::SignupStatus::kConfirmed : events::SignupStatus::kWaitlist,
          now - (3 - i) * 3600);
    }
  }
}

}  // namespace tsunagu::seed
