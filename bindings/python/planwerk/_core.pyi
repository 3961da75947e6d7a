# SPDX-License-Identifier: Apache-2.0
# Type stubs for the C++ extension planwerk._core (the thin binding layer).
from typing import Any, Dict, List, Optional, Tuple, Union

import numpy as np

__version__: str
SCHEMA_VERSION: int

_Diagnostic = Tuple[str, int, int, str, str, str]  # code, severity, kind, entity, field, message

class Concept:
    def __init__(self, id: str) -> None: ...
    @staticmethod
    def load(path: str, format: int = 0) -> Concept: ...
    @staticmethod
    def from_bytes(data: bytes, format: int = 0) -> Concept: ...
    def to_bytes(self, format: int) -> bytes: ...
    def save(self, path: str, format: int = 0) -> None: ...
    def validate(self) -> List[_Diagnostic]: ...
    def count(self, kind: int) -> int: ...
    def ids(self, kind: int) -> List[str]: ...
    def index_of(self, kind: int, id: str) -> int: ...
    def put(self, kind: int, data: bytes) -> None: ...
    def set_header(self, data: bytes) -> None: ...
    def remove(self, kind: int, id: str) -> None: ...
    def set_measure_status(self, id: str, status: int) -> None: ...
    def set_measure_dates(self, id: str, start: str, end: str) -> None: ...
    def set_goal_responsible(self, goal: str, actor: str) -> None: ...

def validate_bytes(data: bytes, format: int = 0) -> List[_Diagnostic]: ...
def validate_file(path: str, format: int = 0) -> List[_Diagnostic]: ...

# Every result frame: [(name, type, values, labels or None, validity or None)]
# with type "real", "integer", "category", "text", "date" (int64 days since
# 1970-01-01) or "boolean"; planwerk._frame.to_dataframe reads it.
_Frame = List[Tuple[str, str, Union[np.ndarray, List[str]], Optional[List[str]], Optional[np.ndarray]]]

def diagnostic_codes() -> _Frame: ...
def entity_table(concept: Concept, kind: int) -> _Frame: ...
def header_table(concept: Concept) -> _Frame: ...
def graph_table(concept: Concept, analysis: str) -> _Frame: ...
def graph_impact(concept: Concept, measure: str, cancel: bool, delay: int) -> _Frame: ...
def graph_cross_conflicts(concepts: List[Concept]) -> _Frame: ...
def graph_dot(concepts: List[Concept], view: str) -> str: ...
def public_holidays(state: str, year: int, catholic_municipality: bool = False) -> _Frame: ...
def schedule(concept: Concept, start: str = "", as_of: str = "") -> Tuple[_Frame, List[_Diagnostic]]: ...
def icalendar(
    concept: Concept,
    with_schedule: bool,
    start: str = "",
    as_of: str = "",
    stamp: str = "",
    parts: List[str] = ...,
    committees: List[str] = ...,
) -> str: ...
def expand_recurrence(rule: str, start: str, end: str) -> _Frame: ...

class Evaluation:
    def frame(self, name: str) -> _Frame: ...
    def group_gap(self, indicator: str, a: str, b: str, district: str) -> Tuple[_Frame, Optional[float], int]: ...
    def district_comparison(self, concept: Concept, indicator: str, group: str) -> _Frame: ...

def monitor_evaluate(
    concept: Concept,
    indicator: np.ndarray,
    district: np.ndarray,
    group: np.ndarray,
    period: np.ndarray,
    value: Optional[np.ndarray],
    numerator: Optional[np.ndarray],
    denominator: Optional[np.ndarray],
    cases: Optional[np.ndarray],
    flags: Optional[np.ndarray],
    status: Optional[np.ndarray],
    groups: List[str],
    as_of: int,
    min_cases: float,
    min_points: int,
    rule: int,
    min_share: float,
    cells: bool,
    trends: bool = True,
    threads: int = 0,
    columns: List[str] = ...,
) -> Evaluation: ...
def monitor_read(concept: Concept, path: str) -> Dict[str, Any]: ...
def monitor_read_csv(concept: Concept, text: str, source: str, dialect: int) -> Dict[str, Any]: ...
def monitor_process(concept: Concept, as_of: str) -> Tuple[_Frame, _Frame]: ...

def history_diff(before: Concept, after: Concept, renames: Dict[str, str]) -> _Frame: ...

def report_write(
    concept: Concept,
    folder: str,
    indicator: Optional[np.ndarray],
    district: Optional[np.ndarray],
    group: Optional[np.ndarray],
    period: Optional[np.ndarray],
    value: Optional[np.ndarray],
    numerator: Optional[np.ndarray],
    denominator: Optional[np.ndarray],
    cases: Optional[np.ndarray],
    flags: Optional[np.ndarray],
    status: Optional[np.ndarray],
    groups: List[str],
    as_of: str,
    language: str,
    min_cases: float,
    title: str,
    contact: str,
    previous: Optional[Concept],
    renames: Dict[str, str],
    programme: Optional[Programme],
) -> _Frame: ...

class Programme:
    def frame(self, part: int) -> _Frame: ...

def parse_horizon(text: str) -> Tuple[int, int]: ...
def prioritize(
    concept: Concept,
    indicator: Optional[np.ndarray],
    district: Optional[np.ndarray],
    group: Optional[np.ndarray],
    period: Optional[np.ndarray],
    value: Optional[np.ndarray],
    numerator: Optional[np.ndarray],
    denominator: Optional[np.ndarray],
    cases: Optional[np.ndarray],
    flags: Optional[np.ndarray],
    status: Optional[np.ndarray],
    groups: List[str],
    first_year: int,
    last_year: int,
    pools: Dict[str, float],
    weights: Dict[str, float],
    capacity: int,
    discount: float,
    solver: str,
    time_limit: float,
    gap: float,
    explain: bool,
    marginals: bool,
    frontier: bool,
) -> Programme: ...

class Workspace:
    def __init__(self) -> None: ...
    def __len__(self) -> int: ...
    def label(self, index: int) -> str: ...
    def concept(self, index: int) -> Concept: ...
    def observations(self, index: int) -> Dict[str, Any]: ...
    def add(
        self,
        label: str,
        concept: Concept,
        indicator: Optional[np.ndarray] = None,
        district: Optional[np.ndarray] = None,
        group: Optional[np.ndarray] = None,
        period: Optional[np.ndarray] = None,
        value: Optional[np.ndarray] = None,
        numerator: Optional[np.ndarray] = None,
        denominator: Optional[np.ndarray] = None,
        cases: Optional[np.ndarray] = None,
        flags: Optional[np.ndarray] = None,
        status: Optional[np.ndarray] = None,
        groups: List[str] = ...,
    ) -> None: ...
    def to_bytes(self, format: str) -> bytes: ...
    def save(self, path: str, format: str) -> None: ...

def oparl_import_folder(folder: str, into: Optional[Concept], mapping_json: str) -> Tuple[Concept, _Frame]: ...
def oparl_import_documents(
    documents: List[bytes], into: Optional[Concept], mapping_json: str
) -> Tuple[Concept, _Frame]: ...

def oparl_import_url(
    url: str,
    into: Optional[Concept],
    mapping_json: str,
    timeout: float,
    retries: int,
    backoff: float,
    request_budget: int,
    cache: str,
) -> Tuple[Concept, _Frame, Dict[str, Any]]: ...

def statistics_import(
    concept: Concept, mapping_json: str, data: List[bytes], names: List[str]
) -> Tuple[Dict[str, Any], _Frame, _Frame]: ...
def workspace_load(path: str) -> Workspace: ...
def workspace_from_bytes(data: bytes, source: str) -> Workspace: ...
