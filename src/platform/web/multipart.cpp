#include "platform/web/multipart.hpp"

#include <gmime/gmime.h>

#include <memory>
#include <mutex>
#include <utility>

namespace tsunagu::web {
namespace {

struct Unref {
  void operator()(gpointer p) const { g_object_unref(p); }
};
template <class T>
using Owned = std::unique_ptr<T, Unref>;

struct FreeOptions {
  void operator()(GMimeParserOptions* p) const { g_mime_parser_options_free(p); }
};

// Set by the parser's warning callback when the body must be refused.
struct ParseState {
  bool bad = false;
};

void OnWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar* item, gpointer user_data) {
  auto* state = static_cast<ParseState*>(user_data);
  switch (code) {
    case GMIME_WARN_TRUNCATED_MESSAGE:  // no closing delimiter
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_WARN_MALFORMED_MESSAGE:
    case GMIME_CRIT_INVALID_HEADER_NAME:
    case GMIME_CRIT_CONFLICTING_HEADER:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
    case GMIME_CRIT_NESTING_OVERFLOW:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
      state->bad = true;
      break;
    case GMIME_CRIT_CONFLICTING_PARAMETER:
      // filename="…" next to filename*=UTF-8''… is common (.NET); we pick filename*.
      if (item == nullptr || g_ascii_strcasecmp(item, "filename") != 0) state->bad = true;
      break;
    default:
      break;
  }
}

void InitGmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

// GMime already converts names to UTF-8; checked again as the callers rely on it.
bool IsUtf8(const char* s) { return g_utf8_validate(s, -1, nullptr); }

// The filename parameter; the RFC 2231 form wins over a plain one. nullptr when absent.
const char* Filename(GMimeContentDisposition* disposition) {
  GMimeParamList* params = g_mime_content_disposition_get_parameters(disposition);
  const char* plain = nullptr;
  for (int i = 0; i < g_mime_param_list_length(params); ++i) {
    GMimeParam* param = g_mime_param_list_get_parameter_at(params, i);
    if (g_ascii_strcasecmp(g_mime_param_get_name(param), "filename") != 0) continue;
    if (g_mime_param_get_encoding_method(param) == GMIME_PARAM_ENCODING_METHOD_RFC2231) {
      return g_mime_param_get_value(param);
    }
    if (plain == nullptr) plain = g_mime_param_get_value(param);
  }
  return plain;
}

std::string TrimmedHeader(GMimeObject* object, const char* header) {
  const char* value = g_mime_object_get_header(object, header);
  if (value == nullptr) return "";
  std::string_view v(value);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return std::string(v);
}

std::optional<Part> ToPart(GMimeObject* object) {
  if (!GMIME_IS_PART(object)) return std::nullopt;  // message/* or nested multipart/*
  GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(object);
  if (disposition == nullptr) return std::nullopt;
  const char* kind = g_mime_content_disposition_get_disposition(disposition);
  if (kind == nullptr || g_ascii_strcasecmp(kind, "form-data") != 0) return std::nullopt;
  const char* name = g_mime_content_disposition_get_parameter(disposition, "name");
  if (name == nullptr || *name == '\0' || !IsUtf8(name)) return std::nullopt;
  const char* filename = Filename(disposition);
  if (filename != nullptr && !IsUtf8(filename)) return std::nullopt;

  Part part;
  part.name = name;
  part.filename = filename != nullptr ? filename : "";
  part.content_type = TrimmedHeader(object, "Content-Type");
  // Decodes a Content-Transfer-Encoding if one was sent; otherwise copies the bytes as they are.
  if (GMimeDataWrapper* content = g_mime_part_get_content(GMIME_PART(object))) {
    Owned<GMimeStream> out(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(content, out.get()) < 0) return std::nullopt;
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    part.data.assign(reinterpret_cast<const char*>(bytes->data), bytes->len);
  }
  return part;
}

}  // namespace

std::optional<std::vector<Part>> ParseMultipart(std::string_view content_type,
                                                std::string_view body, std::size_t max_parts) {
  InitGmime();
  // The header value goes into a header line of its own: no line breaks may sneak in.
  if (content_type.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos) {
    return std::nullopt;
  }

  std::string raw;
  raw.reserve(content_type.size() + body.size() + 20);
  raw.append("Content-Type: ").append(content_type).append("\r\n\r\n").append(body);
  // GMime 3.2 decides between dropping "\r\n" or "\n" before a delimiter by the delimiter
  // line's own line ending; a close delimiter at the very end of the body (its CRLF is
  // optional) would leave a stray '\r' on the last part. Give that line an ending like the
  // one before it.
  if (!body.empty() && body.back() != '\n') {
    const std::size_t lf = body.rfind('\n');
    const bool crlf = lf == std::string_view::npos || (lf > 0 && body[lf - 1] == '\r');
    raw.append(crlf ? "\r\n" : "\n");
  }

  Owned<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.data(), raw.size()));
  Owned<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  std::unique_ptr<GMimeParserOptions, FreeOptions> options(g_mime_parser_options_new());
  // Raw 8-bit names that are not UTF-8 are read as Windows Shift_JIS (GMime's default would
  // be Latin-1); GMime turns bytes that fit neither into '?'.
  const char* charsets[] = {"UTF-8", "CP932", nullptr};
  g_mime_parser_options_set_fallback_charsets(options.get(), charsets);
  ParseState state;
  g_mime_parser_options_set_warning_callback(options.get(), OnWarning, &state);
  Owned<GMimeObject> root(g_mime_parser_construct_part(parser.get(), options.get()));
  if (root == nullptr || state.bad || !GMIME_IS_MULTIPART(root.get())) return std::nullopt;
  GMimeContentType* type = g_mime_object_get_content_type(root.get());
  if (!g_mime_content_type_is_type(type, "multipart", "form-data")) return std::nullopt;
  if (g_mime_content_type_get_parameter(type, "boundary") == nullptr) return std::nullopt;

  GMimeMultipart* multipart = GMIME_MULTIPART(root.get());
  const int count = g_mime_multipart_get_count(multipart);
  if (static_cast<std::size_t>(count) > max_parts) return std::nullopt;
  std::vector<Part> parts;
  parts.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    std::optional<Part> part = ToPart(g_mime_multipart_get_part(multipart, i));
    if (!part) return std::nullopt;
    parts.push_back(std::move(*part));
  }
  return parts;
}

}  // namespace tsunagu::web
