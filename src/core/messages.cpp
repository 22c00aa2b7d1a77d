#include "core/messages.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tsunagu::messages {
namespace {
std::map<std::string, std::string, std::less<>> g_catalogue;
}

void Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read message catalogue " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(ss.str(), ec);
  if (ec || !v.is_object())
    throw std::runtime_error("message catalogue is not a JSON object: " + path);
  std::map<std::string, std::string, std::less<>> loaded;
  for (const auto& [k, val] : v.as_object()) {
    if (!val.is_string())
      throw std::runtime_error("message " + std::string(k) + " is not a string");
    loaded.emplace(std::string(k), std::string(val.as_string()));
  }
  g_catalogue = std::move(loaded);
}

const std::string& Msg(std::string_view key) {
  auto it = g_catalogue.find(key);
  if (it == g_catalogue.end()) throw std::out_of_range("missing message: " + std::string(key));
  return it->second;
}

const std::map<std::string, std::string, std::less<>>& All() { return g_catalogue; }

}  // namespace tsunagu::messages
