// Answers for anonymous readers, kept until the public data change.
//
// The data version (table data_version) is bumped by every audited change that can alter a
// public page, in the change's own transaction, in any process or app server sharing the
// database. An entry is served only while the version it was rendered at is still current,
// so a change made anywhere is visible at once; what the cache saves is the rendering and
// the page's queries.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "platform/web/http.hpp"

namespace tsunagu::web {

class PageCache {
 public:
  // Entries also expire after ttl: pages that depend on the time (upcoming events, "this event
  // is over") are at most that old even when nothing is written.
  explicit PageCache(std::size_t max_entries = 4096,
                     std::chrono::seconds ttl = std::chrono::seconds(60))
      : max_entries_(max_entries), ttl_(ttl) {}

  std::optional<Response> Find(const std::string& target, std::int64_t version) const {
    std::lock_guard lock(mu_);
    auto it = entries_.find(target);
    if (it == entries_.end() || it->second.version != version ||
        Clock::now() - it->second.at > ttl_) {
      return std::nullopt;
    }
    return it->second.response;
  }

  // version: the data version read before the response was rendered.
  void Put(const std::string& target, std::int64_t version, const Response& r) {
    std::lock_guard lock(mu_);
    if (entries_.size() >= max_entries_ && !entries_.count(target)) entries_.clear();
    entries_[target] = Entry{version, r, Clock::now()};
  }

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    std::int64_t version;
    Response response;
    Clock::time_point at;
  };
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t max_entries_;
  std::chrono::seconds ttl_;
};

}  // namespace tsunagu::web
