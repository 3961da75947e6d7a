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
