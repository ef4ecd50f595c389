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

"""ovo-version-spelling-mismatch: a project's own object base reads a version its objects never set.

test_fixtures/packages/prebase_misread is nova of 2013 in a few lines: the
base of its own (the change-tracking protocol, no oslo) reads ``version``
and its objects, in other modules, set ``VERSION``. prebase_agreed is the
fix: the base reads ``VERSION``. Only the base's module is linted: the
subclasses are read from the tree on disk.
"""

from pathlib import Path

from tests.lint import annotated_lines, lint

PACKAGES = Path(__file__).resolve().parent.parent.parent / "test_fixtures" / "packages"
SYMBOL = "ovo-version-spelling-mismatch"


def _messages(paths):
    return lint(paths, "--disable=all", f"--enable={SYMBOL}")


def test_a_base_reading_another_spelling_than_its_subclasses_set_is_reported_at_its_attribute():
    base = PACKAGES / "prebase_misread" / "objects" / "base.py"
    messages = _messages([base])
    assert {(m.line, m.symbol) for m in messages} == annotated_lines(base)
    assert [m.msg for m in messages] == [
        "'ProjectObject' reads its version as 'version', but 3 subclasses set 'VERSION' "
        "(prebase_misread/objects/flavor.py:6 and 2 more): "
        "unread, each advertises '1.0'; use one spelling"
    ]


def test_the_whole_project_linted_reports_the_base_once():
    modules = sorted((PACKAGES / "prebase_misread").rglob("*.py"))
    found = {(Path(m.path).name, m.line) for m in _messages(modules)}
    assert found == {("base.py", 25)}


def test_a_base_reading_the_spelling_its_subclasses_set_is_quiet():
    """The fix; a subclass that sets both spellings and a test double with the base's are quiet too."""
    modules = sorted((PACKAGES / "prebase_agreed").rglob("*.py"))
    assert not _messages(modules)
