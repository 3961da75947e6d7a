#include "planwerk/model/kind.hpp"

namespace planwerk::model {
namespace {

struct Names {
  std::string_view singular;
  std::string_view list;
};

constexpr std::array<Names, kind_count> names = {{
    {"guiding_goal", "guiding_goals"},
    {"action_field", "action_fields"},
    {"need", "needs"},
    {"goal", "goals"},
    {"measure", "measures"},
    {"milestone", "milestones"},
    {"actor", "actors"},
    {"committee", "committees"},
    {"district", "districts"},
    {"target_group", "target_groups"},
    {"indicator", "indicators"},
    {"participation_format", "participation_formats"},
    {"participation_event", "participation_events"},
    {"stakeholder", "stakeholders"},
    {"budget_pool", "budget_pools"},
}};

}  // namespace

std::string_view kind_name(Kind k) noexcept { return names[slot(k)].singular; }
std::string_view kind_list_name(Kind k) noexcept { return names[slot(k)].list; }

std::optional<Kind> kind_from_name(std::string_view name) noexcept {
  for (Kind k : all_kinds) {
    if (names[slot(k)].singular == name || names[slot(k)].list == name) return k;
  }
  return std::nullopt;
}

std::optional<Kind> kind_from_int(int value) noexcept {
  if (value < 1 || value > static_cast<int>(kind_count)) return std::nullopt;
  return static_cast<Kind>(value);
}

}  // namespace planwerk::model
