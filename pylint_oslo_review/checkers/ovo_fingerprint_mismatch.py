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

"""ovo-fingerprint-mismatch: a registered object changed without a VERSION bump.

Projects record each object's ``ObjectVersionChecker`` fingerprint (nova and
neutron in ``<pkg>/tests/unit/objects/test_objects.py``, ``object_data``).
The fingerprint (``pylint_oslo_review.fingerprint.fingerprinter``) is computed here
statically, and only for a registered class whose VERSION is the recorded
one: then a different hash means the fields or remotable signatures changed
and nobody bumped VERSION.

Only the newest registration of an object name is fingerprinted by the
fixture, and registrations may sit in any module, so the decision is a
map/reduce: each class visit records a picklable :class:`Registration`
(pragmas resolved at visit time, where the right file's state is known);
``reduce_map_data`` (``-j N``) or ``close`` (``-j 1``) picks the newest
registration per name and reports it if it mismatches.
"""

from __future__ import annotations

import collections
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.constants import WarningScope
from pylint.interfaces import INFERENCE
from pylint.utils.file_state import FileState

from pylint_oslo_review import file_options
from pylint_oslo_review.files import UnusableFile
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.fingerprint import diff
from pylint_oslo_review.ovo.model import hooks
from pylint_oslo_review.fingerprint import recorded_hashes
from pylint_oslo_review.ovo.model import registration
from pylint_oslo_review.fingerprint.fingerprinter import Fingerprint, Fingerprinter
from pylint_oslo_review.evaluation.values import Unknown

if TYPE_CHECKING:
    from pylint.lint import PyLinter

MSG = "ovo-fingerprint-mismatch"


@dataclass(frozen=True)
class Registration:
    """One registered class, as the reduce step needs it (picklable)."""

    obj_name: str
    version: str
    modname: str
    path: str
    line: int
    col: int
    #: The message arguments when this class mismatches and the message is
    #: enabled on its line; None otherwise.
    finding: tuple[str, ...] | None


def top_package_directory(module: nodes.Module) -> str | None:
    """The directory of *module*'s top-level package (its own, outside a package)."""
    path = getattr(module, "file", None)
    if not path:
        return None
    directory = os.path.dirname(os.path.abspath(path))
    parts = module.name.split(".")
    for _ in range(len(parts) - (1 if module.package else 2)):
        directory = os.path.dirname(directory)
    return directory


def newest_findings(records: list[Registration]) -> list[Registration]:
    """The mismatching registrations that are the newest of their object name."""
    by_name: dict[str, list[Registration]] = collections.defaultdict(list)
    for record in records:
        by_name[record.obj_name].append(record)
    findings = []
    for registrations in by_name.values():
        keyed = [(registration.version_key(r.version) or (), r) for r in registrations]
        newest = max(key for key, _ in keyed)
        top = {(r.modname, r.line): r for key, r in keyed if key == newest}
        if len(top) == 1:
            (chosen,) = top.values()
            if chosen.finding is not None:
                findings.append(chosen)
    return sorted(findings, key=lambda r: (r.path, r.line, r.obj_name))


class OvoFingerprintMismatchChecker(BaseChecker):
    """Compares registered objects' fingerprints with the recorded ones."""

    name = "oslo-ovo-fingerprint-mismatch"
    msgs = {
        "E9301": (
            "'%s' changed without a VERSION bump (%s): bump VERSION to %s and "
            "record '%s' in %s",
            MSG,
            "oslo.versionedobjects' ObjectVersionChecker (oslo_versionedobjects/"
            "fixture.py, _get_fingerprint) hashes each registered object's "
            "fields and remotable method signatures with its VERSION, and the "
            "project records the result (nova and neutron: object_data in "
            "tests/unit/objects/test_objects.py). A different hash with the same "
            "VERSION means the object's wire format changed while it still "
            "claims the old version: services on the previous release accept "
            "it as a version they know, which breaks rolling upgrades, and the "
            "project's own test_versions fails. The message gives the value to "
            "record after the bump (the hash does not include VERSION). The "
            "fingerprint is computed "
            "statically; objects whose fingerprint depends on something the "
            "analysis cannot see are not reported.",
            {"scope": WarningScope.LINE},
        ),
    }
    options = (
        (
            "ovo-recorded-hashes",
            {
                "type": "string",
                "metavar": "<path>",
                "default": recorded_hashes.DEFAULT_LOCATION,
                "help": "The module that records the objects' fingerprints: a path "
                "relative to the directory of the linted module's top-level "
                "package (nova/, neutron/), or absolute. Empty disables "
                f"{MSG}.",
            },
        ),
        (
            "ovo-recorded-hashes-table",
            {
                "type": "string",
                "metavar": "<name>",
                "default": recorded_hashes.DEFAULT_TABLE,
                "help": "The name of the module-level dict literal that maps "
                "object names to their recorded fingerprints.",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._records: list[Registration] = []
        self._fingerprinter: Fingerprinter | None = None
        #: Modules told that the recorded-hashes file is unusable.
        self._told: set[str] = set()

    def open(self) -> None:
        # Per run with -j1; per file in -j workers, where nothing leaks across files.
        self._fingerprinter = None

    def _table(self, module: nodes.Module) -> tuple[str, dict[str, str]] | None:
        location = self.linter.config.ovo_recorded_hashes
        if not location:
            return None
        if not os.path.isabs(location):
            top = top_package_directory(module)
            if top is None:
                return None
            location = os.path.join(top, location)
        try:
            table = recorded_hashes.load_table(location, self.linter.config.ovo_recorded_hashes_table)
        except UnusableFile as problem:
            if file_options.is_loud(self.linter, problem) and module.name not in self._told:
                # Once per module: the same in -j1 and in -j N workers.
                self._told.add(module.name)
                self.add_message("config-parse-error", line=1, args=file_options.describe(problem))
            return None
        return location, table

    @only_required_for_messages(MSG)
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        if node.parent is not node.root():
            return
        if not registration.looks_registered(node):
            return
        found = self._table(node.root())
        if found is None:
            return
        if self._fingerprinter is None:
            self._fingerprinter = Fingerprinter()
        evaluator = self._fingerprinter.evaluator
        effects = registration.decorator_effects(evaluator, node, hooks.DEFAULT_HOOKS)
        if isinstance(effects, Unknown) or hooks.REGISTER not in effects:
            return
        obj_name = registration.obj_name(evaluator, node)
        version = registration.version(evaluator, node)
        if isinstance(obj_name, Unknown) or isinstance(version, Unknown):
            return
        self._record(node, obj_name, version, found)

    def _record(
        self, node: nodes.ClassDef, obj_name: str, version: str, found: tuple[str, dict[str, str]]
    ) -> None:
        location, table = found
        finding = self._finding(node, obj_name, version, location, table.get(obj_name))
        enabled = self.linter.is_message_enabled(MSG, node.lineno)
        if finding is not None and not enabled:
            # Disabled on this line: let pylint see the pragma was used.
            self.add_message(MSG, line=node.lineno, col_offset=node.col_offset, args=finding, confidence=INFERENCE)
        module = node.root()
        self._records.append(
            Registration(
                obj_name, version, module.name, module.file or "", node.lineno, node.col_offset,
                finding if enabled else None,
            )
        )

    def _finding(
        self, node: nodes.ClassDef, obj_name: str, version: str, location: str, recorded: str | None
    ) -> tuple[str, ...] | None:
        parts = recorded_hashes.split(recorded) if recorded else None
        if parts is None or parts[0] != version:
            return None
        result = self._fingerprinter.fingerprint(node, obj_name)
        if not isinstance(result, Fingerprint) or result.digest == parts[1]:
            return None
        bumped = diff.next_version(version)
        return (
            obj_name,
            diff.explain(result, parts[1]),
            bumped,
            f"{bumped}-{result.digest}",
            self.linter.config.ovo_recorded_hashes_table,
        )

    # -- map/reduce: see pylint-plugin-notes, parallel mode

    def get_map_data(self) -> list[Registration]:
        records, self._records = self._records, []
        return records

    @never_crash
    def reduce_map_data(self, linter: PyLinter, data: list[Any]) -> None:
        records = [record for chunk in data for record in (chunk if isinstance(chunk, list) else [chunk])]
        self._report(linter, records)

    @never_crash
    def close(self) -> None:
        if self.linter.config.jobs > 1 and not self.linter.config.from_stdin:
            return  # the main process reduces what the workers mapped
        self._report(self.linter, self.get_map_data())
        self._fingerprinter = None

    def _report(self, linter: PyLinter, records: list[Registration]) -> None:
        saved = linter.file_state
        try:
            for record in newest_findings(records):
                # set_current_module starts the module's statistics afresh.
                statistics = linter.stats.by_module.get(record.modname)
                linter.set_current_module(record.modname, record.path)
                if statistics is not None:
                    linter.stats.by_module[record.modname] = statistics
                # Pragmas were resolved at visit time; the last file's must not apply.
                linter.file_state = FileState(record.modname, linter.msgs_store)
                self.add_message(
                    MSG, line=record.line, col_offset=record.col, args=record.finding, confidence=INFERENCE
                )
        finally:
            linter.file_state = saved
