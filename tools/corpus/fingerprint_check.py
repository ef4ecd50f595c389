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

"""The fingerprint check: static OVO fingerprints against a release's recorded hashes.

For each selected release (nova 34.0.0 and neutron 29.0.0 by default), the
plugin's static fingerprinter (``pylint_oslo_review.fingerprint.fingerprinter``)
computes ``ObjectVersionChecker.get_hashes()`` for every object that the
``<package>/objects`` modules register, reading them with astroid only (the
release is never imported), and the result is compared with the
``object_data`` table of ``<package>/tests/unit/objects/test_objects.py``,
also read statically. It prints ``matched / total`` per release and every
object that does not match, cannot be verified (with the reason), is
recorded but not registered, or is registered but not recorded. The exit
status is 1 unless every object of every release matches.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

from tools.corpus import config, sources

DEFAULT_PROJECTS = ("nova==34.0.0", "neutron==29.0.0")
_PROBLEM_ORDER = ("mismatch", "cannot verify", "not found", "unrecorded")


@dataclass(frozen=True)
class ProjectResult:
    """The comparison for one release."""

    key: str
    table: str
    #: pylint_oslo_review.fingerprint.diff.Verdict, one per object.
    verdicts: tuple
    seconds: float

    @property
    def total(self) -> int:
        """The number of recorded objects."""
        return sum(1 for v in self.verdicts if v.recorded is not None)

    @property
    def matched(self) -> int:
        return sum(1 for v in self.verdicts if v.status == "match")

    @property
    def passed(self) -> bool:
        return all(v.status == "match" for v in self.verdicts)


def object_modules(root: pathlib.Path, package: str) -> list[str]:
    """Module names of every ``.py`` file under ``<root>/<package>/objects``."""
    objects = root / package / "objects"
    names = []
    for path in sorted(objects.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


@contextlib.contextmanager
def _fresh_analysis(roots: list[pathlib.Path]) -> Iterator[None]:
    """The release's roots first on sys.path, and an astroid cache with only the plugin's hooks."""
    # pylint: disable-next=import-outside-toplevel
    import astroid

    # pylint: disable-next=import-outside-toplevel
    from pylint_oslo_review import brain

    saved = list(sys.path)
    sys.path[:0] = [str(root) for root in roots]
    astroid.MANAGER.clear_cache()
    brain.register_transforms(astroid.MANAGER)
    try:
        yield
    finally:
        sys.path[:] = saved
        # Forget the release's modules, keep the plugin's hooks installed.
        astroid.MANAGER.clear_cache()
        brain.register_transforms(astroid.MANAGER)


def _recorded(project: config.Project, root: pathlib.Path, table_file: str | None, table_name: str):
    """(relative path of the table's module, the recorded table)."""
    # pylint: disable-next=import-outside-toplevel
    from pylint_oslo_review.fingerprint import recorded_hashes

    table = table_file or os.path.join(project.package, recorded_hashes.DEFAULT_LOCATION)
    recorded = recorded_hashes.read_table(str(root / table), table_name)
    if recorded is None:
        raise sources.SourceError(f"{project.key}: no {table_name} table in {table}")
    return table, recorded


def _fingerprints(project: config.Project, roots: list[pathlib.Path], use_hooks: bool) -> dict:
    """Object name -> fingerprint result, for every object the release registers."""
    # pylint: disable=import-outside-toplevel
    import astroid

    from pylint_oslo_review.ovo.model import hooks as project_hooks
    from pylint_oslo_review.fingerprint.fingerprinter import Fingerprinter

    with _fresh_analysis(roots):
        modules = [astroid.MANAGER.ast_from_module_name(name) for name in object_modules(roots[0], project.package)]
        hooks = project_hooks.DEFAULT_HOOKS if use_hooks else project_hooks.ProjectHooks()
        return Fingerprinter(hooks).project(modules)


def check_project(
    project: config.Project,
    roots: list[pathlib.Path],
    table_file: str | None,
    table_name: str,
    use_hooks: bool = True,
) -> ProjectResult:
    """Fingerprint *project* (its source root first in *roots*) and compare."""
    # pylint: disable-next=import-outside-toplevel
    from pylint_oslo_review.fingerprint import diff

    table, recorded = _recorded(project, roots[0], table_file, table_name)
    started = time.perf_counter()
    results = _fingerprints(project, roots, use_hooks)
    verdicts = tuple(diff.compare(results, recorded))
    return ProjectResult(project.key, f"{table} {table_name}", verdicts, time.perf_counter() - started)


def render(result: ProjectResult) -> list[str]:
    """The report lines of one release."""
    lines = [
        f"{result.key}: {result.matched} / {result.total} objects match the recorded hashes "
        f"({result.table}; {result.seconds:.1f} s)"
    ]
    problems = [v for v in result.verdicts if v.status != "match"]
    problems.sort(key=lambda v: (_PROBLEM_ORDER.index(v.status), v.obj_name))
    for verdict in problems:
        detail = {
            "mismatch": f"recorded {verdict.recorded}, computed {verdict.computed}: {verdict.detail}",
            "cannot verify": verdict.detail,
            "not found": f"recorded {verdict.recorded}, {verdict.detail}",
            "unrecorded": f"computed {verdict.computed}, not in the table",
        }[verdict.status]
        lines.append(f"  {verdict.status:<14} {verdict.obj_name}: {detail}")
    return lines


def run(
    corpus: config.Corpus,
    cache: pathlib.Path,
    selectors: list[str] | None,
    table_file: str | None = None,
    table_name: str = "object_data",
    use_hooks: bool = True,
) -> int:
    """Check every selected release; print the report; 0 when all match."""
    passed = True
    for project in corpus.select(selectors or list(DEFAULT_PROJECTS)):
        roots = [sources.ensure_source(project, cache)]
        roots += [sources.ensure_source(extra, cache) for extra in config.resolve_extra_roots(corpus, project)]
        result = check_project(project, roots, table_file, table_name, use_hooks)
        print("\n".join(render(result)), flush=True)
        passed = passed and result.passed
    return 0 if passed else 1
