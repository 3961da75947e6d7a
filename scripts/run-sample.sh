#!/usr/bin/env bash
# The main job: builds the planwerk command line tool and runs it on the
# illustrative Oberhausen concept: a summary, then validation.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-python
cmake --preset release >/dev/null
cmake --build --preset release --target planwerk_cli >/dev/null
sample=examples/oberhausen/concept.txtpb
build/release/src/cli/planwerk info "$sample"
echo
echo "== planwerk validate $sample"
build/release/src/cli/planwerk validate "$sample"
