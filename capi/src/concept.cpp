// SPDX-License-Identifier: Apache-2.0
// C entry points: concept lifecycle, header, generic entity access, edits.
#include "internal.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

static_assert(static_cast<int>(ErrorCode::internal) == PW_ERR_INTERNAL, "ErrorCode and pw_status must agree");
static_assert(static_cast<int>(ErrorCode::not_found) == PW_ERR_NOT_FOUND, "ErrorCode and pw_status must agree");
// Every kind in planwerk.h, with the same number (a kind missing there fails here).
#define PW_SAME_KIND(name, Type, list, NAME) \
  static_assert(static_cast<int>(model::Kind::name) == PW_KIND_##NAME, "Kind and pw_kind must agree: " #NAME);
PLANWERK_KINDS(PW_SAME_KIND)
#undef PW_SAME_KIND
static_assert(static_cast<int>(io::Format::text) == PW_FORMAT_TEXT, "Format and pw_format must agree");

namespace {

// Creates a handle, nulling *out first so that it is NULL on failure.
template <class Make>
pw_status create(const char* function, pw_concept** out, Make&& make) {
  if (out != nullptr) *out = nullptr;
  return guard(function, [&] {
    require(out, "out");
    auto handle = std::make_unique<pw_concept>(pw_concept{make()});
    *out = handle.release();
  });
}

// A load: on PW_ERR_INVALID_MODEL the structural problems also go to
// *out_problems (when wanted) as diagnostics, not only into the message.
template <class Make>
pw_status load(const char* function, pw_concept** out, pw_diagnostics** out_problems, Make&& make) {
  if (out_problems != nullptr) *out_problems = nullptr;
  std::vector<model::Diagnostic> problems;
  const pw_status status = create(function, out, [&] {
    try {
      return make();
    } catch (const model::ModelError& e) {
      problems = e.diagnostics();
      throw;
    }
  });
  if (status == PW_ERR_INVALID_MODEL && out_problems != nullptr) {
    try {
      *out_problems = new pw_diagnostics{std::move(problems)};
    } catch (const std::bad_alloc&) {
      // The status and the message still say what is wrong.
    }
  }
  return status;
}

std::string_view as_bytes(const void* data, size_t size) {
  require(data, "data");  // also for size 0: NULL is no document
  return {static_cast<const char*>(data), size};
}

}  // namespace

extern "C" {

pw_status pw_concept_new(pw_concept** out, const char* id) {
  return create(__func__, out, [&] {
    require(id, "id");
    if (*id == '\0') throw Error(ErrorCode::invalid_argument, "id is empty");
    model::Header header;
    header.id = id;
    model::Concept plan;
    plan.set_header(std::move(header));
    return plan;
  });
}

pw_status pw_concept_load_file(pw_concept** out, pw_diagnostics** out_problems, const char* path, pw_format format) {
  return load(__func__, out, out_problems,
              [&] { return io::load(require(path, "path"), capi::to_format(format, true)); });
}

pw_status pw_concept_load_bytes(pw_concept** out, pw_diagnostics** out_problems, const void* data, size_t size,
                                pw_format format) {
  return load(__func__, out, out_problems,
              [&] { return io::load_bytes(as_bytes(data, size), capi::to_format(format, true)); });
}

pw_status pw_concept_save_file(const pw_concept* plan, const char* path, pw_format format) {
  return guard(__func__, [&] {
    require(plan, "plan");
    io::save(plan->plan, require(path, "path"), capi::to_format(format, true));
  });
}

pw_status pw_concept_export(uint8_t** out_data, size_t* out_size, const pw_concept* plan, pw_format format) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(plan, "plan");
    capi::give_bytes(out_data, out_size, io::save_bytes(plan->plan, capi::to_format(format, false)));
  });
}

void pw_concept_free(pw_concept** plan) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (plan == nullptr) return;
  delete *plan;
  *plan = nullptr;
}

pw_status pw_concept_id(const char** out, const pw_concept* plan) {
  return guard(__func__, [&] { *require(out, "out") = require(plan, "plan")->plan.header().id.c_str(); });
}

pw_status pw_concept_title(const char** out, const pw_concept* plan) {
  return guard(__func__, [&] { *require(out, "out") = require(plan, "plan")->plan.header().title.c_str(); });
}

pw_status pw_concept_municipality(const char** out, const pw_concept* plan) {
  return guard(__func__,
               [&] { *require(out, "out") = require(plan, "plan")->plan.header().municipality.c_str(); });
}

pw_status pw_concept_count(size_t* out, const pw_concept* plan, pw_kind kind) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = require(plan, "plan")->plan.count(capi::to_kind(kind));
  });
}

pw_status pw_concept_find(size_t* out_index, const pw_concept* plan, pw_kind kind, const char* id) {
  return guard(__func__, [&] {
    require(out_index, "out_index");
    require(plan, "plan");
    *out_index = plan->plan.index_of(capi::to_kind(kind), require(id, "id"));
  });
}

pw_status pw_entity_id(const char** out, const pw_concept* plan, pw_kind kind, size_t index) {
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    const auto k = capi::to_kind(kind);
    *out = plan->plan.id(k, capi::to_index(plan, k, index)).c_str();
  });
}

pw_status pw_entity_title(const char** out, const pw_concept* plan, pw_kind kind, size_t index) {
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    const auto k = capi::to_kind(kind);
    *out = plan->plan.title(k, capi::to_index(plan, k, index)).c_str();
  });
}

pw_status pw_entity_export(uint8_t** out_data, size_t* out_size, const pw_concept* plan, pw_kind kind,
                           size_t index, pw_format format) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(plan, "plan");
    const auto k = capi::to_kind(kind);
    const auto f = capi::to_format(format, false);
    auto message = model::entity_to_message(plan->plan, k, capi::to_index(plan, k, index));
    capi::give_bytes(out_data, out_size, io::serialize_message(*message, f));
  });
}

pw_status pw_concept_put(pw_concept* plan, pw_kind kind, const void* data, size_t size, pw_format format) {
  return guard(__func__, [&] {
    require(plan, "plan");
    const auto k = capi::to_kind(kind);
    auto message = model::new_entity_message(k);
    io::parse_message(as_bytes(data, size), capi::to_format(format, true), "<bytes>", *message);
    model::put_message(plan->plan, k, *message);
  });
}

pw_status pw_concept_set_header(pw_concept* plan, const void* data, size_t size, pw_format format) {
  return guard(__func__, [&] {
    require(plan, "plan");
    v1::Concept doc;
    io::parse_message(as_bytes(data, size), capi::to_format(format, true), "<bytes>", doc);
    plan->plan.set_header(model::header_from_proto(doc));
  });
}

pw_status pw_concept_remove(pw_concept* plan, pw_kind kind, const char* id) {
  return guard(__func__, [&] { require(plan, "plan")->plan.remove(capi::to_kind(kind), require(id, "id")); });
}

pw_status pw_measure_set_status(pw_concept* plan, const char* measure_id, pw_measure_status_t status) {
  return guard(__func__, [&] {
    require(plan, "plan")
        ->plan.set_measure_status(require(measure_id, "measure_id"), static_cast<v1::MeasureStatus>(status));
  });
}

pw_status pw_measure_set_dates(pw_concept* plan, const char* measure_id, pw_date start, pw_date end) {
  return guard(__func__, [&] {
    require(plan, "plan");
    require(measure_id, "measure_id");
    plan->plan.set_measure_dates(measure_id, capi::to_date(start, "start"), capi::to_date(end, "end"));
  });
}

pw_status pw_goal_set_responsible(pw_concept* plan, const char* goal_id, const char* actor_id) {
  return guard(__func__, [&] {
    require(plan, "plan")->plan.set_goal_responsible(require(goal_id, "goal_id"), require(actor_id, "actor_id"));
  });
}

}  // extern "C"
