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

FUNCTIONAL = Path(__file__).resolve().parent.parent / "test_fixtures" / "functional"
TESTS = get_functional_test_files_from_directory(FUNCTIONAL)


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
    "objects_objectfield_unknown_target",
    "objects_objectfield_unknown_target_traps",
    "objects_shelf",
    "oslo_db_api",
    "oslo_db_api_traps",
    "oslo_log_logging",
    "oslo_log_logging_traps",
    "ovo_brain_fields",
    "ovo_brain_method_counts",
    "ovo_brain_methods",
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
    "ovo_redundant_reset_changes",
    "ovo_redundant_reset_changes_traps",
    "ovo_redundant_reset_changes_shapes_traps",
    "ovo_refresh_leaves_changes",
    "ovo_refresh_leaves_changes_traps",
    "ovo_remotable",
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
    test_class = LintModuleOutputUpdate if UPDATE_FILE.exists() else testutils.LintModuleTest
    case = test_class(test_file, pytestconfig)
    case.setUp()
    case.runTest()


@pytest.mark.parametrize("test_file", TESTS, ids=[t.base for t in TESTS])
def test_every_functional_test_loads_the_plugin_and_shows_crashes(test_file):
    rc = Path(test_file.option_file).read_text(encoding="utf-8")
    assert "load-plugins=pylint_oslo_review" in rc
    assert "astroid-error" in rc and "fatal" in rc
