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

"""Writers a reader's callees open on the context an object carries (bug 1746509).

test_fixtures/packages/carried_writer is old nova's shape: objects/widget.py
builds objects inside ``select_db_reader_mode`` readers, and
``Widget._from_db_object`` saves a widget that has no UUID yet (an online
data migration), through ``db/api.py``'s ``IMPL`` forwarders, into
``db/sqlalchemy_api.py``, a module that spells the async reader ``.async``
(a syntax error since Python 3.7).
"""

import ast
from pathlib import Path

from pylint_oslo_review.brain.async_identifiers import renamed_source
from tests.lint import annotated_lines, lint

ROOT = Path(__file__).resolve().parent.parent.parent
PROJECT = ROOT / "test_fixtures" / "packages" / "carried_writer"
OBJECTS = PROJECT / "objects" / "widget.py"
BACKEND = PROJECT / "db" / "sqlalchemy_api.py"
SYMBOLS = "enginefacade-reader-upgrade,enginefacade-possible-reader-upgrade"


def _messages(paths):
    return lint(paths, "--disable=all", f"--enable={SYMBOLS},syntax-error")


def test_writers_reached_through_objects_are_reported_at_exact_lines_and_traps_are_quiet():
    found = {(m.line, m.symbol) for m in _messages([OBJECTS])}
    assert found == annotated_lines(OBJECTS)


def test_a_writer_on_some_data_path_is_a_warning_that_names_the_path():
    texts = {m.line: m.msg for m in _messages([OBJECTS])}
    assert texts[65] == (
        "calling _from_db_object() -> save() -> widget_update() -> widget_update() opens a WRITER scope "
        "(if 'uuid' not in widget) on 'context' inside the READER scope of line 62: TypeError unless a "
        "caller holds a writer; open that scope as a writer"
    )
    assert texts[95].startswith("calling save() -> widget_update() -> widget_update() opens a WRITER scope on")


def test_the_pre_37_module_is_still_a_syntax_error_when_linted_whatever_was_imported_first():
    alone = {(Path(m.path).name, m.symbol) for m in _messages([BACKEND])}
    after_import = {(Path(m.path).name, m.symbol) for m in _messages([OBJECTS, BACKEND])}
    assert ("sqlalchemy_api.py", "syntax-error") in alone
    assert {m for m in after_import if m[0] == "sqlalchemy_api.py"} == alone


def test_only_async_used_as_a_name_is_renamed():
    source = (
        "x = cm.async\n"
        "f(async=True)\n"
        "s = 'cm.async'  # .async\n"
        "async def g():\n"
        "    async with a:\n"
        "        pass\n"
    )
    renamed = renamed_source(source)
    assert renamed.splitlines()[:3] == ["x = cm.async_", "f(async_=True)", "s = 'cm.async'  # .async"]
    assert "async def g():" in renamed and "async with a:" in renamed
    ast.parse(renamed)
    assert renamed_source("x = 1\n") is None
