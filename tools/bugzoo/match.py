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

"""Decide whether a message belongs to the bug's function.

A bug is *found* when its expected symbol is reported on a line of its
function (decorators included, a line of slack before them) in the file
at the parent; its trap is *noisy* when a message is
reported on a line of the same function in the file at the fix (its own
symbol; any error or warning of the plugin when it expects none). A bug
named by its class alone spans the class.
"""

from __future__ import annotations

import ast
import dataclasses

#: Lines before the first decorator that still count as "at the function"
#: (pylint reports some messages on the line above a decorator list).
SLACK = 1


@dataclasses.dataclass(frozen=True)
class Message:
    """One pylint message: where and what."""

    line: int
    symbol: str
    text: str = ""
    msg_id: str = ""

    @property
    def severe(self) -> bool:
        """An error or a warning: what a false positive costs (R and C messages advise)."""
        return self.msg_id[:1] in ("E", "W", "F")


def _span(node: ast.AST) -> tuple[int, int]:
    decorators = getattr(node, "decorator_list", [])
    start = min([node.lineno, *(decorator.lineno for decorator in decorators)])
    return start - SLACK, node.end_lineno or node.lineno


def _defs(body):
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node


def _find(body, name: str, kind):
    for node in _defs(body):
        if node.name == name and isinstance(node, kind):
            return node
    return None


def locate(source: str, class_name: str, function: str) -> tuple[int, int] | None:
    """The line span of ``class_name.function`` in *source*, or None.

    A module-level function when *class_name* is empty, the class itself
    when *function* is. None when the file does not parse or the place is
    not (or no longer) there.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    body = tree.body
    if class_name:
        klass = _find(body, class_name, ast.ClassDef)
        if klass is None:
            return None
        if not function:
            return _span(klass)
        body = klass.body
    node = _find(body, function, (ast.FunctionDef, ast.AsyncFunctionDef))
    return None if node is None else _span(node)


def within(messages: list[Message], span: tuple[int, int] | None) -> list[Message]:
    """The messages on a line of *span* (all of them when span is None)."""
    if span is None:
        return list(messages)
    first, last = span
    return [message for message in messages if first <= message.line <= last]


def found(messages: list[Message], span: tuple[int, int] | None, symbol: str) -> bool:
    """Whether *symbol* is reported in *span*."""
    return span is not None and any(message.symbol == symbol for message in within(messages, span))


def noise(messages: list[Message], span: tuple[int, int] | None, plugin_symbols: set[str],
          symbol: str) -> list[Message]:
    """What makes a trap noisy: the bug's own symbol at the fixed function.

    A bug that expects nothing (not statically decidable) makes any error
    or warning of the plugin there noise. When the fixed file no longer has
    the function (renamed, moved), the expected symbol anywhere counts.
    """
    if span is None:
        return [message for message in messages if symbol and message.symbol == symbol]
    if not symbol:
        return others(messages, span, plugin_symbols, symbol)
    return [message for message in within(messages, span) if message.symbol == symbol]


def others(messages: list[Message], span: tuple[int, int] | None, plugin_symbols: set[str],
           symbol: str) -> list[Message]:
    """The plugin's other errors and warnings at the fixed function.

    Not counted against the trap (a deprecated decorator next to the fixed
    code is a true warning about something else) but listed, since a
    false positive of another check on fixed code shows up here first.
    The plugin's refactoring and convention advice is left out.
    """
    if span is None:
        return []
    return [message for message in within(messages, span)
            if message.symbol != symbol and message.symbol in plugin_symbols and message.severe]
