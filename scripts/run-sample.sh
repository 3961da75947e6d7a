#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The main job: builds the planwerk command line tool and runs it on the
# illustrative Oberhausen concept: a summary, validation, the official
# statistics of the Landesdatenbank NRW read in through the sample's mapping,
# monitoring against them and the illustrative observation series, the
# annual programme for 2026-2028 (priorities), then the published report
# with its page "Jahresprogramm".
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
statistics=examples/oberhausen/statistics
echo "== planwerk import statistics $statistics/nrw-ldb_22811-01i_*.csv --concept $sample --mapping $statistics/mapping.json --out build/statistics.json"
build/release/src/cli/planwerk import statistics "$statistics"/nrw-ldb_22811-01i_*.csv --concept "$sample" \
  --mapping "$statistics/mapping.json" --out build/statistics.json
echo
data=(--data examples/oberhausen/observations.csv --data build/statistics.json)
echo "== planwerk monitor $sample ${data[*]} --as-of 2025"
build/release/src/cli/planwerk monitor "$sample" "${data[@]}" --as-of 2025
echo
echo "== planwerk prioritize $sample ${data[*]} --horizon 2026-2028 --frontier"
build/release/src/cli/planwerk prioritize "$sample" "${data[@]}" --horizon 2026-2028 --frontier
echo
previous=examples/oberhausen/concept-2020.txtpb
echo "== planwerk report $sample ${data[*]} --previous $previous --rename ind-sgb2=ind-sgb2-quote --horizon 2026-2028 --frontier --out build/report"
build/release/src/cli/planwerk report "$sample" "${data[@]}" \
  --previous "$previous" --rename ind-sgb2=ind-sgb2-quote --horizon 2026-2028 --frontier --out build/report
echo "open $PWD/build/report/index.html in a browser"
