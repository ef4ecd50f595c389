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

"""ovo-field-column-mismatch: an enum field accepts values its column refuses.

An OVO ``EnumField`` and the ``sa.Enum`` column it is stored in are two
lists of the same values kept by hand; when the object accepts a value
the column does not, the object is built and sent without complaint and
the row fails at ``create()``/``save()``: nova's ``Migration`` accepted
``'evacuate'`` where the schema's column said ``'evacuation'`` (fixed in
91da50d0c7).

Reported only when every step is proven (``pylint_oslo_review.ovo.storage``):
the model the class is stored in, the field's values (evaluated as OVO
builds the field), the column the field is written to, and that column's
values (the schema migrations' when they define the column, else the
model's). Values the column accepts and the object does not are no bug (the
object is stricter), and are not reported.
"""

from __future__ import annotations

import os

from astroid import nodes
from astroid.const import Context
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis.project import project_root
from pylint_oslo_review.analysis.suites import is_test_module
from pylint_oslo_review.fingerprint.fingerprinter import Fingerprinter
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, declarations
from pylint_oslo_review.ovo.storage import enum_columns, field_values, migrations, model_link

MSG = "ovo-field-column-mismatch"

#: Where neutron's base converts fields to columns by ``fields_need_translation`` only.
_NEUTRAL_CONVERTERS = frozenset({"neutron.objects.base"})
_OVO_REGISTRY = f"{names.OVO_BASE}.VersionedObjectRegistry"
#: Refused values named in the message (the rest are counted).
_SHOWN = 2
#: Methods whose ``updates['field'] = ...`` may change the value on its way to the row.
_WRITERS = ("create", "save", "update")


def _ovo_object(classdef: nodes.ClassDef) -> bool:
    """A versioned object, or a class an OVO registry registers (nova's 2015
    ``NovaObject`` was its own base, but ``NovaObjectRegistry.register``,
    a ``VersionedObjectRegistry``, installs OVO's coercing field setters)."""
    if ancestry.is_versioned_object_class(classdef):
        return True
    for decorator in classdef.decorators.nodes if classdef.decorators else ():
        if isinstance(decorator, nodes.Attribute) and decorator.attrname == "register":
            registry = safe_infer(decorator.expr)
            if isinstance(registry, nodes.ClassDef) and ancestry.derives_from(registry, _OVO_REGISTRY):
                return True
    return False


def _translation(classdef: nodes.ClassDef) -> dict[str, str] | None:
    """neutron's ``fields_need_translation`` (field -> column attribute), or None if unreadable."""
    for klass in ancestry.complete_mro(classdef) or ():
        if "fields_need_translation" not in klass.locals:
            continue
        values = declarations.class_level_values(klass, "fields_need_translation")
        if len(values) != 1 or not isinstance(values[0], nodes.Dict):
            return None
        mapping = {}
        for key, value in values[0].items:
            if not (isinstance(key, nodes.Const) and isinstance(value, nodes.Const)
                    and isinstance(key.value, str) and isinstance(value.value, str)):
                return None
            mapping[key.value] = value.value
        return mapping
    return {}


def _synthetic(classdef: nodes.ClassDef) -> set[str] | None:
    """neutron's ``synthetic_fields`` (stored by other objects), or None if unreadable."""
    names_found: set[str] = set()
    for klass in ancestry.complete_mro(classdef) or ():
        for value in declarations.class_level_values(klass, "synthetic_fields"):
            if not isinstance(value, (nodes.List, nodes.Tuple)):
                return None
            for element in value.elts:
                if not (isinstance(element, nodes.Const) and isinstance(element.value, str)):
                    return None
                names_found.add(element.value)
        if "synthetic_fields" in klass.locals and not declarations.class_level_values(klass, "synthetic_fields"):
            return None
    return names_found


def _converts_values(classdef: nodes.ClassDef) -> bool:
    """A class of the MRO converts fields to columns its own way (``modify_fields_to_db``)."""
    order = ancestry.complete_mro(classdef)
    if order is None:
        return True
    return any(
        "modify_fields_to_db" in klass.locals and klass.root().name not in _NEUTRAL_CONVERTERS
        for klass in order
    )


def _rewritten(classdef: nodes.ClassDef) -> set[str]:
    """Keys the class's writers assign (``updates['x'] = ...``): their values may change."""
    keys = set()
    for name in _WRITERS:
        for method in classdef.locals.get(name, ()):
            if not isinstance(method, nodes.FunctionDef):
                continue
            for target in method.nodes_of_class(nodes.Subscript):
                if target.ctx == Context.Store and isinstance(target.slice, nodes.Const) \
                        and isinstance(target.slice.value, str):
                    keys.add(target.slice.value)
    return keys


def _where(path: str, line: int) -> str:
    """*path* from the project's top directory, with the line."""
    top = os.path.dirname(project_root(path))
    return f"{os.path.relpath(path, top)}:{line}"


class OvoFieldColumnChecker(BaseChecker):
    """Compares enum fields with the enum columns their objects are stored in."""

    name = "oslo-ovo-field-column"
    msgs = {
        "W9220": (
            "'%s' accepts %s, which column %s refuses (%s): saving the object "
            "with %s fails where the database enforces the enum",
            MSG,
            "The object's EnumField and the column's sa.Enum list the values "
            "by hand; a value only the object accepts passes Enum.coerce "
            "(oslo_versionedobjects/fields.py) and fails at create()/save() (a native ENUM or the Enum's CHECK "
            "constraint refuses it). Reported when the model the object is "
            "stored in is proven (db_model, or create() reaching a database "
            "API function that builds the model), the field's values are "
            "evaluated completely and the column's values are literal, taken "
            "from the schema migrations when they define the column.",
        ),
    }

    def __init__(self, linter) -> None:
        super().__init__(linter)
        self._fingerprinter: Fingerprinter | None = None

    def open(self) -> None:
        self._fingerprinter = None

    @only_required_for_messages(MSG)
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        if is_test_module(node.root()) or not _ovo_object(node):
            return
        own = declarations.declared_fields(node)
        if not own:
            return
        link = model_link.stored_model(node)
        if link is None or _converts_values(node):
            return
        translation = _translation(node)
        synthetic = _synthetic(node)
        table = enum_columns.table_name(link.model)
        if translation is None or synthetic is None or table is None:
            return
        if self._fingerprinter is None:
            self._fingerprinter = Fingerprinter()
        accepted_by_object = field_values.enum_fields(self._fingerprinter, node)
        rewritten = _rewritten(node) | synthetic
        for name, declaration in own.items():
            if name in accepted_by_object and name not in rewritten:
                self._check(declaration, accepted_by_object[name], link, table, translation.get(name, name))

    def _check(self, declaration, accepted, link, table, attribute) -> None:
        column = enum_columns.model_column(link.model, attribute)
        models_file = link.model.root().file
        if column is None or not models_file:
            return
        column_name = enum_columns.column_name(link.model, attribute)
        schema = migrations.schema_enum(migrations.version_scripts(models_file), table, column_name)
        if schema is False:
            return
        if schema is None:
            values, where = column.values, f"model {_where(models_file, column.node.lineno)}"
        else:
            values, where = schema.values, f"migration {os.path.basename(schema.path)}:{schema.line}"
        refused = [value for value in accepted if value not in values]
        if not refused:
            return
        shown = ", ".join(repr(value) for value in refused[:_SHOWN])
        if len(refused) > _SHOWN:
            shown += f" and {len(refused) - _SHOWN} more"
        self.add_message(
            MSG,
            node=declaration.position,
            args=(declaration.name, shown, f"{table}.{column_name}", where, "it" if len(refused) == 1 else "them"),
            confidence=INFERENCE,
        )
