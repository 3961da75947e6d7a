#!/usr/bin/env bash
# Every test: C++ unit tests (GoogleTest via ctest), the C API tests (C99,
# -pedantic -Werror), the CLI and examples, a consumer of the installed
# package through find_package(planwerk) and pkg-config, the Python tests
# against the package installed by pip, and the C++ and C suite again under
# AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n==== %s\n' "$*"; }

step "build and test (release)"
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release

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

step "Python: pip install . and pytest"
.venv/bin/python -m pip install -q .
PLANWERK_C_LIBRARY="$PWD/build/release/capi/libplanwerk_c.so" .venv/bin/python -m pytest tests/python

step "C++ and C suite under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev

step "all tests passed"
