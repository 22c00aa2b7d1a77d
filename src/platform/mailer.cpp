#include "platform/mailer.hpp"

#include <iostream>

#include <curl/curl.h>
#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "platform/crypto.hpp"

namespace tsunagu {
namespace {

std::string Base64(const std::string& s) {
  std::string out(sodium_base64_ENCODED_LEN(s.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(s.data()),
                    s.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // drop the NUL
  return out;
}

std::string RfcDate(std::int64_t now) {
  std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

}  // namespace

std::string FormatMessage(const std::string& from, const Mail& mail, std::int64_t now) {
  std::string b64 = Base64(mail.body);
  std::string wrapped;
  for (std::size_t i = 0; i < b64.size(); i += 76) wrapped += b64.substr(i, 76) + "\r\n";
  return "From: " + from + "\r\nTo: " + mail.to + "\r\nSubject: =?UTF-8?B?" + Base64(mail.subject) +
         "?=\r\nDate: " + RfcDate(now) +
         "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n" +
         wrapped;
}

FileMailer::FileMailer(std::string dir, std::string from, const Clock& clock)
    : dir_(std::move(dir)), from_(std::move(from)), clock_(clock) {}

void FileMailer::Send(const Mail& mail) {
  std::filesystem::create_directories(dir_);
  std::lock_guard lock(mu_);
  // Sorted by name, the files are in sending order: the second, then this process's count.
  char stamp[64];
  std::snprintf(stamp, sizeof stamp, "%lld-%08d-", static_cast<long long>(clock_.Now()), counter_);
  const std::string name = dir_ + "/" + stamp + crypto::RandomToken().substr(0, 8) + ".eml";
  std::ofstream out(name, std::ios::binary);
  out << FormatMessage(from_, mail, clock_.Now());
  if (!out) throw std::runtime_error("cannot write mail file " + name);
  ++counter_;
}

SmtpMailer::SmtpMailer(std::string url, std::string from, const Clock& clock)
    : url_(std::move(url)), from_(std::move(from)), clock_(clock) {}

void SmtpMailer::Send(const Mail& mail) {
  struct Upload {
    std::string data;
    std::size_t pos = 0;
  } upload{FormatMessage(from_, mail, clock_.Now())};
  CURL* curl = curl_easy_init();
  if (!curl) throw std::runtime_error("libcurl init failed");
  curl_slist* rcpt = curl_slist_append(nullptr, ("<" + mail.to + ">").c_str());
  const std::string from = "<" + from_ + ">";
  curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
  curl_easy_setopt(
      curl, CURLOPT_READFUNCTION, +[](char* buf, size_t size, size_t n, void* user) -> size_t {
        auto* up = static_cast<Upload*>(user);
        const size_t room = size * n;
        const size_t left = up->data.size() - up->pos;
        const size_t k = left < room ? left : room;
        std::memcpy(buf, up->data.data() + up->pos, k);
        up->pos += k;
        return k;
      });
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  const CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(rcpt);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) throw std::runtime_error(std::string("SMTP: ") + curl_easy_strerror(rc));
}

std::int64_t SendAll(Mailer& mailer, const std::vector<Mail>& mails) {
  std::int64_t sent = 0;
  for (const auto& m : mails) {
    try {
      mailer.Send(m);
      ++sent;
    } catch (const std::exception& e) {
      std::cerr << "tsunagu: a mail was not sent: " << e.what() << "\n";
    }
  }
  return sent;
}

}  // namespace tsunagu
