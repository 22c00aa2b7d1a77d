// Markdown of posts and minutes, with Debian's cmark-gfm (GitHub Flavored Markdown).
#pragma once

#include <string>

namespace tsunagu::markdown {

// HTML of a Markdown text: tables, strikethrough, autolinks and task lists; raw HTML is
// removed and links with unsafe schemes (javascript:, data: except images) are dropped, so
// the result can be inserted into a page as it is.
std::string Html(const std::string& md);

// The plain text of a Markdown text (for the search index, feeds and summaries): no markup,
// white space runs collapsed to one space.
std::string Text(const std::string& md);

// The first max code points of Text(md), with "…" when cut.
std::string Summary(const std::string& md, std::size_t max);

}  // namespace tsunagu::markdown
