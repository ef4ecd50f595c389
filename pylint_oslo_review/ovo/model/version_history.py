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

"""The fields a ``# Version X.Y: ...`` comment says were added, read as a sentence.

Projects document each bump above ``VERSION`` (nova's ``# Version 1.2:
Added uuid field``). The same comments also record other changes in the
same words: ``Added 'RESUME_FAILED' in status field`` adds an enum value
to an existing field, ``Added 'segment_uuid' parameter to 'get_by_uuid'
method`` changes a method. So a comment is split into clauses, each clause
into its verb ("Added"/"Add"/"Adds"), what is added (the *head*) and, after
a preposition, where it is added (the *tail*). A field counts as added only
when it is named in the head, and

- the head says "field(s)", or names nothing but fields and connectives;
- a tail, if any, names only the object itself ("to the object",
  "to Instance"): a tail naming a field or a method means the head was
  added *to* that, not to the object.

Anything else is not a field addition: the convention check stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from astroid import nodes

_VERSION = re.compile(r"^\s*#\s*Version\s+(\d+\.\d+(?:\.\d+)?)\s*:\s*(.*)$", re.IGNORECASE)
_CLAUSES = re.compile(r"[;.](?:\s|$)|,\s*(?=(?:added|add|adds|removed|remove|changed|change|renamed|"
                      r"made|make|deprecated|moved|dropped)\b)", re.IGNORECASE)
_VERB = re.compile(r"\b(?:added|add|adds)\b", re.IGNORECASE)
_OTHER_VERB = re.compile(r"\b(?:removed|remove|changed|change|renamed|made|make|deprecated|moved|dropped)\b",
                         re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:in|into|to|on|for|from|inside|within)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELD_WORDS = frozenset({"field", "fields"})
#: Words that may stand around field names without naming anything else.
_CONNECTIVES = frozenset({
    "and", "or", "the", "new", "a", "an", "object", "objects", "attribute", "attributes",
    "property", "properties", "both", "optional", "nullable",
    # the types projects write before "field"
    "string", "str", "boolean", "bool", "integer", "int", "float", "datetime", "dict", "list",
    "set", "uuid", "enum", "ip", "ipaddress", "json", "of", "strings", "ints", "as", "with",
})
_SELF_WORDS = frozenset({"the", "this", "object", "class", "it"})


def _comment_lines(classdef: nodes.ClassDef) -> list[tuple[int, str]]:
    """The class's source lines (astroid keeps no comments)."""
    try:
        source = classdef.root().stream().read().decode("utf-8", errors="replace")
    except (OSError, AttributeError):
        return []
    lines = source.splitlines()
    end = classdef.tolineno or classdef.lineno
    return [(number, lines[number - 1]) for number in range(classdef.lineno, min(end, len(lines)) + 1)]


def _added_in_clause(clause: str, fields: set[str], class_name: str) -> list[str]:
    verb = _VERB.search(clause)
    if verb is None:
        return []
    rest = clause[verb.end():]
    other = _OTHER_VERB.search(rest)
    if other is not None:
        rest = rest[:other.start()]
    preposition = _PREPOSITION.search(rest)
    head = rest[:preposition.start()] if preposition else rest
    tail = rest[preposition.end():] if preposition else ""
    head_words = _WORD.findall(head)
    named = [w for w in head_words if w in fields]
    if not named:
        return []
    says_field = any(w.lower() in _FIELD_WORDS for w in head_words)
    others = [w for w in head_words if w not in fields and w.lower() not in _CONNECTIVES | _FIELD_WORDS]
    if not says_field and others:
        return []
    tail_words = _WORD.findall(tail)
    if any(w != class_name and w.lower() not in _SELF_WORDS for w in tail_words):
        return []
    return named


def added_fields(classdef: nodes.ClassDef, fields: set[str]) -> Iterator[tuple[int, str, str]]:
    """(line, version, field) for each field a version comment says was added."""
    for number, text in _comment_lines(classdef):
        match = _VERSION.match(text)
        if not match:
            continue
        seen: list[str] = []
        sentence = match.group(2).split(" #", 1)[0]  # a trailing second comment
        for clause in _CLAUSES.split(sentence):
            for name in _added_in_clause(clause, fields, classdef.name):
                if name not in seen:
                    seen.append(name)
                    yield number, match.group(1), name
