// SPDX-License-Identifier: Apache-2.0
// planwerk's one result type: a column-oriented table. Every analysis,
// schedule, change report and evaluation hands its result out as a Frame,
// and the C API (pw_frame) and Python (pandas DataFrames) pass its columns
// on without reshaping: numbers as contiguous arrays, categories as codes
// into labels, dates in pw_date's layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "planwerk/export.hpp"

namespace planwerk {

/// A calendar day in a date column, laid out as the C API's pw_date so that
/// C hosts read a date column as a pw_date array. {0, 0, 0} is no date.
struct Day {
  std::int32_t year = 0;   ///< e.g. 2026; 0: no date
  std::int32_t month = 0;  ///< 1..12
  std::int32_t day = 0;    ///< 1..31
  /// Equal when all three are.
  friend bool operator==(const Day&, const Day&) = default;
};

/// One named, typed column of a Frame: reals, integers, category codes with
/// their labels, texts, dates or booleans, with optional validity per row.
class Column {
 public:
  /// The numbers are pw_column_type's and never change.
  enum class Type : int { real = 0, integer = 1, category = 2, text = 3, date = 4, boolean = 5 };

  /// Throws Error(invalid_argument) for a type outside the enum.
  PLANWERK_API Column(std::string name, Type type, std::vector<std::string> labels = {});

  /// The column's name, unique in its frame.
  const std::string& name() const noexcept { return name_; }
  /// The type of its values.
  Type type() const noexcept { return static_cast<Type>(values_.index()); }
  /// The number of rows.
  PLANWERK_API std::size_t size() const noexcept;

  /// The values, by type. Each throws Error(invalid_argument), naming the
  /// column and its type, when the column holds another type.
  ///   real: NaN is "none"; category: codes into labels(), -1 is "none";
  ///   boolean: 0 or 1.
  ///@{
  std::vector<double>& reals() { return get<std::vector<double>>("reals"); }
  const std::vector<double>& reals() const { return get<std::vector<double>>("reals"); }
  std::vector<std::int64_t>& integers() { return get<std::vector<std::int64_t>>("integers"); }
  const std::vector<std::int64_t>& integers() const { return get<std::vector<std::int64_t>>("integers"); }
  std::vector<std::int32_t>& codes() { return get<std::vector<std::int32_t>>("category codes"); }
  const std::vector<std::int32_t>& codes() const { return get<std::vector<std::int32_t>>("category codes"); }
  std::vector<std::string>& texts() { return get<std::vector<std::string>>("text"); }
  const std::vector<std::string>& texts() const { return get<std::vector<std::string>>("text"); }
  std::vector<Day>& dates() { return get<std::vector<Day>>("dates"); }
  const std::vector<Day>& dates() const { return get<std::vector<Day>>("dates"); }
  std::vector<std::uint8_t>& booleans() { return get<std::vector<std::uint8_t>>("booleans"); }
  const std::vector<std::uint8_t>& booleans() const { return get<std::vector<std::uint8_t>>("booleans"); }
  ///@}

  /// The labels of a category column (empty for other types).
  ///@{
  std::vector<std::string>& labels() noexcept { return labels_; }
  const std::vector<std::string>& labels() const noexcept { return labels_; }
  ///@}
  /// The code of a label; appends it when it is new (categories built row by
  /// row). Throws for a column of another type.
  PLANWERK_API std::int32_t code_of(std::string_view label);

  /// Validity: empty while every row holds a value; else one byte per row
  /// (after Frame::seal), 0 where the row has none. Reals also mark "none"
  /// as NaN.
  const std::vector<std::uint8_t>& validity() const noexcept { return valid_; }
  /// Whether `row` holds a value.
  bool valid(std::size_t row) const noexcept { return row >= valid_.size() || valid_[row] != 0; }
  /// Marks a row (already appended) as missing; rows appended later are valid.
  PLANWERK_API void set_missing(std::size_t row);

  /// Calls f with the vector that holds the values, whatever its type.
  ///@{
  template <class F>
  decltype(auto) visit(F&& f) {
    return std::visit(static_cast<F&&>(f), values_);
  }
  template <class F>
  decltype(auto) visit(F&& f) const {
    return std::visit(static_cast<F&&>(f), values_);
  }
  ///@}

 private:
  friend class Frame;  ///< seal() completes the validity
  using Values = std::variant<std::vector<double>, std::vector<std::int64_t>, std::vector<std::int32_t>,
                              std::vector<std::string>, std::vector<Day>, std::vector<std::uint8_t>>;
  /// Inline: the monitoring loops append through these millions of times;
  /// only the error is out of line.
  template <class V>
  V& get(const char* wanted) {
    if (auto* v = std::get_if<V>(&values_)) return *v;
    wrong_type(wanted);
  }
  template <class V>
  const V& get(const char* wanted) const {
    if (const auto* v = std::get_if<V>(&values_)) return *v;
    wrong_type(wanted);
  }
  [[noreturn]] PLANWERK_API void wrong_type(const char* wanted) const;

  std::string name_;
  Values values_;
  std::vector<std::string> labels_;
  std::vector<std::uint8_t> valid_;
};

/// "real", "integer", "category", "text", "date", "boolean".
PLANWERK_API std::string_view type_name(Column::Type type) noexcept;

/// A result table: named columns of equal length (every analysis, schedule,
/// change report and evaluation returns one; the C API's pw_frame).
class Frame {
 public:
  /// The number of rows (0 without columns).
  std::size_t rows() const noexcept { return columns_.empty() ? 0 : columns_.front().size(); }
  /// The number of columns.
  std::size_t size() const noexcept { return columns_.size(); }
  /// Whether it has no columns.
  bool empty() const noexcept { return columns_.empty(); }

  /// Adds a column at the end. The reference stays valid as more columns are
  /// added. Throws Error(invalid_argument) for a name the frame has already.
  PLANWERK_API Column& add(std::string name, Column::Type type, std::vector<std::string> labels = {});

  /// Column by position; throws Error(out_of_range) past the end.
  ///@{
  PLANWERK_API Column& at(std::size_t column);
  PLANWERK_API const Column& at(std::size_t column) const;
  ///@}
  /// Column by position, unchecked.
  ///@{
  Column& operator[](std::size_t column) noexcept { return columns_[column]; }
  const Column& operator[](std::size_t column) const noexcept { return columns_[column]; }
  ///@}
  /// Column by name; throws Error(not_found) naming it.
  ///@{
  PLANWERK_API Column& operator[](std::string_view name);
  PLANWERK_API const Column& operator[](std::string_view name) const;
  ///@}
  /// Position of a column by name.
  PLANWERK_API std::optional<std::size_t> find(std::string_view name) const;

  /// The columns in order.
  ///@{
  auto begin() noexcept { return columns_.begin(); }
  auto end() noexcept { return columns_.end(); }
  auto begin() const noexcept { return columns_.begin(); }
  auto end() const noexcept { return columns_.end(); }
  ///@}

  /// A frame of the given rows, in that order: the same columns, labels and
  /// validity. Throws Error(out_of_range) for a row past the end.
  PLANWERK_API Frame take(std::span<const std::size_t> rows) const;

  /// Completes the validity of every column that has any to rows() bytes,
  /// and throws Error(internal) unless every column has rows() values: what
  /// a producer calls before handing the frame out.
  PLANWERK_API void seal();

 private:
  std::deque<Column> columns_;  ///< a deque: references from add() stay valid
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace planwerk
