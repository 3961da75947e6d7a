# SPDX-License-Identifier: Apache-2.0
"""The published report: a self-contained static site of a concept
(docs/report.md). ::

    import planwerk, planwerk.monitor, planwerk.report
    plan = planwerk.load("concept.txtpb")
    data = planwerk.monitor.read_observations(plan, "observations.csv")
    files = planwerk.report.write(plan, "site", observations=data)
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Union

from . import _core
from ._frame import to_dataframe
from .errors import InvalidArgumentError
from .monitor import _columns

if TYPE_CHECKING:
    import pandas

    from .concept import Concept
    from .priorities import Programme

__all__ = ["LANGUAGES", "write"]

#: The languages of the site's own words.
LANGUAGES = ("de", "en")


def write(
    concept: "Concept",
    folder: Union[str, "os.PathLike[str]"],
    observations: Union["pandas.DataFrame", Mapping[str, Any], None] = None,
    *,
    as_of: Union[_dt.date, str, None] = None,
    language: str = "de",
    min_cases: float = 3,
    title: str = "",
    contact: str = "",
    previous: Optional["Concept"] = None,
    renames: Optional[Dict[str, str]] = None,
    programme: Optional["Programme"] = None,
) -> "pandas.DataFrame":
    """Writes the report of ``concept`` into ``folder`` (created if missing)
    and returns the files written as a DataFrame (file, bytes), in name
    order. ``observations`` (the columns of monitor.read_observations) give
    the goals their status; ``as_of`` is the status date (default: the
    concept's adoption date, else its period's start); ``language`` is "de"
    or "en"; cells resting on fewer than ``min_cases`` cases are suppressed.
    ``previous`` (an earlier version of the concept) adds a page of what
    changed, with ``renames`` as in history.diff (old id -> new id).
    ``programme`` (priorities.prioritize of this concept) adds the page
    "Jahresprogramm" beside the action plan.
    The same input gives byte-identical files. The GIL is released while
    the site is written."""
    if language not in LANGUAGES:
        raise InvalidArgumentError(f"language is de or en, not {language!r}")
    day = as_of.isoformat() if isinstance(as_of, _dt.date) else (as_of or "")
    arrays: tuple = (None,) * 10 + ([],)
    if observations is not None:
        arrays = _columns(concept, observations)
    return to_dataframe(
        _core.report_write(
            concept._core, os.fspath(folder), *arrays, str(day), language, float(min_cases), str(title), str(contact),
            previous._core if previous is not None else None, dict(renames or {}),
            programme._core if programme is not None else None,
        )
    )
