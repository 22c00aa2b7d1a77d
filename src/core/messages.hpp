// The one message catalogue: every user-visible string comes from messages/ja.json.
// Templates see each entry as {{M_key}}; C++ code asks Msg("key").
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tsunagu::messages {

// Loads the catalogue; throws std::runtime_error naming the file when it cannot.
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
