#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the documentation into build/docs/html with every warning an error:
# Sphinx (the hand-written docs/*.md through MyST, the Python reference by
# autodoc over the installed package) and Doxygen (the C and C++ headers,
# into build/docs/html/c-cpp). Needs scripts/setup.sh, a configured release
# build (for the generated headers) and the package installed in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/build/docs
rm -rf "$out"
mkdir -p "$out/html"

.venv/bin/python -m sphinx -q -W --keep-going -b html -c docs/api -d "$out/doctrees" docs "$out/html"

version=$(.venv/bin/python -c 'import planwerk; print(planwerk.__version__)')
generated=$PWD/build/release/generated
[[ -f "$generated/planwerk/version.h" ]] || { echo "docs: configure the release build first ($generated)" >&2; exit 1; }
mkdir -p "$out/html/c-cpp"
PLANWERK_DOCS_OUT=$out PLANWERK_VERSION=$version PLANWERK_GENERATED=$generated doxygen docs/api/Doxyfile || {
  echo "docs: Doxygen warnings ($out/doxygen-warnings.log):" >&2
  cat "$out/doxygen-warnings.log" >&2
  exit 1
}
if [[ -s "$out/doxygen-warnings.log" ]]; then
  cat "$out/doxygen-warnings.log" >&2
  exit 1
fi
echo "docs: build/docs/html/index.html (Sphinx) and build/docs/html/c-cpp/index.html (Doxygen), no warnings"
