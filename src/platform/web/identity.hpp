// Who sent a request: the person behind a session cookie or an API token. Only the tokens'
// SHA-256 digests are stored; a token of the wrong length is not looked up.
#pragma once

#include <optional>
#include <string>

#include "platform/context.hpp"

namespace tsunagu::web {

// The person logged in with this session token, while the session lasts.
std::optional<UserId> SessionUser(const Ctx& ctx, const std::string& token);
// The owner of this API token (tsunagu token create).
std::optional<UserId> ApiTokenUser(const Ctx& ctx, const std::string& token);

}  // namespace tsunagu::web
