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

"""Corpus runs with a profile, and the "which disabled checks can come
back" table (tools/corpus/profile_rc.py, reenable.py)."""

import configparser
import json

import pytest

from tools.corpus import cli, profile_rc, reenable

PROFILE_TEXT = """\
# A profile.
[MAIN]
load-plugins=pylint_oslo_review
jobs=2

[MESSAGES CONTROL]
disable=
    # Notes are not findings.
    fixme,
    too-many-arguments,
    fixme,
"""


def test_the_bare_profile_keeps_everything_but_the_plugin(tmp_path):
    profile = tmp_path / "p.pylintrc"
    profile.write_text(PROFILE_TEXT, encoding="utf-8")
    text = profile_rc.bare_profile_text(profile)
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    assert {section: dict(parser[section]) for section in parser.sections()} == {
        "MAIN": {"jobs": "2"},
        "MESSAGES CONTROL": {"disable": "\nfixme,\ntoo-many-arguments,\nfixme,"},
    }
    assert text.startswith("# p.pylintrc without load-plugins")
    assert "jobs = 2" in text
    assert profile_rc.disabled_names(text) == ["fixme", "too-many-arguments"]


def test_disabled_names_reads_a_real_style_pylintrc():
    text = "[MESSAGES CONTROL]\ndisable=\n# \"E\" errors\n no-member,\n broad-except ; old name\n"
    assert profile_rc.disabled_names(text) == ["no-member", "broad-except"]
    assert not profile_rc.disabled_names("[MAIN]\njobs=1\n")


RESOLVE = {
    "no-member": ["no-member"],
    "broad-except": ["broad-exception-caught"],
    "missing-docstring": ["missing-module-docstring", "missing-function-docstring"],
    "fixme": ["fixme"],
    "missing-module-docstring": ["missing-module-docstring"],
}.get


def test_rows_follow_the_projects_order_and_the_profiles_state():
    counts = {"no-member": (261, 140), "missing-function-docstring": (5, 5)}
    rows = reenable.rows(
        ["no-member", "broad-except", "missing-docstring", "fixme", "no-self-use"],
        ["fixme", "missing-module-docstring"],
        counts,
        lambda name: RESOLVE(name, []),
    )
    assert rows == [
        reenable.Row("no-member", "no-member", "on", 261, 140),
        reenable.Row("broad-except", "broad-exception-caught", "on", 0, 0),
        reenable.Row("missing-docstring", "missing-module-docstring", "off", None, None),
        reenable.Row("missing-docstring", "missing-function-docstring", "on", 5, 5),
        reenable.Row("fixme", "fixme", "off", None, None),
        reenable.Row("no-self-use", "no-self-use", "not loaded", None, None),
    ]
    assert reenable.render(rows[:2] + rows[4:]) == (
        "=============================================  ==========  ====  ======\n"
        "Check the project disables                     Profile     Bare  Plugin\n"
        "=============================================  ==========  ====  ======\n"
        "``no-member``                                  on          261   140\n"
        "``broad-exception-caught`` (``broad-except``)  on          0     0\n"
        "``fixme``                                      off\n"
        "``no-self-use``                                not loaded\n"
        "=============================================  ==========  ====  ======\n"
    )


def test_the_resolver_knows_old_names_and_not_unloaded_extensions():
    resolve = reenable.resolver()
    assert resolve("broad-except") == ["broad-exception-caught"]
    assert resolve("E1101") == ["no-member"]
    assert resolve("enginefacade-missing-context") == ["enginefacade-missing-context"]
    assert resolve("no-self-use") == []


def _profile_report(tmp_path, profile="openstack"):
    source = tmp_path / "neutron-29.0.0"
    source.mkdir()
    (source / ".pylintrc").write_text(
        "[MESSAGES CONTROL]\ndisable=no-member,fixme,abstract-method\n", encoding="utf-8"
    )
    counts = [{"symbol": "no-member", "bare": 9, "plugin": 2, "difference": -7}]
    report = {
        "format": 1,
        "run": {"profile": profile},
        "projects": [{"key": "neutron==29.0.0", "source_root": str(source),
                      "summary": {"counts": counts}}],
    }
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_cli_reenable_prints_the_table(tmp_path, capsys):
    assert cli.main(["reenable", "--report", str(_profile_report(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines()[3:6] == [
        "``no-member``               on       9     2",
        "``fixme``                   off",
        "``abstract-method``         on       0     0",
    ]


@pytest.mark.parametrize(
    "arguments, complaint",
    [
        (["reenable", "--project", "nova==34.0.0"], "has no project nova==34.0.0"),
        (["run", "--profile", "nova"], "no profile named 'nova'"),
        (["run", "--profile", "openstack", "--update-docs"], "a --profile run does not replace them"),
    ],
)
def test_cli_profile_mistakes(tmp_path, capsys, arguments, complaint):
    report = _profile_report(tmp_path)
    if arguments[0] == "reenable":
        arguments = [*arguments, "--report", str(report)]
    else:
        arguments = [*arguments, "--cache", str(tmp_path / "cache"), "--project", "nova==34.0.0"]
    assert cli.main(arguments) == 2
    assert complaint in capsys.readouterr().err


def test_cli_reenable_needs_a_profile_report(tmp_path, capsys):
    report = _profile_report(tmp_path, profile=None)
    assert cli.main(["reenable", "--report", str(report)]) == 2
    assert "is not the report of a 'run --profile NAME'" in capsys.readouterr().err
