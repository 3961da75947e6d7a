#include "planwerk/monitor/frame.hpp"

#include "planwerk/error.hpp"

namespace planwerk::monitor {

const Column& Frame::operator[](std::string_view name) const {
  for (const auto& c : columns)
    if (c.name == name) return c;
  throw Error(ErrorCode::not_found, "no column \"" + std::string(name) + "\"");
}

Column& Frame::add(std::string name, Column::Type type, std::vector<std::string> labels) {
  Column c;
  c.name = std::move(name);
  c.type = type;
  c.labels = std::move(labels);
  columns.push_back(std::move(c));
  return columns.back();
}

}  // namespace planwerk::monitor
