# SPDX-License-Identifier: Apache-2.0
"""planwerk: the planning logic of municipal integration concepts.

    >>> import planwerk
    >>> concept = planwerk.load("examples/oberhausen/concept.txtpb")
    >>> [d.code for d in concept.validate()]
    ['PW115', 'PW115', 'PW108']
"""

from __future__ import annotations

import os
from typing import Any, Dict, List, Union

from google.protobuf import json_format

from . import _core
from .concept import Concept, Entities
from .diagnostics import Diagnostic, Diagnostics, Severity, diagnostic_codes, has_errors
from .graph import Graph
from .errors import (
    ConflictError,
    FileError,
    InternalError,
    InvalidArgumentError,
    ModelError,
    NotFoundError,
    OutOfRangeError,
    ParseError,
    PlanwerkError,
    UnsupportedVersionError,
)
from .kinds import Kind, format_number
from .v1 import concept_pb2 as pb

__version__: str = _core.__version__
#: The newest interchange schema version this build reads and writes.
SCHEMA_VERSION: int = _core.SCHEMA_VERSION

__all__ = [
    "Concept",
    "ConflictError",
    "Diagnostic",
    "Diagnostics",
    "Entities",
    "FileError",
    "Graph",
    "InternalError",
    "InvalidArgumentError",
    "Kind",
    "ModelError",
    "NotFoundError",
    "OutOfRangeError",
    "ParseError",
    "PlanwerkError",
    "SCHEMA_VERSION",
    "Severity",
    "UnsupportedVersionError",
    "diagnostic_codes",
    "from_dict",
    "from_proto",
    "has_errors",
    "load",
    "loads",
    "pb",
    "validate_bytes",
    "validate_file",
]


def load(path: Union[str, "os.PathLike[str]"], format: str = "auto") -> Concept:
    """Loads a concept from a file (binary .pb, .json or text .txtpb).

    Raises FileError, ParseError, UnsupportedVersionError, or ModelError
    (with ``.diagnostics``) and never returns a half-loaded concept.
    """
    return Concept._wrap(_core.Concept.load(os.fspath(path), format_number(format)))


def loads(data: Union[bytes, str], format: str = "auto") -> Concept:
    """Loads a concept from bytes (or a str of JSON or text format)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Concept._wrap(_core.Concept.from_bytes(bytes(data), format_number(format)))


def from_proto(message: pb.Concept) -> Concept:
    """A concept from a planwerk.v1.Concept message."""
    if not isinstance(message, pb.Concept):
        raise InvalidArgumentError(f"from_proto needs a planwerk.v1.Concept, not {type(message).__name__}")
    return loads(message.SerializeToString(), "binary")


def from_dict(data: Dict[str, Any]) -> Concept:
    """A concept from a dict in the proto3 JSON mapping (see Concept.to_dict)."""
    message = pb.Concept()
    try:
        json_format.ParseDict(data, message)
    except json_format.ParseError as e:
        raise ParseError(f"<dict>: {e}") from None
    return from_proto(message)


def validate_file(path: Union[str, "os.PathLike[str]"], format: str = "auto") -> Diagnostics:
    """All findings for a file that may not even load: its structural
    problems (duplicate ids, dangling references, malformed values) if it
    has any, else the planning rules. Raises only if the file cannot be read
    or parsed. (For a loaded concept: Concept.validate().)"""
    return Diagnostics._from_tuples(_core.validate_file(os.fspath(path), format_number(format)))


def validate_bytes(data: Union[bytes, str], format: str = "auto") -> Diagnostics:
    """Like validate_file, for a document in memory."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Diagnostics._from_tuples(_core.validate_bytes(bytes(data), format_number(format)))
