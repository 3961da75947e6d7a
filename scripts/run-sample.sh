#!/usr/bin/env bash
# The main job: builds the planwerk command line tool and runs it on the
# illustrative Oberhausen concept: a summary, validation, monitoring against
# its illustrative observation series, then the published report.
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
echo
echo "== planwerk monitor $sample --data examples/oberhausen/observations.csv --as-of 2025"
build/release/src/cli/planwerk monitor "$sample" --data examples/oberhausen/observations.csv --as-of 2025
echo
previous=examples/oberhausen/concept-2020.txtpb
echo "== planwerk report $sample --data examples/oberhausen/observations.csv --previous $previous --rename ind-sgb2=ind-sgb2-quote --out build/report"
build/release/src/cli/planwerk report "$sample" --data examples/oberhausen/observations.csv \
  --previous "$previous" --rename ind-sgb2=ind-sgb2-quote --out build/report
echo "open $PWD/build/report/index.html in a browser"
