# SPDX-License-Identifier: Apache-2.0
"""The Python Kind against the schema and the C library: the same kinds,
names and numbers everywhere, so that no list can drift."""

import ctypes
import os

import pytest

from planwerk import Kind, pb


def test_kind_is_the_schemas_entity_kind():
    schema = {v.name[len("ENTITY_KIND_"):]: v.number for v in pb.EntityKind.DESCRIPTOR.values if v.number != 0}
    assert {k.name: k.value for k in Kind} == schema


def test_every_kind_has_its_message_and_list():
    # The Concept message holds one list per kind, of that kind's message.
    lists = {f.name: f.message_type.name for f in pb.Concept.DESCRIPTOR.fields if f.message_type is not None}
    for kind in Kind:
        assert kind.list_name in lists, kind
        assert kind.message_type.DESCRIPTOR.name == lists[kind.list_name]
    assert Kind.PARTICIPATION_EVENT.list_name == "participation_events"
    assert Kind.of(pb.BudgetPool()) is Kind.BUDGET_POOL


@pytest.mark.skipif("PLANWERK_C_LIBRARY" not in os.environ, reason="PLANWERK_C_LIBRARY names no C library")
def test_kind_names_agree_with_the_c_library():
    lib = ctypes.CDLL(os.environ["PLANWERK_C_LIBRARY"])
    lib.pw_kind_name.restype = ctypes.c_char_p
    lib.pw_kind_name.argtypes = [ctypes.c_int]
    for kind in Kind:
        assert lib.pw_kind_name(kind.value).decode() == kind.name.lower()
    assert lib.pw_kind_name(0).decode() == "concept"
    assert lib.pw_kind_name(len(Kind) + 1).decode() == "unknown"
