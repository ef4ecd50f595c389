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

"""A project's source tree on disk, and its calls of a name across it.

Some questions need code the run may not lint: which options a project
registers anywhere, which callers a helper has in other modules. The
answer must not depend on which files pylint was given, nor on how ``-j``
shares them among workers, so it is read from the tree on disk: the
top-level package directory above the module (its *project*), every
``.py`` file under it in sorted order, test code apart. A plain text scan
finds the files that spell a name; only those are parsed (astroid's
cache keeps them for the run).
"""

from __future__ import annotations

import collections
import os
import re
from collections import OrderedDict

import astroid
from astroid import nodes

#: Past this many files a tree is not scanned (the answer is "not known").
MAX_FILES = 20000
#: How many projects' call indexes are kept (a long-lived process must not grow without end).
MAX_PROJECTS = 16


def project_root(path: str) -> str:
    """The top-level package directory above *path*, or *path* outside a package."""
    path = os.path.abspath(path)
    directory = os.path.dirname(path)
    if not os.path.isfile(os.path.join(directory, "__init__.py")):
        return path
    while True:
        parent = os.path.dirname(directory)
        if parent == directory or not os.path.isfile(os.path.join(parent, "__init__.py")):
            return directory
        directory = parent


def is_test_file(path: str) -> bool:
    """Whether *path* is test code (under a ``tests`` directory)."""
    return f"{os.sep}tests{os.sep}" in os.path.abspath(path)


def project_files(root: str, tests: bool = True) -> list[str] | None:
    """The ``.py`` files under *root* (a directory or one file), sorted; None if too many.

    Without *tests*, no ``tests`` directory: test code is not what runs
    in the service.
    """
    if os.path.isfile(root):
        return [root]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d != "__pycache__" and (tests or d != "tests")
        )
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
        if len(found) > MAX_FILES:
            return None
    return found


def module_name(path: str, root: str) -> str:
    """The dotted name of *path* in the project at *root*."""
    base = os.path.dirname(root) if os.path.isdir(root) else os.path.dirname(path)
    relative = os.path.relpath(path, base)[: -len(".py")]
    parts = relative.split(os.sep)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def text(path: str) -> str:
    """The source of *path*, or "" when it cannot be read."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return ""


def module(path: str, root: str) -> nodes.Module | None:
    """*path* parsed by astroid under its project name (from astroid's cache when there)."""
    try:
        return astroid.MANAGER.ast_from_file(path, module_name(path, root), source=True)
    except (astroid.AstroidError, SyntaxError, ValueError, RecursionError):
        return None


def called_name(call: nodes.Call) -> str | None:
    """``f`` for ``f(...)`` and ``x.f(...)``; None for other callees."""
    if isinstance(call.func, nodes.Attribute):
        return call.func.attrname
    if isinstance(call.func, nodes.Name):
        return call.func.name
    return None


class ProjectCalls:
    """The calls of a name in a project's non-test code: files found by text, parsed on demand.

    The first question indexes, once, which names each file calls (the
    index is shared by every ``ProjectCalls`` of the same files). Tests
    call helpers with made-up values, in the largest files: they are left
    out.
    """

    def __init__(self, files: list[str], root: str) -> None:
        self._files = files
        self._root = root
        self._found: dict[str, list[nodes.Call]] = {}

    def files_calling(self, name: str) -> list[str]:
        """The non-test files whose text spells a call of *name* (or a definition), sorted."""
        return [path for path in _text_index(tuple(self._files)).get(name, []) if not is_test_file(path)]

    def __call__(self, name: str) -> list[nodes.Call]:
        """Every call of *name* in the files that spell one, in file order."""
        if name not in self._found:
            calls = []
            for path in self.files_calling(name):
                calls.extend(self.calls_in(path, name))
            self._found[name] = calls
        return self._found[name]

    def calls_in(self, path: str, name: str) -> list[nodes.Call]:
        """The calls of *name* in the file at *path*, parsed by astroid (its cache keeps the module)."""
        parsed = module(path, self._root)
        if parsed is None:
            return []
        return [c for c in parsed.nodes_of_class(nodes.Call) if called_name(c) == name]


#: ``name(``; possessive, so that a long word that is no call costs one pass.
_CALLED = re.compile(r"\b(\w++)\s*+\(")
_TEXT_INDEXES: OrderedDict[tuple[str, ...], dict[str, list[str]]] = OrderedDict()


def _text_index(files: tuple[str, ...]) -> dict[str, list[str]]:
    """Name -> the files (in *files*' order) whose text spells ``name(``."""
    if files in _TEXT_INDEXES:
        _TEXT_INDEXES.move_to_end(files)
        return _TEXT_INDEXES[files]
    index: dict[str, list[str]] = collections.defaultdict(list)
    for path in files:
        for called in set(_CALLED.findall(text(path))):
            index[called].append(path)
    _TEXT_INDEXES[files] = index
    while len(_TEXT_INDEXES) > MAX_PROJECTS:
        _TEXT_INDEXES.popitem(last=False)
    return index


_CALLS: OrderedDict[str, ProjectCalls | None] = OrderedDict()


def calls_in_project(root: str) -> ProjectCalls | None:
    """The shared call index of the project at *root*; None when it is too large to scan."""
    if root in _CALLS:
        _CALLS.move_to_end(root)
        return _CALLS[root]
    files = project_files(root, tests=False)
    found = ProjectCalls(files, root) if files is not None else None
    _CALLS[root] = found
    while len(_CALLS) > MAX_PROJECTS:
        _CALLS.popitem(last=False)
    return found


def clear_cache() -> None:
    """Forget every index (files may have changed; tests, pylint's clear-cache-post-run)."""
    _CALLS.clear()
    _TEXT_INDEXES.clear()
