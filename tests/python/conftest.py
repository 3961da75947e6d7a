# SPDX-License-Identifier: Apache-2.0
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "oberhausen" / "concept.txtpb"


@pytest.fixture
def sample_path() -> pathlib.Path:
    return SAMPLE


@pytest.fixture
def concept():
    import planwerk

    return planwerk.load(SAMPLE)

# The real files from outside the project (../shared/data; CI has it too).
SHARED_DATA = pathlib.Path(
    __import__("os").environ.get("PLANWERK_SHARED_DATA", str(ROOT.parent / "shared" / "data"))
)
