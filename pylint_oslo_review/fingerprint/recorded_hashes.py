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

DEFAULT_TABLE = "object_data"
#: Where nova and neutron keep it, relative to the top-level package.
DEFAULT_LOCATION = os.path.join("tests", "unit", "objects", "test_objects.py")

_CACHE: dict[tuple[str, str], tuple[float, dict[str, str] | None]] = {}


def parse_table(source: str, table: str = DEFAULT_TABLE) -> dict[str, str] | None:
    """The string-to-string dict literal assigned to *table* in *source*, if any."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
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


def read_table(path: str, table: str = DEFAULT_TABLE) -> dict[str, str] | None:
    """:func:`parse_table` of the file *path*, cached until the file changes."""
    try:
        stamp = os.stat(path).st_mtime
    except OSError:
        return None
    cached = _CACHE.get((path, table))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        with open(path, encoding="utf-8") as handle:
            found = parse_table(handle.read(), table)
    except (OSError, UnicodeDecodeError, ValueError):
        found = None
    _CACHE[(path, table)] = (stamp, found)
    return found


def split(recorded: str) -> tuple[str, str] | None:
    """``'1.3-<md5>'`` -> ``('1.3', '<md5>')``."""
    version, separator, digest = recorded.rpartition("-")
    return (version, digest) if separator else None
