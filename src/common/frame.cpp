// SPDX-License-Identifier: Apache-2.0
#include "planwerk/frame.hpp"

#include <algorithm>

#include "planwerk/error.hpp"

namespace planwerk {

namespace {

Column::Type checked(Column::Type type) {
  const int n = static_cast<int>(type);
  if (n < 0 || n > static_cast<int>(Column::Type::boolean))
    throw Error(ErrorCode::invalid_argument, "unknown column type " + std::to_string(n));
  return type;
}

}  // namespace

Column::Column(std::string name, Type type, std::vector<std::string> labels)
    : name_(std::move(name)), labels_(std::move(labels)) {
  switch (checked(type)) {
    case Type::real: values_.emplace<std::vector<double>>(); break;
    case Type::integer: values_.emplace<std::vector<std::int64_t>>(); break;
    case Type::category: values_.emplace<std::vector<std::int32_t>>(); break;
    case Type::text: values_.emplace<std::vector<std::string>>(); break;
    case Type::date: values_.emplace<std::vector<Day>>(); break;
    case Type::boolean: values_.emplace<std::vector<std::uint8_t>>(); break;
  }
  if (type != Type::category && !labels_.empty())
    throw Error(ErrorCode::invalid_argument, "column \"" + name_ + "\": only a category column has labels");
}

std::size_t Column::size() const noexcept {
  return std::visit([](const auto& v) { return v.size(); }, values_);
}

void Column::wrong_type(const char* wanted) const {
  throw Error(ErrorCode::invalid_argument, "column \"" + name_ + "\" holds " + std::string(type_name(type())) +
                                               " values, not " + wanted);
}

std::int32_t Column::code_of(std::string_view label) {
  codes();  // a category column, or the error naming its type
  const auto at = std::find(labels_.begin(), labels_.end(), label);
  if (at != labels_.end()) return static_cast<std::int32_t>(at - labels_.begin());
  labels_.emplace_back(label);
  return static_cast<std::int32_t>(labels_.size() - 1);
}

void Column::set_missing(std::size_t row) {
  const std::size_t n = size();
  if (row >= n)
    throw Error(ErrorCode::out_of_range, "column \"" + name_ + "\": row " + std::to_string(row) +
                                             " is past the end (" + std::to_string(n) + ")");
  if (valid_.size() < n) valid_.resize(n, 1);
  valid_[row] = 0;
}

std::string_view type_name(Column::Type type) noexcept {
  switch (type) {
    case Column::Type::real: return "real";
    case Column::Type::integer: return "integer";
    case Column::Type::category: return "category";
    case Column::Type::text: return "text";
    case Column::Type::date: return "date";
    case Column::Type::boolean: return "boolean";
  }
  return "unknown";
}

Column& Frame::add(std::string name, Column::Type type, std::vector<std::string> labels) {
  if (index_.count(name) != 0) throw Error(ErrorCode::invalid_argument, "the frame has a column \"" + name + "\" already");
  Column column(name, type, std::move(labels));
  index_.emplace(std::move(name), columns_.size());
  columns_.push_back(std::move(column));
  return columns_.back();
}

Column& Frame::at(std::size_t column) {
  if (column >= columns_.size())
    throw Error(ErrorCode::out_of_range, "column " + std::to_string(column) + " is past the end (" +
                                             std::to_string(columns_.size()) + ")");
  return columns_[column];
}

const Column& Frame::at(std::size_t column) const { return const_cast<Frame*>(this)->at(column); }

std::optional<std::size_t> Frame::find(std::string_view name) const {
  const auto it = index_.find(name);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Column& Frame::operator[](std::string_view name) {
  if (const auto at = find(name)) return columns_[*at];
  throw Error(ErrorCode::not_found, "no column \"" + std::string(name) + "\"");
}

const Column& Frame::operator[](std::string_view name) const { return const_cast<Frame&>(*this)[name]; }

Frame Frame::take(std::span<const std::size_t> rows) const {
  const std::size_t n = this->rows();
  for (std::size_t r : rows)
    if (r >= n)
      throw Error(ErrorCode::out_of_range, "row " + std::to_string(r) + " is past the end (" + std::to_string(n) + ")");
  Frame out;
  for (const Column& c : columns_) {
    Column& to = out.add(c.name(), c.type(), c.labels());
    c.visit([&](const auto& from) {
      auto& values = std::get<std::decay_t<decltype(from)>>(to.values_);
      values.reserve(rows.size());
      for (std::size_t r : rows) values.push_back(from[r]);
    });
    if (!c.valid_.empty()) {
      to.valid_.reserve(rows.size());
      for (std::size_t r : rows) to.valid_.push_back(c.valid_[r]);
    }
  }
  return out;
}

void Frame::seal() {
  const std::size_t n = rows();
  for (auto& c : columns_) {
    if (c.size() != n)
      throw Error(ErrorCode::internal, "column \"" + c.name() + "\" has " + std::to_string(c.size()) +
                                           " rows, the frame " + std::to_string(n));
    if (!c.valid_.empty()) c.valid_.resize(n, 1);
  }
}

}  // namespace planwerk
