# SPDX-License-Identifier: Apache-2.0
"""Exceptions raised by planwerk.

Each mirrors a status code of the C API (``pw_status``); ``code`` carries the
number. Where a Python built-in fits, the class derives from it too, so that
``except KeyError`` or ``except OSError`` work as a Python user expects.
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple, Type

from .diagnostics import Diagnostics


class PlanwerkError(Exception):
    """Base class of every planwerk error."""

    code: int = 10

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidArgumentError(PlanwerkError, ValueError):
    """An argument cannot be used (PW_ERR_INVALID_ARGUMENT)."""

    code = 1


class FileError(PlanwerkError, OSError):
    """A file could not be read or written (PW_ERR_IO)."""

    code = 2


class ParseError(PlanwerkError, ValueError):
    """Bytes are not a valid document in the format (PW_ERR_PARSE)."""

    code = 3


class UnsupportedVersionError(PlanwerkError):
    """The document was written with a newer schema (PW_ERR_UNSUPPORTED_VERSION)."""

    code = 4


class ModelError(PlanwerkError, ValueError):
    """A document or edit breaks the model's structure (PW_ERR_INVALID_MODEL).

    ``diagnostics`` lists every structural problem found.
    """

    code = 5

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.diagnostics: Diagnostics = Diagnostics()


class NotFoundError(PlanwerkError, KeyError):
    """No entity has that id (PW_ERR_NOT_FOUND)."""

    code = 6


class ConflictError(PlanwerkError):
    """The edit collides with existing data (PW_ERR_CONFLICT)."""

    code = 7


class OutOfRangeError(PlanwerkError, IndexError):
    """An index past the end (PW_ERR_OUT_OF_RANGE)."""

    code = 8


class InternalError(PlanwerkError):
    """A bug in planwerk (PW_ERR_INTERNAL); please report it."""

    code = 10


_BY_CODE: Dict[int, Type[PlanwerkError]] = {
    cls.code: cls
    for cls in (
        InvalidArgumentError,
        FileError,
        ParseError,
        UnsupportedVersionError,
        ModelError,
        NotFoundError,
        ConflictError,
        OutOfRangeError,
        InternalError,
    )
}
_BY_CODE[9] = PlanwerkError  # out of memory: Python raises MemoryError itself first


def _class_for_code(code: int) -> Type[PlanwerkError]:
    return _BY_CODE.get(code, PlanwerkError)


def _diagnostics_from_tuples(rows: Sequence[Tuple[str, int, int, str, str, str]]) -> "Diagnostics":
    return Diagnostics._from_tuples(rows)
