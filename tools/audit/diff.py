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

"""Which messages lack a verdict, and which verdicts lost their message.

After a check changes, ``run`` then ``diff`` shows exactly what the audit
must look at again: new messages to judge, and verdicts whose message is
gone (a fixed false positive, or a lost true finding).
"""

from __future__ import annotations

from tools.audit.keys import record_key


def compare(records: list[dict], verdicts: list[dict], releases: set[str]) -> tuple[list[dict], list[dict]]:
    """``(new, removed)`` over the *releases* whose messages are in *records*."""
    judged = {record_key(entry) for entry in verdicts}
    current = {record_key(record) for record in records}
    new = [record for record in records if record_key(record) not in judged]
    removed = [
        entry for entry in verdicts
        if entry["release"] in releases and record_key(entry) not in current
    ]
    return new, removed


def reworded(new: list[dict], removed: list[dict]) -> list[tuple[dict, dict]]:
    """``(message, verdict)`` pairs where only the message's wording changed.

    A verdict judges a finding: the same symbol at the same line of the
    same function of the same release. When a check's text is rewritten
    (shorter messages, another spelling of the fix) and exactly one new
    message and one removed verdict share such a place, the verdict still
    holds for it; anywhere else, a person has to look again.
    """
    def place(entry):
        return (entry["release"], entry["path"], entry["symbol"], entry.get("obj", ""), entry["line"])

    new_at: dict[tuple, list[dict]] = {}
    for record in new:
        new_at.setdefault(place(record), []).append(record)
    removed_at: dict[tuple, list[dict]] = {}
    for entry in removed:
        removed_at.setdefault(place(entry), []).append(entry)
    return [
        (records[0], removed_at[where][0])
        for where, records in new_at.items()
        if len(records) == 1 and len(removed_at.get(where, ())) == 1
    ]


def describe(record: dict) -> str:
    """One line: where, which symbol, what it says (and the verdict, if any)."""
    verdict = f" [{record['verdict']}]" if "verdict" in record else ""
    return (
        f"{record['release']} {record['path']}:{record['line']} "
        f"{record['symbol']}{verdict}: {record['message']}"
    )
