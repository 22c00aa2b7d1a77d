// Static assets, read once at start: strong ETags, long cache lifetimes (URLs carry a version),
// gzip when the client accepts it.
#pragma once

#include <map>
#include <string>

#include "platform/web/http.hpp"

namespace tsunagu::web {

class StaticFiles {
 public:
  // Loads every regular file in each folder (later folders win on equal names).
  void LoadDir(const std::string& dir);
  // nullopt when name is not an asset.
  std::optional<Response> Serve(const std::string& name, const Request& req) const;
  // Short content hash of an asset, for cache-busting URLs ("" when missing).
  std::string Version(const std::string& name) const;

 private:
  struct Asset {
    std::string content_type, body, gzip, etag;
  };
  std::map<std::string, Asset, std::less<>> assets_;
};

// gzip (RFC 1952) of data, via zlib.
std::string Gzip(const std::string& data);

}  // namespace tsunagu::web
