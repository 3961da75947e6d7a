// C entry points: graph analyses as tables.
#include "internal.hpp"
#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/tables.hpp"
#include "planwerk/io/document.hpp"
#include "table.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;


namespace {

template <class Make>
pw_status create(const char* function, pw_table** out, Make&& make) {
  if (out != nullptr) *out = nullptr;
  return guard(function, [&] {
    require(out, "out");
    auto handle = std::make_unique<pw_table>(pw_table{make()});
    *out = handle.release();
  });
}

const graph::Table::Cell& cell(const pw_table* t, size_t row, size_t column, bool text) {
  const auto& table = require(t, "table")->table;
  if (row >= table.rows.size())
    throw Error(ErrorCode::out_of_range, "row " + std::to_string(row) + " is past the end (" +
                                             std::to_string(table.rows.size()) + ")");
  if (column >= table.columns.size())
    throw Error(ErrorCode::out_of_range, "column " + std::to_string(column) + " is past the end (" +
                                             std::to_string(table.columns.size()) + ")");
  if (table.text[column] != text)
    throw Error(ErrorCode::invalid_argument, "column \"" + table.columns[column] + "\" holds " +
                                                 (table.text[column] ? "text" : "integers"));
  return table.rows[row][column];
}

}  // namespace

extern "C" {

pw_status pw_graph_cycles(pw_table** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return graph::cycles_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_order(pw_table** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return graph::order_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_critical(pw_table** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return graph::critical_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_redundant(pw_table** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return graph::redundant_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_impact(pw_table** out, const pw_concept* plan, const char* measure_id, pw_change change,
                          int64_t delay_days) {
  return create(__func__, out, [&] {
    require(plan, "plan");
    require(measure_id, "measure_id");
    graph::Change c;
    switch (change) {
      case PW_CHANGE_DELAY: c = graph::Change::delay; break;
      case PW_CHANGE_CANCEL: c = graph::Change::cancel; break;
      default: throw Error(ErrorCode::invalid_argument, "unknown change " + std::to_string(static_cast<int>(change)));
    }
    return graph::impact_table(plan->plan, measure_id, c, c == graph::Change::delay ? delay_days : 0);
  });
}

pw_status pw_graph_coverage(pw_table** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return graph::coverage_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_conflicts(pw_table** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return graph::conflicts_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_cross_conflicts(pw_table** out, const pw_concept* const* plans, size_t count) {
  return create(__func__, out, [&] {
    if (count > 0) require(plans, "plans");
    graph::ConceptSet set;
    for (size_t i = 0; i < count; ++i) {
      if (plans[i] == nullptr) throw Error(ErrorCode::invalid_argument, "plans[" + std::to_string(i) + "] is NULL");
      set.add(plans[i]->plan);
    }
    return graph::cross_conflicts_table(set);
  });
}

pw_status pw_graph_dot(uint8_t** out_data, size_t* out_size, const pw_concept* plan, const char* view) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(plan, "plan");
    const auto v = graph::view_from_name(require(view, "view"));
    if (!v)
      throw Error(ErrorCode::invalid_argument, "unknown view \"" + std::string(view) +
                                                   "\" (dependencies, goals, contributions, relations)");
    capi::give_bytes(out_data, out_size, graph::to_dot(plan->plan, *v));
  });
}

pw_status pw_table_shape(size_t* out_rows, size_t* out_columns, const pw_table* table) {
  return guard(__func__, [&] {
    require(out_rows, "out_rows");
    require(out_columns, "out_columns");
    *out_rows = require(table, "table")->table.rows.size();
    *out_columns = table->table.columns.size();
  });
}

pw_status pw_table_column(const char** out_name, int* out_is_text, const pw_table* table, size_t column) {
  return guard(__func__, [&] {
    require(out_name, "out_name");
    require(out_is_text, "out_is_text");
    const auto& t = require(table, "table")->table;
    if (column >= t.columns.size())
      throw Error(ErrorCode::out_of_range, "column " + std::to_string(column) + " is past the end (" +
                                               std::to_string(t.columns.size()) + ")");
    *out_name = t.columns[column].c_str();
    *out_is_text = t.text[column] ? 1 : 0;
  });
}

pw_status pw_table_text(const char** out, const pw_table* table, size_t row, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = std::get<std::string>(cell(table, row, column, true)).c_str();
  });
}

pw_status pw_table_int(int64_t* out, const pw_table* table, size_t row, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = std::get<std::int64_t>(cell(table, row, column, false));
  });
}

void pw_table_free(pw_table** table) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (table == nullptr) return;
  delete *table;
  *table = nullptr;
}

}  // extern "C"
