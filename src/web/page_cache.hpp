// Answers for anonymous readers, kept until the public data change.
//
// The data version (table data_version) is bumped by every audited change that can alter a
// public page, in the change's own transaction, in any process or app server sharing the
// database. An entry is served only while the version it was rendered at is still current,
// so a change made anywhere is visible at once; what the cache saves is the rendering and
// the page's queries.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http.hpp"

namespace tsunagu::web {

class PageCache {
 public:
  explicit PageCache(std::size_t max_entries = 4096) : max_entries_(max_entries) {}

  std::optional<Response> Find(const std::string& target, std::int64_t version) const {
    std::lock_guard lock(mu_);
    auto it = entries_.find(target);
    if (it == entries_.end() || it->second.version != version) return std::nullopt;
    return it->second.response;
  }

  // version: the data version read before the response was rendered.
  void Put(const std::string& target, std::int64_t version, const Response& r) {
    std::lock_guard lock(mu_);
    if (entries_.size() >= max_entries_ && !entries_.count(target)) entries_.clear();
    entries_[target] = Entry{version, r};
  }

 private:
  struct Entry {
    std::int64_t version;
    Response response;
  };
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t max_entries_;
};

}  // namespace tsunagu::web
