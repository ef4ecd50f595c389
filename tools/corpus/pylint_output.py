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

"""Read pylint's ``--output-format=json2`` output into comparable records.

Bare and plugin runs are compared message by message, so each message is
reduced to the fields that identify it (path, line, column, symbol, text)
plus the few that the report shows.
"""

from __future__ import annotations

import dataclasses
import json

# pylint's message-id letters, in the order reports list categories.
CATEGORIES = ("F", "E", "W", "R", "C", "I")


class OutputParseError(ValueError):
    """The output of a pylint run is not the json2 document it should be."""


@dataclasses.dataclass(frozen=True, order=True)
class Message:
    """One pylint message, ordered by position so sorted lists read well."""

    path: str
    line: int
    column: int
    symbol: str
    message: str
    msg_id: str = ""
    obj: str = ""

    @property
    def key(self) -> tuple[str, int, int, str, str]:
        """What makes two messages "the same" across runs."""
        return (self.path, self.line, self.column, self.symbol, self.message)

    @property
    def category(self) -> str:
        """The message-id letter: F, E, W, R, C or I."""
        return self.msg_id[:1].upper()

    def to_dict(self) -> dict:
        """The JSON form used in report.json."""
        return dataclasses.asdict(self)


def parse_json2(text: str) -> list[Message]:
    """The messages of one json2 document, sorted by position."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise OutputParseError(f"not JSON: {error}") from error
    if not isinstance(document, dict) or not isinstance(
        document.get("messages"), list
    ):
        raise OutputParseError("no 'messages' list: not json2 output")
    messages = []
    for raw in document["messages"]:
        try:
            messages.append(
                Message(
                    path=str(raw["path"]),
                    line=int(raw.get("line") or 0),
                    column=int(raw.get("column") or 0),
                    symbol=str(raw["symbol"]),
                    message=str(raw.get("message", "")),
                    msg_id=str(raw.get("messageId", "")),
                    obj=str(raw.get("obj") or ""),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise OutputParseError(f"malformed message {raw!r}: {error}") from error
    return sorted(messages)
