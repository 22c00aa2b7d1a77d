// What every command needs, injected by main (or a test): the database, the clock, the mailer
// and the municipality the server serves.
#pragma once

#include "platform/clock.hpp"
#include "platform/mailer.hpp"
#include "platform/model.hpp"
#include "platform/result.hpp"
#include "platform/store/database.hpp"

namespace tsunagu {

struct LoginLimits {
  int max_per_account = 5;
  int max_per_address = 20;
  int window_s = 15 * 60;
};

struct Ctx {
  store::Database& db;
  const Clock& clock;
  Mailer& mailer;
  MunicipalityId municipality;
  std::string base_url = "http://127.0.0.1:8080";  // for links in emails
  LoginLimits login;
};

}  // namespace tsunagu
