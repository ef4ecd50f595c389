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

"""Record which versions produced a report.

Inference, and so every count in a report, depends on the exact pylint,
astroid and library versions astroid read; a report without them cannot be
compared with the next one.
"""

from __future__ import annotations

import importlib.metadata
import os
import pathlib
import platform
import re
import subprocess

CORPUS_REQUIREMENTS = pathlib.Path(__file__).with_name("requirements.txt")
_TOOL_DISTRIBUTIONS = ("pylint", "astroid", "pylint-oslo-review")
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def requirement_names(text: str) -> list[tuple[str, bool]]:
    """``(distribution name, has a marker)`` per requirement, in order.

    Comments, blank lines and options (``-r``, ``-c``...) are skipped;
    version specifiers and extras are dropped. A requirement with an
    environment marker (``; python_version < "3.11"``) may rightly be
    absent, which the caller needs to know.
    """
    requirements: list[tuple[str, bool]] = []
    seen = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = _REQUIREMENT_NAME.match(line)
        if match and match.group(1) not in seen:
            seen.add(match.group(1))
            requirements.append((match.group(1), ";" in line))
    return requirements


def installed_version(distribution: str) -> str | None:
    """The installed version of *distribution*, or None if it is missing."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def tool_versions() -> dict[str, str | None]:
    """Python, pylint, astroid and the plugin itself."""
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for distribution in _TOOL_DISTRIBUTIONS:
        versions[distribution] = installed_version(distribution)
    return versions


def library_versions(
    requirements: pathlib.Path = CORPUS_REQUIREMENTS,
) -> dict[str, str | None]:
    """Installed versions of the libraries the corpus requirements name.

    None marks a library that should be installed and is not; a
    requirement whose marker excludes this Python is left out.
    """
    versions = {}
    for name, conditional in requirement_names(requirements.read_text(encoding="utf-8")):
        version = installed_version(name)
        if version is not None or not conditional:
            versions[name] = version
    return versions


def plugin_checkout(repo_root: pathlib.Path) -> dict[str, str | bool | None]:
    """The commit the plugin checkout is at, and whether files differ from it.

    Read-only: ``GIT_OPTIONAL_LOCKS=0`` stops ``git status`` from
    refreshing the index, so a run never changes the checkout's git state.
    """
    commit = _git(repo_root, "rev-parse", "HEAD")
    status = _git(repo_root, "status", "--porcelain", "--untracked-files=no")
    return {
        "commit": commit or None,
        "modified": bool(status) if status is not None else None,
    }


def _git(repo_root: pathlib.Path, *arguments: str) -> str | None:
    """Output of a read-only git command, or None if it failed."""
    environment = dict(os.environ, GIT_OPTIONAL_LOCKS="0")
    try:
        completed = subprocess.run(
            ["git", "-C", str(repo_root), *arguments],
            capture_output=True,
            text=True,
            check=False,
            env=environment,
        )
    except OSError:
        return None
    if completed.returncode != 0:
        return None
    return completed.stdout.strip()
