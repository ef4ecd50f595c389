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

"""Find the local git history of each project.

The corpus needs a clone (bare or not) of each repository it names. A
mirror directory holds them as ``<dir>/<repo>``, ``<dir>/<repo>.git`` or
``<dir>/openstack+<repo>/repo`` (the layout the search tool's ``fetch``
produces); ``--mirror`` or ``$PYLINT_OSLO_REVIEW_BUGZOO_MIRRORS`` says
where. Several directories may be given, separated by ``os.pathsep``.
"""

from __future__ import annotations

import os
import pathlib
import subprocess

MIRROR_ENVIRONMENT_VARIABLE = "PYLINT_OSLO_REVIEW_BUGZOO_MIRRORS"


class MirrorError(RuntimeError):
    """A repository the corpus needs has no local history."""


def mirror_roots(option: str | None, environ: dict[str, str]) -> list[pathlib.Path]:
    """The directories to search: ``--mirror``, else the environment."""
    chosen = option or environ.get(MIRROR_ENVIRONMENT_VARIABLE) or ""
    return [pathlib.Path(part).expanduser() for part in chosen.split(os.pathsep) if part]


def _candidates(root: pathlib.Path, repo: str) -> list[pathlib.Path]:
    return [root / f"openstack+{repo}" / "repo", root / repo, root / f"{repo}.git", root]


def git_dir(path: pathlib.Path) -> pathlib.Path | None:
    """The git directory of a clone or bare repository at *path*, or None."""
    if not path.is_dir():
        return None
    result = subprocess.run(
        ["git", f"--git-dir={path / '.git'}" if (path / ".git").exists() else f"--git-dir={path}",
         "rev-parse", "--absolute-git-dir"],
        capture_output=True, text=True, check=False,
    )
    return pathlib.Path(result.stdout.strip()) if result.returncode == 0 else None


def find_mirror(roots: list[pathlib.Path], repo: str, probe: str) -> pathlib.Path:
    """The git directory under *roots* for *repo* that has commit *probe*."""
    for root in roots:
        for candidate in _candidates(root, repo):
            directory = git_dir(candidate)
            if directory is not None and has_commit(directory, probe):
                return directory
    where = ", ".join(str(root) for root in roots) or "(none given)"
    raise MirrorError(
        f"no local history of {repo} with commit {probe[:12]} under {where}; "
        f"clone it (git clone https://opendev.org/openstack/{repo}) and pass "
        f"--mirror DIR or set ${MIRROR_ENVIRONMENT_VARIABLE}"
    )


def has_commit(directory: pathlib.Path, commit: str) -> bool:
    """Whether the repository at *directory* holds *commit*."""
    result = subprocess.run(
        ["git", f"--git-dir={directory}", "cat-file", "-e", f"{commit}^{{commit}}"],
        capture_output=True, check=False,
    )
    return result.returncode == 0
