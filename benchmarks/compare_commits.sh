#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The benchmarks of two commits side by side, interleaved so that both see the
# same machine minute by minute (a shared virtual machine wanders by 10-20 %).
#   benchmarks/compare_commits.sh BASE [ROUNDS]
# Builds BASE's release benchmarks in a worktree under build/compare/BASE (once),
# uses this checkout's build/release for the other side, and prints the median
# of each benchmark's per-round medians for both and their ratio (this / BASE).
set -eu
base=${1:?usage: benchmarks/compare_commits.sh BASE [ROUNDS]}
rounds=${2:-4}
root=$(cd "$(dirname "$0")/.." && pwd)
tree="$root/build/compare/$base"
out="$tree/results"
if [ ! -d "$tree/src" ]; then
  git -C "$root" worktree add --detach "$tree/src" "$base"
fi
targets="planwerk_bench_monitor planwerk_bench_schedule planwerk_bench_graph planwerk_bench_model planwerk_bench_history"
cmake -S "$tree/src" -B "$tree/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O3 -g -DNDEBUG" -DPLANWERK_BENCHMARKS=ON >/dev/null
cmake --build "$tree/build" -j2 --target $targets >/dev/null
cmake --build "$root/build/release" -j2 --target $targets >/dev/null
mkdir -p "$out"
for r in $(seq "$rounds"); do
  for side in base this; do
    if [ $side = base ]; then dir="$tree/build/benchmarks"; else dir="$root/build/release/benchmarks"; fi
    "$dir/planwerk_bench_monitor" --benchmark_filter='BM_evaluate/400|BM_floor/400' --benchmark_repetitions=3 \
      --benchmark_report_aggregates_only=true --benchmark_format=csv >"$out/monitor-$side-$r.csv" 2>/dev/null
    "$dir/planwerk_bench_schedule" --benchmark_filter='BM_Schedule/(100000|1000000)' --benchmark_min_time=2 \
      --benchmark_format=csv >"$out/schedule-$side-$r.csv" 2>/dev/null
    "$dir/planwerk_bench_graph" --benchmark_filter='Concept/1000000' --benchmark_min_time=0.3 \
      --benchmark_format=csv >"$out/graph-$side-$r.csv" 2>/dev/null
    "$dir/planwerk_bench_model" --benchmark_filter='/100000' --benchmark_repetitions=3 \
      --benchmark_report_aggregates_only=true --benchmark_format=csv >"$out/model-$side-$r.csv" 2>/dev/null
    "$dir/planwerk_bench_history" --benchmark_repetitions=3 \
      --benchmark_report_aggregates_only=true --benchmark_format=csv >"$out/history-$side-$r.csv" 2>/dev/null
  done
done
python3 - "$out" "$rounds" <<'PY'
import csv, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def load(path):
    rows = {}
    for line in open(path):
        if line.lstrip('"').startswith("BM_"):
            p = next(csv.reader([line]))
            if p[0].endswith(("_mean", "_stddev", "_cv")):
                continue
            rows[p[0].removesuffix("_median")] = float(p[2])
    return rows
for bench in ("monitor", "schedule", "graph", "model", "history"):
    per = {}
    for side in ("base", "this"):
        for r in range(1, rounds + 1):
            for name, ms in load(f"{out}/{bench}-{side}-{r}.csv").items():
                per.setdefault(name, {}).setdefault(side, []).append(ms)
    for name, sides in per.items():
        b, t = statistics.median(sides["base"]), statistics.median(sides["this"])
        print(f"{name:45s} base {b:9.1f} ms  this {t:9.1f} ms  ratio {t / b:5.2f}")
PY
