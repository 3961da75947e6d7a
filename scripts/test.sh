#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every test: C++ unit tests (GoogleTest via ctest), the C API tests (C99,
# -pedantic -Werror), the CLI and examples, a consumer of the installed
# package through find_package(planwerk) and pkg-config (every public header
# compiled alone), the Python tests against the package installed by pip,
# the wheel repaired by auditwheel and tested in fresh environments with the
# oldest and the newest supported runtimes (scripts/wheel.sh), the API
# reference with every warning an error (scripts/docs.sh),
# the C++ and C suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer (clang, the build the fuzzers use), every
# fuzzer over its corpus and for 30 seconds, and a host project that builds
# planwerk with add_subdirectory under ThreadSanitizer (the concurrency test).
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

step "C and C++ consumers through pkg-config"
export PKG_CONFIG_PATH="$PWD/build/install/lib/pkgconfig"
cc -std=c99 -pedantic -Werror -Wall examples/c/validate.c $(pkg-config --cflags --libs planwerk-c) \
  -o build/consumer/pkgconfig_c
LD_LIBRARY_PATH="$PWD/build/install/lib" build/consumer/pkgconfig_c examples/oberhausen/concept.txtpb >/dev/null
# The static C++ core: its .pc gives -I and -l only; the dependencies are
# Requires.private (linked here as the shared libraries they are; pkg-config
# --static would also want their own static dependencies) and Libs.private.
pc_private=$(pkg-config --print-requires-private planwerk | cut -d' ' -f1 | tr '\n' ' ')
libs_private=$(sed -n 's/^Libs.private: //p' "$PKG_CONFIG_PATH/planwerk.pc")
# shellcheck disable=SC2086
c++ -std=c++20 -Wall -Werror examples/cpp/validate.cpp $(pkg-config --cflags --libs planwerk $pc_private) \
  $libs_private -o build/consumer/pkgconfig_cpp
if pkg-config --cflags planwerk planwerk-c | grep -q -- '-std='; then
  echo "pkg-config: a .pc file sets a language standard" >&2; exit 1
fi
LD_LIBRARY_PATH="$PWD/build/install/lib" build/consumer/pkgconfig_cpp examples/oberhausen/concept.txtpb >/dev/null
echo "pkg-config consumers: 2 passed, 0 failed"

step "Python: pip install . and pytest (with the report's browser tests in chromium)"
.venv/bin/python -m pip install -q .
PLANWERK_C_LIBRARY="$PWD/build/release/capi/libplanwerk_c.so" PLANWERK_CLI="$PWD/build/release/src/cli/planwerk" \
  PLANWERK_REQUIRE_BROWSER=1 .venv/bin/python -m pytest tests/python

step "the wheel: repaired by auditwheel, tested in fresh environments with the oldest and the newest runtimes"
scripts/wheel.sh

step "the API reference: Sphinx and Doxygen, every warning an error"
scripts/docs.sh

step "C++ and C suite under AddressSanitizer + UndefinedBehaviorSanitizer (clang, with fuzzer coverage)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz

step "fuzzers: each corpus replayed, then ${PLANWERK_FUZZ_SECONDS:-30} s each"
FUZZ_JOBS=2 scripts/fuzz.sh "${PLANWERK_FUZZ_SECONDS:-30}"

step "a host project with planwerk as a subdirectory, in its own flags: ThreadSanitizer"
# tests/subdirectory adds planwerk with add_subdirectory and sets none of
# its globals; the concurrency test and the two example programs run there.
tsan_flags="-fsanitize=thread -fno-omit-frame-pointer"
cmake -S tests/subdirectory -B build/subdirectory -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCMAKE_CXX_FLAGS="$tsan_flags" -DCMAKE_C_FLAGS="$tsan_flags" \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread >/dev/null
cmake --build build/subdirectory -j 2
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" ctest --test-dir build/subdirectory -j 2 --output-on-failure

step "all tests passed"
