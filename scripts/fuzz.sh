#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer harnesses (fuzz/, clang, ASan + UBSan) and runs each:
# first over its corpus in fuzz/corpus/<harness>/ (every input once: the
# regression run, which includes every crash found so far), then for
# SECONDS of fuzzing (default 30). New inputs go to build/fuzz/work, never
# into the repository; a crash leaves its input in build/fuzz/artifacts and
# fails the run. docs/fuzzing.md says how to reproduce one and keep it.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
#   FUZZ_JOBS=2 scripts/fuzz.sh 600     # two harnesses at a time
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
scripts/setup.sh --no-python --sanitizers
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  harnesses=(concept_binary concept_json concept_text concept_auto observations_csv observations_proto workspace
    rrule cli_arguments oparl statistics priorities_problem)
fi
dictionary_of() {
  case "$1" in
    concept_text | concept_auto) echo fuzz/dictionaries/concept_text.dict ;;
    concept_json) echo fuzz/dictionaries/concept_json.dict ;;
    observations_csv) echo fuzz/dictionaries/observations_csv.dict ;;
    rrule) echo fuzz/dictionaries/rrule.dict ;;
  esac
}

mkdir -p build/fuzz/artifacts build/fuzz/logs
# Leaks inside third-party libraries planwerk cannot free (tests/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
run_one() {
  local name=$1 binary=build/fuzz/fuzz/fuzz_$1 work=build/fuzz/work/$1 dict
  dict=$(dictionary_of "$name")
  mkdir -p "$work"
  local common=(-rss_limit_mb=2048 -timeout=10 -artifact_prefix="build/fuzz/artifacts/$name-")
  [[ -n "$dict" ]] && common+=(-dict="$dict")
  # Regression: every corpus input once.
  if ! "$binary" "${common[@]}" -runs=0 "fuzz/corpus/$name" >"build/fuzz/logs/$name.replay.log" 2>&1; then
    echo "fuzz: $name: a corpus input fails (build/fuzz/logs/$name.replay.log)" >&2
    tail -30 "build/fuzz/logs/$name.replay.log" >&2
    return 1
  fi
  if ((seconds > 0)); then
    if ! "$binary" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 "$work" "fuzz/corpus/$name" \
      >"build/fuzz/logs/$name.log" 2>&1; then
      echo "fuzz: $name: finding (build/fuzz/logs/$name.log, input in build/fuzz/artifacts/)" >&2
      tail -40 "build/fuzz/logs/$name.log" >&2
      return 1
    fi
  fi
  if ((seconds == 0)); then
    printf 'fuzz: %-20s corpus replayed\n' "$name"
    return 0
  fi
  local runs cov
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "build/fuzz/logs/$name.log" 2>/dev/null | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "build/fuzz/logs/$name.log" 2>/dev/null | tail -1 | grep -o '[0-9]*' || echo -)
  printf 'fuzz: %-20s corpus replayed, %s executions in %s s, coverage %s edges\n' "$name" "${runs:-0}" "$seconds" "$cov"
}

jobs=${FUZZ_JOBS:-1}
passed=0 failed=0
if ((jobs > 1)); then
  pids=()
  for name in "${harnesses[@]}"; do
    run_one "$name" &
    pids+=($!)
    while (($(jobs -rp | wc -l) >= jobs)); do sleep 1; done
  done
  for pid in "${pids[@]}"; do
    if wait "$pid"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  done
else
  for name in "${harnesses[@]}"; do
    if run_one "$name"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  done
fi
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
