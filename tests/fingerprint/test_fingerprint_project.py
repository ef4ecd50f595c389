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
"""The static fingerprints of our own fixture project, and what changes them.

test_fixtures/fingerprint/warehouse records its object hashes in
warehouse/tests/unit/objects/test_objects.py, as nova and neutron do. The
table must be what oslo.versionedobjects' ObjectVersionChecker computes
(checked by importing the fixture, our own code, in a child process), the
static fingerprints must equal it, and a change made without a VERSION bump
must show up as a mismatch of exactly the changed object.
"""

import itertools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import astroid
import pytest

from pylint_oslo_review import brain
from pylint_oslo_review.fingerprint import diff
from pylint_oslo_review.fingerprint import recorded_hashes
from pylint_oslo_review.fingerprint.fingerprinter import Fingerprinter

FIXTURE = Path(__file__).resolve().parents[2] / "test_fixtures" / "fingerprint"
TABLE = FIXTURE / "warehouse" / "tests" / "unit" / "objects" / "test_objects.py"
OBJECT_MODULES = ("objects", "objects.base", "objects.fields", "objects.crate", "objects.shelf")
RUNTIME_HASHES = """
import json, sys, warnings
warnings.simplefilter('ignore')
sys.path.insert(0, sys.argv[1])
import warehouse.objects.crate, warehouse.objects.shelf
from oslo_versionedobjects import base, fixture
classes = {name: found for name, found in base.VersionedObjectRegistry.obj_classes().items()
           if found[0].OBJ_PROJECT_NAMESPACE == 'warehouse'}
print(json.dumps(fixture.ObjectVersionChecker(classes).get_hashes()))
"""
_COPIES = itertools.count()


def _static(package_name, root):
    brain.register_transforms(astroid.MANAGER)
    sys.path.insert(0, str(root))
    try:
        modules = [astroid.MANAGER.ast_from_module_name(f"{package_name}.{name}") for name in OBJECT_MODULES]
        return Fingerprinter().project(modules)
    finally:
        sys.path.remove(str(root))


def test_the_recorded_table_is_what_the_fixture_computes():
    result = subprocess.run(
        [sys.executable, "-c", RUNTIME_HASHES, str(FIXTURE)], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == recorded_hashes.read_table(str(TABLE))


def test_every_static_fingerprint_equals_the_recorded_one():
    verdicts = diff.compare(_static("warehouse", FIXTURE), recorded_hashes.read_table(str(TABLE)))
    assert [(v.obj_name, v.status) for v in verdicts] == [
        ("Crate", "match"), ("CrateList", "match"), ("Dimensions", "match"), ("Item", "match"), ("Shelf", "match"),
    ]


def _mutated(tmp_path, path, old, new):
    """A copy of the fixture package, renamed (astroid caches by name), with one edit."""
    name = f"warehouse_copy_{os.getpid()}_{next(_COPIES)}"
    shutil.copytree(FIXTURE / "warehouse", tmp_path / name)
    for source in (tmp_path / name).rglob("*.py"):
        text = source.read_text(encoding="utf-8").replace("warehouse.", f"{name}.").replace(
            "from warehouse import", f"from {name} import"
        )
        if source == tmp_path / name / path:
            assert old in text
            text = text.replace(old, new, 1)
        source.write_text(text, encoding="utf-8")
    return name


MUTATIONS = [
    (
        "objects/crate.py",
        "'uuid': ovo_fields.UUIDField(),",
        "'uuid': ovo_fields.UUIDField(),\n        'colour': ovo_fields.StringField(nullable=True),",
        {"Crate": "field 'colour' was added without a VERSION bump; bump to 1.2"},
    ),
    (
        "objects/crate.py",
        "def destroy(self, hard=False, reason=None):",
        "def destroy(self, hard=False, reason=None, force=False):",
        {"Crate": "its fields or remotable method signatures changed without a VERSION bump; bump to 1.2"},
    ),
    (
        "objects/crate.py",
        "'count': ovo_fields.NonNegativeIntegerField(default=1),",
        "'count': ovo_fields.NonNegativeIntegerField(default=2),",
        {"Item": "its fields or remotable method signatures changed without a VERSION bump; bump to 1.1"},
    ),
    (
        "objects/shelf.py",
        "    @base.remotable\n    def inspect(self, deep=True):",
        "    @base.remotable\n    def empty(self):\n        pass\n\n"
        "    @base.remotable\n    def inspect(self, deep=True):",
        {"Shelf": "remotable method 'empty' was added without a VERSION bump; bump to 1.2"},
    ),
    (
        "constants.py",
        'SIZES = ("small", "medium", "large")',
        'SIZES = ("small", "medium", "large", "huge")',
        {"Crate": "its fields or remotable method signatures changed without a VERSION bump; bump to 1.2"},
    ),
    (
        "objects/base.py",
        "'deleted': fields.BooleanField(default=False),",
        "'deleted': fields.BooleanField(default=False),\n        'purged': fields.BooleanField(default=False),",
        {"Crate": "field 'purged' was added without a VERSION bump; bump to 1.2"},
    ),
]


@pytest.mark.parametrize("path, old, new, expected", MUTATIONS, ids=[m[0] + ":" + m[2][:40] for m in MUTATIONS])
def test_a_change_without_a_version_bump_is_a_mismatch(tmp_path, path, old, new, expected):
    name = _mutated(tmp_path, path, old, new)
    verdicts = diff.compare(_static(name, tmp_path), recorded_hashes.read_table(str(TABLE)))
    mismatched = {v.obj_name: v.detail for v in verdicts if v.status != "match"}
    assert mismatched == expected


def test_a_change_with_a_version_bump_asks_for_the_new_hash(tmp_path):
    name = _mutated(tmp_path, "objects/crate.py", "VERSION = '1.0'\n\n    fields = {\n        'sku'",
                    "VERSION = '1.1'\n\n    fields = {\n        'sku'")
    verdicts = diff.compare(_static(name, tmp_path), recorded_hashes.read_table(str(TABLE)))
    assert [(v.obj_name, v.status, v.detail) for v in verdicts if v.status != "match"] == [
        ("Item", "mismatch", "VERSION is 1.1 but the table still records 1.0"),
    ]
