# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.

"""The values an OVO enum field accepts, evaluated the way OVO builds it.

``EnumField(['a', 'b'])`` and project subclasses (nova's
``MigrationTypeField``, whose ``AUTO_TYPE`` is ``MigrationType()`` over
``ALL = (MIGRATION, ...)``) are run through the evaluator that computes
object fingerprints: the field is built as OVO builds it and the
``Enum`` type's ``_valid_values`` read back. Only a field whose type is
an ``oslo_versionedobjects.fields.Enum`` and whose values are all strings
has an answer; a list of enums, or anything not evaluated completely, has
none.
"""

from __future__ import annotations

from typing import Any

from astroid import nodes

from pylint_oslo_review.evaluation.values import MISSING, CannotVerify, ObjectRef
from pylint_oslo_review.fingerprint.fingerprinter import Fingerprinter
from pylint_oslo_review.ovo import names

_ENUM = f"{names.OVO_FIELDS}.Enum"
_LIST = f"{names.OVO_FIELDS}.List"


def _is_a(fingerprinter: Fingerprinter, cls: nodes.ClassDef, qname: str) -> bool:
    return any(klass.qname() == qname for klass in fingerprinter.evaluator.mro(cls) or ())


def enum_fields(fingerprinter: Fingerprinter, classdef: nodes.ClassDef) -> dict[str, tuple[str, ...]]:
    """Field name -> the strings it accepts, for the enum fields known completely."""
    try:
        merged = fingerprinter.merger.fields(classdef)
    except CannotVerify:
        return {}
    if not isinstance(merged, dict):
        return {}
    found = {}
    for name, field in merged.items():
        values = _values(fingerprinter, field)
        if values is not None:
            found[name] = values
    return found


def _values(fingerprinter: Fingerprinter, field: Any) -> tuple[str, ...] | None:
    if not isinstance(field, ObjectRef):
        return None
    try:
        field_type = field.own("_type", MISSING)
        if not isinstance(field_type, ObjectRef) or not _is_a(fingerprinter, field_type.cls, _ENUM):
            return None
        if _is_a(fingerprinter, field_type.cls, _LIST):
            return None
        values = field_type.own("_valid_values", MISSING)
    except CannotVerify:
        return None
    if isinstance(values, (tuple, list)) and values and all(isinstance(v, str) for v in values):
        return tuple(values)
    return None
