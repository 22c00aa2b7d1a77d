// Pure decisions about events: no store, no Ctx.
#pragma once

#include <string>

#include "features/events/model.hpp"

namespace tsunagu::events {

// The actor may change and cancel the event: an editor who publishes for its organisation.
bool CanManage(const Actor& actor, const Event& e);

// "2026年12月5日（土） 10:00〜12:00" and the like, for pages and emails.
std::string WhenText(const Event& e);

// A sign-up's label (参加, キャンセル待ち, 取り消し), and what the person is told of their own
// (signup.mine_confirmed, signup.mine_waitlist).
const std::string& Label(SignupStatus s);
const std::string& MineLabel(SignupStatus s);

}  // namespace tsunagu::events
