#include "platform/web/static_files.hpp"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/crypto.hpp"

namespace tsunagu::web {
namespace {

std::string ContentType(const std::string& ext) {
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".webmanifest") return "application/manifest+json";
  return "application/octet-stream";
}

bool Compressible(const std::string& type) {
  return type.starts_with("text/") || type.starts_with("image/svg") ||
         type.starts_with("application/manifest");
}

bool AcceptsGzip(const Request& req) {
  auto ae = req.Header("accept-encoding");
  return ae && ae->find("gzip") != std::string_view::npos;
}

}  // namespace

std::string Gzip(const std::string& data) {
  z_stream zs{};
  if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib init failed");
  }
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib deflate failed");
  out.resize(zs.total_out);
  return out;
}

void StaticFiles::LoadDir(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) return;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Asset a;
    a.body = ss.str();
    a.content_type = ContentType(entry.path().extension().string());
    a.etag.reserve(18);
    a.etag.append(1, '"').append(crypto::TokenDigest(a.body), 0, 16).append(1, '"');
    if (Compressible(a.content_type)) a.gzip = Gzip(a.body);
    assets_[entry.path().filename().string()] = std::move(a);
  }
}

std::optional<Response> StaticFiles::Serve(const std::string& name, const Request& req) const {
  auto it = assets_.find(name);
  if (it == assets_.end()) return std::nullopt;
  const Asset& a = it->second;
  Response r;
  r.content_type = a.content_type;
  r.Set("ETag", a.etag);
  r.Set("Cache-Control", "public, max-age=31536000, immutable");
  r.Set("Vary", "Accept-Encoding");
  if (auto inm = req.Header("if-none-match"); inm && *inm == a.etag) {
    r.status = 304;
    return r;
  }
  if (!a.gzip.empty() && AcceptsGzip(req)) {
    r.Set("Content-Encoding", "gzip");
    r.body = a.gzip;
  } else {
    r.body = a.body;
  }
  return r;
}

std::string StaticFiles::Version(const std::string& name) const {
  auto it = assets_.find(name);
  if (it == assets_.end()) return "";
  return it->second.etag.substr(1, 8);
}

}  // namespace tsunagu::web
