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

"""What identifies one message across runs and across unrelated edits.

Line numbers move whenever upstream code above a finding changes, and many
plugin messages quote line numbers in their text, so a verdict is keyed by
release, path, symbol, the enclosing function or class (pylint's ``obj``)
and the message text with line numbers blanked. Two messages that still
collide (the same text twice in one function) are told apart by their
order in the file.
"""

from __future__ import annotations

import re

_LINE_NUMBERS = re.compile(r"\b(lines?) \d+(?:(?:, | and | or )\d+)*")


def normalise_text(message: str) -> str:
    """*message* with every quoted line number replaced by ``N``."""
    return _LINE_NUMBERS.sub(r"\1 N", message)


def record_key(record: dict) -> tuple[str, str, str, str, str, int]:
    """The stable key of a message record or verdict (see the module doc)."""
    return (
        record["release"],
        record["path"],
        record["symbol"],
        record.get("obj", ""),
        normalise_text(record["message"]),
        int(record.get("ordinal", 0)),
    )


def number_duplicates(records: list[dict]) -> list[dict]:
    """Copies of *records* (sorted by position) with ``ordinal`` set.

    The first message with a given key gets ordinal 0, the next one 1, ...
    """
    seen: dict[tuple, int] = {}
    numbered = []
    for record in sorted(records, key=lambda r: (r["release"], r["path"], r["line"], r.get("column", 0), r["symbol"])):
        base = record_key({**record, "ordinal": 0})
        ordinal = seen.get(base, 0)
        seen[base] = ordinal + 1
        numbered.append({**record, "ordinal": ordinal})
    return numbered
