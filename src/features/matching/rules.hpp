// Matching people to needs: the pure rules (no store, no Ctx): labels of the codes, who may
// manage a need or run the batch, whether a need is full, what the engine is given, the
// reasons and exclusions in plain Japanese, and the hours an activity has lasted.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/matching/model.hpp"
#include "features/matching/score.hpp"
#include "platform/model.hpp"
#include "platform/result.hpp"

namespace tsunagu::matching {

std::string PersonKindLabel(const std::string& code);
std::string NeedKindLabel(const std::string& code);
std::string CategoryLabel(const std::string& code);
std::string TravelLabel(const std::string& code);
std::string StatusLabel(MatchStatus status);
std::string InitiatorLabel(Party by);  // 本人が応募, 団体が招待, 中間支援が招待
std::string WeekdaysLabel(std::uint32_t weekdays);  // "月・水・土", "毎日"

// The poster's organisation may be managed by the actor (Can kPostNeed on it).
bool CanManageNeed(const Actor& actor, const Need& need);
// Intermediaries (city staff) may run the batch assignment.
bool CanRunBatch(const Actor& actor);
// Every place is confirmed.
bool IsFull(const Need& n);

// The message with its placeholder {key} replaced by value (the first occurrence).
std::string Fill(std::string m, const std::string& key, const std::string& value);
// "2時間30分", "45分".
std::string HoursText(std::int64_t minutes);
// Why the person cannot take part, in Japanese ("" for kNone).
std::string ExclusionText(match::Exclusion e, const Profile& p);
// The reasons of a score, in Japanese.
std::vector<std::string> ReasonTexts(const match::Evaluation& e, const Need& n);
// What the engine is given of a person (not available before w.today) and of a need.
match::Person ToPerson(const Profile& p, const World& w);
match::Need ToEngineNeed(const Need& n);
// The number of minutes the need's activity has lasted up to today (its days so far times its
// daily length): confirmed hours can never exceed it.
std::int64_t ActivityMinutesUpTo(const Need& n, const std::string& today);
// Whether the person may still take part in the need (open, not ended, a place free; when
// confirming, only confirmed places count) and fits it; the failure otherwise.
std::optional<Failure> CheckTakePart(const World& w, const Need& n, const Profile& p,
                                     bool confirming);

}  // namespace tsunagu::matching
