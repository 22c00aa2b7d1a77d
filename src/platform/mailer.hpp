// Outgoing email. FileMailer writes each message as an .eml file (demo mode and tests);
// SmtpMailer sends it over SMTP with libcurl. Send throws std::runtime_error on failure.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/clock.hpp"

namespace tsunagu {

struct Mail {
  std::string to, subject, body;  // body: plain UTF-8 text
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual void Send(const Mail& mail) = 0;
};

// Sends mails queued by a command once its transaction has committed: a mail that fails is
// reported on standard error (without the address) and the others still go. Returns the
// number sent.
std::int64_t SendAll(Mailer& mailer, const std::vector<Mail>& mails);

class FileMailer final : public Mailer {
 public:
  FileMailer(std::string dir, std::string from, const Clock& clock);
  void Send(const Mail& mail) override;

 private:
  std::string dir_, from_;
  const Clock& clock_;
  std::mutex mu_;
  int counter_ = 0;
};

class SmtpMailer final : public Mailer {
 public:
  SmtpMailer(std::string url, std::string from, const Clock& clock);
  void Send(const Mail& mail) override;

 private:
  std::string url_, from_;
  const Clock& clock_;
};

// RFC 5322 message text with a UTF-8 subject (RFC 2047) and a base64 body.
std::string FormatMessage(const std::string& from, const Mail& mail, std::int64_t now);

}  // namespace tsunagu
