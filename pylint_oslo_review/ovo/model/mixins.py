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

"""Mixins that are only ever used beside a VersionedObject base.

OVO projects keep helpers such as cinder's ``CinderObjectDictCompat``,
watcher's ``WatcherPersistentObject`` or designate's
``PersistentObjectMixin`` in classes that are not VersionedObjects
themselves; their methods call ``self.obj_attr_is_set()``, read
``self._context`` or ``self[field]``, which only work because every class
that uses the mixin also derives from the project's VersionedObject base.
astroid sees the mixin alone and pylint reports ``no-member``.

:func:`view_of` answers, for such a mixin, *what every concrete class that
uses it has in common*: the classes all of them derive from (the project
base, ``VersionedObject``, a dict-compat mixin) and the names all of them
have (a declared field or a member). Python keeps no reverse subclass index and nothing is imported, so
the users are found by a text scan of the project's ``objects`` package
(class headers that name the mixin, then the classes that name those, and
so on), once per package and run, and only the files that match are
parsed. The answer depends only on the files on disk, never on which files
pylint lints or in what order (``-j`` safe).

There is no answer (pylint keeps its messages) when the mixin is not in an
``objects`` package, when the scan was cut short, when no class uses it,
when a class that uses it and registers with an OVO registry is not a
VersionedObject, or when a class that uses it is neither a VersionedObject
nor the base of another user (a plain class: its instances have none of
the VersionedObject members). Subclasses outside the ``objects`` package,
or that reach the mixin through an alias, are not seen: that is the limit
of the rule.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import nodes

from pylint_oslo_review.ovo.model import ancestry, fields, lookup, registration

_HEADER_RE = re.compile(r"^[ \t]*class\s+\w+\s*\(([^)]*)\)", re.MULTILINE)
_WORD_RE = re.compile(r"[A-Za-z_]\w*")

#: objects package directory -> {word in a class header's bases: files}, or
#: None when the package has more files than the lookup scans.
_HEADER_INDEX: dict[str, dict[str, tuple[str, ...]] | None] = {}


@dataclass(frozen=True)
class MixinView:
    """What every user of a mixin has: common bases, and names all of them have.

    ``shared_names`` are the fields every user declares and the members
    every user has (cinder's ``Snapshot`` and ``Volume`` both have a
    ``host``, one as a field, the other as a property).
    """

    mixin: nodes.ClassDef
    users: tuple[nodes.ClassDef, ...]
    bases: tuple[nodes.ClassDef, ...]
    shared_names: tuple[str, ...]


_VIEWS: WeakKeyDictionary[nodes.ClassDef, MixinView | None] = WeakKeyDictionary()
_BUILDING: set[int] = set()


def clear_cache() -> None:
    """Forget the header index (tests, and a new run in the same process)."""
    _HEADER_INDEX.clear()
    _VIEWS.clear()


def _header_index(root: str) -> dict[str, tuple[str, ...]] | None:
    if root in _HEADER_INDEX:
        return _HEADER_INDEX[root]
    index: dict[str, list[str]] = {}
    try:
        for path, text in lookup.python_sources(root):
            words = {word for bases in _HEADER_RE.findall(text) for word in _WORD_RE.findall(bases)}
            for word in sorted(words):
                index.setdefault(word, []).append(path)
    except lookup.TooManyFiles:
        _HEADER_INDEX[root] = None
        return None
    frozen = {word: tuple(paths) for word, paths in index.items()}
    _HEADER_INDEX[root] = frozen
    return frozen


def module_in_objects_package(module: nodes.Module) -> bool:
    """Whether *module* lives in an ``objects`` package (cheap: no inference)."""
    module_file = getattr(module, "file", None)
    if not module_file or not os.path.isfile(module_file):
        return False
    return os.path.basename(lookup.search_root(module_file)) == "objects"


def _objects_root(classdef: nodes.ClassDef) -> str | None:
    module_file = getattr(classdef.root(), "file", None)
    if not module_file or not os.path.isfile(module_file):
        return None
    root = lookup.search_root(module_file)
    return root if os.path.basename(root) == "objects" else None


def in_objects_package(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef* lives in an ``objects`` package (cheap: no inference)."""
    return _objects_root(classdef) is not None


def _classes_of(module: nodes.Module) -> list[nodes.ClassDef]:
    return sorted(module.nodes_of_class(nodes.ClassDef), key=lambda c: (c.lineno or 0, c.name))


def subclasses(mixin: nodes.ClassDef) -> tuple[nodes.ClassDef, ...] | None:
    """Every class of the mixin's ``objects`` package that derives from it, or None."""
    root = _objects_root(mixin)
    if root is None:
        return None
    index = _header_index(root)
    if index is None:
        return None
    module = mixin.root()
    found: dict[tuple[str, int, str], nodes.ClassDef] = {}
    pending = [mixin.name]
    searched: set[str] = set()
    while pending:
        name = pending.pop()
        if name in searched:
            continue
        searched.add(name)
        for path in index.get(name, ()):
            other = lookup.module_for_file(path, module, root)
            if other is None:
                # A file that names the mixin but cannot be read: unknown users.
                return None
            for classdef in _classes_of(other):
                if classdef is mixin or mixin not in ancestry.ancestors(classdef):
                    continue
                key = (other.name, classdef.lineno or 0, classdef.name)
                if key not in found:
                    found[key] = classdef
                    pending.append(classdef.name)
    return tuple(found[key] for key in sorted(found))


def _users(mixin: nodes.ClassDef, found: tuple[nodes.ClassDef, ...]) -> tuple[nodes.ClassDef, ...] | None:
    """The VersionedObject subclasses, or None when some use is not one."""
    users = []
    for classdef in found:
        if ancestry.is_versioned_object_class(classdef):
            users.append(classdef)
            continue
        if registration.looks_registered(classdef):
            return None
        # A plain class is fine only as an intermediate mixin of other users.
        if not any(classdef in ancestry.ancestors(other) for other in found):
            return None
    return tuple(users) or None


def _common_bases(mixin: nodes.ClassDef, users: tuple[nodes.ClassDef, ...]) -> tuple[nodes.ClassDef, ...] | None:
    first, *others = users
    own = set(ancestry.lineage(mixin))
    common = [
        klass
        for klass in ancestry.lookup_order(first)
        if klass not in own
        and mixin not in ancestry.lineage(klass)
        and klass.qname() != "builtins.object"
        and all(klass in ancestry.lineage(other) for other in others)
    ]
    # Keep the most derived ones: their ancestors come with them.
    minimal = tuple(
        klass for klass in common if not any(klass is not other and klass in ancestry.ancestors(other) for other in common)
    )
    if not any(ancestry.is_versioned_object_class(klass) for klass in minimal):
        return None
    return minimal


def _names_of(classdef: nodes.ClassDef) -> set[str]:
    model = fields.model_of(classdef)
    found = set(model.fields) if model is not None else set()
    for klass in ancestry.lineage(classdef):
        if klass.root().name != "builtins":
            found.update(klass.locals)
    return found


def _shared_names(mixin: nodes.ClassDef, users: tuple[nodes.ClassDef, ...], bases: tuple[nodes.ClassDef, ...]) -> tuple[str, ...]:
    """Names every user has (a declared field, or a member of it or its bases) beyond the view's classes."""
    shared = None
    for user in users:
        here = _names_of(user)
        shared = here if shared is None else shared & here
    for klass in (mixin, *bases):
        shared -= _names_of(klass)
    return tuple(sorted(shared))


def _build(mixin: nodes.ClassDef) -> MixinView | None:
    if ancestry.is_versioned_object_class(mixin) or _objects_root(mixin) is None:
        return None
    found = subclasses(mixin)
    if not found:
        return None
    users = _users(mixin, found)
    if users is None:
        return None
    bases = _common_bases(mixin, users)
    if bases is None:
        return None
    return MixinView(mixin, users, bases, _shared_names(mixin, users, bases))


def view_of(mixin: nodes.ClassDef) -> MixinView | None:
    """What every VersionedObject that uses *mixin* has in common, or None.

    Cached per class for the run. None for VersionedObject classes, for
    classes outside an ``objects`` package and whenever some use of the
    mixin cannot be shown to be a VersionedObject.
    """
    if mixin in _VIEWS:
        return _VIEWS[mixin]
    key = id(mixin)
    if key in _BUILDING:
        return None
    _BUILDING.add(key)
    try:
        view = _build(mixin)
    except (astroid.AstroidError, RecursionError):
        view = None
    finally:
        _BUILDING.discard(key)
    _VIEWS[mixin] = view
    return view
