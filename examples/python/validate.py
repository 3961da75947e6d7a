# SPDX-License-Identifier: Apache-2.0
"""Loads a concept with the Python package, prints its size and diagnostics.

Usage: python validate.py FILE     Exit: 0 no errors, 1 errors, 2 unreadable.
"""

import sys

import planwerk


def main(path: str) -> int:
    try:
        concept = planwerk.load(path)
    except planwerk.PlanwerkError as e:
        print(e, file=sys.stderr)
        return 2
    print(f"{len(concept.goals)} goals, {len(concept.measures)} measures")
    diagnostics = concept.validate()
    for d in diagnostics:
        print(d)
    return 1 if planwerk.has_errors(diagnostics) else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python validate.py FILE", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
