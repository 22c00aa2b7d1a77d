// The assignment engine is optimal: checked against brute force on many small random
// instances, and its JSON input is validated with one-line messages.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "features/matching/assign.hpp"

namespace tsunagu::match {
namespace {

// Largest total score over every subset of edges that respects the capacities.
std::int64_t BruteForce(const Problem& p) {
  const std::size_t m = p.edges.size();
  std::int64_t best = 0;
  for (std::uint32_t mask = 0; mask < (1u << m); ++mask) {
    std::vector<std::int64_t> vu(p.volunteer_capacity.size()), nu(p.need_capacity.size());
    std::int64_t total = 0;
    bool ok = true;
    for (std::size_t e = 0; e < m && ok; ++e) {
      if (!(mask & (1u << e))) continue;
      const Edge& edge = p.edges[e];
      ok = ++vu[edge.volunteer] <= p.volunteer_capacity[edge.volunteer] &&
           ++nu[edge.need] <= p.need_capacity[edge.need];
      total += edge.score;
    }
    if (ok) best = std::max(best, total);
  }
  return best;
}

void ExpectFeasible(const Problem& p, const Solution& s) {
  std::vector<std::int64_t> vu(p.volunteer_capacity.size()), nu(p.need_capacity.size());
  std::int64_t total = 0;
  std::set<std::size_t> distinct(s.chosen.begin(), s.chosen.end());
  EXPECT_EQ(distinct.size(), s.chosen.size()) << "a pair at most once";
  for (std::size_t e : s.chosen) {
    ASSERT_LT(e, p.edges.size());
    EXPECT_LE(++vu[p.edges[e].volunteer], p.volunteer_capacity[p.edges[e].volunteer]);
    EXPECT_LE(++nu[p.edges[e].need], p.need_capacity[p.edges[e].need]);
    total += p.edges[e].score;
  }
  EXPECT_EQ(total, s.total_score);
}

TEST(Match, OptimalOnRandomSmallInstances) {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 400; ++round) {
    Problem p;
    const int nv = 1 + rng() % 4, nn = 1 + rng() % 4;
    for (int i = 0; i < nv; ++i) p.volunteer_capacity.push_back(1 + rng() % 3);
    for (int j = 0; j < nn; ++j) p.need_capacity.push_back(1 + rng() % 3);
    std::vector<std::pair<int, int>> pairs;
    for (int i = 0; i < nv; ++i)
      for (int j = 0; j < nn; ++j) pairs.emplace_back(i, j);
    std::shuffle(pairs.begin(), pairs.end(), rng);
    pairs.resize(std::min<std::size_t>(pairs.size(), rng() % 13));
    for (auto [i, j] : pairs) {
      p.edges.push_back(Edge{static_cast<std::size_t>(i), static_cast<std::size_t>(j),
                             static_cast<std::int64_t>(1 + rng() % 1000)});
    }
    const Solution s = Solve(p);
    ExpectFeasible(p, s);
    ASSERT_EQ(s.total_score, BruteForce(p)) << "round " << round;
  }
}

TEST(Match, PrefersTwoGoodPairsOverOneGreatOne) {
  // Greedy would take v1-n1 (100) and stop; the optimum is v1-n2 + v2-n1 = 180.
  Problem p{{1, 1}, {1, 1}, {{0, 0, 100}, {0, 1, 90}, {1, 0, 90}}};
  const Solution s = Solve(p);
  EXPECT_EQ(s.total_score, 180);
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{1, 2}));
}

TEST(Match, SameInputSameAnswer) {
  Problem p{{2, 2, 1}, {1, 2, 2}, {}};
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t j = 0; j < 3; ++j) p.edges.push_back(Edge{i, j, 50});  // many optima
  const Solution a = Solve(p), b = Solve(p);
  EXPECT_EQ(a.chosen, b.chosen);
  EXPECT_EQ(a.total_score, 250);
}

TEST(Match, ParsesAndFormatsTheDocumentedExample) {
  auto np =
      ParseProblem(R"({"volunteers":[{"id":"v1","capacity":1}],"needs":[{"id":"n1","capacity":2}],)"
                   R"("edges":[{"volunteer":"v1","need":"n1","score":37}]})");
  ASSERT_TRUE(np) << np.error();
  EXPECT_EQ(FormatSolution(*np, Solve(np->problem)),
            R"({"assignments":[{"volunteer":"v1","need":"n1"}],"total_score":37})");
}

TEST(Match, RejectsBadInputWithOneLineMessages) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"{", "malformed JSON"},
      {"[]", "JSON object"},
      {R"({"volunteers":[],"needs":[]})", "\"edges\" must be an array"},
      {R"({"volunteers":[{"id":"v","capacity":0}],"needs":[],"edges":[]})", "1 to 1000"},
      {R"({"volunteers":[{"id":"v","capacity":1001}],"needs":[],"edges":[]})", "1 to 1000"},
      {R"({"volunteers":[{"id":"v","capacity":1.5}],"needs":[],"edges":[]})", "1 to 1000"},
      {R"({"volunteers":[{"id":"v","capacity":99999999999999999999}],"needs":[],"edges":[]})",
       "1 to 1000"},
      {R"({"volunteers":[{"id":"v","capacity":1},{"id":"v","capacity":1}],"needs":[],"edges":[]})",
       "duplicate id"},
      {R"({"volunteers":[{"id":"v","capacity":1}],"needs":[{"id":"n","capacity":1}],)"
       R"("edges":[{"volunteer":"x","need":"n","score":5}]})",
       "unknown volunteer"},
      {R"({"volunteers":[{"id":"v","capacity":1}],"needs":[{"id":"n","capacity":1}],)"
       R"("edges":[{"volunteer":"v","need":"n","score":5},{"volunteer":"v","need":"n","score":6}]})",
       "duplicate edge"},
      {R"({"volunteers":[{"id":"v","capacity":1}],"needs":[{"id":"n","capacity":1}],)"
       R"("edges":[{"volunteer":"v","need":"n","score":-3}]})",
       "1 to 1000"},
  };
  for (const auto& [input, expected] : cases) {
    auto r = ParseProblem(input);
    ASSERT_FALSE(r) << input;
    EXPECT_NE(r.error().find(expected), std::string::npos) << input << " -> " << r.error();
    EXPECT_EQ(r.error().find('\n'), std::string::npos) << r.error();
  }
}

}  // namespace
}  // namespace tsunagu::match
