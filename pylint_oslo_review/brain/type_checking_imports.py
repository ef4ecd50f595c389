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

"""Astroid hooks for ``if TYPE_CHECKING:`` star imports in package modules.

nova's and cinder's ``objects/__init__.py`` star-import every object module
inside ``if typing.TYPE_CHECKING:`` so that type checkers see
``objects.Instance``. At runtime that block never runs: the names exist on
the package only because the registry hook sets them (``objects.Instance``)
or because a submodule was imported (``objects.base``, ``objects.fields``).

astroid ignores the guard. Every public name of every object module lands in
the package's locals, and locals win over submodules, so
``from nova.objects import fields`` infers to oslo.versionedobjects' ``fields``
(re-exported by some object module) and ``from nova.objects import base`` to
nothing at all. Every class in nova/objects then has unknown bases, which
silences pylint and breaks inference for the whole package.

This hook keeps what the runtime has: star-imported names that are classes in
the module they come from (the registered objects), and drops the rest
(imported modules, loggers, helpers), so that submodules resolve normally.
"""

from __future__ import annotations

from astroid import nodes

_TYPE_CHECKING = "TYPE_CHECKING"


def _is_type_checking_test(test: nodes.NodeNG) -> bool:
    if isinstance(test, nodes.Name):
        return test.name == _TYPE_CHECKING
    if isinstance(test, nodes.Attribute):
        return test.attrname == _TYPE_CHECKING
    return False


def _guarded_star_imports(module: nodes.Module) -> list[nodes.ImportFrom]:
    star_imports = []
    for statement in module.body:
        if not (
            isinstance(statement, nodes.If)
            and _is_type_checking_test(statement.test)
        ):
            continue
        for child in statement.body:
            if isinstance(child, nodes.ImportFrom) and child.names[0][0] == "*":
                star_imports.append(child)
    return star_imports


def _looks_like_guarded_star_package(module: nodes.Module) -> bool:
    """A package ``__init__`` with star imports under ``if TYPE_CHECKING:``."""
    return module.package and bool(_guarded_star_imports(module))


def _is_class_in_source(star_import: nodes.ImportFrom, name: str) -> bool:
    try:
        source = star_import.do_import_module()
    except Exception:  # pylint: disable=broad-exception-caught
        # astroid raises several unrelated errors for unresolvable imports;
        # an import we cannot follow gives no reason to drop the name.
        return True
    return any(
        isinstance(definition, nodes.ClassDef)
        for definition in source.locals.get(name, ())
    )


def drop_type_checking_only_names(module: nodes.Module) -> nodes.Module:
    """Remove star-imported names that do not exist on the package at runtime."""
    guarded = set(_guarded_star_imports(module))
    for name, definitions in list(module.locals.items()):
        if not definitions or not all(d in guarded for d in definitions):
            continue
        if not any(_is_class_in_source(d, name) for d in definitions):
            del module.locals[name]
    return module


TRANSFORMS = (
    (nodes.Module, drop_type_checking_only_names, _looks_like_guarded_star_package),
)
