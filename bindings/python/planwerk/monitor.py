# SPDX-License-Identifier: Apache-2.0
"""Indicator monitoring (docs/monitor.md): observations in as a pandas
DataFrame or NumPy arrays, evaluation out as DataFrames.

    >>> import planwerk, planwerk.monitor as pm
    >>> concept = planwerk.load("examples/oberhausen/concept.txtpb")
    >>> data = pm.read_observations(concept, "examples/oberhausen/observations.csv")
    >>> result = pm.evaluate(concept, data, as_of=2025)
    >>> result.series.columns[:4].tolist()
    ['indicator', 'district', 'group', 'points']

Nothing here loops over rows in Python: ids become codes through pandas
categoricals, and the evaluation runs in C++ without the GIL.
"""

from __future__ import annotations

import datetime as _dt
import enum
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from . import _core
from ._frame import to_dataframe as _frame
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .concept import Concept

class Flag(enum.IntFlag):
    """Bits of the flags column (C: PW_FLAG_*); the last four are the
    qualifiers of official statistics (docs/monitor.md)."""

    SERIES_BREAK = 1  #: not comparable with the periods before
    PROVISIONAL = 2  #: "p"
    REVISED = 4  #: "r"
    ESTIMATED = 8  #: "s": estimated by the statistical office
    LOW_RELIABILITY = 16  #: "()": limited reliability
    ROUNDED = 32  #: a count the office rounded (to multiples of 5: "-" is 0, 1 or 2)


#: Traffic lights, trend and progress categories in the order of their codes.
LIGHTS = ("none", "red", "orange", "yellow", "green")

_RULES = {"mean": 0, "weighted_mean": 0, "two-worst": 1, "two_worst": 1}
_DIALECTS = {"auto": 0, "plain": 1, "official": 2}


def _codes(values: Any, categories: list, what: str, allow_empty: bool) -> np.ndarray:
    """Ids to int32 codes into ``categories`` (-1 for "" where allowed),
    vectorised; an unknown id raises naming the first row that has one."""
    import pandas as pd

    series = pd.Series(values, copy=False)
    if series.dtype.kind in "iu":
        return series.to_numpy(dtype=np.int32)
    text = series.astype("string").fillna("")
    codes = pd.Index(list(categories)).get_indexer(text).astype(np.int32)
    bad = (codes < 0) & (text.to_numpy() != "") if allow_empty else codes < 0
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InvalidArgumentError(f"row {row}, column {what}: no {what} \"{text.iloc[row]}\" in the concept")
    return codes


def _periods(values: Any) -> np.ndarray:
    """Years (2024), period codes (20240301) or ISO strings to period codes."""
    import pandas as pd

    series = pd.Series(values, copy=False)
    if series.dtype.kind in "iu":
        p = series.to_numpy()
        if len(p) and p.min() >= 10000:  # period codes already: no copy for int32
            return np.ascontiguousarray(p, dtype=np.int32)
        p = p.astype(np.int64)
        return np.where(p < 10000, p * 10000, p).astype(np.int32)
    text = series.astype("string")
    digits = text.str.replace("-", "", regex=False)
    numbers = pd.to_numeric(digits, errors="coerce")
    bad = numbers.isna() | ~text.str.len().isin([4, 10])
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise InvalidArgumentError(f"row {row}, column period: \"{text.iloc[row]}\" is neither a year nor a date")
    p = numbers.to_numpy(dtype=np.int64)
    return np.where(text.str.len().to_numpy() == 4, p * 10000, p).astype(np.int32)


def _optional(data: Mapping[str, Any], name: str, dtype: Any) -> Optional[np.ndarray]:
    if name not in data:
        return None
    return np.ascontiguousarray(np.asarray(data[name], dtype=dtype))


@dataclass(frozen=True)
class GroupGap:
    """What ``Evaluation.group_gap`` returns: the gap per period (``table``:
    period, value_a, value_b, difference, ratio, parity), the least-squares
    ``slope`` of the absolute gap per year (None with too few points) and
    ``closing``: +1 closing, -1 widening, 0 neither or unknown."""

    table: "pandas.DataFrame"
    slope: Optional[float]
    closing: int


@dataclass(frozen=True)
class Process:
    """What ``process_status`` returns: ``status`` per goal, action field and
    the concept (measure status counts, milestones met on time) and
    ``participation`` per format (events, participants, feedback)."""

    status: "pandas.DataFrame"
    participation: "pandas.DataFrame"


@dataclass
class Evaluation:
    """What ``evaluate`` returns; each frame is a pandas DataFrame."""

    series: "pandas.DataFrame"
    totals: "pandas.DataFrame"
    rollup: "pandas.DataFrame"
    cells: Optional["pandas.DataFrame"]
    _core: Any
    _concept: Any

    def group_gap(self, indicator: str, group_a: str, group_b: str, district: str = "") -> GroupGap:
        """The gap between two groups per period, its slope and whether it is
        closing (see :class:`GroupGap`). Needs ``cells=True``."""
        if self.cells is None:
            raise InvalidArgumentError("group_gap needs evaluate(..., cells=True)")
        frame, slope, closing = self._core.group_gap(indicator, group_a, group_b, district)
        return GroupGap(_frame(frame), slope, int(closing))

    def district_comparison(self, indicator: str, group: str = "") -> "pandas.DataFrame":
        """Each district against the whole municipality in the latest period, ranked. Needs ``cells=True``."""
        if self.cells is None:
            raise InvalidArgumentError("district_comparison needs evaluate(..., cells=True)")
        return _frame(self._core.district_comparison(self._concept, indicator, group))


def read_observations(concept: "Concept", path: Union[str, "os.PathLike[str]"]) -> "pandas.DataFrame":
    """Observations from a CSV file (either dialect) or a protobuf
    ObservationSet, checked against the concept (errors name line and
    column). Columns: indicator, district, group (categories; "" for the
    whole municipality and everybody), period (int: yyyy0000 or yyyymmdd),
    value, numerator, denominator, cases, flags, status."""
    return _observations_frame(concept, _core.monitor_read(concept._core, os.fspath(path)))


def read_csv_text(concept: "Concept", text: str, source: str = "<text>", dialect: str = "auto") -> "pandas.DataFrame":
    """Like read_observations, for CSV text in memory."""
    if dialect not in _DIALECTS:
        raise InvalidArgumentError(f"dialect is auto, plain or official, not {dialect!r}")
    return _observations_frame(concept, _core.monitor_read_csv(concept._core, text, source, _DIALECTS[dialect]))


def _observations_frame(concept: "Concept", d: dict) -> "pandas.DataFrame":
    import pandas as pd

    indicators = [i.id for i in concept.indicators]
    districts = [""] + [x.id for x in concept.districts]
    groups = [""] + list(d["groups"])
    return pd.DataFrame(
        {
            "indicator": pd.Categorical.from_codes(d["indicator"], categories=indicators),
            "district": pd.Categorical.from_codes(d["district"] + 1, categories=districts),
            "group": pd.Categorical.from_codes(d["group"] + 1, categories=groups),
            "period": d["period"],
            "value": d["value"],
            "numerator": d["numerator"],
            "denominator": d["denominator"],
            "cases": d["cases"],
            "flags": d["flags"],
            "status": d["status"],
        },
        copy=False,
    )


def _columns(concept: "Concept", data: Union["pandas.DataFrame", Mapping[str, Any]]) -> tuple:
    """The observations in ``data`` as the arrays the core takes: indicator,
    district, group, period (int32 codes), value, numerator, denominator,
    cases (float64 or None), flags, status (uint8 or None) and the group
    labels. Arrays that already have the right dtype are not copied."""
    for needed in ("indicator", "period"):
        if needed not in data:
            raise InvalidArgumentError(f"the observations have no {needed} column")
    n = len(data["indicator"])
    indicators = [i.id for i in concept.indicators]
    districts = [x.id for x in concept.districts]
    indicator = _codes(data["indicator"], indicators, "indicator", allow_empty=False)
    district = (
        _codes(data["district"], districts, "district", allow_empty=True)
        if "district" in data
        else np.full(n, -1, dtype=np.int32)
    )
    groups: list = []
    if "group" in data:
        import pandas as pd

        column = data["group"]
        if isinstance(column, pd.Categorical):
            cat = column
        elif isinstance(column, pd.Series) and isinstance(column.dtype, pd.CategoricalDtype):
            cat = column.array
        else:
            cat = pd.Categorical(pd.Series(column, copy=False).astype("string").fillna(""))
        labels = [str(x) for x in cat.categories]
        # "" means everybody: code -1, not a group of its own. The extra last
        # entry maps pandas' missing code -1 to -1 as well.
        kept = [x for x in labels if x != ""]
        if len(kept) == len(labels):
            # No "" among the labels: pandas' codes (-1 for missing) are ours.
            group = np.asarray(cat.codes).astype(np.int32)
        else:
            index = {x: i for i, x in enumerate(kept)}
            remap = np.array([index.get(x, -1) for x in labels] + [-1], dtype=np.int32)
            group = np.take(remap, cat.codes)  # pandas' small integer codes index directly
        groups = kept
    else:
        group = np.full(n, -1, dtype=np.int32)
    return (
        indicator,
        district,
        group,
        _periods(data["period"]),
        _optional(data, "value", np.float64),
        _optional(data, "numerator", np.float64),
        _optional(data, "denominator", np.float64),
        _optional(data, "cases", np.float64),
        _optional(data, "flags", np.uint8),
        _optional(data, "status", np.uint8),
        groups,
    )


def evaluate(
    concept: "Concept",
    data: Union["pandas.DataFrame", Mapping[str, Any]],
    *,
    as_of: Union[int, _dt.date, None] = None,
    min_cases: float = 3,
    min_points: int = 2,
    rule: str = "mean",
    min_share: float = 0.5,
    cells: bool = False,
    trends: bool = True,
    threads: int = 0,
    columns: Optional[Sequence[str]] = None,
) -> Evaluation:
    """Evaluates observations against the concept's indicators: totals by
    summing parts, small-cell suppression (``min_cases``; 0 turns it off),
    every series' attainment, status and trends, and roll-ups by ``rule``
    ("mean" or "two-worst"). ``data`` has the columns of read_observations:
    ids as strings or categoricals (or int32 codes), periods as years, codes
    or ISO strings; value and/or numerator and denominator; optionally
    cases, flags (1 series break, 2 provisional), status. ``trends=False``
    leaves out the Open SDG and SDSN trends; ``columns`` names the series
    columns to compute besides the keys (None: all), which saves time and
    memory on millions of series; ``threads`` (0: one per core) sets the
    workers; the GIL is released meanwhile."""
    if isinstance(columns, str):
        raise InvalidArgumentError("columns is a list of names, not one string")
    if rule not in _RULES:
        raise InvalidArgumentError(f"rule is mean or two-worst, not {rule!r}")
    if isinstance(as_of, _dt.date):
        as_of_code = as_of.year * 10000 + as_of.month * 100 + as_of.day
    elif as_of is None:
        as_of_code = 0
    else:
        as_of_code = int(as_of) * 10000 + 1231 if int(as_of) < 10000 else int(as_of)
    result = _core.monitor_evaluate(
        concept._core,
        *_columns(concept, data),
        as_of_code,
        float(min_cases),
        int(min_points),
        _RULES[rule],
        float(min_share),
        bool(cells),
        bool(trends),
        int(threads),
        [str(c) for c in columns] if columns is not None else [],
    )
    return Evaluation(
        series=_frame(result.frame("series")),
        totals=_frame(result.frame("totals")),
        rollup=_frame(result.frame("rollup")),
        cells=_frame(result.frame("cells")) if cells else None,
        _core=result,
        _concept=concept._core,
    )


def process_status(concept: "Concept", as_of: Union[_dt.date, str]) -> Process:
    """Process monitoring up to a day (see :class:`Process`)."""
    day = as_of.isoformat() if isinstance(as_of, _dt.date) else str(as_of)
    status, people = _core.monitor_process(concept._core, day)
    return Process(_frame(status), _frame(people))
