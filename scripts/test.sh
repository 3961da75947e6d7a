#!/usr/bin/env bash
# Every test: C++ unit tests (GoogleTest via ctest), the C API tests (C99,
# -pedantic -Werror), the CLI and examples, a consumer of the installed
# package through find_package(planwerk) and pkg-config (every public header
# compiled alone), the Python tests against the package installed by pip,
# the C++ and C suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer (clang, the build the fuzzers use), every
# fuzzer over its corpus and for 30 seconds, and the concurrency test under
# ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --sanitizers

step() { printf '\n==== %s\n' "$*"; }

step "build and test (release)"
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release
# The ABI check and the Java host must not drop out silently.
for required in capi.abi examples.java; do
  ctest --preset release -N -R "^$required\$" | grep -q "Total Tests: 1" || { echo "test: $required is not configured" >&2; exit 1; }
done

step "install, then build a consumer with find_package(planwerk)"
rm -rf build/install build/consumer
cmake --install build/release --prefix "$PWD/build/install" >/dev/null
cmake -S tests/install -B build/consumer -G Ninja -DCMAKE_PREFIX_PATH="$PWD/build/install" >/dev/null
cmake --build build/consumer
LD_LIBRARY_PATH="$PWD/build/install/lib" ctest --test-dir build/consumer --output-on-failure

step "a C consumer through pkg-config"
export PKG_CONFIG_PATH="$PWD/build/install/lib/pkgconfig"
cc -std=c99 -pedantic -Werror -Wall examples/c/validate.c $(pkg-config --cflags --libs planwerk-c) \
  -o build/consumer/pkgconfig_c
LD_LIBRARY_PATH="$PWD/build/install/lib" build/consumer/pkgconfig_c examples/oberhausen/concept.txtpb >/dev/null
echo "pkg-config consumer: 1 passed, 0 failed"

step "Python: pip install . and pytest (with the report's browser tests in chromium)"
.venv/bin/python -m pip install -q .
PLANWERK_C_LIBRARY="$PWD/build/release/capi/libplanwerk_c.so" PLANWERK_CLI="$PWD/build/release/src/cli/planwerk" \
  PLANWERK_REQUIRE_BROWSER=1 .venv/bin/python -m pytest tests/python

step "C++ and C suite under AddressSanitizer + UndefinedBehaviorSanitizer (clang, with fuzzer coverage)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz

step "fuzzers: each corpus replayed, then ${PLANWERK_FUZZ_SECONDS:-30} s each"
FUZZ_JOBS=2 scripts/fuzz.sh "${PLANWERK_FUZZ_SECONDS:-30}"

step "concurrency under ThreadSanitizer"
cmake --preset tsan >/dev/null
cmake --build --preset tsan
ctest --preset tsan

step "all tests passed"
