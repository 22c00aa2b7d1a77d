// Japanese search over posts, events, organisations and local issues: the page and the API.
#include "features/search/routes.hpp"

#include <boost/json.hpp>

#include "features/issues/commands.hpp"
#include "features/posts/commands.hpp"
#include "features/posts/views.hpp"
#include "platform/csv.hpp"
#include "platform/jst.hpp"
#include "platform/markdown.hpp"
#include "platform/messages.hpp"
#include "platform/permissions.hpp"
#include "platform/search/index.hpp"
#include "platform/store/queries.hpp"
#include "platform/text.hpp"
#include "platform/web/app.hpp"
#include "platform/web/forms.hpp"
#include "platform/web/json_util.hpp"
#include "platform/web/page_kit.hpp"

namespace tsunagu::web {
namespace {

namespace json = boost::json;

std::string SnippetText(const std::vector<search::Segment>& s) {
  std::string out;
  for (const auto& seg : s) out += seg.text;
  return out;
}

search::Query ReadQuery(const Request& req) {
  search::Query q;
  q.q = QueryParam(req, "q");
  q.region = QueryParam(req, "region");
  q.category = QueryParam(req, "category");
  q.is_category = [](const std::string& k) {
    return posts::IsCategory(k) || issues::IsCategory(k);
  };
  q.kind = QueryParam(req, "kind");
  return q;
}

Response SearchPage(App& app, RequestCtx& rc) {
  search::Query q = ReadQuery(rc.req);
  q.page = static_cast<int>(
      std::min<std::int64_t>(500, text::ParsePositiveInt(QueryParam(rc.req, "page")).value_or(1)));
  rc.cacheable = true;
  std::optional<Result<search::Results>> result;
  if (!text::Trim(q.q).empty() || !q.region.empty() || !q.category.empty() || !q.kind.empty()) {
    result = search::Run(app.ctx(), q);
  }
  std::optional<Failure> failure;
  if (result && !*result) failure = result->error();
  const Failure* errors = failure ? &*failure : nullptr;
  return app.Page(
      rc, errors ? 400 : 200, Msg("page.search_title"), "search/search.tpl",
      [&](Dict& d) {
        AddField(d, {.name = "q",
                     .label = Msg("field.search_q"),
                     .type = "search",
                     .value = q.q,
                     .hint = Msg("hint.search_q"),
                     .error = FieldError(errors, "q")});
        FillFilters(app, d, q.region, q.category, "", "", true);
        for (const char* k : {"", "post", "event", "org", "issue"}) {
          Dict* o = d.AddSectionDictionary("KIND_OPTION");
          o->SetValue("VALUE", k);
          o->SetValue("LABEL", Msg(std::string("search.kind_") + (*k ? k : "all")));
          if (q.kind == k) o->ShowSection("SELECTED");
        }
        const std::string fe = FieldError(errors, "region") + FieldError(errors, "category") +
                               FieldError(errors, "kind");
        if (!fe.empty()) d.SetValueAndShowSection("FILTER_ERROR", fe, "HAS_FILTER_ERROR");
        if (!result || errors) return;
        const auto& res = **result;
        Dict* r = d.AddSectionDictionary("RESULTS");
        std::string count = Msg(res.more ? "search.count_more" : "search.count");
        count.replace(count.find("{n}"), 3, text::WithThousands(res.total));
        r->SetValue("COUNT", count);
        for (const auto& h : res.items) {
          Dict* e = r->AddSectionDictionary("HIT");
          e->SetValue("URL", h.url);
          e->SetValue("TITLE", h.title);
          e->SetValue("KIND", Msg("search.kind_" + h.kind));
          if (!h.region_name.empty())
            e->SetValueAndShowSection("REGION_NAME", h.region_name, "HAS_REGION");
          if (!h.category.empty()) {
            e->SetValueAndShowSection("CATEGORY",
                                      h.kind == "issue" ? issues::CategoryLabel(h.category)
                                                        : posts::CategoryLabel(h.category),
                                      "HAS_CATEGORY");
          }
          for (const auto& seg : h.snippet) {
            Dict* s = e->AddSectionDictionary("SEG");
            if (seg.hit) {
              s->SetValueAndShowSection("TEXT", seg.text, "HIT_SEG");
            } else {
              s->SetValueAndShowSection("TEXT", seg.text, "PLAIN_SEG");
            }
          }
        }
        if (res.items.empty()) r->ShowSection("NO_HITS");
        FillPager(*r,
                  "/search?q=" + EncodeQueryValue(q.q) + "&region=" + EncodeQueryValue(q.region) +
                      "&category=" + EncodeQueryValue(q.category) +
                      "&kind=" + EncodeQueryValue(q.kind),
                  q.page, res.total, q.per_page);
      },
      errors);
}

Response ApiSearch(App& app, RequestCtx& rc) {
  rc.cacheable = true;
  auto paging = ParsePaging(rc.req);
  if (!paging) return app.JsonError(400, Msg("error.paging"), {{"page", Msg("error.paging")}});
  search::Query q = ReadQuery(rc.req);
  q.page = std::min(paging->page, 500);
  q.per_page = paging->per_page;
  q.exact_count = true;  // an API total is the true number of matches
  if (text::Trim(q.q).empty()) {
    return app.JsonError(400, Msg("error.summary"), {{"q", Msg("error.required")}});
  }
  auto r = search::Run(app.ctx(), q);
  if (!r) return JsonFailure(app, r.error());
  json::array items;
  for (const auto& h : r->items) {
    items.push_back(json::object{{"kind", h.kind},
                                 {"id", h.id},
                                 {"title", h.title},
                                 {"snippet", SnippetText(h.snippet)},
                                 {"region", h.region_slug},
                                 {"url", app.config().base_url + h.url}});
  }
  return app.Json(200, JsonText(json::object{
                           {"items", std::move(items)}, {"total", r->total}, {"page", q.page}}));
}

}  // namespace

void AddSearchRoutes(Router<Handler>& r) {
  r.Add("GET", "/search", SearchPage);
  r.Add("GET", "/api/v1/search", ApiSearch);
}

}  // namespace tsunagu::web
