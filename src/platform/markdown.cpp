#include "platform/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

#include "platform/text.hpp"

namespace tsunagu::markdown {
namespace {

void RegisterOnce() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

// CMARK_OPT_UNSAFE is not set: raw HTML and dangerous URLs are omitted by the renderer.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;

std::unique_ptr<cmark_node, NodeFree> Parse(const std::string& md, cmark_parser* parser) {
  cmark_parser_feed(parser, md.data(), md.size());
  return std::unique_ptr<cmark_node, NodeFree>(cmark_parser_finish(parser));
}

std::unique_ptr<cmark_parser, ParserFree> NewParser() {
  RegisterOnce();
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  return parser;
}

std::string Take(char* s) {
  std::string out = s ? s : "";
  std::free(s);
  return out;
}

}  // namespace

std::string Html(const std::string& md) {
  auto parser = NewParser();
  auto doc = Parse(md, parser.get());
  return Take(
      cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string Text(const std::string& md) {
  auto parser = NewParser();
  auto doc = Parse(md, parser.get());
  const std::string plain = Take(cmark_render_plaintext(doc.get(), kOptions, 0));
  std::string out;
  bool space = false;
  for (char ch : plain) {
    if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::string Summary(const std::string& md, std::size_t max) {
  const std::string t = Text(md);
  if (text::Length(t) <= max) return t;
  std::size_t count = 0, i = 0;
  while (i < t.size() && count < max) {
    const auto b = static_cast<unsigned char>(t[i]);
    i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    ++count;
  }
  return t.substr(0, i) + "…";
}

}  // namespace tsunagu::markdown
