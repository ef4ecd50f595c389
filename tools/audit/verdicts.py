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

"""The hand verdicts: one per plugin message seen on an audited release.

verdicts.json holds ``releases`` (what was linted: release -> plugin commit,
message count, wall seconds) and ``verdicts``, each a message record (see
keys.py) plus:

verdict   ``true`` (the failure or bug it names really happens),
          ``false`` (it does not), or ``pointless`` (it happens, on purpose:
          code under ``assertRaises`` or ``pytest.raises``).
reason    one line a core reviewer can check against the code.
shape     for false and pointless verdicts: a short name of the code shape
          the check misreads, so that recurring shapes are counted together.
show      optional, true: a true finding the report lists as an example.
"""

from __future__ import annotations

import json
import pathlib

from tools.audit.keys import record_key

VERDICTS_FILE = pathlib.Path(__file__).with_name("verdicts.json")
VERDICTS = ("true", "false", "pointless")
_REQUIRED = ("release", "path", "line", "symbol", "msg_id", "obj", "message", "verdict", "reason")


class VerdictError(ValueError):
    """verdicts.json is malformed; the message names the entry."""


def load(path: pathlib.Path = VERDICTS_FILE) -> dict:
    """The validated contents of the verdict file (empty if it is missing)."""
    if not path.exists():
        return {"releases": {}, "verdicts": []}
    data = json.loads(path.read_text(encoding="utf-8"))
    seen = set()
    for index, entry in enumerate(data.get("verdicts", [])):
        where = f"verdict #{index + 1} ({entry.get('path')}:{entry.get('line')})"
        missing = [field for field in _REQUIRED if field not in entry]
        if missing:
            raise VerdictError(f"{where} lacks {missing}")
        if entry["verdict"] not in VERDICTS:
            raise VerdictError(f"{where} verdict must be one of {VERDICTS}")
        if entry["verdict"] != "true" and not entry.get("shape"):
            raise VerdictError(f"{where} needs a 'shape'")
        key = record_key(entry)
        if key in seen:
            raise VerdictError(f"{where} duplicates another verdict")
        seen.add(key)
    data.setdefault("releases", {})
    data.setdefault("gone", [])
    return data


def save(data: dict, path: pathlib.Path = VERDICTS_FILE) -> None:
    """Write *data* back, verdicts in position order, one stable layout."""
    for entries in (data["verdicts"], data.setdefault("gone", [])):
        entries.sort(key=lambda v: (v["release"], v["path"], v["line"], v["symbol"], v.get("ordinal", 0)))
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def by_key(data: dict) -> dict[tuple, dict]:
    """The verdicts indexed by their stable key."""
    return {record_key(entry): entry for entry in data["verdicts"]}
