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

"""Astroid hooks for the names a project registry sets on its objects package.

nova's ``NovaObjectRegistry.registration_hook`` (cinder's likewise) does
``setattr(nova.objects, cls.obj_name(), cls)`` for every registered class,
which is why code writes ``objects.Instance``. The package's
``register_all()`` lists the object modules as ``__import__('...')`` calls,
so that every object gets registered in every service.

astroid sees none of that: unless the package also star-imports its modules
under ``if TYPE_CHECKING:`` (nova since 2024, cinder), every
``objects.<Name>`` is a ``no-member``. This hook reads ``register_all()``,
finds the classes those modules register (a text scan of each module, no
inference), and declares each one on the package as a lazy
``from <module> import <Name>``: the module is parsed only when the name is
used. A misspelt ``objects.Instanse`` is still ``no-member``.
"""

from __future__ import annotations

import os

import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder

from pylint_oslo_review.ovo.model import registration

_REGISTER_ALL = "register_all"
_IMPORT_CALL = "__import__"


def _imported_modules(register_all: nodes.FunctionDef) -> list[str]:
    modules = []
    for call in register_all.nodes_of_class(nodes.Call):
        if (
            isinstance(call.func, nodes.Name)
            and call.func.name == _IMPORT_CALL
            and len(call.args) == 1
            and isinstance(call.args[0], nodes.Const)
            and isinstance(call.args[0].value, str)
        ):
            modules.append(call.args[0].value)
    return modules


def _register_all(module: nodes.Module) -> nodes.FunctionDef | None:
    for definition in module.locals.get(_REGISTER_ALL, ()):
        if isinstance(definition, nodes.FunctionDef):
            return definition
    return None


def _looks_like_objects_package(module: nodes.Module) -> bool:
    return module.package and _REGISTER_ALL in module.locals and bool(module.file)


def _module_file(package: nodes.Module, modname: str) -> str | None:
    """The file of *modname*, a submodule of *package*, if it is one."""
    prefix = package.name + "."
    if not modname.startswith(prefix):
        return None
    relative = modname[len(prefix):].split(".")
    base = os.path.join(os.path.dirname(package.file), *relative)
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


def _registered_classes(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return registration.registered_names_in_source(handle.read())
    except OSError:
        return []


def add_registered_names(module: nodes.Module) -> nodes.Module:
    """Declare ``<package>.<Name>`` for every class register_all() registers."""
    register_all = _register_all(module)
    if register_all is None:
        return module
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    for modname in _imported_modules(register_all):
        path = _module_file(module, modname)
        if path is None:
            continue
        for name in _registered_classes(path):
            if name in module.locals:
                continue
            statement = builder.string_build(f"from {modname} import {name}\n").body[0]
            statement.parent = module
            statement.lineno = register_all.lineno
            module.locals[name] = [statement]
    return module


TRANSFORMS = (
    (nodes.Module, add_registered_names, _looks_like_objects_package),
)
