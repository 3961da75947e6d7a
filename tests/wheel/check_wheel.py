# SPDX-License-Identifier: Apache-2.0
"""Checks an installed planwerk wheel from inside the fresh environment.

Run by scripts/wheel.sh with that environment's Python, from a directory
outside the source tree and with LD_LIBRARY_PATH unset:

- ``ldd`` of the extension resolves every library either to the system's C
  and C++ runtimes or to the copies auditwheel put into the wheel
  (``planwerk.libs``); nothing comes from /usr/lib's other libraries or from
  the build tree;
- the package was imported from this environment, not from a source tree;
- the runtimes are the ones the environment pins.
"""

import importlib.metadata
import pathlib
import subprocess
import sys

# What the wheel may take from the system: the C runtime (glibc and its
# parts), the C++ runtime, and zlib, which the manylinux policy also
# guarantees (auditwheel leaves exactly these out of the wheel).
SYSTEM_RUNTIMES = {
    "linux-vdso.so.1", "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libpthread.so.0",
    "libdl.so.2", "librt.so.1", "libresolv.so.2", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1",
}


def read_pins(path) -> dict:
    """{package: version} from a pin file: "name==version" lines, # comments."""
    pins = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name] = version
    return pins


def main(pins_path: str) -> int:
    import planwerk
    import planwerk._core as core

    package = pathlib.Path(planwerk.__file__).resolve().parent
    prefix = pathlib.Path(sys.prefix).resolve()
    problems = []
    if prefix not in package.parents:
        problems.append(f"planwerk imported from {package}, not from the environment {prefix}")

    extension = pathlib.Path(core.__file__).resolve()
    ldd = subprocess.run(["ldd", str(extension)], capture_output=True, text=True, check=True).stdout
    vendored = package.parent / "planwerk.libs"
    for line in ldd.splitlines():
        parts = line.split()
        if not parts:
            continue
        name = pathlib.Path(parts[0]).name
        target = parts[2] if len(parts) > 2 and parts[1] == "=>" else ""
        if "not found" in line:
            problems.append(f"{name}: not found")
        elif name in SYSTEM_RUNTIMES:
            continue
        elif target and vendored in pathlib.Path(target).resolve().parents:
            continue
        else:
            problems.append(f"{name} => {target or '?'}: neither a system runtime nor in {vendored}")

    for name, version in read_pins(pins_path).items():
        installed = importlib.metadata.version(name)
        if installed != version:
            problems.append(f"{name} {installed} installed, {version} pinned")

    for problem in problems:
        print(f"check_wheel: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_wheel: {extension.name} needs only the system's C and C++ runtimes (and zlib) and "
              f"{len(list(vendored.glob('*.so*')))} libraries of its own; runtimes as pinned in {pathlib.Path(pins_path).name}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
