// The pw_table handle: a graph::Table, shared by the graph and schedule
// entry points.
#pragma once

#include "planwerk/graph/tables.hpp"

struct pw_table {
  planwerk::graph::Table table;
};
