// SPDX-License-Identifier: Apache-2.0
// Loads a concept with the C++ core, prints its size and its diagnostics.
// Usage: validate_cpp FILE     Exit: 0 no errors, 1 errors, 2 unreadable.
#include <iostream>

#include <planwerk/io/load.hpp>
#include <planwerk/schedule/validate.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " FILE\n";
    return 2;
  }
  try {
    const planwerk::model::Concept plan = planwerk::io::load(argv[1]);
    std::cout << plan.goals().size() << " goals, " << plan.measures().size() << " measures\n";
    const auto diagnostics = planwerk::schedule::validate(plan);
    for (const auto& d : diagnostics) std::cout << d.to_line() << "\n";
    return planwerk::model::has_errors(diagnostics) ? 1 : 0;
  } catch (const planwerk::Error& e) {
    // planwerk::model::ModelError (a subclass) also carries .diagnostics().
    std::cerr << e.what() << "\n";
    return 2;
  }
}
