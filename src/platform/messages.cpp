#include "platform/messages.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace tsunagu::messages {
namespace {
std::map<std::string, std::string, std::less<>> g_catalogue;
}

namespace {
void LoadInto(const std::filesystem::path& path,
              std::map<std::string, std::string, std::less<>>& into) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read message catalogue " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(ss.str(), ec);
  if (ec || !v.is_object())
    throw std::runtime_error("message catalogue is not a JSON object: " + path.string());
  for (const auto& [k, val] : v.as_object()) {
    if (!val.is_string())
      throw std::runtime_error("message " + std::string(k) + " is not a string");
    if (!into.emplace(std::string(k), std::string(val.as_string())).second)
      throw std::runtime_error("message " + std::string(k) + " is defined twice (" + path.string() +
                               ")");
  }
}
}  // namespace

void Load(const std::string& path) {
  std::map<std::string, std::string, std::less<>> loaded;
  const std::filesystem::path main(path);
  LoadInto(main, loaded);
  // Each area may keep its messages in a file of its own next to the main one: ja_issues.json.
  std::vector<std::filesystem::path> parts;
  const std::string prefix = main.stem().string() + "_";
  for (const auto& entry : std::filesystem::directory_iterator(main.parent_path())) {
    const auto name = entry.path().filename().string();
    if (name.starts_with(prefix) && entry.path().extension() == ".json") parts.push_back(entry);
  }
  std::sort(parts.begin(), parts.end());
  for (const auto& p : parts) LoadInto(p, loaded);
  g_catalogue = std::move(loaded);
}

const std::string& Msg(std::string_view key) {
  auto it = g_catalogue.find(key);
  if (it == g_catalogue.end()) throw std::out_of_range("missing message: " + std::string(key));
  return it->second;
}

const std::map<std::string, std::string, std::less<>>& All() { return g_catalogue; }

}  // namespace tsunagu::messages
