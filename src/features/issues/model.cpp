#include "features/issues/model.hpp"

#include <algorithm>

#include "platform/messages.hpp"

namespace tsunagu::issues {
namespace {

constexpr const char* kLevelNames[] = {"association", "council", "city"};

constexpr const char* kStateNames[] = {"new", "in_progress", "resolved", "declined"};

constexpr const char* kMoveNames[] = {"start", "resolve", "escalate", "decline", "reopen"};

constexpr const char* kEntryKindNames[] = {"raise",   "start",  "resolve",  "escalate",
                                           "decline", "reopen", "handover", "comment"};

template <class E, std::size_t N>
std::optional<E> ParseName(const char* const (&names)[N], std::string_view s) {
  for (std::size_t k = 0; k < N; ++k) {
    if (s == names[k]) return static_cast<E>(k);
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(Level l) { return kLevelNames[static_cast<int>(l)]; }

std::string_view ToString(State s) { return kStateNames[static_cast<int>(s)]; }

std::string_view ToString(Move m) { return kMoveNames[static_cast<int>(m)]; }

std::string_view ToString(EntryKind k) { return kEntryKindNames[static_cast<int>(k)]; }

EntryKind EntryKindOf(Move m) {
  switch (m) {
    case Move::kStart:
      return EntryKind::kStart;
    case Move::kResolve:
      return EntryKind::kResolve;
    case Move::kEscalate:
      return EntryKind::kEscalate;
    case Move::kDecline:
      return EntryKind::kDecline;
    case Move::kReopen:
      return EntryKind::kReopen;
  }
  return EntryKind::kStart;
}

std::optional<Level> ParseLevel(std::string_view s) { return ParseName<Level>(kLevelNames, s); }

std::optional<State> ParseState(std::string_view s) { return ParseName<State>(kStateNames, s); }

std::optional<Move> ParseMove(std::string_view s) { return ParseName<Move>(kMoveNames, s); }

std::optional<EntryKind> ParseEntryKind(std::string_view s) {
  return ParseName<EntryKind>(kEntryKindNames, s);
}

const std::string& Label(Level l) { return Msg("issue.level." + std::string(ToString(l))); }

const std::string& Label(State s) { return Msg("issue.state." + std::string(ToString(s))); }

const std::string& Label(Move m) { return Msg("issue.move." + std::string(ToString(m))); }

bool IsCategory(std::string_view key) {
  return std::any_of(std::begin(kCategories), std::end(kCategories),
                     [&](const char* k) { return key == k; });
}

std::string CategoryLabel(std::string_view key) {
  return IsCategory(key) ? Msg("issue.category." + std::string(key)) : std::string(key);
}

std::optional<std::string> CategoryFromLabel(std::string_view label) {
  for (const char* k : kCategories) {
    if (CategoryLabel(k) == label) return std::string(k);
  }
  return std::nullopt;
}

const std::string& Issue::HolderName() const {
  if (level == Level::kAssociation) return association_name;
  if (level == Level::kCouncil) return council_name;
  return department_name;
}

}  // namespace tsunagu::issues
