// Strong ids: an IssueId is not a NeedId, and neither is a plain number.
//
//   struct IssueTag;
//   using IssueId = Id<IssueTag>;
//
// An id is made from a number only explicitly (IssueId{42}); 0 means "none". It converts back
// with value() where a number is needed: at the store boundary (queries.cpp binds value() and
// reads ids with Row::Id<IssueId>), in a URL and in JSON. Ids compare, sort and hash like the
// numbers they hold, so they serve as keys of std::map and std::unordered_map.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace tsunagu {

template <class Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(std::int64_t value) : value_(value) {}

  constexpr std::int64_t value() const { return value_; }
  constexpr explicit operator bool() const { return value_ != 0; }
  friend constexpr auto operator<=>(Id, Id) = default;

 private:
  std::int64_t value_ = 0;
};

template <class Tag>
std::string to_string(Id<Tag> id) {
  return std::to_string(id.value());
}
using std::to_string;  // so that to_string(x) reads both ids and numbers

// Streams (test failure messages, logs): an id prints as its number.
template <class Stream, class Tag>
auto operator<<(Stream& os, Id<Tag> id) -> decltype(os << id.value()) {
  return os << id.value();
}

}  // namespace tsunagu

template <class Tag>
struct std::hash<tsunagu::Id<Tag>> {
  std::size_t operator()(tsunagu::Id<Tag> id) const noexcept {
    return std::hash<std::int64_t>{}(id.value());
  }
};
