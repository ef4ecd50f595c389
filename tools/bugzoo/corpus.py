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

"""Read ``bugs.toml``: one record per historical bug.

The file holds facts about public commits (hashes, paths, names and the
verdict expected from the plugin), never the projects' code.
"""

from __future__ import annotations

import dataclasses
import pathlib

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

BUGS_FILE = pathlib.Path(__file__).with_name("bugs.toml")

#: What a static check needs to decide the bug: the file and its package
#: at that commit, callers or definitions elsewhere, or nothing decides it.
DECIDABLE = ("local", "program", "no")


@dataclasses.dataclass(frozen=True)
class Bug:  # pylint: disable=too-many-instance-attributes  # one field per bugs.toml key
    """One fix commit and the place of the bug it fixed."""

    repo: str
    fix: str
    parent: str
    path: str
    function: str
    bug_class: str
    family: str
    expect: str
    decidable: str
    why: str = ""
    class_name: str = ""
    subject: str = ""
    date: str = ""

    @property
    def ident(self) -> str:
        """A short stable name: repository, short fix hash, place."""
        place = ".".join(part for part in (self.class_name, self.function) if part)
        return f"{self.repo}@{self.fix[:10]}:{place or self.path}"

    @property
    def proposed(self) -> bool:
        """The expected symbol names a check that does not exist yet."""
        return self.expect.endswith("*")

    @property
    def symbol(self) -> str:
        """The expected symbol without the 'proposed' mark ('' if none)."""
        return self.expect.rstrip("*")


class CorpusError(ValueError):
    """``bugs.toml`` is malformed."""


def parse_bugs(text: str) -> list[Bug]:
    """The bugs of a ``bugs.toml`` text, checked for the required keys."""
    data = tomllib.loads(text)
    bugs = []
    for number, record in enumerate(data.get("bug", []), start=1):
        record = dict(record)
        record["class_name"] = record.pop("class", "")
        try:
            bug = Bug(**record)
        except TypeError as error:
            raise CorpusError(f"bug #{number}: {error}") from None
        if bug.decidable not in DECIDABLE:
            raise CorpusError(f"bug #{number}: decidable must be one of {DECIDABLE}")
        if bug.decidable == "no" and bug.expect:
            raise CorpusError(f"bug #{number}: an undecidable bug expects no message")
        if bug.decidable != "no" and not bug.expect:
            raise CorpusError(f"bug #{number}: a decidable bug names the message it needs")
        if not bug.function and not bug.class_name:
            raise CorpusError(f"bug #{number}: give the function or the class")
        bugs.append(bug)
    return bugs


def load_bugs(path: pathlib.Path = BUGS_FILE) -> list[Bug]:
    """The bugs listed in *path*."""
    return parse_bugs(path.read_text(encoding="utf-8"))
