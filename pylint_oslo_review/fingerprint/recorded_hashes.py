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

"""The fingerprints a project recorded, read from its test module's source.

nova and neutron keep ``object_data = {'Name': '1.3-<md5>', ...}`` at the
top of ``<pkg>/tests/unit/objects/test_objects.py``, and their
``test_versions`` compares it with ``ObjectVersionChecker.get_hashes()``.
The table is read with :mod:`ast` (the file is never imported): a
module-level assignment of a dict literal whose keys and values are string
literals. Other projects name the table differently; the name is a
parameter.
"""

from __future__ import annotations

import ast
import os

from pylint_oslo_review import files

DEFAULT_TABLE = "object_data"
#: Where nova and neutron keep it, relative to the top-level package.
DEFAULT_LOCATION = os.path.join("tests", "unit", "objects", "test_objects.py")

#: A recorded-hashes module is a few hundred kB at most (nova's: ~100 kB).
MAX_BYTES = 16 * 1024 * 1024

_CACHE: dict[tuple[str, str], tuple[tuple[float, int], dict[str, str] | files.UnusableFile]] = {}


def parse_table(source: str, table: str = DEFAULT_TABLE) -> dict[str, str] | None:
    """The string-to-string dict literal assigned to *table* in *source*, if any."""
    try:
        return _parse(source, table)
    except SyntaxError:
        return None


def _parse(source: str, table: str) -> dict[str, str] | None:
    tree = ast.parse(source)
    found = None
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == table for t in targets) and isinstance(value, ast.Dict):
            found = {
                key.value: item.value
                for key, item in zip(value.keys, value.values)
                if isinstance(key, ast.Constant) and isinstance(key.value, str)
                and isinstance(item, ast.Constant) and isinstance(item.value, str)
            }
    return found


def load_table(path: str, table: str = DEFAULT_TABLE) -> dict[str, str]:
    """The table in the file *path*, cached until the file changes.

    Raises :class:`~pylint_oslo_review.files.UnusableFile` saying why there
    is none: no such file, not a regular file, too large, not UTF-8, not
    Python, no dict literal of that name.
    """
    try:
        info = os.stat(path)
        stamp: tuple[float, int] | None = (info.st_mtime, info.st_size)
    except OSError:
        stamp = None
    cached = _CACHE.get((path, table))
    if stamp is not None and cached is not None and cached[0] == stamp:
        return _result(cached[1])
    try:
        source = files.read_text(path, MAX_BYTES)
        try:
            found = _parse(source, table)
        except (SyntaxError, ValueError) as error:
            line = getattr(error, "lineno", None)
            where = f"line {line}: " if line else ""
            raise files.UnusableFile(path, f"is not valid Python ({where}{getattr(error, 'msg', error)})") from error
        if found is None:
            raise files.UnusableFile(path, f"has no module-level dict literal named {table!r}")
        outcome: dict[str, str] | files.UnusableFile = found
    except files.UnusableFile as problem:
        outcome = problem
    if stamp is not None:
        _CACHE[(path, table)] = (stamp, outcome)
    return _result(outcome)


def _result(outcome: dict[str, str] | files.UnusableFile) -> dict[str, str]:
    if isinstance(outcome, files.UnusableFile):
        raise outcome
    return outcome


def read_table(path: str, table: str = DEFAULT_TABLE) -> dict[str, str] | None:
    """:func:`load_table`, or None when there is no usable table."""
    try:
        return load_table(path, table)
    except files.UnusableFile:
        return None


def split(recorded: str) -> tuple[str, str] | None:
    """``'1.3-<md5>'`` -> ``('1.3', '<md5>')``."""
    version, separator, digest = recorded.rpartition("-")
    return (version, digest) if separator else None
