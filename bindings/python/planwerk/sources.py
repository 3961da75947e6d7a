# SPDX-License-Identifier: Apache-2.0
"""Real data in: committees, meetings and consultation sequences from a
council information system's OParl JSON, and indicator data from official
statistics exports (docs/sources.md). ::

    import planwerk, planwerk.sources, planwerk.monitor
    concept, warnings = planwerk.sources.import_oparl("oparl-folder", into=planwerk.load("concept.txtpb"))
    warnings.head()          # object_id, origin, message: what the data got wrong

    plan = planwerk.load("concept.txtpb")
    imported = planwerk.sources.import_statistics(plan, ["22811-01i.csv"], "mapping.json")
    planwerk.monitor.evaluate(plan, imported.observations)

What the data gets wrong (placeholders, missing objects, a document that is
not JSON, ...) is a row of ``warnings``, never a failed import of the rest;
an ambiguous merge raises :class:`planwerk.ConflictError` and changes nothing.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, Mapping, NamedTuple, Optional, Tuple, Union

from . import _core
from ._frame import to_dataframe
from .concept import Concept

if TYPE_CHECKING:
    import pandas

__all__ = ["import_oparl", "import_oparl_documents", "import_oparl_url", "import_statistics", "StatisticsImport"]


def _mapping_text(council: Optional[str], committees: Optional[Mapping[str, str]]) -> str:
    if council is None and not committees:
        return ""
    mapping: dict = {}
    if council is not None:
        mapping["council"] = council
    if committees:
        mapping["committees"] = dict(committees)
    return json.dumps(mapping)


def import_oparl(
    folder: Union[str, "os.PathLike[str]"],
    *,
    into: Optional[Concept] = None,
    council: Optional[str] = None,
    committees: Optional[Mapping[str, str]] = None,
) -> Tuple[Concept, "pandas.DataFrame"]:
    """Reads every file below ``folder`` as OParl JSON and merges it into a
    copy of ``into`` (default: a new concept "oparl-import"). ``council`` is
    the council's Organization id; ``committees`` maps Organization ids to
    ids of committees ``into`` already has. Returns the new concept and the
    warnings as a DataFrame (object_id, origin, message). ``into`` is not
    changed. Raises FileError if the folder cannot be listed, NotFoundError
    for a mapping onto an unknown committee, ConflictError for an ambiguous
    merge. The GIL is released while the files are read."""
    core, warnings = _core.oparl_import_folder(
        os.fspath(folder), into._core if into is not None else None, _mapping_text(council, committees)
    )
    return Concept._wrap(core), to_dataframe(warnings)


def import_oparl_documents(
    documents: Iterable[Union[str, bytes]],
    *,
    into: Optional[Concept] = None,
    council: Optional[str] = None,
    committees: Optional[Mapping[str, str]] = None,
) -> Tuple[Concept, "pandas.DataFrame"]:
    """The same from JSON documents in memory (objects, arrays of objects or
    list pages, as a server sends them), named "document <i>" in the
    warnings."""
    texts = [d.encode("utf-8") if isinstance(d, str) else bytes(d) for d in documents]
    core, warnings = _core.oparl_import_documents(
        texts, into._core if into is not None else None, _mapping_text(council, committees)
    )
    return Concept._wrap(core), to_dataframe(warnings)


def import_oparl_url(
    url: str,
    *,
    into: Optional[Concept] = None,
    council: Optional[str] = None,
    committees: Optional[Mapping[str, str]] = None,
    cache: Union[str, "os.PathLike[str]", None] = None,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 0.5,
    request_budget: int = 100_000,
) -> Tuple[Concept, "pandas.DataFrame", Dict[str, Any]]:
    """The same from a live OParl server: ``url`` is its System, a Body or a
    list. Each body's organisations, meetings and papers are read through
    every page (``links.next``), then the meetings and organisations they
    name but the lists lacked, if on the same server. ``timeout`` (seconds,
    per request), ``retries`` (after time-outs, failed connections, 429 and
    5xx; waiting ``backoff`` seconds, doubled each time) and
    ``request_budget`` (requests in all) bound the work. With ``cache`` (a
    folder), the next call asks only for what changed since
    (``modified_since``). Returns the concept, the warnings and the fetch's
    statistics (requests, retries, pages, objects, modified_since). Raises
    FileError when a list cannot be read, OutOfRangeError when the budget is
    spent; nothing is cached then."""
    core, warnings, stats = _core.oparl_import_url(
        url,
        into._core if into is not None else None,
        _mapping_text(council, committees),
        float(timeout),
        int(retries),
        float(backoff),
        int(request_budget),
        os.fspath(cache) if cache is not None else "",
    )
    return Concept._wrap(core), to_dataframe(warnings), dict(stats)


class StatisticsImport(NamedTuple):
    """What :func:`import_statistics` returns."""

    #: indicator, district, group (categories), period, value, numerator,
    #: denominator, cases, flags, status: as :func:`planwerk.monitor.read_observations`
    #: gives them, ready for :func:`planwerk.monitor.evaluate`.
    observations: "pandas.DataFrame"
    #: object_id (empty), origin (file, line and column), message.
    warnings: "pandas.DataFrame"
    #: one row per export: source, format, statistic, encoding, cells, used,
    #: other_regions, unmatched.
    sources: "pandas.DataFrame"


def import_statistics(
    concept: Concept,
    exports: Union[str, "os.PathLike[str]", bytes, Iterable[Union[str, "os.PathLike[str]", bytes]]],
    mapping: Union[Mapping[str, Any], str, "os.PathLike[str]"],
) -> StatisticsImport:
    """Reads official statistics exports (GENESIS-Online, regionalstatistik.de,
    a Landesdatenbank, the Zensus database: table CSV, old or new flat file,
    the web service's ZIP, cube file) and maps their cells to observations
    of ``concept``'s indicators. ``exports`` are paths, or bytes (named
    "export <i>" in messages); ``mapping`` is the mapping as a dict or the
    path of its JSON file (docs/sources.md). Raises ParseError naming the
    file, line and column for a cell that does not parse or a second cell for
    one observation, InvalidArgumentError for a mapping that names what the
    concept lacks; nothing is returned half-read. The GIL is released while
    the exports are read."""
    if isinstance(exports, (str, bytes, os.PathLike)):
        exports = [exports]
    data, names = [], []
    for i, e in enumerate(exports):
        if isinstance(e, bytes):
            data.append(e)
            names.append(f"export {i}")
        else:
            path = os.fspath(e)
            with open(path, "rb") as f:
                data.append(f.read())
            names.append(path)
    if isinstance(mapping, Mapping):
        mapping_text = json.dumps(mapping)
    else:
        with open(os.fspath(mapping), encoding="utf-8") as f:
            mapping_text = f.read()
    from .monitor import _observations_frame

    observations, warnings, counts = _core.statistics_import(concept._core, mapping_text, data, names)
    return StatisticsImport(_observations_frame(concept, observations), to_dataframe(warnings), to_dataframe(counts))
