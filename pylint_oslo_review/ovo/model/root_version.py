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

"""Which spelling a project's own object root reads its version from, and who sets another.

oslo.versionedobjects reads ``VERSION``, and ``ovo-version-attribute-misspelt``
holds its subclasses to that. A project's own root (``protocol.is_root``:
nova's ``NovaObject`` of 2013) reads whatever its code says: in nova before
``99cbfb3492`` the base set ``version = '1.0'`` and read ``cls.version``
for the registry, remotable calls and ``obj_to_primitive``, while every
object set ``VERSION``, so every object advertised 1.0. Which one is wrong
is decided by what the root reads, and the subclasses that set it are in
other modules: they are found in the project's tree on disk
(``analysis/project.py``), with the standard ``ast`` (no inference, no
import of the code), so the answer does not depend on which files a run
lints.

A subclass counts when one of its bases is spelt ``<root name>`` or
``<x>.<root name>`` and its module imports the root's module by absolute
name (or is that module, and the base is the plain name); it sets a
version under another spelling when its body assigns a string to that
name and not to the root's (``names.spells_version`` says what a
spelling of the version is).
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from astroid import nodes

from pylint_oslo_review.analysis import project
from pylint_oslo_review.ovo import names

@dataclass(frozen=True)
class Mismatch:
    """The root's own version attribute and the subclasses that set another spelling."""

    assignment: nodes.AssignName  # where the root binds the name it reads
    read: str                     # that name
    other: str                    # the spelling the subclasses set
    subclasses: tuple[tuple[str, int], ...]  # (path relative to the project's parent, line)


_CACHE: WeakKeyDictionary[nodes.ClassDef, Mismatch | None] = WeakKeyDictionary()


def mismatch(root: nodes.ClassDef) -> Mismatch | None:
    """The mismatch for the project root class *root*, None when there is none or it is unknown."""
    if root not in _CACHE:
        _CACHE[root] = _compute(root)
    return _CACHE[root]


def _compute(root: nodes.ClassDef) -> Mismatch | None:
    assignment = _own_version_assignment(root)
    if assignment is None:
        return None
    module = root.root()
    read = assignment.name
    reads = _attribute_reads(module)
    if not reads.get(read):
        return None
    path = module.file
    if not path or not path.endswith(".py"):
        return None
    tree = project.project_root(path)
    files = project.project_files(tree, tests=False)
    if files is None:
        return None
    found: dict[str, list[tuple[str, int]]] = {}
    for candidate in files:
        own = os.path.abspath(candidate) == os.path.abspath(path)
        for spelling, line in _subclasses_setting_other(candidate, root.name, None if own else module.name, read):
            if reads.get(spelling):
                continue  # the root reads that spelling too: nothing is lost
            relative = os.path.relpath(candidate, os.path.dirname(tree))
            found.setdefault(spelling, []).append((relative, line))
    if not found:
        return None
    other = max(sorted(found), key=lambda spelling: len(found[spelling]))
    return Mismatch(assignment, read, other, tuple(found[other]))


def _own_version_assignment(root: nodes.ClassDef) -> nodes.AssignName | None:
    """The class-level ``<version name> = '<string>'`` of *root*, when there is exactly one."""
    found = []
    for statement in root.body:
        if not isinstance(statement, nodes.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if (
            isinstance(target, nodes.AssignName)
            and names.spells_version(target.name)
            and isinstance(statement.value, nodes.Const)
            and isinstance(statement.value.value, str)
        ):
            found.append(target)
    return found[0] if len(found) == 1 else None


def _attribute_reads(module: nodes.Module) -> dict[str, int]:
    """How often each version spelling is read as ``<expr>.<name>`` in *module*."""
    counts: dict[str, int] = {}
    for attribute in module.nodes_of_class(nodes.Attribute):
        if names.spells_version(attribute.attrname):
            counts[attribute.attrname] = counts.get(attribute.attrname, 0) + 1
    return counts


def _subclasses_setting_other(path: str, root_name: str, root_module: str | None, read: str):
    """(spelling, line) for each class of *path* derived from the root that sets another spelling.

    *root_module* is the root's module name, None when *path* is that module
    (where the root's own name is the root).
    """
    source = project.text(path)
    if root_name not in source:
        return
    try:
        tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError, RecursionError):
        return
    if root_module is not None and not _imports(tree, root_module):
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef) or not any(
            _names_root(base, root_name, own=root_module is None) for base in node.bases
        ):
            continue
        assigned = _class_level_strings(node)
        if read in assigned:
            continue
        for spelling in sorted(assigned):
            if spelling != read and names.spells_version(spelling):
                yield spelling, assigned[spelling]


def _names_root(base: ast.expr, root_name: str, own: bool) -> bool:
    """``Root`` or ``<module>.Root``; in the root's own module only the plain name."""
    if isinstance(base, ast.Name):
        return base.id == root_name
    return not own and isinstance(base, ast.Attribute) and base.attr == root_name


def _imports(tree: ast.Module, dotted: str) -> bool:
    """Whether *tree* imports the module *dotted* (or a name from it) by absolute name."""
    parent, _, last = dotted.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(alias.name == dotted for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            if node.module == dotted:
                return True
            if node.module == parent and any(alias.name == last for alias in node.names):
                return True
    return False


def _class_level_strings(node: ast.ClassDef) -> dict[str, int]:
    """Names the class body binds to a string constant, with their lines."""
    bound = {}
    for statement in node.body:
        if (
            isinstance(statement, ast.Assign)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    bound.setdefault(target.id, statement.lineno)
    return bound
