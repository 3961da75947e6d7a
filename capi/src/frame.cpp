// SPDX-License-Identifier: Apache-2.0
// C entry points: reading frames.
#include "frame.hpp"

#include <cstring>
#include <type_traits>

using namespace planwerk;
using capi::guard;
using capi::require;

static_assert(sizeof(pw_date) == sizeof(Day) && offsetof(pw_date, year) == offsetof(Day, year) &&
                  offsetof(pw_date, month) == offsetof(Day, month) && offsetof(pw_date, day) == offsetof(Day, day),
              "a date column is handed out as pw_date values");
static_assert(static_cast<int>(Column::Type::real) == PW_COLUMN_REAL &&
              static_cast<int>(Column::Type::integer) == PW_COLUMN_INTEGER &&
              static_cast<int>(Column::Type::category) == PW_COLUMN_CATEGORY &&
              static_cast<int>(Column::Type::text) == PW_COLUMN_TEXT &&
              static_cast<int>(Column::Type::date) == PW_COLUMN_DATE &&
              static_cast<int>(Column::Type::boolean) == PW_COLUMN_BOOLEAN);

namespace planwerk::capi {

void give_frame(pw_frame** out, Frame&& frame) {
  frame.seal();
  give_frame(out, std::make_shared<const Frame>(std::move(frame)));
}

void give_frame(pw_frame** out, std::shared_ptr<const Frame> frame) {
  *out = new pw_frame{std::move(frame)};
}

}  // namespace planwerk::capi

namespace {

const Frame& frame_of(const pw_frame* f) { return *require(f, "frame")->frame; }

const Column& column_of(const pw_frame* f, size_t column) { return frame_of(f).at(column); }

}  // namespace

extern "C" {

const char* pw_column_type_name(pw_column_type type) {
  capi::clear_error();
  if (type < PW_COLUMN_REAL || type > PW_COLUMN_BOOLEAN) return "unknown";
  return type_name(static_cast<Column::Type>(type)).data();
}

pw_status pw_frame_shape(size_t* out_rows, size_t* out_columns, const pw_frame* frame) {
  return guard(__func__, [&] {
    require(out_rows, "out_rows");
    require(out_columns, "out_columns");
    const auto& f = frame_of(frame);
    *out_rows = f.rows();
    *out_columns = f.size();
  });
}

pw_status pw_frame_column(const char** out_name, pw_column_type* out_type, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out_name, "out_name");
    require(out_type, "out_type");
    const auto& c = column_of(frame, column);
    *out_name = c.name().c_str();
    *out_type = static_cast<pw_column_type>(c.type());
  });
}

pw_status pw_frame_find(size_t* out_column, const pw_frame* frame, const char* name) {
  return guard(__func__, [&] {
    require(out_column, "out_column");
    const auto& f = frame_of(frame);
    const std::string_view which = require(name, "name");
    const auto at = f.find(which);
    if (!at) throw Error(ErrorCode::not_found, "no column \"" + std::string(which) + "\"");
    *out_column = *at;
  });
}

pw_status pw_frame_reals(const double** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] { *require(out, "out") = column_of(frame, column).reals().data(); });
}

pw_status pw_frame_integers(const int64_t** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] { *require(out, "out") = column_of(frame, column).integers().data(); });
}

pw_status pw_frame_codes(const int32_t** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] { *require(out, "out") = column_of(frame, column).codes().data(); });
}

pw_status pw_frame_dates(const pw_date** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    *require(out, "out") = reinterpret_cast<const pw_date*>(column_of(frame, column).dates().data());
  });
}

pw_status pw_frame_booleans(const uint8_t** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] { *require(out, "out") = column_of(frame, column).booleans().data(); });
}

pw_status pw_frame_text(const char** out, const pw_frame* frame, size_t column, size_t row) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& c = column_of(frame, column);
    const auto& texts = c.texts();
    if (row >= texts.size())
      throw Error(ErrorCode::out_of_range, "row " + std::to_string(row) + " is past the end (" +
                                               std::to_string(texts.size()) + ")");
    *out = texts[row].c_str();
  });
}

pw_status pw_frame_label_count(size_t* out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& c = column_of(frame, column);
    c.codes();  // a category column, or the error that names its type
    *out = c.labels().size();
  });
}

pw_status pw_frame_label(const char** out, const pw_frame* frame, size_t column, int32_t code) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& c = column_of(frame, column);
    c.codes();
    if (code < 0 || static_cast<size_t>(code) >= c.labels().size())
      throw Error(ErrorCode::out_of_range, "code " + std::to_string(code) + " is past the labels of \"" + c.name() + "\"");
    *out = c.labels()[static_cast<size_t>(code)].c_str();
  });
}

pw_status pw_frame_validity(const uint8_t** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& v = column_of(frame, column).validity();
    *out = v.empty() ? nullptr : v.data();
  });
}

void pw_frame_free(pw_frame** frame) {
  capi::clear_error();  // "" after every call but a failed one
  if (frame == nullptr) return;
  delete *frame;
  *frame = nullptr;
}

}  // extern "C"
