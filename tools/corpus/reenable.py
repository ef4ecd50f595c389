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


"""Which checks a project disables could it switch back on (``reenable``)?

Reads a project's pylintrc ``disable`` list (neutron ships one in its
sdist) and a corpus report made with ``run --profile``, and tabulates, for
each disabled check, whether the profile has it on and how many messages
it gives without and with the plugin on the linted targets. A check the
profile has on, with few messages left, is one the project can re-enable
and baseline.
"""

from __future__ import annotations

import dataclasses

ON = "on"
OFF = "off"
NOT_LOADED = "not loaded"


@dataclasses.dataclass(frozen=True)
class Row:
    """One check the project disables, as the profile run saw it."""

    name: str  # as the project's pylintrc spells it
    symbol: str  # pylint's current symbol
    profile: str  # ON, OFF or NOT_LOADED
    bare: int | None  # None when the profile run did not report it
    plugin: int | None


def resolver(plugins: tuple[str, ...] = ("pylint_oslo_review",)):
    """A function from a message name (old names, ids) to current symbols.

    A name pylint does not know (a checker from a plugin that is not
    loaded) resolves to nothing.
    """
    # Imported here: pylint is slow to import and only this command needs it.
    from pylint.exceptions import UnknownMessageError  # pylint: disable=import-outside-toplevel
    from pylint.lint import PyLinter  # pylint: disable=import-outside-toplevel

    linter = PyLinter()
    linter.load_default_plugins()
    linter.load_plugin_modules(plugins)

    def resolve(name: str) -> list[str]:
        try:
            definitions = linter.msgs_store.get_message_definitions(name)
        except UnknownMessageError:
            return []
        return [definition.symbol for definition in definitions]

    return resolve


def rows(project_disabled, profile_disabled, counts: dict, resolve) -> list[Row]:
    """One row per symbol the project disables, in the project's order.

    *counts* maps a symbol to its (bare, plugin) counts in the profile run.
    """
    off = {symbol for name in profile_disabled for symbol in resolve(name)}
    table = []
    for name in project_disabled:
        symbols = resolve(name)
        if not symbols:
            table.append(Row(name, name, NOT_LOADED, None, None))
        for symbol in symbols:
            state = OFF if symbol in off else ON
            bare, plugin = counts.get(symbol, (0, 0)) if state == ON else (None, None)
            table.append(Row(name, symbol, state, bare, plugin))
    return table


def project_counts(report: dict, key: str) -> dict[str, tuple[int, int]]:
    """{symbol: (bare, plugin)} of project *key* in a report."""
    for project in report["projects"]:
        if project["key"] == key:
            return {
                count["symbol"]: (count["bare"], count["plugin"])
                for count in project["summary"]["counts"]
            }
    raise KeyError(key)


def render(table: list[Row]) -> str:
    """The rows as an RST simple table (numbers and symbol names only)."""
    header = ("Check the project disables", "Profile", "Bare", "Plugin")
    cells = [
        (
            f"``{row.symbol}``" + (f" (``{row.name}``)" if row.name != row.symbol else ""),
            row.profile,
            "" if row.bare is None else str(row.bare),
            "" if row.plugin is None else str(row.plugin),
        )
        for row in table
    ]
    widths = [max(len(line[column]) for line in [header, *cells]) for column in range(4)]
    rule = "  ".join("=" * width for width in widths)

    def line(values):
        return "  ".join(value.ljust(width) for value, width in zip(values, widths)).rstrip()

    return "\n".join([rule, line(header), rule, *map(line, cells), rule]) + "\n"
