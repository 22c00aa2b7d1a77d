#include "features/matching/assign.hpp"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#include <boost/json.hpp>

#include <unordered_map>
#include <unordered_set>

namespace tsunagu::match {

Solution Solve(const Problem& p) {
  using Graph = lemon::SmartDigraph;
  Graph g;
  const std::size_t nv = p.volunteer_capacity.size(), nn = p.need_capacity.size();
  g.reserveNode(static_cast<int>(nv + nn + 2));
  g.reserveArc(static_cast<int>(nv + nn + p.edges.size() + 1));
  const Graph::Node source = g.addNode(), sink = g.addNode();
  std::vector<Graph::Node> vnode(nv), nnode(nn);
  for (auto& n : vnode) n = g.addNode();
  for (auto& n : nnode) n = g.addNode();

  Graph::ArcMap<std::int64_t> capacity(g), cost(g);
  std::int64_t total_capacity = 0;
  for (std::size_t i = 0; i < nv; ++i) {
    const auto a = g.addArc(source, vnode[i]);
    capacity[a] = p.volunteer_capacity[i];
    cost[a] = 0;
    total_capacity += p.volunteer_capacity[i];
  }
  std::vector<Graph::Arc> edge_arc(p.edges.size());
  for (std::size_t e = 0; e < p.edges.size(); ++e) {
    const auto a = g.addArc(vnode[p.edges[e].volunteer], nnode[p.edges[e].need]);
    capacity[a] = 1;
    cost[a] = -p.edges[e].score;
    edge_arc[e] = a;
  }
  for (std::size_t j = 0; j < nn; ++j) {
    const auto a = g.addArc(nnode[j], sink);
    capacity[a] = p.need_capacity[j];
    cost[a] = 0;
  }
  const auto bypass = g.addArc(source, sink);  // unused capacity flows here at no cost
  capacity[bypass] = total_capacity;
  cost[bypass] = 0;

  lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t> ns(g);
  ns.upperMap(capacity).costMap(cost).stSupply(source, sink, total_capacity);
  const auto status = ns.run();
  Solution s;
  if (status != decltype(ns)::OPTIMAL) return s;  // cannot happen: the bypass makes it feasible
  for (std::size_t e = 0; e < p.edges.size(); ++e) {
    if (ns.flow(edge_arc[e]) > 0) {
      s.chosen.push_back(e);
      s.total_score += p.edges[e].score;
    }
  }
  return s;
}

namespace {

namespace json = boost::json;

std::string Where(const char* list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// An integer in [1, 1000] at obj[key]; "" on success, else the message.
std::string ReadRange(const json::object& obj, const char* key, const std::string& where,
                      std::int64_t& out) {
  const json::value* v = obj.if_contains(key);
  if (!v) return where + ": missing \"" + key + "\"";
  const std::string bad = where + ": \"" + key + "\" must be an integer from 1 to 1000";
  if (v->is_uint64()) return bad;  // above the largest int64, so far above 1000
  if (!v->is_int64()) return bad;  // a fraction, a string, null...
  const std::int64_t x = v->as_int64();
  if (x < 1 || x > 1000) return bad;
  out = x;
  return "";
}

std::string ReadId(const json::object& obj, const char* key, const std::string& where,
                   std::string& out) {
  const json::value* v = obj.if_contains(key);
  if (!v || !v->is_string() || v->as_string().empty()) {
    return where + ": \"" + key + "\" must be a non-empty string";
  }
  out = std::string(v->as_string());
  return "";
}

}  // namespace

boost::system::result<NamedProblem, std::string> ParseProblem(std::string_view text) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) return "malformed JSON: " + ec.message();
  if (!root.is_object()) return std::string("the input must be a JSON object");
  const auto& obj = root.as_object();
  for (const char* key : {"volunteers", "needs", "edges"}) {
    if (!obj.contains(key) || !obj.at(key).is_array()) {
      return std::string("\"") + key + "\" must be an array";
    }
  }
  NamedProblem np;
  std::unordered_map<std::string, std::size_t> vindex, nindex;
  auto read_side = [&](const char* list, std::vector<std::string>& ids,
                       std::vector<std::int64_t>& caps,
                       std::unordered_map<std::string, std::size_t>& index) -> std::string {
    const auto& arr = obj.at(list).as_array();
    ids.reserve(arr.size());
    caps.reserve(arr.size());
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string where = Where(list, i);
      if (!arr[i].is_object()) return where + ": must be an object";
      std::string id;
      std::int64_t cap = 0;
      if (auto m = ReadId(arr[i].as_object(), "id", where, id); !m.empty()) return m;
      if (auto m = ReadRange(arr[i].as_object(), "capacity", where, cap); !m.empty()) return m;
      if (!index.emplace(id, ids.size()).second) return where + ": duplicate id \"" + id + "\"";
      ids.push_back(std::move(id));
      caps.push_back(cap);
    }
    return "";
  };
  if (auto m = read_side("volunteers", np.volunteer_ids, np.problem.volunteer_capacity, vindex);
      !m.empty()) {
    return m;
  }
  if (auto m = read_side("needs", np.need_ids, np.problem.need_capacity, nindex); !m.empty()) {
    return m;
  }
  const auto& edges = obj.at("edges").as_array();
  np.problem.edges.reserve(edges.size());
  std::unordered_set<std::uint64_t> seen;
  seen.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const std::string where = Where("edges", i);
    if (!edges[i].is_object()) return where + ": must be an object";
    const auto& e = edges[i].as_object();
    std::string v, n;
    std::int64_t score = 0;
    if (auto m = ReadId(e, "volunteer", where, v); !m.empty()) return m;
    if (auto m = ReadId(e, "need", where, n); !m.empty()) return m;
    if (auto m = ReadRange(e, "score", where, score); !m.empty()) return m;
    auto vi = vindex.find(v);
    if (vi == vindex.end()) return where + ": unknown volunteer \"" + v + "\"";
    auto ni = nindex.find(n);
    if (ni == nindex.end()) return where + ": unknown need \"" + n + "\"";
    const std::uint64_t key = (static_cast<std::uint64_t>(vi->second) << 32) | ni->second;
    if (!seen.insert(key).second) {
      return where + ": duplicate edge \"" + v + "\" - \"" + n + "\"";
    }
    np.problem.edges.push_back(Edge{vi->second, ni->second, score});
  }
  return np;
}

std::string FormatSolution(const NamedProblem& named, const Solution& solution) {
  json::array assignments;
  assignments.reserve(solution.chosen.size());
  for (std::size_t e : solution.chosen) {
    const Edge& edge = named.problem.edges[e];
    assignments.push_back(json::object{{"volunteer", named.volunteer_ids[edge.volunteer]},
                                       {"need", named.need_ids[edge.need]}});
  }
  json::object out{{"assignments", std::move(assignments)}, {"total_score", solution.total_score}};
  return json::serialize(out);
}

}  // namespace tsunagu::match
