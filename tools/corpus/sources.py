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

"""Fetch the corpus sdists from PyPI and unpack them into the cache.

Upstream code never enters the repository: everything lives in a cache
directory outside it (``~/.cache/pylint-oslo-review/corpus`` unless
``--cache`` or ``$PYLINT_OSLO_REVIEW_CORPUS`` says otherwise). Downloads
use pip itself, so proxies and indexes configured for pip apply, and each
release is fetched and unpacked once.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import zipfile

from tools.corpus.config import Project, canonical_name

CACHE_ENVIRONMENT_VARIABLE = "PYLINT_OSLO_REVIEW_CORPUS"
DEFAULT_CACHE = pathlib.Path("~/.cache/pylint-oslo-review/corpus")
_SDIST_SUFFIXES = (".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip")


class SourceError(RuntimeError):
    """A corpus release could not be downloaded or unpacked."""


def resolve_cache_dir(
    option: str | None, environ: dict[str, str], repo_root: pathlib.Path
) -> pathlib.Path:
    """The cache directory: ``--cache``, else the environment, else the default.

    Refuses a directory inside the repository, so that upstream sources and
    reports that quote them cannot be committed by accident.
    """
    chosen = option or environ.get(CACHE_ENVIRONMENT_VARIABLE) or str(DEFAULT_CACHE)
    cache = pathlib.Path(chosen).expanduser().resolve()
    root = repo_root.resolve()
    if cache == root or root in cache.parents:
        raise SourceError(
            f"the corpus cache {cache} is inside the repository {root}; "
            "choose a directory outside it"
        )
    return cache


def sdist_release(filename: str) -> tuple[str, str] | None:
    """``(canonical name, version)`` of an sdist file name, or None."""
    for suffix in _SDIST_SUFFIXES:
        if filename.endswith(suffix):
            stem = filename[: -len(suffix)]
            name, separator, version = stem.rpartition("-")
            if not separator or not name or not version:
                return None
            return canonical_name(name), version
    return None


def find_sdist(downloads: pathlib.Path, project: Project) -> pathlib.Path | None:
    """The already downloaded sdist of *project* in *downloads*, if any."""
    if not downloads.is_dir():
        return None
    wanted = (canonical_name(project.name), project.version)
    for candidate in sorted(downloads.iterdir()):
        if candidate.is_file() and sdist_release(candidate.name) == wanted:
            return candidate
    return None


def download_sdist(project: Project, downloads: pathlib.Path) -> pathlib.Path:
    """Download the sdist of *project* with pip, unless it is already there."""
    existing = find_sdist(downloads, project)
    if existing is not None:
        return existing
    downloads.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--no-binary",
        ":all:",
        "--dest",
        str(downloads),
        project.key,
    ]
    completed = subprocess.run(
        command, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SourceError(
            f"pip download {project.key} failed (exit {completed.returncode}):\n"
            f"{completed.stderr.strip()[-2000:]}"
        )
    found = find_sdist(downloads, project)
    if found is None:
        raise SourceError(f"pip download {project.key} left no sdist in {downloads}")
    return found


def unpack_sdist(archive: pathlib.Path, sources: pathlib.Path, project: Project) -> pathlib.Path:
    """Unpack *archive* to ``sources/<name>-<version>``; return that directory.

    The archive is unpacked into a scratch directory first and renamed into
    place only when complete, so an interrupted run never leaves a partial
    tree that later runs would trust.
    """
    destination = source_root(sources, project)
    if destination.is_dir():
        return destination
    sources.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=sources, prefix=".unpack-") as scratch:
        scratch_path = pathlib.Path(scratch)
        _extract(archive, scratch_path)
        entries = [entry for entry in scratch_path.iterdir() if entry.is_dir()]
        if len(entries) != 1:
            raise SourceError(
                f"{archive.name} does not have exactly one top-level directory"
            )
        os.replace(entries[0], destination)
    return destination


def source_root(sources: pathlib.Path, project: Project) -> pathlib.Path:
    """Where the sources of *project* are (or will be) unpacked."""
    return sources / f"{canonical_name(project.name)}-{project.version}"


def ensure_source(project: Project, cache: pathlib.Path) -> pathlib.Path:
    """Download and unpack *project* if needed; return its source root."""
    root = source_root(cache / "src", project)
    if root.is_dir():
        return root
    archive = download_sdist(project, cache / "downloads")
    return unpack_sdist(archive, cache / "src", project)


def _extract(archive: pathlib.Path, destination: pathlib.Path) -> None:
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as bundle:
            for member in bundle.namelist():
                _check_member_path(member, archive)
            bundle.extractall(destination)
        return
    with tarfile.open(archive) as bundle:
        if hasattr(tarfile, "data_filter"):
            bundle.extractall(destination, filter="data")
        else:  # pragma: no cover - Pythons without extraction filters
            for member in bundle.getmembers():
                _check_member_path(member.name, archive)
                if not (member.isfile() or member.isdir()):
                    raise SourceError(f"{archive.name}: unexpected member {member.name}")
            bundle.extractall(destination)


def _check_member_path(member: str, archive: pathlib.Path) -> None:
    """Refuse archive members that would land outside the destination."""
    parts = pathlib.PurePosixPath(member).parts
    if member.startswith("/") or ".." in parts:
        raise SourceError(f"{archive.name}: unsafe member path {member!r}")
