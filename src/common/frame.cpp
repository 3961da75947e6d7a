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

template <Column::Type T>
auto& Column::get(const char* wanted) {
  if (auto* v = std::get_if<static_cast<std::size_t>(T)>(&values_)) return *v;
  throw Error(ErrorCode::invalid_argument, "column \"" + name_ + "\" holds " + std::string(type_name(type())) +
                                               " values, not " + wanted);
}

template <Column::Type T>
const auto& Column::get(const char* wanted) const {
  return const_cast<Column*>(this)->get<T>(wanted);
}

std::vector<double>& Column::reals() { return get<Type::real>("reals"); }
const std::vector<double>& Column::reals() const { return get<Type::real>("reals"); }
std::vector<std::int64_t>& Column::integers() { return get<Type::integer>("integers"); }
const std::vector<std::int64_t>& Column::integers() const { return get<Type::integer>("integers"); }
std::vector<std::int32_t>& Column::codes() { return get<Type::category>("category codes"); }
const std::vector<std::int32_t>& Column::codes() const { return get<Type::category>("category codes"); }
std::vector<std::string>& Column::texts() { return get<Type::text>("text"); }
const std::vector<std::string>& Column::texts() const { return get<Type::text>("text"); }
std::vector<Day>& Column::dates() { return get<Type::date>("dates"); }
const std::vector<Day>& Column::dates() const { return get<Type::date>("dates"); }
std::vector<std::uint8_t>& Column::booleans() { return get<Type::boolean>("booleans"); }
const std::vector<std::uint8_t>& Column::booleans() const { return get<Type::boolean>("booleans"); }

std::int32_t Column::code_of(std::string_view label) {
  get<Type::category>("category codes");
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
