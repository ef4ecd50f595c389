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

"""``--new-since REV``: report what a change introduced, wherever it is.

``--changed-since`` keeps findings on changed lines, so a change that
removes a parameter hides the errors it causes in its callers, which sit
on unchanged lines in other files. This mode lints the same targets as
they were at *REV* (the revision's files, unpacked from ``git archive``
into a temporary directory, linted in a child process so that nothing of
astroid's cache is shared) and records those findings as a baseline; the
run at the working tree then reports only the findings that baseline does
not account for (``baseline.BaselineMatcher``: same file, symbol, scope
and source line, line numbers ignored). It costs two full runs.
"""

from __future__ import annotations

import io
import os
import pathlib
import subprocess
import sys
import tarfile
import tempfile

from pylint_oslo_review.cli.baseline import Baseline
from pylint_oslo_review.cli.changed_lines import GitError

_BASELINE_NAME = ".pylint-oslo-review-new-since.json"


def _git_bytes(arguments: list[str], cwd: str) -> bytes:
    try:
        result = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, check=False)
    except OSError as error:
        raise GitError(f"cannot run git: {error}") from error
    if result.returncode != 0:
        raise GitError(f"git {' '.join(arguments)}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def repository_root(cwd: str = ".") -> pathlib.Path:
    """The top of the git work tree that holds *cwd*."""
    return pathlib.Path(_git_bytes(["rev-parse", "--show-toplevel"], cwd).decode().strip()).resolve()


def _unpack(revision: str, root: pathlib.Path, into: pathlib.Path) -> None:
    archive = _git_bytes(["archive", "--format=tar", revision], str(root))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.10.12+, 3.11.4+
            tar.extractall(into, filter="data")
        else:  # pragma: no cover - older patch releases
            tar.extractall(into)  # noqa: S202 - our own repository's archive


def revision_baseline(revision: str, own_args: list[str], pylint_args: list[str]) -> Baseline:
    """The findings of this same command line run on the files of *revision*.

    *own_args* are this tool's options that shape the run (the profile);
    *pylint_args* are passed on unchanged. The child runs from the same
    directory of the unpacked tree as this process runs in the work tree,
    so relative paths and the project's configuration files mean the same.
    """
    root = repository_root()
    here = pathlib.Path.cwd().resolve().relative_to(root)
    with tempfile.TemporaryDirectory(prefix="pylint-oslo-review-new-since-") as directory:
        tree = pathlib.Path(directory).resolve() / "tree"
        tree.mkdir()
        _unpack(revision, root, tree)
        baseline_file = tree / _BASELINE_NAME
        command = [
            sys.executable, "-m", "pylint_oslo_review.cli", "baseline", "create",
            "--baseline", str(baseline_file), *own_args, *pylint_args,
        ]
        result = subprocess.run(
            command, cwd=tree / here, capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if not baseline_file.is_file():
            raise GitError(
                f"linting {revision} wrote no findings file (exit {result.returncode}): "
                f"{result.stderr.strip()[-500:]}"
            )
        return Baseline.load(baseline_file)
