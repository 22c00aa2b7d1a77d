// The search index on SQLite (FTS5). See backend.hpp.
#pragma once

#include "platform/search/backend.hpp"

namespace tsunagu::search {

class SqliteIndex final : public Index {
 public:
  void Put(store::Conn& c, MunicipalityId m, const Doc& d) const override;
  void Remove(store::Conn& c, const std::string& kind, std::int64_t ref_id) const override;
  void Clear(store::Conn& c) const override;
  Results Run(store::Conn& c, MunicipalityId m, const std::vector<Phrase>& phrases,
              const Filter& filter, int page, int per_page, bool exact_count) const override;
  std::vector<Hit> Similar(store::Conn& c, MunicipalityId m, const std::vector<Phrase>& words,
                           const std::string& kind, const std::string& category,
                           int limit) const override;
};

}  // namespace tsunagu::search
