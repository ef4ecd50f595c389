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

"""The openstack profile, and how a project's configuration extends it."""

import configparser
import io
import os
from contextlib import redirect_stdout

import pytest
from pylint.config.config_file_parser import _RawConfParser
from pylint.lint import Run
from pylint.reporters import CollectingReporter

from pylint_oslo_review import profiles
from pylint_oslo_review.cli import main, profile_config
from pylint_oslo_review.cli.profile_config import ConfigError, merged_config, split_rcfile

PROFILE = profiles.profile_path("openstack")

CONVENTIONS = '''\
"""OpenStack conventions the profile accepts, and two things it reports."""
import unittest
from unittest import mock

LOG = None
_facade = None
opts = []


def _get_facade():
    global _facade  # pylint: disable=global-statement
    _facade = _facade or object()
    return _facade


def translated(count):
    """% for translation, _ as a builtin, a TODO note."""
    # TODO(someone): plural forms.
    return _('%d crates') % count


@mock.patch('os.getcwd')
def helper(mock_getcwd, name):
    """mock.patch passes the mock: callers give only the name."""
    return mock_getcwd, name


class TestCrate(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.crates = helper('x')

    def test_get_by_UUID(self):
        self.assertJsonEqual(self.crates, self.crates)

    def assertJsonEqual(self, first, second):
        self.assertEqual(first, second)


def undocumented():
    return 'eighty columns: one more than the 79 that pycodestyle allows!!!!!!!'
'''


def test_the_profile_is_installed_with_the_package():
    assert profiles.names() == ["openstack"]
    assert PROFILE.parent == profiles.DIRECTORY
    assert PROFILE.name == "openstack.pylintrc"
    with pytest.raises(profiles.UnknownProfileError, match="installed profiles: openstack"):
        profiles.profile_path("nova")


def test_openstack_code_gets_only_real_findings(tmp_path):
    module = tmp_path / "profile_conventions.py"
    module.write_text(CONVENTIONS, encoding="utf-8")
    reporter = CollectingReporter()
    Run([f"--rcfile={PROFILE}", "--persistent=n", str(module)], reporter=reporter, exit=False)
    assert sorted((m.line, m.symbol, m.msg) for m in reporter.messages) == [
        (37, "missing-function-docstring", "Missing function or method docstring"),
        (41, "missing-function-docstring", "Missing function or method docstring"),
        (42, "line-too-long", "Line too long (80/79)"),
    ]


def _generated(*arguments):
    """The configuration pylint-oslo-review's pylint really uses."""
    output = io.StringIO()
    with redirect_stdout(output):
        assert main(["--profile", "openstack", *arguments, "--generate-rcfile"]) == 0
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(output.getvalue())
    return {option: value for section in parser.sections() for option, value in parser[section].items()}


def _names(value):
    return {name.strip() for name in value.replace("\n", ",").split(",") if name.strip()}


def test_the_project_configuration_applies_on_top_of_the_profile(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pylint.main]\nload-plugins = ["pylint.extensions.docparams"]\n'
        '[tool.pylint.format]\nmax-line-length = 99\n'
        '[tool.pylint."messages control"]\nenable = ["fixme"]\ndisable = ["protected-access"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    config = _generated()
    assert config["max-line-length"] == "99"
    assert _names(config["load-plugins"]) == {"pylint_oslo_review", "pylint.extensions.docparams"}
    disabled = _names(config["disable"])
    assert {"protected-access", "consider-using-f-string", "too-many-arguments"} <= disabled
    assert "fixme" not in disabled
    assert "no-member" not in disabled
    assert config["additional-builtins"] == "_"
    # The command line still wins over both.
    assert _generated("--max-line-length=120")["max-line-length"] == "120"


def test_an_explicit_rcfile_is_the_project_configuration(tmp_path, monkeypatch):
    rcfile = tmp_path / "custom.rc"
    rcfile.write_text("[FORMAT]\nmax-line-length=88\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _generated(f"--rcfile={rcfile}")["max-line-length"] == "88"
    assert _generated()["max-line-length"] == "79"


def test_merged_values_survive_toml(tmp_path):
    project = tmp_path / "pylintrc"
    project.write_text(
        "[MAIN]\nload-plugins=a.b,\n  c\ninit-hook=import sys\n"
        "[BASIC]\ngood-names-rgxs=^[#;%%\"\\\\]x$\n"
        "[FORMAT]\nmax-line-length=99\n", encoding="utf-8",
    )
    profile = tmp_path / "profile.rc"
    profile.write_text("[MAIN]\nload-plugins=a.b,z\n[FORMAT]\nmax-line-length=79\n", encoding="utf-8")
    merged = tmp_path / "merged.toml"
    merged.write_text(merged_config([("profile p", profile), ("project", project)]), encoding="utf-8")
    _, arguments = _RawConfParser.parse_toml_file(merged)
    assert arguments == [
        "--load-plugins", "a.b,z,c",
        "--init-hook", "import sys",
        "--max-line-length", "79",
        "--good-names-rgxs", '^[#;%"\\\\]x$',
        "--max-line-length", "99",
    ]


def test_an_option_repeated_in_one_file_starts_a_new_table(tmp_path):
    project = tmp_path / "pyproject.toml"
    project.write_text(
        '[tool.pylint.a]\ndisable = ["x"]\n[tool.pylint.b]\ndisable = ["y"]\n', encoding="utf-8"
    )
    text = merged_config([("project", project)])
    assert '[tool.pylint."1 project"]\n"disable" = "x"' in text
    assert '[tool.pylint."2 project (continued)"]\n"disable" = "y"' in text


@pytest.mark.parametrize(
    "arguments, rcfile, rest",
    [
        (["--rcfile=a", "pkg"], "a", ["pkg"]),
        (["-j2", "--rcfile", "a", "pkg"], "a", ["-j2", "pkg"]),
        (["--rcf=a"], "a", []),
        (["pkg", "--", "--rcfile=a"], None, ["pkg", "--", "--rcfile=a"]),
        (["pkg"], None, ["pkg"]),
    ],
)
def test_split_rcfile_takes_what_pylint_takes_as_rcfile(arguments, rcfile, rest):
    assert split_rcfile(arguments) == (rcfile, rest)


def test_configuration_mistakes_are_reported(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="--rcfile needs a value"):
        split_rcfile(["--rcfile"])
    with pytest.raises(ConfigError, match="does not exist"):
        profile_config.project_config(str(tmp_path / "missing"))
    broken = tmp_path / "broken.toml"
    broken.write_text("[tool.pylint\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        profile_config.read_options(broken)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PYLINTRC", raising=False)
    assert profile_config.project_config(None) is None


def test_profile_commands_print_the_installed_profiles(capsys):
    assert main(["profile", "list"]) == 0
    assert main(["profile", "path", "openstack"]) == 0
    assert capsys.readouterr().out == f"openstack\n{PROFILE}\n"
    assert main(["profile", "path", "nova"]) == 32
    assert capsys.readouterr().err == (
        "pylint-oslo-review: error: no profile named 'nova'; installed profiles: openstack\n"
    )


def test_a_configuration_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pylintrc"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="is not a regular file"):
        profile_config.read_options(fifo)
