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

"""The registry a read is checked against, cached per project for the run.

A project is the top-level package directory above a file (the file alone
outside a package). Test code (under a ``tests`` directory) is checked
against the registrations of the project and its tests; other code
against the project's own, since what tests register does not exist when
the service runs. A read is checked against the union of the projects
of the module that reads and of every module that binds its ``CONF``
(``nova.conf`` for ``CONF = nova.conf.CONF``). Registries are computed
once per project root and kept for the run (a bounded number of roots, so
a long-lived process does not grow without end); pylint's
``clear-cache-post-run`` and the tests call :func:`clear_cache`.
"""

from __future__ import annotations

from collections import OrderedDict

from pylint_oslo_review.analysis.project import is_test_file, project_root
from pylint_oslo_review.oslo_config.registrations import Registry, scan

#: Project roots whose registry is kept.
MAX_PROJECTS = 16

_CACHE: OrderedDict[tuple[str, bool], Registry] = OrderedDict()
_MERGED: OrderedDict[tuple[tuple[str, ...], bool], Registry] = OrderedDict()


def registry_of(root: str, tests: bool) -> Registry:
    """The registry of the project at *root* (with its tests or not), scanned once."""
    key = (root, tests)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    registry = scan(root, tests)
    _CACHE[key] = registry
    while len(_CACHE) > MAX_PROJECTS:
        _CACHE.popitem(last=False)
    return registry


def registry_for(reader: str, files: tuple[str, ...]) -> Registry:
    """The union of the registries of the projects of *reader* and *files*, in sorted order."""
    roots = tuple(sorted({project_root(path) for path in (reader, *files)}))
    tests = is_test_file(reader)
    key = (roots, tests)
    if key in _MERGED:
        return _MERGED[key]
    if len(roots) == 1:
        merged = registry_of(roots[0], tests)
    else:
        merged = Registry()
        for root in roots:
            merged.merge(registry_of(root, tests))
    _MERGED[key] = merged
    while len(_MERGED) > MAX_PROJECTS:
        _MERGED.popitem(last=False)
    return merged


def clear_cache() -> None:
    """Forget every registry (files may have changed)."""
    _CACHE.clear()
    _MERGED.clear()
