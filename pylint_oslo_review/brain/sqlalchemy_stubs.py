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

"""SQLAlchemy's modules as compact stubs, so that astroid never builds SQLAlchemy.

Building SQLAlchemy's own modules is most of what pylint costs on an
OpenStack ``db/`` layer: one ``import sqlalchemy`` makes astroid build
about 56 large modules and infer through their class hierarchies while it
transforms them (seconds of CPU before the user's first line matters), and
what comes out rarely helps a check (``declarative_base()`` infers to
nothing anyway, so every model class already had unknown bases).

Each ``sqlalchemy`` module a linted module imports is put into astroid's
cache, under its real name and file, as a stub that binds **exactly the
names the real module binds at its top level** (read from the installed
file with the standard library's ``ast``; SQLAlchemy is never imported):

- a real submodule is the stub of that submodule;
- a name with a model (``MODELS``) gets the model's definition;
- every other name infers to ``Uninferable``.

So a name the real module lacks is still ``no-member`` and
``no-name-in-module``, a name it has is never reported, and nothing is
claimed about its value. A module this cannot read (a compiled extension)
is left to astroid.
"""

from __future__ import annotations

import ast
import functools
import gc
import os
from collections.abc import Iterator

import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.inference_tip import inference_tip

from pylint_oslo_review.brain import sqlalchemy_declarative

ROOT = "sqlalchemy"
_UNKNOWN = sqlalchemy_declarative.UNKNOWN
_SUBMODULE = "__sqla_submodule__"
_IMPORTED = "__sqla_imported__"

#: Modules whose classes the stubs declare (methods with their real
#: signatures), because projects subclass them: pylint then knows the
#: hooks a ``TypeDecorator`` overrides (no ``unused-argument`` on
#: ``process_bind_param(self, value, dialect)``, ``arguments-differ`` still
#: checked). Classes elsewhere stay unknown; these are always open (any
#: attribute they do not declare is unknown, never ``no-member``).
CLASS_MODULES = ("sqlalchemy.sql.type_api", "sqlalchemy.sql.sqltypes")

#: Marks a binding ``from <sqlalchemy module> import name``: a module only
#: if that package has a submodule of that name.
_FROM = "from:"


def is_sqlalchemy(modname: str | None) -> bool:
    return bool(modname) and (modname == ROOT or modname.startswith(ROOT + "."))


def _root_file(manager: astroid.manager.AstroidManager) -> str | None:
    """``sqlalchemy/__init__.py`` as astroid finds it (its search path, no import)."""
    try:
        location = manager.file_from_module_name(ROOT, None).location
    except astroid.AstroidBuildingError:
        return None
    if not location or os.path.basename(location) != "__init__.py":
        return None
    return location


def source_file(manager: astroid.manager.AstroidManager, modname: str) -> str | None:
    """The ``.py`` file of SQLAlchemy module *modname*, None if there is none."""
    root = _root_file(manager)
    if root is None:
        return None
    parts = modname.split(".")[1:]
    base = os.path.join(os.path.dirname(root), *parts)
    if not parts:
        return root
    for candidate in (os.path.join(base, "__init__.py"), base + ".py"):
        if os.path.isfile(candidate):
            return candidate
    return None


@functools.lru_cache(maxsize=None)
def _submodules(package_init: str) -> frozenset[str]:
    """Names of the modules and packages inside a package (any importable kind)."""
    directory = os.path.dirname(package_init)
    names = set()
    for entry in os.listdir(directory):
        path = os.path.join(directory, entry)
        if os.path.isdir(path):
            if os.path.isfile(os.path.join(path, "__init__.py")):
                names.add(entry)
            continue
        stem, _, extension = entry.partition(".")
        if stem != "__init__" and stem.isidentifier() and extension.split(".")[-1] in ("py", "so", "pyd"):
            names.add(stem)
    return frozenset(names)


def _absolute(modname: str, is_package: bool, node: ast.ImportFrom) -> str | None:
    if not node.level:
        return node.module
    parts = modname.split(".")
    if not is_package:
        parts = parts[:-1]
    if node.level > 1:
        parts = parts[: len(parts) - (node.level - 1)]
    if not parts:
        return None
    return ".".join(parts + ([node.module] if node.module else []))


def _target_names(target: ast.AST) -> Iterator[str]:
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from _target_names(element)
    elif isinstance(target, ast.Starred):
        yield from _target_names(target.value)


def _bindings(tree: ast.Module, modname: str, is_package: bool, has_global: bool = True) -> dict[str, str | None]:
    """Top-level names of a module: name -> the module it may be bound to, or None.

    As astroid sees them: every branch of ``if``/``try``/``with``/loops
    counts (``if TYPE_CHECKING:`` included), ``global`` in a function binds
    a module name too.
    """
    bound: dict[str, str | None] = {}

    def bind(name: str, module: str | None = None) -> None:
        # Bound to different things on different branches: unknown.
        bound[name] = module if bound.get(name, module) == module else None

    def visit(statements: list[ast.stmt]) -> None:
        for statement in statements:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bind(statement.name)
                for inner in ast.walk(statement) if has_global else ():
                    if isinstance(inner, ast.Global):
                        for name in inner.names:
                            bind(name)
            elif isinstance(statement, ast.Import):
                for alias in statement.names:
                    if alias.asname:
                        bind(alias.asname, alias.name)
                    else:
                        top = alias.name.split(".")[0]
                        bind(top, top)
            elif isinstance(statement, ast.ImportFrom):
                source = _absolute(modname, is_package, statement)
                for alias in statement.names:
                    if alias.name == "*":
                        continue
                    if is_sqlalchemy(source):
                        # ``from . import orm``: a module if the package has one.
                        bind(alias.asname or alias.name, _FROM + f"{source}.{alias.name}")
                    else:
                        bind(alias.asname or alias.name)
            elif isinstance(statement, ast.Assign):
                for target in statement.targets:
                    for name in _target_names(target):
                        bind(name)
            elif isinstance(statement, (ast.AnnAssign, ast.AugAssign)):
                for name in _target_names(statement.target):
                    bind(name)
            elif isinstance(statement, (ast.For, ast.AsyncFor)):
                for name in _target_names(statement.target):
                    bind(name)
                visit(statement.body)
                visit(statement.orelse)
            elif isinstance(statement, (ast.With, ast.AsyncWith)):
                for item in statement.items:
                    if item.optional_vars is not None:
                        for name in _target_names(item.optional_vars):
                            bind(name)
                visit(statement.body)
            elif isinstance(statement, (ast.If, ast.While)):
                visit(statement.body)
                visit(statement.orelse)
            elif isinstance(statement, ast.Try) or type(statement).__name__ == "TryStar":
                visit(statement.body)
                for handler in statement.handlers:
                    if handler.name:
                        bind(handler.name)
                    visit(handler.body)
                visit(statement.orelse)
                visit(statement.finalbody)

    visit(tree.body)
    return bound


def _parse(path: str) -> tuple[ast.Module, bytes]:
    """The stdlib AST of *path*, parsed with the cyclic GC off.

    In a pylint process the heap holds every astroid tree built so far; the
    hundreds of thousands of objects one parse allocates would trigger full
    collections that walk all of it (measured: ten times the parse itself).
    """
    with open(path, "rb") as stream:
        source = stream.read()
    enabled = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source, filename=path), source
    finally:
        if enabled:
            gc.enable()


@functools.lru_cache(maxsize=None)
def _read_bindings(path: str, modname: str) -> tuple[tuple[str, str | None], ...]:
    tree, source = _parse(path)
    is_package = os.path.basename(path) == "__init__.py"
    return tuple(sorted(_bindings(tree, modname, is_package, b"global " in source).items()))


def _infer_unknown(node: nodes.NodeNG, context=None) -> Iterator[nodes.NodeNG]:  # pylint: disable=unused-argument
    return iter((astroid.Uninferable,))


def _infer_submodule(node: nodes.NodeNG, context=None) -> Iterator[nodes.NodeNG]:  # pylint: disable=unused-argument
    module = stub_module(astroid.MANAGER, node.sqla_module)
    return iter((module if module is not None else astroid.Uninferable,))


def _infer_imported(node: nodes.NodeNG, context=None) -> Iterator[nodes.NodeNG]:
    """``from .x import Name``: the stub's class for a class of ``CLASS_MODULES``."""
    source, _, name = node.sqla_module[len(_FROM):].rpartition(".")
    manager = astroid.MANAGER
    if name not in _stubbed_class_names(manager):
        return iter((astroid.Uninferable,))
    module = stub_module(manager, source)
    if module is None:
        return iter((astroid.Uninferable,))
    try:
        return iter(list(module.igetattr(name, context)))
    except astroid.AstroidError:
        return iter((astroid.Uninferable,))


_unknown_tip = inference_tip(_infer_unknown)
_imported_tip = inference_tip(_infer_imported)
_submodule_tip = inference_tip(_infer_submodule)


def _is_module(manager, modname: str) -> bool:
    if not is_sqlalchemy(modname):
        return False
    package, _, name = modname.rpartition(".")
    package_init = source_file(manager, package)
    return (
        package_init is not None
        and os.path.basename(package_init) == "__init__.py"
        and name in _submodules(package_init)
    )


def _signature(arguments: ast.arguments) -> str:
    """The parameters without annotations, every default ``None``."""
    copy = ast.arguments(
        posonlyargs=[ast.arg(arg.arg) for arg in arguments.posonlyargs],
        args=[ast.arg(arg.arg) for arg in arguments.args],
        vararg=ast.arg(arguments.vararg.arg) if arguments.vararg else None,
        kwonlyargs=[ast.arg(arg.arg) for arg in arguments.kwonlyargs],
        kw_defaults=[None if default is None else ast.Constant(None) for default in arguments.kw_defaults],
        kwarg=ast.arg(arguments.kwarg.arg) if arguments.kwarg else None,
        defaults=[ast.Constant(None) for _ in arguments.defaults],
    )
    return ast.unparse(copy)


_PLAIN_DECORATORS = {"staticmethod", "classmethod", "property"}


def _class_stub(classdef: ast.ClassDef, local_classes: set[str]) -> str:
    """A class with the real class's members: methods keep their signatures.

    A method under any other decorator (``memoized_property``,
    ``_generative``, ...) may not be a method at all: its name is declared
    with an unknown value. Bases defined in the same module are kept.
    """
    bases = []
    for base in classdef.bases:
        if isinstance(base, ast.Subscript):
            base = base.value
        if isinstance(base, ast.Name) and base.id in local_classes:
            bases.append(base.id)
    members: dict[str, str] = {}
    for statement in classdef.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            decorators = [ast.unparse(decorator) for decorator in statement.decorator_list]
            if "overload" in decorators or "typing.overload" in decorators:
                continue
            if set(decorators) <= _PLAIN_DECORATORS:
                lines = [f"    @{decorator}\n" for decorator in decorators]
                lines.append(f"    def {statement.name}({_signature(statement.args)}):\n")
                lines.append(f"        return {_UNKNOWN}\n")
                members[statement.name] = "".join(lines)
            else:
                members[statement.name] = f"    {statement.name} = {_UNKNOWN}\n"
        elif isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.ClassDef, ast.If)):
            targets = (
                [statement.name] if isinstance(statement, ast.ClassDef)
                else list(_bindings(ast.Module(body=[statement], type_ignores=[]), "", False))
            )
            for name in targets:
                members.setdefault(name, f"    {name} = {_UNKNOWN}\n")
    members.setdefault("__getattr__", f"    def __getattr__(self, name):\n        return {_UNKNOWN}\n")
    header = f"class {classdef.name}({', '.join(bases)}):\n" if bases else f"class {classdef.name}:\n"
    return header + "".join(members.values())


@functools.lru_cache(maxsize=None)
def _class_stubs(path: str) -> dict[str, str]:
    tree, _ = _parse(path)
    classes = [statement for statement in tree.body if isinstance(statement, ast.ClassDef)]
    local = {classdef.name for classdef in classes}
    stubs: dict[str, str] = {}
    for classdef in classes:  # in source order, so that bases come first
        stubs[classdef.name] = _class_stub(classdef, local)
    return stubs


def _stubbed_class_names(manager) -> frozenset[str]:
    names = set()
    for modname in CLASS_MODULES:
        path = source_file(manager, modname)
        if path is not None:
            names.update(_class_stubs(path))
    return frozenset(names)


def stub_source(manager, modname: str, path: str, models: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The stub's source and, per placeholder name, the module it stands for."""
    lines = []
    modules: dict[str, str] = {}
    bindings = dict(_read_bindings(path, modname))
    if modname in CLASS_MODULES:
        classes = _class_stubs(path)
        lines.extend(source for name, source in classes.items() if name not in models)
        for name in classes:
            bindings.pop(name, None)
    if os.path.basename(path) == "__init__.py":
        for name in _submodules(path):
            bindings.setdefault(name, f"{modname}.{name}")
    for name, module in sorted(bindings.items()):
        if name in models:
            lines.append(models[name])
        elif module is not None and (
            not module.startswith(_FROM) or _is_module(manager, module[len(_FROM):])
        ):
            lines.append(f"{name} = {_SUBMODULE}")
            modules[name] = module.removeprefix(_FROM)
        elif module is not None:
            lines.append(f"{name} = {_IMPORTED}")
            modules[name] = module
        else:
            lines.append(f"{name} = {_UNKNOWN}")
    return "\n".join(lines) + "\n", modules


def stub_module(manager, modname: str) -> nodes.Module | None:
    """The (cached) stub of SQLAlchemy module *modname*, None if it has no source."""
    cached = manager.astroid_cache.get(modname)
    if cached is not None:
        return cached
    if not is_sqlalchemy(modname):
        try:
            return manager.ast_from_module_name(modname)
        except astroid.AstroidBuildingError:
            return None
    path = source_file(manager, modname)
    if path is None:
        return None
    source, modules = stub_source(manager, modname, path, sqlalchemy_declarative.models_of(modname))
    module = AstroidBuilder(manager).string_build(source, modname, path)
    for statement in module.body:
        if not (isinstance(statement, nodes.Assign) and isinstance(statement.value, nodes.Name)):
            continue
        if statement.value.name == _UNKNOWN:
            _unknown_tip(statement.value)
        elif statement.value.name == _SUBMODULE:
            statement.value.sqla_module = modules[statement.targets[0].name]
            _submodule_tip(statement.value)
        elif statement.value.name == _IMPORTED:
            statement.value.sqla_module = modules[statement.targets[0].name]
            _imported_tip(statement.value)
    sqlalchemy_declarative.complete(module)
    return module
