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


"""What SARIF says about each pylint message: the ``rules`` of a run.

A SARIF rule describes a message once (its template, its description, a
link to its documentation); each result then refers to it by index.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pylint.constants import MSG_TYPES

if TYPE_CHECKING:
    from pylint.lint import PyLinter
    from pylint.message import MessageDefinition

#: Where this plugin's message pages (docs/messages/<symbol>/details.rst)
#: are published.
PLUGIN_URL = "https://opendev.org/openstack/pylint-oslo-review"
PLUGIN_DOCS_URL = PLUGIN_URL + "/src/branch/master/docs/messages/{symbol}/details.rst"
PYLINT_URL = "https://pylint.readthedocs.io/"
PYLINT_DOCS_URL = (
    "https://pylint.readthedocs.io/en/stable/user_guide/messages/{category}/{symbol}.html"
)

#: SARIF levels: errors stop a change, warnings deserve a look, the rest
#: are suggestions.
LEVELS = {"F": "error", "E": "error", "W": "warning", "R": "note", "C": "note", "I": "note"}

_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[sdrifgeEx]")


def level(msg_id: str) -> str:
    """The SARIF level of a pylint message id such as ``E1101``."""
    return LEVELS.get(msg_id[:1], "warning")


def message_origins(linter: PyLinter) -> dict[str, str]:
    """{symbol: module of the checker that defines it} for every message."""
    origins = {}
    for checker in linter.get_checkers():
        for definition in checker.messages:
            origins[definition.symbol] = type(checker).__module__
    return origins


def help_uri(symbol: str, msg_id: str, origin: str) -> str | None:
    """The documentation page of a message, if its checker has a known one.

    pylint documents its own messages and its extensions' under one URL
    scheme; this plugin's pages live in its repository. Another plugin's
    messages get no link rather than a wrong one.
    """
    if origin.startswith("pylint_oslo_review."):
        return PLUGIN_DOCS_URL.format(symbol=symbol)
    if origin.startswith("pylint."):
        return PYLINT_DOCS_URL.format(category=MSG_TYPES[msg_id[0]], symbol=symbol)
    return None


def template_text(template: str) -> str:
    """A message template with its ``%s`` placeholders shown as an ellipsis."""
    return _PLACEHOLDER.sub("…", template).replace("%%", "%")


def rule(definition: MessageDefinition, origin: str) -> dict:
    """The SARIF reportingDescriptor of one message definition."""
    descriptor = {
        "id": definition.symbol,
        "shortDescription": {"text": template_text(definition.msg)},
        "fullDescription": {"text": " ".join(definition.description.split())},
        "defaultConfiguration": {"level": level(definition.msgid)},
        "properties": {
            "pylintMessageId": definition.msgid,
            "tags": [MSG_TYPES[definition.msgid[0]]],
        },
    }
    uri = help_uri(definition.symbol, definition.msgid, origin)
    if uri:
        descriptor["helpUri"] = uri
    return descriptor
