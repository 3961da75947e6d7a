// A column-oriented result table: what evaluations hand out, in the shape
// the C API's bulk arrays and pandas DataFrames take without reshaping.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"

namespace planwerk::monitor {

struct Column {
  enum class Type { real, integer, category };
  std::string name;
  Type type = Type::real;
  std::vector<double> real;            // Type::real (NaN = none)
  std::vector<std::int64_t> integer;   // Type::integer
  std::vector<std::int32_t> codes;     // Type::category: index into labels
  std::vector<std::string> labels;     // Type::category

  std::size_t size() const noexcept {
    return type == Type::real ? real.size() : type == Type::integer ? integer.size() : codes.size();
  }
};

struct Frame {
  std::deque<Column> columns;  // a deque: references from add() stay valid as columns are added

  std::size_t rows() const noexcept { return columns.empty() ? 0 : columns.front().size(); }
  // Throws Error(not_found) naming the column.
  PLANWERK_API const Column& operator[](std::string_view name) const;
  PLANWERK_API Column& add(std::string name, Column::Type type, std::vector<std::string> labels = {});
};

}  // namespace planwerk::monitor
