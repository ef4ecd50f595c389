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

"""Put a file as it was at one commit into a scratch directory.

The file keeps its package path (``nova/objects/flavor.py``) so that its
imports, relative or absolute, resolve in the scratch tree. With
``tree=True`` the whole top-level package at that commit comes too (its
tests excepted), so that astroid can infer into the modules it imports:
slower, but the only way to see a base class or a helper elsewhere.
"""

from __future__ import annotations

import io
import pathlib
import subprocess
import tarfile


class ExtractError(RuntimeError):
    """git could not produce the file at that commit."""


def _git(git_dir: pathlib.Path, *arguments: str) -> bytes:
    result = subprocess.run(
        ["git", f"--git-dir={git_dir}", *arguments], capture_output=True, check=False
    )
    if result.returncode != 0:
        raise ExtractError(result.stderr.decode(errors="replace").strip())
    return result.stdout


def package_of(path: str) -> str:
    """The top-level package directory of a repository path."""
    return path.split("/", 1)[0]


def extract(git_dir: pathlib.Path, commit: str, path: str, dest: pathlib.Path, tree: bool) -> pathlib.Path:
    """Write *path* at *commit* (and its package if *tree*) under *dest*.

    Returns the file's location. Every directory between *dest* and the
    file gets an ``__init__.py`` (empty unless the commit had one), so the
    file is always linted as a module of its package.
    """
    target = dest / path
    if tree:
        package = package_of(path)
        archive = _git(git_dir, "archive", "--format=tar", commit, "--", package,
                       f":(exclude){package}/tests")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter="data")
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_git(git_dir, "show", f"{commit}:{path}"))
    directory = target.parent
    while directory != dest and dest in directory.parents:
        init = directory / "__init__.py"
        if not init.exists():
            relative = init.relative_to(dest).as_posix()
            try:
                init.write_bytes(_git(git_dir, "show", f"{commit}:{relative}"))
            except ExtractError:
                init.write_bytes(b"")
        directory = directory.parent
    return target
