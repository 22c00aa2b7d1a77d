// States kept as text in a column (posts.status, matches.status ...) read back into their enums
// by a feature's row mapping (its queries.cpp), the only place their text is parsed: the text
// the feature's Parse function knows, else DbError naming the column and the text. Only the
// feature's own statements write these columns, with its ToString.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "platform/store/database.hpp"

namespace tsunagu::store {

// parse(text) -> std::optional<E>; returns the E or throws DbError.
template <class Parse>
auto StoredEnum(Parse parse, const std::string& text, std::string_view column) {
  auto value = parse(std::string_view(text));
  if (!value) throw DbError(std::string(column) + ": unknown value '" + text + "'");
  return *value;
}

// The enum of the text in cell i of r.
template <class Parse>
auto EnumAt(const Row& r, std::size_t i, Parse parse, std::string_view column) {
  return StoredEnum(parse, r.Str(i), column);
}

}  // namespace tsunagu::store
