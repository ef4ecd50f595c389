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

"""The values a table's enum column has in the project's schema migrations.

The database is built by the migrations, not by the models, so when they
disagree the migrations decide what a row may hold: nova's model and
object both said ``'evacuate'`` where migration 293 had created the
column as ``Enum(..., 'evacuation')`` (fixed in nova 91da50d0c7).

The scripts are those of a ``versions`` directory at most two levels below
the model module's directory (sqlalchemy-migrate's
``migrate_repo/versions``, alembic's ``migrations/versions``), read with
``ast`` (they are never imported). A script *defines* the column when it

- builds ``Table('t', ..., Column('c', TYPE, ...))`` or alembic's
  ``op.create_table('t', ..., sa.Column('c', TYPE))``;
- calls ``op.add_column('t', sa.Column('c', TYPE))`` or
  ``op.alter_column('t', 'c', type_=TYPE)``;
- calls ``table.create_column(column)`` (sqlalchemy-migrate) with
  ``table = Table('t', ...)`` and ``column = Column('c', TYPE)`` bound in
  the same function;

where TYPE is an ``Enum('a', 'b', ...)`` call of literal strings, or a name
bound to one in the same function. The answer is certain only when every
definition is such an enum with the same values, and no script mentions
both names (as strings, or words of a string such as raw SQL) without
defining the column: a script that alters it some other way may have
changed what it accepts.
"""

from __future__ import annotations

import ast
import functools
import os
import re
from dataclasses import dataclass

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
#: Directories below the models' directory searched for ``versions``.
_DEPTH = 2


@dataclass(frozen=True)
class SchemaEnum:
    """The column's values in the schema and the script that last set them."""

    values: tuple[str, ...]
    path: str
    line: int


class _Unknown(Exception):
    """A definition or mention that cannot be read."""


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _bindings(function: ast.AST) -> dict[str, ast.AST | None]:
    """Names assigned exactly once in *function* (None when more often)."""
    bound: dict[str, ast.AST | None] = {}
    for node in _local_nodes(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            bound[name] = None if name in bound else node.value
    return bound


def _resolve(node: ast.AST, bound: dict[str, ast.AST | None]) -> ast.AST | None:
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    return node


def _enum(type_node: ast.AST | None, bound: dict[str, ast.AST | None]) -> tuple[tuple[str, ...], int]:
    """The values of an enum TYPE and its line; raises _Unknown for any other type."""
    call = _resolve(type_node, bound) if type_node is not None else None
    if not (isinstance(call, ast.Call) and _name(call.func) == "Enum"):
        raise _Unknown
    values = tuple(_string(argument) for argument in call.args)
    if not values or None in values or any(k.arg in ("values_callable", None) for k in call.keywords):
        raise _Unknown
    return values, call.lineno


def _column_type(column: ast.AST | None, name: str, bound: dict[str, ast.AST | None]) -> ast.AST | None | bool:
    """The TYPE node of ``Column(name, TYPE)``; False when it is another column."""
    column = _resolve(column, bound) if column is not None else None
    if not (isinstance(column, ast.Call) and _name(column.func) == "Column" and column.args):
        return False
    if _string(column.args[0]) != name:
        return False
    if len(column.args) > 1:
        return column.args[1]
    return next((k.value for k in column.keywords if k.arg == "type_"), None)


def _definitions(tree: ast.Module, table: str, column: str) -> list[tuple[tuple[str, ...], int]]:
    """The column's enum definitions in one script; raises _Unknown."""
    found = []
    scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, _FUNCTIONS))]
    for scope in scopes:
        bound = _bindings(scope)
        for call in _local_nodes(scope):
            if isinstance(call, ast.Call):
                for type_node in _defined_types(call, table, column, bound):
                    found.append(_enum(type_node, bound))
    return found


def _local_nodes(scope: ast.AST):
    """The nodes of *scope*, its nested functions' bodies left out."""
    pending = list(ast.iter_child_nodes(scope))
    while pending:
        node = pending.pop()
        yield node
        if not isinstance(node, _FUNCTIONS):
            pending.extend(ast.iter_child_nodes(node))


def _defined_types(call: ast.Call, table: str, column: str, bound: dict[str, ast.AST | None]):
    """The TYPE nodes *call* gives the column (``None`` for an untyped one)."""
    function = _name(call.func)
    arguments = list(call.args)
    if function in ("Table", "create_table", "add_column") and arguments and _string(arguments[0]) == table:
        for argument in arguments[1:]:
            type_node = _column_type(argument, column, bound)
            if type_node is not False:
                yield type_node
    elif function == "alter_column" and len(arguments) > 1 and _string(arguments[0]) == table \
            and _string(arguments[1]) == column:
        type_node = next((k.value for k in call.keywords if k.arg == "type_"), None)
        if type_node is not None:
            yield type_node
    elif function == "create_column" and isinstance(call.func, ast.Attribute) and arguments:
        owner = _resolve(call.func.value, bound)
        if isinstance(owner, ast.Call) and _name(owner.func) == "Table" and owner.args \
                and _string(owner.args[0]) == table:
            type_node = _column_type(arguments[0], column, bound)
            if type_node is not False:
                yield type_node


def _mentions(tree: ast.Module, word: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return any(
        isinstance(node, ast.Constant) and isinstance(node.value, str) and pattern.search(node.value)
        for node in ast.walk(tree)
    )


def version_scripts(models_file: str) -> tuple[str, ...]:
    """The migration scripts that may build the models' tables, sorted."""
    return _scripts(os.path.dirname(os.path.abspath(models_file)))


@functools.lru_cache(maxsize=64)
def _scripts(directory: str) -> tuple[str, ...]:
    found = []
    for root, dirs, files in os.walk(directory):
        depth = os.path.relpath(root, directory).count(os.sep) + (root != directory)
        if depth > _DEPTH:
            dirs[:] = []
            continue
        if os.path.basename(root) == "versions":
            found.extend(os.path.join(root, f) for f in files if f.endswith(".py") and f != "__init__.py")
            dirs[:] = []
    return tuple(sorted(found))


@functools.lru_cache(maxsize=4096)
def _tree(path: str) -> ast.Module | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return ast.parse(handle.read(), path)
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return None


@functools.lru_cache(maxsize=1024)
def schema_enum(scripts: tuple[str, ...], table: str, column: str) -> SchemaEnum | None | bool:
    """The column's enum in *scripts*: None when none defines it, False when uncertain."""
    seen: set[tuple[str, ...]] = set()
    last: SchemaEnum | None = None
    for path in scripts:
        tree = _tree(path)
        if tree is None:
            return False
        try:
            definitions = _definitions(tree, table, column)
        except _Unknown:
            return False
        if not definitions:
            if _mentions(tree, table) and _mentions(tree, column):
                return False
            continue
        for values, line in definitions:
            seen.add(tuple(sorted(values)))
            last = SchemaEnum(values, path, line)
    if len(seen) > 1:
        return False
    return last
