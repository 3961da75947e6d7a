# SPDX-License-Identifier: Apache-2.0
"""Release hygiene: one version everywhere (docs/releasing.md).

The command line tool, the C library, the Python extension and the
installed package's metadata must all report the version in CMakeLists.txt,
and CHANGELOG.md must have a section for it or an Unreleased one.
"""

import ctypes
import importlib.metadata
import os
import re
import subprocess
import sys

import pytest

import planwerk

from conftest import ROOT

LIBRARY = os.environ.get("PLANWERK_C_LIBRARY", "")
CLI = os.environ.get("PLANWERK_CLI", "")


def cmake_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(planwerk\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", text)
    assert match, "CMakeLists.txt has no project(planwerk VERSION x.y.z)"
    return match.group(1)


def test_python_extension_and_metadata_report_the_cmake_version():
    assert planwerk.__version__ == cmake_version()
    assert importlib.metadata.version("planwerk") == cmake_version()


def test_pyproject_repeats_no_version():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^version\s*=', text, re.MULTILINE) is None
    assert 'dynamic = ["version"]' in text


@pytest.mark.skipif(not CLI, reason="PLANWERK_CLI names no planwerk tool (scripts/test.sh sets it)")
def test_command_line_tool_reports_the_same_version():
    out = subprocess.run([CLI, "--version"], capture_output=True, text=True, check=True).stdout
    assert out == f"planwerk {cmake_version()} (schema version {planwerk.SCHEMA_VERSION})\n"


@pytest.mark.skipif(not LIBRARY, reason="PLANWERK_C_LIBRARY names no libplanwerk_c (scripts/test.sh sets it)")
def test_c_library_reports_the_same_version():
    lib = ctypes.CDLL(LIBRARY)
    lib.pw_version_string.restype = ctypes.c_char_p
    lib.pw_version_number.restype = ctypes.c_int
    lib.pw_schema_version.restype = ctypes.c_int
    version = cmake_version()
    assert lib.pw_version_string().decode() == version
    major, minor, patch = (int(part) for part in version.split("."))
    # PW_VERSION_NUMBER: major * 10000 + minor * 100 + patch, e.g. 0.2.0 -> 200.
    assert lib.pw_version_number() == major * 10000 + minor * 100 + patch
    assert lib.pw_schema_version() == planwerk.SCHEMA_VERSION
    # The file name carries the full version (libplanwerk_c.so.0.2.0).
    real = os.path.realpath(LIBRARY)
    assert real.endswith(f".so.{version}"), real


def test_changelog_has_a_section_for_the_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings, "CHANGELOG.md has no version sections"
    # Either the version is released (its section is dated) or it is being
    # worked on under "Unreleased", above the newest release.
    assert headings[0] == "Unreleased" or headings[0].startswith(cmake_version() + " ")
    released = [h.split(" ")[0] for h in headings if h != "Unreleased"]
    assert cmake_version() in released or headings[0] == "Unreleased"


def test_licence_file_is_apache_2_and_matches_the_metadata():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    meta = importlib.metadata.metadata("planwerk")
    assert "Apache-2.0" in (meta.get("License-Expression") or meta.get("License") or "")


def _pins(name: str) -> dict:
    # The same reader the wheel's environments use (tests/wheel/check_wheel.py).
    sys.path.insert(0, str(ROOT / "tests" / "wheel"))
    try:
        from check_wheel import read_pins
    finally:
        sys.path.pop(0)
    return read_pins(ROOT / "tests" / "wheel" / name)


def test_dependency_bounds_are_what_the_wheel_test_runs():
    # pyproject says ">=oldest,<next major after newest" for each runtime
    # that scripts/wheel.sh installs in its two fresh environments.
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = {}
    for requirement in project["dependencies"]:
        name, spec = re.match(r"([A-Za-z0-9_.-]+)\s*(.*)", requirement).groups()
        specs[name] = spec.replace(" ", "")
    oldest, newest = _pins("oldest.txt"), _pins("newest.txt")
    assert set(oldest) == set(newest) == set(specs)
    for name, spec in specs.items():
        next_major = int(newest[name].split(".")[0]) + 1
        assert spec == f">={oldest[name]},<{next_major}", (name, spec)


def test_every_public_python_name_has_a_docstring():
    # What the API reference (scripts/docs.sh, Sphinx autodoc) shows: every
    # public class, function and method of the package and its modules.
    import inspect

    import planwerk.history
    import planwerk.monitor
    import planwerk.report
    import planwerk.schedule
    import planwerk.sources

    missing = []

    def check(owner: str, name: str, obj) -> None:
        if not (inspect.isfunction(obj) or inspect.isclass(obj) or isinstance(obj, property)):
            return
        if not (getattr(obj, "__doc__", None) or "").strip():
            missing.append(f"{owner}.{name}")
        if inspect.isclass(obj) and obj.__module__.startswith("planwerk"):
            for member, value in vars(obj).items():
                if member.startswith("_"):
                    continue
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if inspect.isfunction(value) or isinstance(value, property):
                    check(f"{owner}.{name}", member, value)

    modules = [planwerk, planwerk.history, planwerk.monitor, planwerk.report, planwerk.schedule, planwerk.sources]
    for module in modules:
        names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for name in names:
            obj = getattr(module, name)
            if getattr(obj, "__module__", "").startswith("planwerk"):
                check(module.__name__, name, obj)
    assert not missing, "no docstring: " + ", ".join(sorted(set(missing)))
