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
"""pylint functional tests: test_fixtures/functional/<group>/<name>.py|.rc|.txt.

Each source file marks the messages it expects with '# [symbol]'
annotations; the .txt file holds the exact expected output (symbol, line,
column, object, text, confidence). A missing .txt means: no message at all.

To regenerate the .txt files after an intended change, create an empty file
named 'pylint-functional-test-update' in the repository root and run the
tests once; then delete it and review the diff.

The .txt files hold the newest supported pylint's output (``tox -e py3``).
Older releases write two columns of the same messages differently
(pylint_oslo_review.compat says which and why); there, and only there, a
received line that differs from an expected one in just that column counts
as that line. Regenerating the files is done with the newest pylint only.
"""

from pathlib import Path

import astroid
import pytest
from pylint import testutils
from pylint.testutils import UPDATE_FILE
from pylint.testutils.functional import (
    LintModuleOutputUpdate,
    get_functional_test_files_from_directory,
)

from pylint_oslo_review import compat

FUNCTIONAL = Path(__file__).resolve().parent.parent / "test_fixtures" / "functional"
# pylint's own limit on files per directory (a convention of pylint's test
# tree) counts every file in 3.3 and only the .py files in 4.x; ours is one
# directory per family, however many fixtures it has.
TESTS = get_functional_test_files_from_directory(FUNCTIONAL, max_file_per_directory=1000)
#: Whether this release writes the output the .txt files hold.
NEWEST = not (compat.DECORATORS_IN_DECORATED_FRAME or compat.ZERO_END_COLUMN_REPLACED)


class ReconcilingLintModuleTest(testutils.LintModuleTest):
    """LintModuleTest that allows, on older releases, their known column differences."""

    def _check_output_text(self, expected_messages, expected_output, actual_output):
        with open(self._test_file.source, encoding="utf-8") as source:
            lines = source.read().splitlines()
        decorator_lines = {
            number for number, text in enumerate(lines, 1) if text.lstrip().startswith("@")
        }
        expected = set(expected_output)
        reconciled = [
            _reconcile(line, expected, decorator_lines) for line in actual_output
        ]
        super()._check_output_text(expected_messages, expected_output, reconciled)


def _reconcile(line, expected, decorator_lines):
    """The expected line that *line* is but for a column this release writes differently."""
    if line in expected:
        return line
    varying = set()
    if compat.DECORATORS_IN_DECORATED_FRAME and line.lineno in decorator_lines:
        varying.add("object")
    if compat.ZERO_END_COLUMN_REPLACED:
        varying.add("end_column")
    for other in expected:
        fields = {field for field in varying if getattr(other, field) != getattr(line, field)}
        if "end_column" in fields and other.end_column != 0:
            continue
        if fields and line._replace(**{field: getattr(other, field) for field in fields}) == other:
            return other
    return line


#: Each check has its positives and its traps; each brain its own file.
EXPECTED = {
    "enginefacade_brain",
    "enginefacade_decorator_placement",
    "enginefacade_decorator_placement_traps",
    "enginefacade_expected_failure",
    "enginefacade_implicit_writer_session",
    "enginefacade_implicit_writer_session_traps",
    "enginefacade_manager_usage",
    "enginefacade_manager_usage_traps",
    "enginefacade_missing_context",
    "enginefacade_missing_context_traps",
    "enginefacade_missing_context_misplaced",
    "enginefacade_missing_context_misplaced_traps",
    "enginefacade_new_session_in_scope",
    "enginefacade_new_session_in_scope_traps",
    "enginefacade_query_escapes_scope",
    "enginefacade_query_escapes_scope_traps",
    "enginefacade_reader_upgrade",
    "enginefacade_reader_upgrade_traps",
    "enginefacade_session_begin_in_scope",
    "enginefacade_session_begin_in_scope_traps",
    "enginefacade_session_outside_scope",
    "enginefacade_session_outside_scope_traps",
    "enginefacade_write_in_reader",
    "enginefacade_write_in_reader_traps",
    "objects_cross_object_protocol",
    "objects_mixin_views",
    "objects_mixin_views_traps",
    "objects_objectfield_unknown_target",
    "objects_objectfield_unknown_target_traps",
    "objects_shelf",
    "oslo_config_unknown_option",
    "oslo_config_unknown_option_traps",
    "oslo_db_api",
    "oslo_db_api_traps",
    "oslo_log_logging",
    "oslo_log_logging_traps",
    "ovo_brain_fields",
    "ovo_brain_method_counts",
    "ovo_brain_methods",
    "ovo_clone_loses_tracking",
    "ovo_clone_loses_tracking_traps",
    "ovo_cross_object_protocol_outside",
    "ovo_expected_failure",
    "ovo_field_definitions",
    "ovo_field_definitions_traps",
    "ovo_field_names",
    "ovo_field_names_kwargs_traps",
    "ovo_field_names_traps",
    "ovo_field_values",
    "ovo_field_values_state_traps",
    "ovo_field_values_traps",
    "ovo_make_compatible",
    "ovo_make_compatible_guards_traps",
    "ovo_make_compatible_hooks_traps",
    "ovo_make_compatible_traps",
    "ovo_project_base",
    "ovo_project_base_traps",
    "ovo_redundant_reset_changes",
    "ovo_redundant_reset_changes_traps",
    "ovo_redundant_reset_changes_shapes_traps",
    "ovo_refresh_leaves_changes",
    "ovo_refresh_leaves_changes_traps",
    "ovo_remotable",
    "ovo_reset_not_recursive",
    "ovo_reset_not_recursive_traps",
    "ovo_remotable_traps",
    "ovo_remotable_varargs_traps",
    "ovo_version",
    "ovo_version_history_traps",
    "ovo_version_traps",
}


def test_every_functional_test_is_collected():
    assert EXPECTED <= {test.base for test in TESTS}


@pytest.mark.parametrize("test_file", TESTS, ids=[t.base for t in TESTS])
def test_functional(test_file, pytestconfig):
    # astroid records every 'obj.attr = value' on the inferred class, so a
    # fixture that assigns a misspelt attribute of a shared example class
    # would change what the next test sees: start each from a clean cache.
    astroid.MANAGER.clear_cache()
    if UPDATE_FILE.exists():
        if not NEWEST:
            pytest.fail("regenerate the expected output with the newest pylint (tox -e py3)")
        test_class = LintModuleOutputUpdate
    else:
        test_class = ReconcilingLintModuleTest
    case = test_class(test_file, pytestconfig)
    case.setUp()
    case.runTest()


@pytest.mark.parametrize("test_file", TESTS, ids=[t.base for t in TESTS])
def test_every_functional_test_loads_the_plugin_and_shows_crashes(test_file):
    rc = Path(test_file.option_file).read_text(encoding="utf-8")
    assert "load-plugins=pylint_oslo_review" in rc
    assert "astroid-error" in rc and "fatal" in rc
