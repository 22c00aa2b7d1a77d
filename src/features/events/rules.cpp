#include "features/events/rules.hpp"

#include "platform/jst.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"

namespace tsunagu::events {

bool CanManage(const Actor& actor, const Event& e) {
  if (actor.IsAnonymous() || !e.org_id) return false;
  for (const auto& m : actor.memberships) {
    if (m.org_id == e.org_id) {
      return Can(actor, Action::kPublishContent, Subject{m.org_region_id, m.org_id, m.org_kind});
    }
  }
  return false;
}

std::string WhenText(const Event& e) {
  const std::string sd = jst::Date(e.starts_at), ed = jst::Date(e.ends_at);
  if (e.all_day) {
    return sd == ed ? jst::LongDate(sd) + " " + Msg("event.all_day")
                    : jst::LongDate(sd) + "〜" + jst::LongDate(ed);
  }
  std::string out = jst::LongDate(sd) + " " + jst::Time(e.starts_at) + "〜";
  if (ed != sd) out += jst::LongDate(ed) + " ";
  if (e.ends_at != e.starts_at || ed != sd) out += jst::Time(e.ends_at);
  return out;
}

const std::string& Label(SignupStatus s) { return Msg("signup." + std::string(ToString(s))); }

const std::string& MineLabel(SignupStatus s) {
  return Msg("signup.mine_" + std::string(ToString(s)));
}

}  // namespace tsunagu::events
