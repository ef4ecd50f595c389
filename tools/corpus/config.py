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

"""Load and validate corpus.toml, the data that says what the harness lints.

The corpus is data so that adding a release or a target is a one-line
change. It is validated up front, with messages that name the offending
entry, because a typo found after twenty minutes of linting wastes the run.
"""

from __future__ import annotations

import dataclasses
import pathlib
import posixpath
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

DEFAULT_CORPUS_FILE = pathlib.Path(__file__).with_name("corpus.toml")

_SETTINGS_FIELDS = {
    "rc_options",
    "key_symbols",
    "listing_cap",
    "small_target_seconds",
    "small_target_pairs",
}
_PROJECT_FIELDS = {
    "name",
    "version",
    "package",
    "targets",
    "extra_roots",
    "rc_options",
}


class CorpusConfigError(ValueError):
    """corpus.toml is malformed; the message names the entry and field."""


@dataclasses.dataclass(frozen=True)
class Settings:
    """Options shared by every project of the corpus."""

    rc_options: tuple[str, ...]
    key_symbols: tuple[str, ...]
    listing_cap: int
    small_target_seconds: float
    small_target_pairs: int


@dataclasses.dataclass(frozen=True)
class Project:
    """One pinned release and the parts of it that get linted."""

    name: str
    version: str
    package: str
    targets: tuple[str, ...]
    extra_roots: tuple[str, ...] = ()
    rc_options: tuple[str, ...] | None = None

    @property
    def key(self) -> str:
        """The pip requirement that pins this release, e.g. ``nova==34.0.0``."""
        return f"{self.name}=={self.version}"


@dataclasses.dataclass(frozen=True)
class Corpus:
    """The validated contents of corpus.toml."""

    settings: Settings
    projects: tuple[Project, ...]

    def get(self, key: str) -> Project:
        """The project pinned as *key* (``name==version``)."""
        for project in self.projects:
            if project.key == key:
                return project
        raise KeyError(key)

    def select(self, selectors: list[str] | None) -> list[Project]:
        """The projects named by ``--project`` options, in corpus order.

        A selector is either ``name`` (every pinned version) or
        ``name==version``. Names compare as PyPI does (case, ``-``, ``_``
        and ``.`` do not matter). No selector selects everything.
        """
        if not selectors:
            return list(self.projects)
        chosen: list[Project] = []
        for selector in selectors:
            name, _, version = selector.partition("==")
            matches = [
                project
                for project in self.projects
                if canonical_name(project.name) == canonical_name(name)
                and (not version or project.version == version.strip())
            ]
            if not matches:
                known = ", ".join(project.key for project in self.projects)
                raise CorpusConfigError(
                    f"--project {selector!r} matches nothing in the corpus; "
                    f"known: {known}"
                )
            chosen.extend(match for match in matches if match not in chosen)
        return [project for project in self.projects if project in chosen]

    def rc_options_for(self, project: Project) -> tuple[str, ...]:
        """The pylint options for *project*: its own, else the shared ones."""
        if project.rc_options is not None:
            return project.rc_options
        return self.settings.rc_options


def canonical_name(name: str) -> str:
    """A distribution name normalised as in PEP 503."""
    normalised = name.strip().lower()
    for separator in ("_", "."):
        normalised = normalised.replace(separator, "-")
    while "--" in normalised:
        normalised = normalised.replace("--", "-")
    return normalised


def load_corpus(path: pathlib.Path = DEFAULT_CORPUS_FILE) -> Corpus:
    """Read and validate the corpus file at *path*."""
    try:
        with open(path, "rb") as stream:
            data = tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise CorpusConfigError(f"{path}: {error}") from error
    return parse_corpus(data)


def parse_corpus(data: dict) -> Corpus:
    """Validate the already-parsed TOML *data* and build a Corpus."""
    unknown = set(data) - {"settings", "project"}
    if unknown:
        raise CorpusConfigError(f"unknown top-level keys: {sorted(unknown)}")
    settings = _parse_settings(data.get("settings", {}))
    raw_projects = data.get("project")
    if not isinstance(raw_projects, list) or not raw_projects:
        raise CorpusConfigError("the corpus needs at least one [[project]]")
    projects = tuple(
        _parse_project(raw, index) for index, raw in enumerate(raw_projects)
    )
    _check_cross_references(projects)
    return Corpus(settings=settings, projects=projects)


def _parse_settings(raw: object) -> Settings:
    where = "[settings]"
    if not isinstance(raw, dict):
        raise CorpusConfigError(f"{where} must be a table")
    _reject_unknown(raw, _SETTINGS_FIELDS, where)
    defaults = Settings(
        rc_options=("--disable=all", "--enable=E,W,R", "--disable=duplicate-code"),
        key_symbols=(),
        listing_cap=300,
        small_target_seconds=20.0,
        small_target_pairs=3,
    )
    rc_options = _string_list(raw, "rc_options", where, defaults.rc_options)
    key_symbols = _string_list(raw, "key_symbols", where, defaults.key_symbols)
    listing_cap = raw.get("listing_cap", defaults.listing_cap)
    if not _is_int(listing_cap) or listing_cap < 0:
        raise CorpusConfigError(f"{where} listing_cap must be an integer >= 0")
    seconds = raw.get("small_target_seconds", defaults.small_target_seconds)
    if not _is_number(seconds) or seconds < 0:
        raise CorpusConfigError(f"{where} small_target_seconds must be a number >= 0")
    pairs = raw.get("small_target_pairs", defaults.small_target_pairs)
    if not _is_int(pairs) or pairs < 1:
        raise CorpusConfigError(f"{where} small_target_pairs must be an integer >= 1")
    return Settings(
        rc_options=rc_options,
        key_symbols=key_symbols,
        listing_cap=listing_cap,
        small_target_seconds=float(seconds),
        small_target_pairs=pairs,
    )


def _parse_project(raw: object, index: int) -> Project:
    where = f"[[project]] #{index + 1}"
    if not isinstance(raw, dict):
        raise CorpusConfigError(f"{where} must be a table")
    for field in ("name", "version", "package"):
        value = raw.get(field)
        if not isinstance(value, str) or not value.strip():
            raise CorpusConfigError(f"{where} needs a non-empty string {field!r}")
    where = f"[[project]] {raw['name']}=={raw['version']}"
    _reject_unknown(raw, _PROJECT_FIELDS, where)
    package = _relative_path(raw["package"], where, "package")
    if "targets" not in raw:
        raise CorpusConfigError(f"{where} needs 'targets'")
    targets = _string_list(raw, "targets", where, ())
    if not targets:
        raise CorpusConfigError(f"{where} 'targets' must not be empty")
    targets = tuple(_relative_path(target, where, "targets") for target in targets)
    if len(set(targets)) != len(targets):
        raise CorpusConfigError(f"{where} lists a target twice")
    extra_roots = _string_list(raw, "extra_roots", where, ())
    for root in extra_roots:
        if "==" not in root:
            raise CorpusConfigError(
                f"{where} extra_roots entry {root!r} must be 'name==version'"
            )
    rc_options = None
    if "rc_options" in raw:
        rc_options = _string_list(raw, "rc_options", where, ())
    return Project(
        name=raw["name"].strip(),
        version=raw["version"].strip(),
        package=package,
        targets=targets,
        extra_roots=extra_roots,
        rc_options=rc_options,
    )


def _check_cross_references(projects: tuple[Project, ...]) -> None:
    keys = [(canonical_name(project.name), project.version) for project in projects]
    for project, key in zip(projects, keys):
        if keys.count(key) > 1:
            raise CorpusConfigError(f"{project.key} is listed more than once")
    for project in projects:
        for root in project.extra_roots:
            name, _, version = root.partition("==")
            wanted = (canonical_name(name), version.strip())
            if wanted == (canonical_name(project.name), project.version):
                raise CorpusConfigError(
                    f"{project.key} lists itself in extra_roots"
                )
            if wanted not in keys:
                raise CorpusConfigError(
                    f"{project.key} extra_roots entry {root!r} is not a "
                    "project of the corpus"
                )


def resolve_extra_roots(corpus: Corpus, project: Project) -> list[Project]:
    """The corpus entries whose sources *project* needs on PYTHONPATH."""
    resolved = []
    for root in project.extra_roots:
        name, _, version = root.partition("==")
        for candidate in corpus.projects:
            if (
                canonical_name(candidate.name) == canonical_name(name)
                and candidate.version == version.strip()
            ):
                resolved.append(candidate)
    return resolved


def _reject_unknown(raw: dict, allowed: set[str], where: str) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise CorpusConfigError(f"{where} has unknown fields: {sorted(unknown)}")


def _string_list(
    raw: dict, field: str, where: str, default: tuple[str, ...]
) -> tuple[str, ...]:
    value = raw.get(field, list(default))
    if not isinstance(value, list) or not all(
        isinstance(item, str) and item.strip() for item in value
    ):
        raise CorpusConfigError(f"{where} {field!r} must be a list of non-empty strings")
    return tuple(item.strip() for item in value)


def _relative_path(value: str, where: str, field: str) -> str:
    """A POSIX path inside the unpacked sdist, normalised."""
    normalised = posixpath.normpath(value.strip())
    if (
        normalised.startswith("/")
        or normalised == ".."
        or normalised.startswith("../")
        or "\\" in normalised
    ):
        raise CorpusConfigError(
            f"{where} {field} entry {value!r} must be a relative path inside the sdist"
        )
    return normalised


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
