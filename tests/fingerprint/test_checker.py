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
"""ovo-fingerprint-mismatch on a changed copy of the fixture project.

The copies live in a temporary directory under a new package name (astroid
caches modules by name); each test makes its own changes without bumping
VERSION and lints the copy with the plugin, in process (-j1) or, for the
parallel test, in child processes with -j1 and -j2.
"""

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pylint_oslo_review import message_text
from pylint_oslo_review.checkers.ovo_fingerprint_mismatch import Registration, newest_findings, top_package_directory
from tests.lint import EMPTY_RC, lint

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "test_fixtures" / "fingerprint" / "warehouse"
SYMBOL = "ovo-fingerprint-mismatch"
RECORDED_CRATE = "1.1-2cef99bb8a4196452d4aa7a43e04af42"
#: Crate with the field 'colour' added after 'uuid' (a deterministic hash).
CHANGED_CRATE = "1.1-9677dc646fc4227555dcb3ccc2afb879"
ADD_COLOUR = (
    "objects/crate.py",
    "'uuid': ovo_fields.UUIDField(),",
    "'uuid': ovo_fields.UUIDField(),\n        'colour': ovo_fields.StringField(nullable=True),",
)
_COPIES = itertools.count()


def _copy(tmp_path, *edits):
    name = f"warehouse_lint_{os.getpid()}_{next(_COPIES)}"
    shutil.copytree(FIXTURE, tmp_path / name)
    for source in (tmp_path / name).rglob("*.py"):
        text = source.read_text(encoding="utf-8").replace("warehouse.", f"{name}.")
        text = text.replace("from warehouse import", f"from {name} import")
        for path, old, new in edits:
            if source == tmp_path / name / path:
                assert old in text
                text = text.replace(old, new, 1)
        source.write_text(text, encoding="utf-8")
    return tmp_path / name


def _crate_message(package):
    return (
        "'Crate' changed without a VERSION bump (field 'colour' was added): bump VERSION to 1.2 and "
        f"record '1.2-{CHANGED_CRATE.split('-')[1]}' in object_data"
    )


def _found(package, *options):
    messages = lint([package], "--disable=all", f"--enable={SYMBOL}", *options)
    return [(Path(m.path).name, m.line, m.column, m.symbol, m.msg) for m in messages]


def test_the_unchanged_project_is_clean(tmp_path):
    assert not _found(_copy(tmp_path))


def test_a_field_added_without_a_bump_is_reported_on_the_class(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    assert _found(package) == [("crate.py", 36, 0, SYMBOL, _crate_message(package))]
    assert len(_crate_message(package)) <= message_text.LIMIT


def test_a_remotable_signature_change_is_reported(tmp_path):
    package = _copy(tmp_path, ("objects/shelf.py", "def inspect(self, deep=True):", "def inspect(self, deep=False):"))
    found = _found(package)
    assert [found_at[:2] for found_at in found] == [("shelf.py", 50)]
    assert found[0][4].startswith(
        "'Shelf' changed without a VERSION bump (its fields or remotable method signatures changed): "
    )


def test_a_bumped_version_is_not_reported(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR, ("objects/crate.py", "VERSION = '1.1'\n\n    fields = {\n        'id'",
                                          "VERSION = '1.2'\n\n    fields = {\n        'id'"))
    assert not _found(package)


def test_a_pragma_on_the_class_line_suppresses_it_and_is_used(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR, (
        "objects/crate.py",
        "class Crate(base.WarehouseObject, base.AuditedMixin):",
        "class Crate(base.WarehouseObject, base.AuditedMixin):  # pylint: disable=ovo-fingerprint-mismatch",
    ))
    assert not _found(package, "--enable=useless-suppression")


def test_a_pragma_of_another_file_does_not_apply(tmp_path):
    # shelf.py is linted last; its line 36, like Crate's class line, disables the message.
    package = _copy(tmp_path, ADD_COLOUR, (
        "objects/shelf.py", "    def inspect(self, deep=True):\n        pass",
        "    def inspect(self, deep=True):\n        pass  # pylint: disable=ovo-fingerprint-mismatch",
    ))
    assert _found(package) == [("crate.py", 36, 0, SYMBOL, _crate_message(package))]
    assert len(_crate_message(package)) <= message_text.LIMIT


def test_the_options_choose_the_recorded_table(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    table = tmp_path / "hashes.py"
    table.write_text(f"recorded = {{'Crate': '{CHANGED_CRATE}', 'Item': '1.0-0'}}\n", encoding="utf-8")
    found = _found(package, f"--ovo-recorded-hashes={table}", "--ovo-recorded-hashes-table=recorded")
    assert [found_at[:2] for found_at in found] == [("crate.py", 93)]
    assert not _found(package, "--ovo-recorded-hashes=")


def _run(package, jobs):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(package.parent)]))
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"-j{jobs}", f"--rcfile={EMPTY_RC}", "--persistent=n",
         "--load-plugins=pylint_oslo_review", "--disable=all", f"--enable={SYMBOL},useless-suppression",
         "--msg-template={path}:{line}:{column}:{symbol}:{msg}", "--score=n", str(package)],
        cwd=package.parent, env=env, capture_output=True, text=True, check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return sorted(line for line in result.stdout.splitlines() if not line.startswith("*"))


def test_j1_and_j2_report_the_same_messages(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR, (
        "objects/shelf.py", "def inspect(self, deep=True):", "def inspect(self, deep=True, extra=None):",
    ), (
        "objects/crate.py", "'count': ovo_fields.NonNegativeIntegerField(default=1),",
        "'count': ovo_fields.NonNegativeIntegerField(default=1),  # pylint: disable=ovo-fingerprint-mismatch",
    ))
    serial, parallel = _run(package, 1), _run(package, 2)
    assert serial == parallel
    assert [line.split(":")[:4] for line in serial] == [
        [f"{package.name}/objects/crate.py", "36", "0", SYMBOL],
        [f"{package.name}/objects/crate.py", "99", "0", "useless-suppression"],
        [f"{package.name}/objects/shelf.py", "50", "0", SYMBOL],
    ]


def _registration(name, version, line, finding=("x",)):
    return Registration(name, version, "pkg.mod", "pkg/mod.py", line, 0, finding)


def test_only_the_newest_registration_of_a_name_is_reported():
    old = _registration("A", "1.0", 1)
    new = _registration("A", "1.1", 2, None)
    assert not newest_findings([old, new])
    assert newest_findings([_registration("A", "1.10", 3), _registration("A", "1.9", 4, None)])[0].line == 3
    # Two registrations with the newest VERSION: import order decides, stay silent.
    assert not newest_findings([_registration("B", "1.0", 5), _registration("B", "1.0", 6)])
    assert [r.obj_name for r in newest_findings([_registration("C", "1.0", 7), old])] == ["A", "C"]


def test_top_package_directory(tmp_path):
    # pylint: disable-next=import-outside-toplevel
    import astroid

    module = astroid.MANAGER.ast_from_module_name("warehouse.objects.crate", context_file=str(FIXTURE))
    assert top_package_directory(module) == str(FIXTURE)
    package = astroid.MANAGER.ast_from_module_name("warehouse.objects", context_file=str(FIXTURE))
    assert top_package_directory(package) == str(FIXTURE)
    loose = tmp_path / "loose.py"
    loose.write_text("x = 1\n", encoding="utf-8")
    assert top_package_directory(astroid.MANAGER.ast_from_file(str(loose), "loose")) == str(tmp_path)
