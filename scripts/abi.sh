#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The C library's ABI against the baseline kept in capi/abi/ (abidw and
# abidiff from Debian's abigail-tools). Any difference fails the check: a
# change to the ABI is made on purpose, announced (docs/c-api.md, the
# header's @since lines) and recorded by updating the baseline.
#
#   scripts/abi.sh check LIBRARY    # the test (ctest: capi.abi)
#   scripts/abi.sh update LIBRARY   # after an announced change: write the baseline anew
#
# LIBRARY is a libplanwerk_c.so built with debug information (the release
# preset). Only what a host sees is compared: the exported pw_ functions,
# their symbol versions, and the types of the public header (the handles
# are opaque; capi/CMakeLists.txt keeps them so in the debug information).
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=capi/abi/libplanwerk_c.abi
mode=${1:-}
library=${2:-}
if [[ -z "$mode" || -z "$library" ]]; then
  echo "usage: scripts/abi.sh check|update LIBRARY" >&2
  exit 2
fi
for tool in abidw abidiff; do
  command -v "$tool" >/dev/null || { echo "abi: $tool is missing (scripts/setup.sh installs abigail-tools)" >&2; exit 2; }
done
dump() {
  abidw --exported-interfaces-only --no-corpus-path --no-show-locs --no-comp-dir-path \
    --headers-dir capi/include/planwerk --drop-private-types "$1"
}
case "$mode" in
  update)
    dump "$library" >"$baseline"
    echo "abi: wrote $baseline"
    ;;
  check)
    current=$(mktemp)
    trap 'rm -f "$current"' EXIT
    dump "$library" >"$current"
    if abidiff --no-show-locs "$baseline" "$current"; then
      echo "abi: 1 passed, 0 failed (no change against $baseline)"
    else
      status=$?
      echo "abi: the ABI differs from $baseline (abidiff status $status, report above)." >&2
      echo "abi: if the change is meant, announce it and run: scripts/abi.sh update $library" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: scripts/abi.sh check|update LIBRARY" >&2
    exit 2
    ;;
esac
