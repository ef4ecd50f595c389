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


"""``--output-format=sarif``: pylint's messages as a SARIF 2.1.0 log.

Paths are given relative to the directory pylint ran in (``%SRCROOT%``),
the project root in tox and Zuul, so the log can be uploaded from any
checkout. Columns are 1-based in SARIF and 0-based in pylint.
"""

from __future__ import annotations

import json
import os
import pathlib
import urllib.parse
from importlib import metadata
from typing import TYPE_CHECKING

import pylint
from pylint.reporters import BaseReporter

from pylint_oslo_review.reporters import rules

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from pylint.message import Message
    from pylint.reporters.ureports.nodes import Section

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SOURCE_ROOT = "%SRCROOT%"


class SarifReporter(BaseReporter):
    """Collects the messages and writes one SARIF log at the end."""

    name = "sarif"
    extension = "sarif"

    def display_messages(self, layout: Section | None) -> None:
        """Write the log; pylint calls this once, after the last file."""
        log = sarif_log(
            self.messages,
            rule_for=_RuleLookup(self.linter),
            source_root=pathlib.Path.cwd(),
            plugin_version=_plugin_version(),
        )
        print(json.dumps(log, indent=2, ensure_ascii=False), file=self.out)

    def display_reports(self, layout: Section) -> None:
        """pylint's text reports have no place in a SARIF log."""

    def _display(self, layout: Section) -> None:
        """Nothing to draw: see display_reports."""


class _RuleLookup:  # pylint: disable=too-few-public-methods
    """The SARIF rule of a message id, from the linter's message store."""

    def __init__(self, linter):
        self._linter = linter
        self._origins: dict[str, str] | None = None

    def __call__(self, msg_id: str) -> dict:
        if self._origins is None:
            self._origins = rules.message_origins(self._linter)
        definition = self._linter.msgs_store.get_message_definitions(msg_id)[0]
        return rules.rule(definition, self._origins.get(definition.symbol, ""))


def sarif_log(
    messages: Iterable[Message],
    rule_for: Callable[[str], dict],
    source_root: pathlib.Path,
    plugin_version: str | None,
) -> dict:
    """The SARIF log of *messages*; *rule_for* describes a message id."""
    rule_list: list[dict] = []
    rule_index: dict[str, int] = {}
    results = []
    for message in messages:
        if message.msg_id not in rule_index:
            rule_index[message.msg_id] = len(rule_list)
            rule_list.append(rule_for(message.msg_id))
        results.append(_result(message, rule_index[message.msg_id]))
    plugin = {"name": "pylint-oslo-review", "informationUri": rules.PLUGIN_URL}
    if plugin_version:
        plugin["version"] = plugin_version
    run = {
        "tool": {
            "driver": {
                "name": "pylint",
                "version": pylint.__version__,
                "informationUri": rules.PYLINT_URL,
                "rules": rule_list,
            },
            "extensions": [plugin],
        },
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": source_root.resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _result(message: Message, index: int) -> dict:
    result = {
        "ruleId": message.symbol,
        "ruleIndex": index,
        "level": rules.level(message.msg_id),
        "message": {"text": message.msg or message.symbol},
    }
    location = _location(message)
    if location:
        result["locations"] = [location]
    return result


def _location(message: Message) -> dict | None:
    """Where the message points, or None for messages about no file."""
    if not message.abspath or not os.path.isfile(message.abspath):
        return None
    path = pathlib.PurePath(message.path)
    if path.is_absolute():
        artifact = {"uri": pathlib.Path(message.abspath).as_uri()}
    else:
        artifact = {"uri": urllib.parse.quote(path.as_posix()), "uriBaseId": SOURCE_ROOT}
    region = {"startLine": max(message.line, 1), "startColumn": message.column + 1}
    if message.end_line is not None and message.end_column is not None:
        if (message.end_line, message.end_column) > (message.line, message.column):
            region["endLine"] = message.end_line
            region["endColumn"] = message.end_column + 1
    location = {"physicalLocation": {"artifactLocation": artifact, "region": region}}
    if message.module:
        name = f"{message.module}.{message.obj}" if message.obj else message.module
        location["logicalLocations"] = [{"fullyQualifiedName": name}]
    return location


def _plugin_version() -> str | None:
    try:
        return metadata.version("pylint-oslo-review")
    except metadata.PackageNotFoundError:
        return None
