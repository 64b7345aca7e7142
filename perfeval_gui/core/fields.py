"""One description per record: what each field of the model holds, read from its type and
its field metadata. The JSON reader and writer (``interchange``) and the store's columns
(``store/columns.py``) are derived from it, so adding a field to a record is: the model,
a migration (its column), a form.

A field's *kind* follows from its type — ``str | None`` is text, ``Decimal | None`` a weight
or score (a JSON number), ``bool`` a flag, a record a nested object, ``list[record]`` a list
of them — unless its metadata names another: an amount (万元, a decimal string in JSON), an
ISO date, the year, the profile id, the evaluation kinds, a judgement. Metadata may also name the store
column where it differs from the field's name, and whether the key is required.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import MISSING, dataclass, is_dataclass
from decimal import Decimal
from typing import Any

TEXT = "text"
DATE = "date"  # ISO YYYY-MM-DD text
AMOUNT = "amount"  # 万元: a decimal string in JSON
POINTS = "points"  # a weight or a score: a JSON number
FLAG = "flag"
YEAR = "year"
PROFILE_ID = "profile_id"
EVALUATION_KINDS = "evaluation_kinds"
JUDGEMENT = "judgement"  # 达成 / 部分达成 / 未达成, or null
FORM = "form"  # self_evaluation / monitoring / declaration (the annual cycle, forms.py)
LIKELIHOOD = "likelihood"  # 确定能 / 有可能 / 完全不可能, or null
CAUSES = "causes"  # 偏差原因: an object, category word -> the words written under it
RECORD = "record"  # a nested record
RECORDS = "records"  # a list of records

KIND, COLUMN, REQUIRED = "kind", "column", "required"
# every record's own (and a row's id, which the store keeps): never a key of the document
_BOOKKEEPING = ("extra", "missing", "row_id")


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the attribute, and the key in the document
    kind: str
    column: str  # the store's column (on the record's own table or row)
    required: bool
    record: type | None  # the record type of a RECORD or RECORDS field
    _field: dataclasses.Field[Any]

    @property
    def default(self) -> Any:
        f = self._field
        return f.default_factory() if f.default is MISSING else f.default  # type: ignore[misc]

    @property
    def flat(self) -> bool:
        """A value of its own (not a nested record or a list of them)."""
        return self.kind not in (RECORD, RECORDS)


@functools.cache
def specs(cls: type) -> tuple[FieldSpec, ...]:
    """The fields of a record type, in the order the document writes them."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.name in _BOOKKEEPING:
            continue
        kind, record = _kind(cls, f, hints[f.name])
        out.append(FieldSpec(f.name, kind, f.metadata.get(COLUMN, f.name),
                             bool(f.metadata.get(REQUIRED)), record, f))
    return tuple(out)


@functools.cache
def names(cls: type) -> tuple[str, ...]:
    return tuple(spec.name for spec in specs(cls))


def _kind(cls: type, f: dataclasses.Field[Any], hint: Any) -> tuple[str, type | None]:
    if KIND in f.metadata:
        return f.metadata[KIND], None
    base = _without_none(hint)
    if typing.get_origin(base) is list:
        (item,) = typing.get_args(base)
        if is_dataclass(item):
            return RECORDS, item
    elif is_dataclass(base):
        return RECORD, base  # type: ignore[return-value]
    simple = {str: TEXT, Decimal: POINTS, bool: FLAG}
    if base in simple:
        return simple[base], None
    raise TypeError(f"{cls.__name__}.{f.name}: no kind for {hint!r}; name one in its metadata")


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return hint


def record_types(root: type) -> list[type]:
    """Every record type reachable from *root*, *root* first."""
    found = [root]
    for cls in found:
        for spec in specs(cls):
            if spec.record is not None and spec.record not in found:
                found.append(spec.record)
    return found


@functools.cache
def list_paths(root: type) -> tuple[str, ...]:
    """The paths of every list of records under *root* ('funds.rows', 'indicators', 'team'),
    in the document's order: the record tree's lists, read from the model."""
    out: list[str] = []

    def walk(cls: type, prefix: str) -> None:
        for spec in specs(cls):
            if spec.kind == RECORDS:
                out.append(prefix + spec.name)
            elif spec.kind == RECORD and spec.record is not None:
                walk(spec.record, f"{prefix}{spec.name}.")

    walk(root, "")
    return tuple(out)
