#include "features/talks/rules.hpp"

#include <algorithm>
#include <iterator>

#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/text.hpp"

namespace tsunagu::talks {
namespace {

bool OneOf(std::string_view key, const auto& keys) {
  return std::any_of(std::begin(keys), std::end(keys),
                     [&](const char* k) { return key == std::string_view(k); });
}

}  // namespace

bool IsFormat(std::string_view key) { return OneOf(key, kFormats); }
bool IsAudience(std::string_view key) { return OneOf(key, kAudiences); }
const std::string& DefaultGroundRules() { return Msg("talk.default_rules"); }
const std::string& FormatLabel(std::string_view key) {
  return Msg("talk.format_" + std::string(key));
}
const std::string& AudienceLabel(std::string_view key) {
  return Msg("talk.audience_" + std::string(key));
}
bool CanManageOrg(const Actor& actor, const Org& org) {
  if (actor.IsAnonymous()) return false;
  return Can(actor, Action::kPublishContent, Subject{org.region_id, org.id, org.kind});
}
bool CanManage(const Actor& actor, const Talk& t) {
  if (actor.IsAnonymous() || !t.org_id) return false;
  return Can(actor, Action::kPublishContent, Subject{t.org_region_id, t.org_id, t.org_kind});
}
bool CanManageFacilitators(const Actor& actor) {
  return !actor.IsAnonymous() && Can(actor, Action::kManageTraining, Subject{});
}
int FiscalYear(std::int64_t t) {
  const std::string d = jst::Date(t);
  const int year = std::stoi(d.substr(0, 4)), month = std::stoi(d.substr(5, 2));
  return month >= 4 ? year : year - 1;
}

std::string TalkUrl(const std::string& base, TalkId id) {
  std::string url = base;
  url += "/talks/";
  url += to_string(id);
  return url;
}

void ToEvent(const std::string& base, const Talk& t, events::Event& e) {
  e.region_id = t.region_id;
  e.org_id = t.org_id;
  e.title = t.title;
  e.title_kana = t.title_kana;
  std::string d =
      text::ReplaceAll(Msg("talk.event_description"), "{format}", FormatLabel(t.format));
  if (!t.purpose.empty()) {
    d += "\n\n";
    d += t.purpose;
  }
  d += "\n\n";
  d += TalkUrl(base, t.id);
  e.description = d;
  e.all_day = false;
  e.starts_at = t.starts_at;
  e.ends_at = t.ends_at;
  e.place = t.place.empty() ? FormatLabel("online") : t.place;
  e.capacity = t.capacity;
  e.organiser = t.org_name;
  e.status = t.status == TalkStatus::kCancelled ? events::EventStatus::kCancelled
                                                : events::EventStatus::kPublished;
}
}  // namespace tsunagu::talks
