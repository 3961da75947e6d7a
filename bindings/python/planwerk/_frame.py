# SPDX-License-Identifier: Apache-2.0
"""Frames from the core into pandas: the one converter every result goes
through (the core hands out (name, type, values, labels, validity) per
column; see bindings/python/src/frame.hpp).

Types map as: real -> float64 (NaN is none); integer -> int64, or pandas'
nullable Int64 where a value is missing; category -> pandas Categorical
(code -1 is none); text -> object (None where missing); date ->
datetime64 (NaT where missing); boolean -> bool, or pandas' nullable
boolean where a value is missing. Arrays are not copied where pandas
allows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Tuple

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import pandas


def _column(kind: str, values: Any, labels: Any, validity: Any) -> Any:
    import pandas as pd

    missing = None if validity is None else np.asarray(validity) == 0
    if kind == "category":
        return pd.Categorical.from_codes(values, categories=labels)
    if kind == "date":
        dates = np.asarray(values, dtype=np.int64).astype("datetime64[D]")
        if missing is not None:
            dates = dates.copy()
            dates[missing] = np.datetime64("NaT")
        return dates
    if kind == "text":
        array = np.empty(len(values), dtype=object)
        array[:] = values
        if missing is not None:
            array[missing] = None
        return array
    if kind == "integer":
        return values if missing is None else pd.arrays.IntegerArray(np.asarray(values), missing)
    if kind == "boolean":
        flags = np.asarray(values).astype(bool)
        return flags if missing is None else pd.arrays.BooleanArray(flags, missing)
    return values  # real: NaN already stands for none


def to_dataframe(columns: Iterable[Tuple[str, str, Any, Any, Any]]) -> "pandas.DataFrame":
    """A DataFrame from the core's columns, in their order."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - pandas is installed with the package
        raise ImportError("planwerk's results are pandas DataFrames: pip install pandas") from e
    data = {name: _column(kind, values, labels, validity) for name, kind, values, labels, validity in columns}
    return pd.DataFrame(data, copy=False)
