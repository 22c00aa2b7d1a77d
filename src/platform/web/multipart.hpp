// multipart/form-data request bodies (RFC 7578), parsed with GMime 3: form fields and uploads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tsunagu::web {

struct Part {
  std::string name;          // form field name (Content-Disposition name=)
  std::string filename;      // "" for plain fields
  std::string content_type;  // as sent, "" when absent
  std::string data;          // raw bytes (binary safe)
};

// Parses a multipart/form-data body (RFC 7578) given the request's Content-Type header value
// (which carries the boundary). Names and filenames come back as UTF-8, whether sent raw
// (RFC 7578) or as filename*=UTF-8''… (RFC 2231; preferred when both are sent); raw bytes that
// are not UTF-8 are read as Shift_JIS (CP932), invalid ones become '?'. nullopt when the body
// is not valid multipart/form-data: no boundary, no closing delimiter, a part without a
// form-data Content-Disposition or without a (non-empty) name, conflicting part headers, or
// more than max_parts parts. Also nullopt for a part sent as message/* or multipart/*: GMime
// parses those into nested objects, so their exact bytes are not available (browsers send .eml
// files as message/rfc822).
std::optional<std::vector<Part>> ParseMultipart(std::string_view content_type,
                                                std::string_view body, std::size_t max_parts = 64);

}  // namespace tsunagu::web
