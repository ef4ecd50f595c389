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

"""A fresh OpenStack-style project adopts the plugin by following the docs.

The project is test_fixtures/adoption (depot), copied into a new git
repository. The test takes the tox environments, the pre-commit
configuration and the commands from docs/adoption.rst itself, with
``myproject`` replaced by ``depot``, and runs them as tox and pre-commit
would: tox's commands with ``pylint-oslo-review`` on PATH, and a real
``pre-commit run`` with the hook repository cloned from a local copy of
this repository's .pre-commit-hooks.yaml (the network is not needed).
"""

import configparser
import json
import re
import shlex
import stat
import sys

import pytest

from tests.adoption.helpers import (
    ROOT,
    commit_all,
    copy_fixture,
    docs_block,
    git,
    run,
    zuul_comments,
)

HOOK_REPOSITORY = "https://opendev.org/openstack/pylint-oslo-review"
CRATE = "depot/objects/crate.py"
OLD_FINDINGS = [
    ("depot/db/api.py", "enginefacade-possible-missing-context", "crates_purge._purge"),
    (CRATE, "line-too-long", ""),
    (CRATE, "line-too-long", ""),
    (CRATE, "missing-function-docstring", "Crate.create"),
    (CRATE, "no-member", "Crate.describe"),
    (CRATE, "ovo-redundant-reset-changes", "Crate.create"),
    (CRATE, "protected-access", "Crate.row_version"),
    ("depot/tests/test_crate.py", "attribute-defined-outside-init", "TestCrate._make_crate"),
]
NEW_MISTAKE = '''
    def weight_label(self):
        """The weight, for people."""
        return f'{self.wieght_kg} kg'
'''


def _from_docs(name):
    return docs_block(name).replace("myproject", "depot")


def _tox_command(project, environment, posargs=None):
    """The command of [testenv:ENVIRONMENT] in the project's tox.ini, as tox runs it."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(project / "tox.ini", encoding="utf-8")
    command = parser[f"testenv:{environment}"]["commands"].strip()
    command = re.sub(
        r"\{posargs:([^}]*)\}",
        lambda match: match.group(1) if posargs is None else " ".join(posargs),
        command,
    )
    return shlex.split(command)


class Project:
    """The adopting project, with pylint-oslo-review installed on PATH."""

    def __init__(self, path, bin_dir, pre_commit_home):
        self.path = path
        self.path_variable = f"{bin_dir}:{run(['sh', '-c', 'echo $PATH'], path).stdout.strip()}"
        self.pre_commit_home = pre_commit_home

    def tox(self, environment, posargs=None):
        """What ``tox -e ENVIRONMENT [-- POSARGS]`` runs, run."""
        return run(_tox_command(self.path, environment, posargs), self.path, PATH=self.path_variable)

    def shell(self, command_line):
        """A ``$ command`` line from the docs, run."""
        return run(shlex.split(command_line.removeprefix("$ ")), self.path, PATH=self.path_variable)

    def pre_commit(self, *arguments):
        """``pre-commit run ARGUMENTS`` in the project."""
        return run(
            [sys.executable, "-m", "pre_commit", "run", *arguments], self.path,
            PATH=self.path_variable, PRE_COMMIT_HOME=str(self.pre_commit_home),
        )


@pytest.fixture(name="project")
def fixture_project(tmp_path):
    """depot, fresh, with the command installed as pip installs console scripts."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "pylint-oslo-review"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nfrom pylint_oslo_review.cli import main\nsys.exit(main())\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return Project(copy_fixture(tmp_path / "depot"), bin_dir, tmp_path / "pre-commit-home")


def _hook_repository(tmp_path):
    """A clone-able copy of this repository's hooks; its path and revision."""
    hooks = tmp_path / "hook-repository"
    hooks.mkdir()
    (hooks / ".pre-commit-hooks.yaml").write_text(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    git(hooks, "init", "--quiet")
    commit_all(hooks, "Hooks")
    return hooks, git(hooks, "rev-parse", "HEAD").strip()


def _baseline_entries(project):
    text = (project.path / ".pylint-baseline.json").read_text(encoding="utf-8")
    return sorted(
        (entry["path"], entry["symbol"], entry["scope"])
        for entry in json.loads(text)["findings"]
        for _ in range(entry.get("count", 1))
    )


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _line_of(path, needle):
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if needle in line)


def test_a_project_adopts_the_plugin_by_following_the_docs(project, tmp_path):
    # 1. tox environments and the pre-commit hook, as the docs give them.
    tox_ini = project.path / "tox.ini"
    tox_ini.write_text(
        tox_ini.read_text(encoding="utf-8") + "\n" + _from_docs("tox-environments"),
        encoding="utf-8",
    )
    hooks, revision = _hook_repository(tmp_path)
    (project.path / ".pre-commit-config.yaml").write_text(
        _from_docs("pre-commit-config")
        .replace(HOOK_REPOSITORY, str(hooks))
        .replace("rev: 0.1.0", f"rev: {revision}"),
        encoding="utf-8",
    )

    # 2. The baseline accepts today's findings, the project's own .pylintrc
    # applied on top of the profile (its broad-exception-caught stays off).
    created = project.tox("pylint-baseline")
    assert created.returncode == 0, created.stderr
    assert created.stdout == ""
    assert created.stderr == (
        "pylint-oslo-review: wrote 8 findings in 3 files to .pylint-baseline.json\n"
    )
    assert _baseline_entries(project) == sorted(OLD_FINDINGS)

    # 3. With the baseline, the hook passes on the whole tree.
    hook = project.pre_commit("--all-files")
    assert hook.returncode == 0, hook.stdout + hook.stderr
    assert "Passed" in hook.stdout
    commit_all(project.path, "Adopt pylint-oslo-review")

    # 4. A change edits the lines above an old finding (the no-member in
    # Crate.describe), shifts every line of the file, and adds a mistake.
    crate = project.path / CRATE
    _edit(crate, '"""Crates: what the depot stores."""',
          '"""Crates: what the depot stores.\n\nCrates never leave the depot.\n"""')
    _edit(crate, '"""A one-line description."""', '"""A one-line description, for listings."""')
    crate.write_text(crate.read_text(encoding="utf-8") + NEW_MISTAKE, encoding="utf-8")
    new_line = _line_of(crate, "self.wieght_kg")
    finding = (f"{CRATE}:{new_line}:18: E1101: Instance of 'Crate' has no 'wieght_kg' "
               "member (no-member)")

    # tox -e pylint reports the new mistake, and only it; Zuul would
    # comment on exactly that line.
    checked = project.tox("pylint")
    assert checked.returncode == 2
    assert checked.stdout == f"************* Module depot.objects.crate\n{finding}\n"
    assert checked.stderr == (
        "pylint-oslo-review: 8 findings listed in .pylint-baseline.json were not reported\n"
    )
    assert zuul_comments(checked.stdout + checked.stderr, project.path) == [
        (CRATE, new_line, "E1101: Instance of 'Crate' has no 'wieght_kg' member (no-member)")
    ]

    # The hook, on the staged change, fails on it too.
    git(project.path, "add", CRATE)
    hook = project.pre_commit()
    assert hook.returncode == 1
    assert finding in hook.stdout.splitlines()
    assert [line for line in hook.stdout.splitlines() if zuul_comments(line, project.path)] == [
        finding
    ]

    # Without a baseline, --changed-since finds the same.
    changed = project.shell(_from_docs("changed-lines").strip())
    assert changed.stdout == f"************* Module depot.objects.crate\n{finding}\n"
    assert changed.stderr == (
        "pylint-oslo-review: 8 findings on lines not changed since HEAD were not reported\n"
    )

    # 5. Fixing an old finding makes its entry removable, and prune removes it.
    _edit(crate, "self.lable", "self.label")
    fixed = project.tox("pylint")
    assert fixed.stdout == f"************* Module depot.objects.crate\n{finding}\n"
    assert fixed.stderr.splitlines()[1:] == [
        "pylint-oslo-review: 1 finding listed in .pylint-baseline.json no longer occurs; "
        "'pylint-oslo-review baseline prune' with the same arguments removes it:",
        f"    {CRATE}: no-member in Crate.describe: return f'{{self.lable}}: {{self.weight_kg}} kg'",
    ]
    assert [comment[:2] for comment in zuul_comments(fixed.stdout + fixed.stderr, project.path)] == [
        (CRATE, new_line)
    ]
    # It only prunes: the new finding it shows does not make it fail.
    pruned = project.tox("pylint-baseline", posargs=["prune"])
    assert pruned.returncode == 0, pruned.stderr
    assert pruned.stdout == f"************* Module depot.objects.crate\n{finding}\n"
    assert pruned.stderr.splitlines()[-1] == (
        "pylint-oslo-review: removed 1 finding that no longer occurs; wrote 7 findings "
        "in 3 files to .pylint-baseline.json"
    )
    assert _baseline_entries(project) == sorted(
        entry for entry in OLD_FINDINGS if entry != (CRATE, "no-member", "Crate.describe")
    )
    assert not (project.path / ".pylint-baseline.json.tmp").exists()
