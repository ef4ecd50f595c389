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

"""The values an ``sa.Enum`` column of a model accepts, when they are literal.

``Column(sa.Enum('a', 'b', name='t'))`` (the type first, or after the
column's name), also through a name bound once to the ``Enum(...)`` call
with values that astroid infers to strings (``constants.INGRESS``) and
with ``*VALUES`` over a tuple or list of them.
An ``Enum`` over a Python enum class, with ``values_callable``, or one
that enforces nothing (``native_enum=False`` without
``create_constraint=True``: no native type and no CHECK constraint) gives
None. The column is the first definition of the attribute along the
model's MRO (mixins included); any other shape there gives None.
"""

from __future__ import annotations

from dataclasses import dataclass

import astroid
from astroid import nodes, util
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.spelling import terminal_name


@dataclass(frozen=True)
class EnumColumn:
    """An enum column: the values it accepts and where they are written."""

    values: tuple[str, ...]
    node: nodes.NodeNG


def _is_sqlalchemy_class(node: nodes.NodeNG, name: str) -> bool:
    """*node* is spelt *name* and is SQLAlchemy's, or cannot be inferred.

    The stubs leave some names (``sa.Column``) uninferable; a class of
    another library spelt the same (``enum.Enum``) is told apart.
    """
    if terminal_name(node) != name:
        return False
    inferred = safe_infer(node)
    if inferred is None or isinstance(inferred, util.UninferableBase):
        return True
    return isinstance(inferred, nodes.ClassDef) and inferred.root().name.split(".")[0] == "sqlalchemy"


def _keyword(call: nodes.Call, name: str) -> nodes.NodeNG | None:
    return next((k.value for k in call.keywords or () if k.arg == name), None)


def _const_is(node: nodes.NodeNG | None, value: bool) -> bool:
    return isinstance(node, nodes.Const) and node.value is value


def enum_values(call: nodes.Call) -> tuple[str, ...] | None:
    """The strings a ``sqlalchemy.Enum(...)`` call accepts, or None."""
    if any(k.arg in ("values_callable", None) for k in call.keywords or ()):
        return None
    native = _keyword(call, "native_enum")
    if native is not None and not _const_is(native, True):
        if not _const_is(native, False) or not _const_is(_keyword(call, "create_constraint"), True):
            return None
    values: list[str] = []
    for argument in call.args:
        if isinstance(argument, nodes.Starred):
            sequence = safe_infer(argument.value)
            if not isinstance(sequence, (nodes.Tuple, nodes.List)):
                return None
            items = [safe_infer(element) for element in sequence.elts]
        else:
            items = [safe_infer(argument)]
        for item in items:
            if not (isinstance(item, nodes.Const) and isinstance(item.value, str)):
                return None
            values.append(item.value)
    return tuple(values) if values else None


def _enum_call(node: nodes.NodeNG) -> nodes.Call | None:
    """*node* as an ``Enum(...)`` call, directly or through a name bound once."""
    if isinstance(node, nodes.Name):
        bound = node.lookup(node.name)[1]
        if len(bound) != 1 or not isinstance(bound[0], nodes.AssignName):
            return None
        node = getattr(bound[0].parent, "value", None)
    if isinstance(node, nodes.Call) and _is_sqlalchemy_class(node.func, "Enum"):
        return node
    return None


def column_enum(column: nodes.Call) -> EnumColumn | None:
    """The enum of a ``Column(...)`` call, or None."""
    arguments = list(column.args)
    if arguments and isinstance(arguments[0], nodes.Const) and isinstance(arguments[0].value, str):
        arguments = arguments[1:]
    type_node = arguments[0] if arguments else _keyword(column, "type_")
    call = _enum_call(type_node) if type_node is not None else None
    values = enum_values(call) if call is not None else None
    return EnumColumn(values, call) if values is not None else None


def model_column(model: nodes.ClassDef, attribute: str) -> EnumColumn | None:
    """The enum column *model* maps *attribute* to, or None."""
    try:
        order = model.mro()
    except (astroid.AstroidError, RecursionError):
        return None
    for klass in order:
        if attribute not in klass.locals:
            continue
        assigned = klass.locals[attribute]
        if len(assigned) != 1 or not isinstance(assigned[0], nodes.AssignName):
            return None
        value = getattr(assigned[0].parent, "value", None)
        if isinstance(value, nodes.Call) and _is_sqlalchemy_class(value.func, "Column"):
            return column_enum(value)
        return None
    return None


def table_name(model: nodes.ClassDef) -> str | None:
    """The model's literal ``__tablename__``."""
    assigned = model.locals.get("__tablename__", ())
    if len(assigned) != 1 or not isinstance(assigned[0], nodes.AssignName):
        return None
    value = getattr(assigned[0].parent, "value", None)
    return value.value if isinstance(value, nodes.Const) and isinstance(value.value, str) else None


def column_name(model: nodes.ClassDef, attribute: str) -> str:
    """The column's name in the table: Column('name', ...) or the attribute's."""
    assigned = model.locals.get(attribute, ())
    value = getattr(assigned[0].parent, "value", None) if len(assigned) == 1 else None
    if isinstance(value, nodes.Call) and value.args and isinstance(value.args[0], nodes.Const) \
            and isinstance(value.args[0].value, str):
        return value.args[0].value
    return attribute
