// The one message catalogue: every user-visible string comes from messages/ja.json and the
// area files next to it (messages/ja_issues.json, ...), loaded as one.
// Templates see each entry as {{M_key}}; C++ code asks Msg("key").
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tsunagu::messages {

// Loads the catalogue (path and its siblings <stem>_*.json); a key defined twice, or a file that
// cannot be read, throws std::runtime_error naming the file.
void Load(const std::string& path);

// The message for key; a missing key is a programming error and throws std::out_of_range
// (tests check that every key the code uses exists).
const std::string& Msg(std::string_view key);

// The whole catalogue, for the template dictionary.
const std::map<std::string, std::string, std::less<>>& All();

}  // namespace tsunagu::messages

namespace tsunagu {
using messages::Msg;
}
