// SPDX-License-Identifier: Apache-2.0
// Findings about a concept: what validation reports and what a failed load
// or edit carries. Codes are stable; docs/diagnostics.md lists every one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/error.hpp"
#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::model {

/// The numbers are the C API's pw_severity values.
enum class Severity : int { error = 0, warning = 1, info = 2 };

/// "error", "warning", "info"; "unknown" for any other value.
PLANWERK_API std::string_view severity_name(Severity s) noexcept;

/// A finding of validation or loading: which rule, how bad, where.
struct Diagnostic {
  std::string code;           ///< "PW102"
  Severity severity = Severity::error;  ///< error, warning or info
  std::optional<Kind> kind;   ///< the kind of `entity`; empty for the concept itself
  std::string entity;         ///< the id of the entity concerned ("" for the concept)
  std::string field;          ///< where, as a path: "goals[3].parent_goal_id"
  std::string message;        ///< one sentence, naming the ids involved

  /// "CODE severity id: message", the command line's line format.
  PLANWERK_API std::string to_line() const;
};

/// Whether any of them is an error (warnings and infos are not).
PLANWERK_API bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept;

/// A description of one diagnostic code, for documentation and tools.
struct DiagnosticCode {
  std::string_view code;     ///< "PW102"
  Severity severity;         ///< how bad a finding of it is
  std::string_view name;     ///< "duplicate-id"
  std::string_view summary;  ///< what it means and how to fix it
};

/// Every code planwerk can report, ordered by code.
PLANWERK_API const std::vector<DiagnosticCode>& diagnostic_codes();

/// The same as a frame: code, severity (category: error, warning, info),
/// name, summary.
PLANWERK_API Frame diagnostic_code_table();

/// Thrown when a document or an edit breaks the model's structure (duplicate
/// or missing ids, dangling references, malformed values). Carries every
/// structural finding, not only the first; what() lists up to ten of them.
class PLANWERK_API ModelError : public Error {
 public:
  /// `context` names the document or edit ("concept.txtpb"); what() starts
  /// with it.
  ModelError(std::string context, std::vector<Diagnostic> diagnostics);
  /// Every structural finding, in document order.
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace planwerk::model
