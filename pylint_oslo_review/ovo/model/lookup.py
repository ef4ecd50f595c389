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

"""Find the class that an object name refers to, without importing anything.

``ObjectField('Project')`` names its target by ``obj_name()``, which is the
class name (base.py ``obj_name``), and the registry resolves it at runtime
across every module that registered objects. Statically we look where a
project keeps its objects: the module that declares the field, then the
``objects`` package it lives in (nova/objects, neutron/objects/**,
placement/objects). A plain text scan finds the candidate files, so only the
module that defines the class is parsed, and only when a field of that type
is actually used.

Names that cannot be found (objects of another project, such as os-vif's)
give ``None``: the caller must then stay silent.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import astroid
from astroid import nodes

from pylint_oslo_review.ovo.model import declarations, registration

_CLASS_RE = re.compile(r"^class\s+(\w+)\s*[(:]", re.MULTILINE)
_MAX_FILES_SCANNED = 600
#: Index key (not a class name) marking a scan cut short by _MAX_FILES_SCANNED.
_TRUNCATED = "<truncated>"

# search root -> {class name: [file paths]}; one text scan per root and run.
_INDEX_CACHE: dict[str, dict[str, list[str]]] = {}


def clear_cache() -> None:
    """Forget the file index (tests, and pylint's clear-cache-post-run)."""
    _INDEX_CACHE.clear()


def _search_root(module_file: str) -> str:
    """The ``objects`` package above *module_file*, else its own directory."""
    directory = os.path.dirname(os.path.abspath(module_file))
    probe = directory
    while os.path.isfile(os.path.join(probe, "__init__.py")):
        if os.path.basename(probe) == "objects":
            return probe
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    return directory


class TooManyFiles(Exception):
    """The package has more than MAX_FILES_SCANNED modules: its scan is not complete."""


def python_sources(root: str) -> Iterator[tuple[str, str]]:
    """``(path, text)`` of each module under *root*, in a stable order.

    The text scans of an objects package (class definitions here, class
    headers in ``mixins``) read no more than MAX_FILES_SCANNED files: past
    that, TooManyFiles, and the caller's answer is "not known".
    """
    scanned = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if not filename.endswith(".py"):
                continue
            scanned += 1
            if scanned > _MAX_FILES_SCANNED:
                raise TooManyFiles(root)
            path = os.path.join(dirpath, filename)
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    yield path, handle.read()
            except OSError:
                continue


def _class_index(root: str) -> dict[str, list[str]]:
    index = _INDEX_CACHE.get(root)
    if index is not None:
        return index
    index = {}
    try:
        for path, text in python_sources(root):
            for name in _CLASS_RE.findall(text):
                index.setdefault(name, []).append(path)
    except TooManyFiles:
        index[_TRUNCATED] = [root]
    _INDEX_CACHE[root] = index
    return index


def _module_name(path: str, near: nodes.Module, root: str) -> str | None:
    """The module name of *path*, a file under *root*, seen from *near*.

    *root* is *near*'s directory or one above it. The name is derived from
    *near*'s own name rather than from sys.path, which may reach a checkout
    through several roots.
    """
    directory = os.path.dirname(os.path.abspath(near.file))
    parts = near.name.split(".") if near.package else near.name.split(".")[:-1]
    while directory != root:
        parent = os.path.dirname(directory)
        if not parts or parent == directory:
            return None
        directory, parts = parent, parts[:-1]
    pieces = os.path.relpath(os.path.abspath(path), root)[: -len(".py")].split(os.sep)
    if pieces[-1] == "__init__":
        pieces = pieces[:-1]
    return ".".join(parts + pieces) or None


def _module_for_file(path: str, near: nodes.Module, root: str) -> nodes.Module | None:
    modname = _module_name(path, near, root)
    if modname is None:
        return None
    try:
        return astroid.MANAGER.ast_from_module_name(modname)
    except astroid.AstroidError:
        return None


def _top_level_classes(module: nodes.Module, name: str) -> list[nodes.ClassDef]:
    return [
        definition
        for definition in module.locals.get(name, ())
        if isinstance(definition, nodes.ClassDef)
        and definition.parent is module
    ]


def _version_key(classdef: nodes.ClassDef) -> tuple[int, ...]:
    value = declarations.version_value(classdef)
    if isinstance(value, nodes.Const) and isinstance(value.value, str):
        return registration.version_key(value.value) or ()
    return ()


def _best(candidates: list[nodes.ClassDef]) -> nodes.ClassDef | None:
    """The newest VERSION wins, as in the registry (base.py _register_class)."""
    if not candidates:
        return None
    registered = [c for c in candidates if registration.looks_registered(c)] or candidates
    return max(registered, key=_version_key)


def find_object_class(obj_name: str, near: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class registered as *obj_name*, looked up from *near*'s module."""
    module = near.root()
    local = _top_level_classes(module, obj_name)
    if local:
        return _best(local)
    module_file = getattr(module, "file", None)
    if not module_file or not os.path.isfile(module_file):
        return None
    candidates = []
    root = _search_root(module_file)
    for path in _class_index(root).get(obj_name, ()):
        other = _module_for_file(path, module, root)
        if other is not None:
            candidates.extend(_top_level_classes(other, obj_name))
    return _best(candidates)


search_root = _search_root
module_for_file = _module_for_file


def search_is_complete(near: nodes.NodeNG) -> bool:
    """Whether find_object_class() searched a whole ``objects`` package for *near*.

    Only then does "not found" mean "not defined by this project".
    """
    module_file = getattr(near.root(), "file", None)
    if not module_file or not os.path.isfile(module_file):
        return False
    root = _search_root(module_file)
    if os.path.basename(root) != "objects":
        return False
    index = _class_index(root)
    return not index.get(_TRUNCATED)


def package_class_index(package: str) -> dict[str, list[str]] | None:
    """Class names defined under an importable package, or None if not found."""
    try:
        module = astroid.MANAGER.ast_from_module_name(package)
    except astroid.AstroidError:
        return None
    if not module.file or not module.package:
        return None
    return _class_index(os.path.dirname(module.file))
