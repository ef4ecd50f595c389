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

"""SQLAlchemy as stubs: the import hook that puts them in astroid's cache.

astroid resolves ``import sqlalchemy`` by its module cache first. Every
``import``/``from ... import`` of a ``sqlalchemy`` module is transformed
(when the importing module is built, before anything infers through it)
by caching the stub of that module (``sqlalchemy_stubs``), so the real
module is never built; names inside a stub lead to further stubs only
when they are inferred. The declarative bases are in
``sqlalchemy_declarative``.
"""

from __future__ import annotations

import astroid
from astroid import nodes

from pylint_oslo_review.brain import sqlalchemy_declarative, sqlalchemy_stubs
from pylint_oslo_review.brain.sqlalchemy_stubs import is_sqlalchemy


def _absolute_from(node: nodes.ImportFrom) -> str | None:
    if not node.level:
        return node.modname
    # A relative import inside a real SQLAlchemy module that got built anyway.
    root = node.root()
    if not is_sqlalchemy(root.name):
        return None
    try:
        return root.relative_to_absolute_name(node.modname, node.level)
    except astroid.AstroidError:
        return None


def _imported_modules(node: nodes.Import | nodes.ImportFrom) -> list[str]:
    if isinstance(node, nodes.ImportFrom):
        modname = _absolute_from(node)
        if not is_sqlalchemy(modname):
            return []
        return [modname] + [f"{modname}.{name}" for name, _ in node.names if name != "*"]
    names = []
    for name, _ in node.names:
        if is_sqlalchemy(name):
            parts = name.split(".")
            names.extend(".".join(parts[: index + 1]) for index in range(len(parts)))
    return names


def _imports_sqlalchemy(node: nodes.Import | nodes.ImportFrom) -> bool:
    if isinstance(node, nodes.ImportFrom):
        return is_sqlalchemy(node.modname) if not node.level else is_sqlalchemy(node.root().name)
    return any(is_sqlalchemy(name) for name, _ in node.names)


def cache_stubs(node: nodes.Import | nodes.ImportFrom) -> None:
    """Put the stub of every SQLAlchemy module *node* imports into astroid's cache."""
    manager = astroid.MANAGER
    for modname in _imported_modules(node):
        if modname in manager.astroid_cache:
            continue
        if isinstance(node, nodes.ImportFrom) and modname.count(".") > _absolute_from(node).count("."):
            # ``from sqlalchemy import orm``: only if orm is a module.
            if sqlalchemy_stubs.source_file(manager, modname) is None:
                continue
        try:
            sqlalchemy_stubs.stub_module(manager, modname)
        except Exception:  # pylint: disable=broad-exception-caught
            # Never crash pylint: astroid then builds the real module (slow, correct).
            return


#: The packages OpenStack code imports most, cached when the plugin is
#: registered: a module's own imports are transformed only after astroid
#: has inferred ``self.x = ...`` targets in it (``delayed_assattr``), which
#: may already reach ``sqlalchemy`` and build the real package.
EAGER = ("sqlalchemy", "sqlalchemy.orm", "sqlalchemy.sql", "sqlalchemy.exc", "sqlalchemy.orm.exc",
         "sqlalchemy.types", "sqlalchemy.schema", "sqlalchemy.event", "sqlalchemy.engine",
         "sqlalchemy.ext", "sqlalchemy.dialects", "sqlalchemy.sql.expression")


def cache_eager_stubs(manager: astroid.manager.AstroidManager) -> None:
    """Cache the stubs of ``EAGER`` (a few small ``__init__`` files, cheap)."""
    for modname in EAGER:
        if modname in manager.astroid_cache:
            continue
        try:
            sqlalchemy_stubs.stub_module(manager, modname)
        except Exception:  # pylint: disable=broad-exception-caught
            return


TRANSFORMS = (
    (nodes.Import, cache_stubs, _imports_sqlalchemy),
    (nodes.ImportFrom, cache_stubs, _imports_sqlalchemy),
    *sqlalchemy_declarative.TRANSFORMS,
)
