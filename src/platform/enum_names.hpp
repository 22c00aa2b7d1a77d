// An enum's texts as one table, read both ways, so that ToString and Parse cannot disagree.
//
//   inline constexpr EnumNames<TalkStatus, 3> kTalkStatusNames{{
//       {TalkStatus::kPlanned, "planned"}, {TalkStatus::kHeld, "held"}, ...}};
//   inline std::string_view ToString(TalkStatus s) { return NameOf(kTalkStatusNames, s); }
//   inline std::optional<TalkStatus> ParseTalkStatus(std::string_view s) {
//     return FromName(kTalkStatusNames, s);
//   }
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace tsunagu {

template <class E, std::size_t N>
using EnumNames = std::array<std::pair<E, std::string_view>, N>;

// The text of e ("" for a value the table lacks).
template <class E, std::size_t N>
constexpr std::string_view NameOf(const EnumNames<E, N>& names, E e) {
  for (const auto& [value, name] : names) {
    if (value == e) return name;
  }
  return "";
}

// The value named s, none for a text the table lacks.
template <class E, std::size_t N>
constexpr std::optional<E> FromName(const EnumNames<E, N>& names, std::string_view s) {
  for (const auto& [value, name] : names) {
    if (name == s) return value;
  }
  return std::nullopt;
}

}  // namespace tsunagu
