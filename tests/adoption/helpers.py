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

"""What the adoption tests share: the fixture project, git, the command.

The command runs in a subprocess, as a user or tox runs it: a linted file
that a test edits must be read again, which astroid's in-process cache
would not do.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "test_fixtures" / "adoption"
DOCS = ROOT / "docs" / "adoption.rst"

#: zuul-jobs' tox role (tox_parse_output): the line format it comments on.
ZUUL_LINE = re.compile(r"^(.*):(\d+):(\d+): (.*)$")

_CODE_BLOCK = re.compile(r"^\.\. code-block:: \S+\n   :name: (?P<name>\S+)\n\n(?P<body>(?:   .*\n|\n)+)", re.M)


def command_environment(**extra):
    """The environment of a command: the checkout importable, strict mode on."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    environment.pop("PYLINTRC", None)
    return environment


def run(argv, cwd, **extra_environment):
    """Run *argv* in *cwd*; the completed process, output as text."""
    return subprocess.run(
        argv, cwd=cwd, env=command_environment(**extra_environment),
        capture_output=True, text=True, check=False,
    )


def review(cwd, *arguments):
    """Run ``pylint-oslo-review ARGUMENTS`` in *cwd*."""
    return run([sys.executable, "-m", "pylint_oslo_review.cli", *arguments], cwd)


def copy_fixture(destination):
    """A copy of the fixture project at *destination*, as a fresh git repository."""
    shutil.copytree(FIXTURE, destination)
    git(destination, "init", "--quiet", "--initial-branch=master")
    commit_all(destination, "Initial commit")
    return destination


def git(cwd, *arguments):
    """Run git in *cwd* with a fixed identity; its stdout."""
    result = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
         "-c", "commit.gpgsign=false", *arguments],
        cwd=cwd, capture_output=True, text=True, check=True,
    )
    return result.stdout


def commit_all(cwd, message):
    """Commit everything in the work tree."""
    git(cwd, "add", "--all")
    git(cwd, "commit", "--quiet", "--message", message)


def zuul_comments(output, workdir):
    """The inline comments Zuul's tox role makes of *output*, run in *workdir*.

    The rules of tox_parse_output: a line that matches ZUUL_LINE, does not
    start with whitespace, and names a relative path (not under .tox/) of
    a file that exists in the work dir. Returns [(path, line, message)].
    """
    comments = []
    for line in output.splitlines():
        match = ZUUL_LINE.match(line)
        if not line or line[0].isspace() or not match:
            continue
        path = match.group(1)
        if path.startswith("./"):
            path = path[2:]
        if os.path.isabs(path) or path.startswith(".tox/") or not (Path(workdir) / path).is_file():
            continue
        comments.append((path, int(match.group(2)), match.group(4)))
    return comments


def docs_block(name):
    """The body of the ``.. code-block::`` named *name* in docs/adoption.rst."""
    for match in _CODE_BLOCK.finditer(DOCS.read_text(encoding="utf-8")):
        if match.group("name") == name:
            lines = [line[3:] for line in match.group("body").splitlines()]
            return "\n".join(lines).strip("\n") + "\n"
    raise KeyError(name)
