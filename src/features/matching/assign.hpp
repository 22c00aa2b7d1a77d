// The assignment engine: given volunteers and needs with capacities and the allowed pairs
// with their match scores, choose pairs that maximise the total score, each volunteer in at
// most its capacity of needs, each need with at most its capacity of volunteers, each pair at
// most once. Pure: no I/O, no clock, deterministic for the same input.
//
// Solved as a min-cost flow with LEMON's NetworkSimplex:
//   source -(cap: volunteer capacity)-> volunteer -(cap 1, cost -score)-> need
//   need -(cap: need capacity)-> sink, and source -> sink (cost 0) so that flow is optional.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/system/result.hpp>

namespace tsunagu::match {

struct Edge {
  std::size_t volunteer = 0;  // index into Problem::volunteer_capacity
  std::size_t need = 0;       // index into Problem::need_capacity
  std::int64_t score = 0;     // > 0
};

struct Problem {
  std::vector<std::int64_t> volunteer_capacity;
  std::vector<std::int64_t> need_capacity;
  std::vector<Edge> edges;  // at most one per (volunteer, need)
};

struct Solution {
  std::vector<std::size_t> chosen;  // indices into Problem::edges, ascending
  std::int64_t total_score = 0;
};

// Precondition: indices in range, capacities >= 0, scores > 0, no duplicate pairs.
Solution Solve(const Problem& problem);

// The JSON form of `tsunagu match solve`:
//   {"volunteers":[{"id":"v1","capacity":1}],"needs":[{"id":"n1","capacity":2}],
//    "edges":[{"volunteer":"v1","need":"n1","score":37}]}
// Capacities and scores are integers 1-1000; ids are non-empty strings, unique per side.
struct NamedProblem {
  std::vector<std::string> volunteer_ids, need_ids;
  Problem problem;
};
// On failure: a one-line English message naming what is wrong.
boost::system::result<NamedProblem, std::string> ParseProblem(std::string_view json);

// {"assignments":[{"volunteer":"v1","need":"n1"}],"total_score":37}, in input edge order.
std::string FormatSolution(const NamedProblem& named, const Solution& solution);

}  // namespace tsunagu::match
