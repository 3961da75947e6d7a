// SPDX-License-Identifier: Apache-2.0
// planwerk._core: the thin binding layer. It exposes the C++ core with plain
// Python values (bytes, str, int, tuples); the Pythonic surface (Concept,
// Diagnostic, exceptions, protobuf messages) lives in the planwerk package.
// Long computations release the GIL.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>

#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/tables.hpp"
#include "planwerk/history/diff.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/schedule/holidays.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/recurrence.hpp"
#include "planwerk/schedule/schedule.hpp"
#include "planwerk/schedule/validate.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/entity_table.hpp"
#include "planwerk/version.hpp"
#include "frame.hpp"

namespace py = pybind11;
using namespace planwerk;

void bind_monitor(py::module_& m);    // monitor.cpp
void bind_workspace(py::module_& m);  // workspace.cpp
void bind_report(py::module_& m);     // report.cpp
void bind_sources(py::module_& m);    // sources.cpp
void bind_priorities(py::module_& m); // priorities.cpp
using python::frame_from;

namespace {

using DiagnosticTuple = std::tuple<std::string, int, int, std::string, std::string, std::string>;

std::vector<DiagnosticTuple> to_tuples(const std::vector<model::Diagnostic>& diagnostics) {
  std::vector<DiagnosticTuple> out;
  out.reserve(diagnostics.size());
  for (const auto& d : diagnostics) {
    out.emplace_back(d.code, static_cast<int>(d.severity), d.kind ? static_cast<int>(*d.kind) : 0, d.entity, d.field,
                     d.message);
  }
  return out;
}

model::Kind to_kind(int kind) {
  if (auto k = model::kind_from_int(kind)) return *k;
  throw Error(ErrorCode::invalid_argument, "unknown kind " + std::to_string(kind));
}

io::Format to_format(int format) {
  if (format < 0 || format > 3) throw Error(ErrorCode::invalid_argument, "unknown format " + std::to_string(format));
  return static_cast<io::Format>(format);
}

model::Date to_date(const std::string& text, const char* name) {
  if (auto d = model::parse_date(text)) return *d;
  throw Error(ErrorCode::invalid_argument, std::string(name) + " is not a date of the form YYYY-MM-DD: \"" + text + "\"");
}

std::string_view view(const py::bytes& data) {
  char* buffer = nullptr;
  py::ssize_t size = 0;
  if (PyBytes_AsStringAndSize(data.ptr(), &buffer, &size) != 0) throw py::error_already_set();
  return {buffer, static_cast<std::size_t>(size)};
}

// Raises planwerk.errors.<class for code>(message), with .diagnostics for
// structural errors. The classes are defined in Python so that they can
// also derive from KeyError, OSError, ... as fits.
void raise(const Error& e, const std::vector<model::Diagnostic>* diagnostics) {
  py::module_ errors = py::module_::import("planwerk.errors");
  py::object cls = errors.attr("_class_for_code")(static_cast<int>(e.code()));
  py::object exc = cls(e.what());
  if (diagnostics != nullptr) {
    exc.attr("diagnostics") = errors.attr("_diagnostics_from_tuples")(to_tuples(*diagnostics));
  }
  PyErr_SetObject(cls.ptr(), exc.ptr());
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "planwerk's C++ core; use the planwerk package, not this module.";
  m.attr("__version__") = version_string();
  m.attr("SCHEMA_VERSION") = model::schema_version;
#ifdef PLANWERK_OWN_PROTOBUF
  io::capture_protobuf_log();  // the extension's protobuf is its own: no lines on stderr
#endif

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const model::ModelError& e) {
      raise(e, &e.diagnostics());
    } catch (const Error& e) {
      raise(e, nullptr);
    }
  });

  py::class_<model::Concept>(m, "Concept")
      .def(py::init([](const std::string& id) {
             if (id.empty()) throw Error(ErrorCode::invalid_argument, "a concept needs a non-empty id");
             model::Header h;
             h.id = id;
             model::Concept c;
             c.set_header(std::move(h));
             return c;
           }),
           py::arg("id"))
      .def_static(
          "load", [](const std::string& path, int format) { return io::load(path, to_format(format)); },
          py::arg("path"), py::arg("format") = 0, py::call_guard<py::gil_scoped_release>())
      .def_static(
          "from_bytes",
          [](const py::bytes& data, int format) {
            const std::string_view bytes = view(data);
            py::gil_scoped_release release;
            return io::load_bytes(bytes, to_format(format));
          },
          py::arg("data"), py::arg("format") = 0)
      .def(
          "to_bytes",
          [](const model::Concept& c, int format) {
            std::string out;
            {
              py::gil_scoped_release release;
              out = io::save_bytes(c, to_format(format));
            }
            return py::bytes(out);
          },
          py::arg("format"))
      .def(
          "save", [](const model::Concept& c, const std::string& path, int format) { io::save(c, path, to_format(format)); },
          py::arg("path"), py::arg("format") = 0, py::call_guard<py::gil_scoped_release>())
      .def(
          "validate", [](const model::Concept& c) { return to_tuples(schedule::validate(c)); },
          py::call_guard<py::gil_scoped_release>())
      .def("count", [](const model::Concept& c, int kind) { return c.count(to_kind(kind)); })
      .def("ids",
           [](const model::Concept& c, int kind) {
             const auto k = to_kind(kind);
             std::vector<std::string> out;
             out.reserve(c.count(k));
             for (model::Index i = 0; i < c.count(k); ++i) out.push_back(c.id(k, i));
             return out;
           })
      .def("index_of", [](const model::Concept& c, int kind, const std::string& id) {
        return c.index_of(to_kind(kind), id);
      })
      .def("put",
           [](model::Concept& c, int kind, const py::bytes& data) {
             const auto k = to_kind(kind);
             auto message = model::new_entity_message(k);
             io::parse_message(view(data), io::Format::binary, "<bytes>", *message);
             model::put_message(c, k, *message);
           })
      .def("set_header",
           [](model::Concept& c, const py::bytes& data) {
             v1::Concept doc;
             io::parse_message(view(data), io::Format::binary, "<bytes>", doc);
             c.set_header(model::header_from_proto(doc));
           })
      .def("remove", [](model::Concept& c, int kind, const std::string& id) { c.remove(to_kind(kind), id); })
      .def("set_measure_status",
           [](model::Concept& c, const std::string& id, int status) {
             c.set_measure_status(id, static_cast<v1::MeasureStatus>(status));
           })
      .def("set_measure_dates",
           [](model::Concept& c, const std::string& id, const std::string& start, const std::string& end) {
             c.set_measure_dates(id, to_date(start, "start"), to_date(end, "end"));
           })
      .def("set_goal_responsible", [](model::Concept& c, const std::string& goal, const std::string& actor) {
        c.set_goal_responsible(goal, actor);
      });

  m.def(
      "validate_bytes",
      [](const py::bytes& data, int format) {
        const std::string_view bytes = view(data);
        py::gil_scoped_release release;
        return to_tuples(schedule::validate(io::parse_document(bytes, to_format(format), "<bytes>")));
      },
      py::arg("data"), py::arg("format") = 0);
  m.def(
      "validate_file",
      [](const std::string& path, int format) {
        return to_tuples(schedule::validate(io::read_document(path, to_format(format))));
      },
      py::arg("path"), py::arg("format") = 0, py::call_guard<py::gil_scoped_release>());
  m.def(
      "history_diff",
      [](const model::Concept& before, const model::Concept& after, const std::map<std::string, std::string>& renames) {
        return frame_from([&] { return history::diff_table(history::diff(before, after, renames)); });
      },
      py::arg("before"), py::arg("after"), py::arg("renames"));
  m.def("entity_table", [](const model::Concept& c, int kind) {
    const auto k = to_kind(kind);
    return frame_from([&] { return model::entity_table(c, k); });
  });
  m.def("header_table", [](const model::Concept& c) { return frame_from([&] { return model::header_table(c); }); });
  m.def("graph_table", [](const model::Concept& c, const std::string& analysis) {
    using Fn = Frame (*)(const model::Concept&);
    static const std::map<std::string, Fn> analyses = {
        {"cycles", graph::cycles_table},       {"order", graph::order_table},
        {"critical", graph::critical_table},   {"redundant", graph::redundant_table},
        {"coverage", graph::coverage_table},   {"conflicts", graph::conflicts_table}};
    auto it = analyses.find(analysis);
    if (it == analyses.end()) throw Error(ErrorCode::invalid_argument, "unknown analysis \"" + analysis + "\"");
    return frame_from([&] { return it->second(c); });
  });
  m.def("graph_impact", [](const model::Concept& c, const std::string& measure, bool cancel, std::int64_t delay) {
    return frame_from([&] {
      return graph::impact_table(c, measure, cancel ? graph::Disruption::cancel : graph::Disruption::delay, delay);
    });
  });
  m.def("graph_cross_conflicts", [](const std::vector<const model::Concept*>& concepts) {
    return frame_from([&] {
      graph::ConceptSet set;
      for (const auto* c : concepts) set.add(*c);
      return graph::cross_conflicts_table(set);
    });
  });
  m.def("graph_dot", [](const std::vector<const model::Concept*>& concepts, const std::string& view) {
    const auto v = graph::view_from_name(view);
    if (!v) {
      throw Error(ErrorCode::invalid_argument,
                  "unknown view \"" + view + "\" (dependencies, goals, contributions, relations)");
    }
    py::gil_scoped_release release;
    if (concepts.size() == 1) return graph::to_dot(*concepts.front(), *v);
    if (*v != graph::View::relations)
      throw Error(ErrorCode::invalid_argument, "only the relations view spans several concepts");
    graph::ConceptSet set;
    for (const auto* c : concepts) set.add(*c);
    return graph::to_dot(set);
  });
  m.def(
      "public_holidays",
      [](const std::string& state, int year, bool catholic) {
        const auto s = schedule::state_from_code(state);
        if (!s) throw Error(ErrorCode::invalid_argument, "unknown German state \"" + state + "\" (BW, BY, ... TH)");
        return frame_from([&] { return schedule::holiday_table(*s, year, {catholic}); });
      },
      py::arg("state"), py::arg("year"), py::arg("catholic_municipality") = false);
  m.def(
      "schedule",
      [](const model::Concept& c, const std::string& start, const std::string& as_of) {
        schedule::ScheduleOptions options;
        if (!start.empty()) options.start = to_date(start, "start");
        if (!as_of.empty()) options.as_of = to_date(as_of, "as_of");
        std::vector<model::Diagnostic> findings;
        py::list columns = frame_from([&] {
          const auto s = schedule::schedule_plan(c, schedule::calendar_for(c), options);
          findings = s.findings;
          return schedule::schedule_table(c, s);
        });
        return py::make_tuple(columns, to_tuples(findings));
      },
      py::arg("concept"), py::arg("start") = "", py::arg("as_of") = "");
  m.def(
      "icalendar",
      [](const model::Concept& c, bool with_schedule, const std::string& start, const std::string& as_of,
         const std::string& stamp, const std::vector<std::string>& parts, const std::vector<std::string>& committees) {
        schedule::ScheduleOptions options;
        if (!start.empty()) options.start = to_date(start, "start");
        if (!as_of.empty()) options.as_of = to_date(as_of, "as_of");
        schedule::IcsOptions ics{stamp};
        ics.committees = committees;
        if (!parts.empty()) {
          ics.parts = 0;
          for (const auto& name : parts) {
            const auto part = schedule::ics_part_from_name(name);
            if (!part)
              throw Error(ErrorCode::invalid_argument,
                          "parts: \"" + name + "\" is not meetings, participation, milestones, deadlines or measures");
            ics.parts |= *part;
          }
        }
        py::gil_scoped_release release;
        if (!with_schedule) return schedule::to_icalendar(c, nullptr, ics);
        const auto s = schedule::schedule_plan(c, schedule::calendar_for(c), options);
        return schedule::to_icalendar(c, &s, ics);
      },
      py::arg("concept"), py::arg("with_schedule"), py::arg("start") = "", py::arg("as_of") = "",
      py::arg("stamp") = "", py::arg("parts") = std::vector<std::string>(),
      py::arg("committees") = std::vector<std::string>());
  m.def(
      "expand_recurrence",
      [](const std::string& rule, const std::string& from, const std::string& to) {
        const auto start = to_date(from, "start"), end = to_date(to, "end");
        return frame_from([&] { return schedule::expansion_table(schedule::parse_recurrence(rule), start, end); });
      },
      py::arg("rule"), py::arg("start"), py::arg("end"));
  bind_monitor(m);
  bind_workspace(m);
  bind_report(m);
  bind_sources(m);
  bind_priorities(m);
  m.def("diagnostic_codes", [] { return frame_from([] { return model::diagnostic_code_table(); }); });
}
