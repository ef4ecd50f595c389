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
"""The supported pylint range, and what differs inside it (pylint_oslo_review.compat)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import astroid
import pytest
from astroid import nodes

from pylint_oslo_review import compat, profiles
from pylint_oslo_review.cli import profile_config

ROOT = Path(__file__).resolve().parent.parent


def test_requirements_declare_the_supported_range():
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert compat.supported_range() in lines


@pytest.mark.parametrize("version", ["3.3.0", "3.3.9", "4.0.10", "4.1.4", "4.1.10"])
def test_supported_releases_get_no_warning(version):
    assert compat.unsupported_warning(version) is None


@pytest.mark.parametrize("version", ["3.0.2", "3.2.7", "4.2.0", "4.2.0.dev0", "5.0.0"])
def test_other_releases_get_a_warning_that_says_what_to_install(version):
    warning = compat.unsupported_warning(version)
    assert f"this is pylint {version} (astroid {astroid.__version__})" in warning
    assert warning.endswith("pip install 'pylint>=3.3,<4.2'")


def test_the_installed_pylint_is_supported():
    assert compat.unsupported_warning() is None


FAKE_VERSION_RUN = """\
import sys
import pylint
pylint.__version__ = "4.2.0"
from pylint.lint import Run
Run(sys.argv[1:], exit=False)
"""


def test_an_unsupported_pylint_warns_once_and_still_lints(tmp_path):
    module = tmp_path / "wrong.py"
    module.write_text(textwrap.dedent("""\
        '''An OVO reset given a string.'''
        from oslo_versionedobjects import base
        from oslo_versionedobjects import fields


        class Rack(base.VersionedObject):
            '''A rack.'''
            fields = {'name': fields.StringField()}

            def clear(self):
                '''Reset the name.'''
                self.obj_reset_changes('name')
        """), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", FAKE_VERSION_RUN, "--load-plugins=pylint_oslo_review", "-j2",
         "--persistent=n", "--disable=all", "--enable=ovo-reset-changes-string", str(module)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
        env={**os.environ, "PYLINTHOME": str(tmp_path / "home")},
    )
    assert run.stderr.splitlines() == [
        f"pylint-oslo-review: warning: {compat.unsupported_warning('4.2.0')}"
    ]
    assert "(ovo-reset-changes-string)" in run.stdout


def test_frame_of_a_decorator_is_the_enclosing_scope():
    module = astroid.parse(textwrap.dedent("""\
        @outer(1)
        class Store:
            @inner([item for item in items])
            def count(self, limit=default()):
                return [call() for _ in range(limit)]
        """))
    calls = {call.func.as_string(): call for call in module.nodes_of_class(nodes.Call)}
    store = module.body[0]
    count = store.body[0]
    assert compat.frame(calls["outer"]) is module
    assert compat.frame(calls["inner"]) is store
    assert compat.frame(calls["default"]) is count
    assert compat.frame(calls["call"]) is count


def test_the_profile_names_only_what_the_installed_pylint_knows():
    known = profile_config.KnownOptions.installed()
    for option, value in profile_config.read_options(profiles.profile_path("openstack")):
        assert known.restrict(option, value) == (
            ",".join(name.strip() for name in value.replace("\n", ",").split(",") if name.strip())
            if option in ("enable", "disable") else value
        ), option


def test_the_merged_profile_drops_what_this_pylint_lacks(tmp_path):
    profile = tmp_path / "profile.rc"
    profile.write_text(
        "[DESIGN]\nmax-positional-arguments=5\n[FORMAT]\nmax-line-length=79\n"
        "[MESSAGES CONTROL]\ndisable=fixme,\n  too-many-positional-arguments\n"
        "enable=too-many-positional-arguments\n",
        encoding="utf-8",
    )
    project = tmp_path / "pylintrc"
    project.write_text("[DESIGN]\nmax-positional-arguments=6\n", encoding="utf-8")
    known = profile_config.KnownOptions({"max-line-length", "disable", "enable"}, {"fixme"})
    text = profile_config.merged_config([("profile p", profile), ("project", project)], known)
    assert '"max-positional-arguments" = "5"' not in text
    assert '"max-line-length" = "79"' in text
    assert '"disable" = "fixme"' in text
    assert '"enable"' not in text
    # The project's options are its own: passed on as they are.
    assert '"max-positional-arguments" = "6"' in text


def test_ci_runs_the_readme_test_command_on_both_ends_of_the_range():
    command = "python3 -m pip install tox && python3 -m tox -e py3,py3-pylint33"
    assert f"    {command}\n" in (ROOT / "README.rst").read_text(encoding="utf-8")
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()[-1] == command
    tox_ini = (ROOT / "tox.ini").read_text(encoding="utf-8")
    bottom = tox_ini.split("[testenv:py3-pylint33]", 1)[1].split("\n[", 1)[0]
    low = ".".join(map(str, compat.SUPPORTED_PYLINT[0]))
    assert f"    pylint=={low}." in bottom


def test_a_file_gets_the_module_name_of_a_one_job_run(monkeypatch):
    """With a directory above the package first on sys.path (as PYTHONPATH
    puts it in tests/test_determinism.py), the module is still named from
    its package, as pylint's -j1 run names it, on every pylint."""
    from pylint.lint import PyLinter  # pylint: disable=import-outside-toplevel

    fixture = ROOT / "test_fixtures" / "determinism"
    monkeypatch.chdir(fixture)
    monkeypatch.setattr(sys, "path", [str(ROOT), *sys.path])
    compat.name_modules_as_one_job_does()
    linter = PyLinter()
    linter.load_default_plugins()
    arguments = {} if not compat.FILES_NAMED_UNDER_PACKAGE_PATHS else {"extra_packages_paths": [str(fixture)]}
    items = list(linter._iterate_file_descrs(["orderpkg/b_second.py"], **arguments))  # pylint: disable=protected-access
    assert [item.name for item in items] == ["orderpkg.b_second"]
