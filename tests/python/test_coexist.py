# SPDX-License-Identifier: Apache-2.0
"""planwerk's Python extension and its C library in one process, in either
order, next to Python's own protobuf holding the same schema (the generated
planwerk.v1 modules). Each case runs in a fresh interpreter, because the
failure this guards against was an abort at load time ("File already exists
in database: planwerk/v1/concept.proto", exit 134)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

LIBRARY = os.environ.get("PLANWERK_C_LIBRARY", "")
SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "oberhausen" / "concept.txtpb"

LOAD_C = """
import ctypes
lib = ctypes.CDLL({library!r})
lib.pw_concept_load_file.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
lib.pw_concept_count.argtypes = [ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p, ctypes.c_int]
lib.pw_concept_free.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
plan = ctypes.c_void_p()
assert lib.pw_concept_load_file(ctypes.byref(plan), None, {sample!r}.encode(), 0) == 0
goals = ctypes.c_size_t()
assert lib.pw_concept_count(ctypes.byref(goals), plan, 4) == 0  # PW_KIND_GOAL
lib.pw_concept_free(ctypes.byref(plan))
print("c goals", goals.value)
"""

LOAD_PY = """
import planwerk
concept = planwerk.load({sample!r})
print("python goals", len(concept.goals))
print("python message", type(concept.goals["sz-1.1"]).__name__)
"""


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not LIBRARY, reason="PLANWERK_C_LIBRARY names no libplanwerk_c (scripts/test.sh sets it)")
@pytest.mark.parametrize("order", ["python first", "C first"])
def test_extension_and_c_library_share_a_process(order):
    c = LOAD_C.format(library=LIBRARY, sample=str(SAMPLE))
    py = LOAD_PY.format(sample=str(SAMPLE))
    result = run(py + c if order == "python first" else c + py)
    assert result.returncode == 0, result.stderr
    # 27 goals in the sample, seen the same through both.
    assert "c goals 27" in result.stdout
    assert "python goals 27" in result.stdout
    assert "python message Goal" in result.stdout
    assert "already exists" not in result.stderr
