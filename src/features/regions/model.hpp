// Organisations, memberships and regions' community-centre details: the forms the commands
// take. (The records themselves, Org, Membership and Region, are the platform's: model.hpp.)
#pragma once

#include <string>

#include "platform/model.hpp"

namespace tsunagu::orgs {

// Form values exactly as typed (strings), so a failed form can be shown again unchanged.
struct OrgForm {
  std::string kind, name, kana, description, council_shape;
  std::string region;  // slug or "" (city-wide)
  std::string parent;  // id of the council for a 部会, or ""
  std::string phone, email, address, website;
};

struct CenterForm {
  std::string name, address, phone, hours;
};
}  // namespace tsunagu::orgs
