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


"""``--profile``: the profile's options first, the project's on top.

pylint reads exactly one configuration file and has no way for one file to
extend another. So for a run with a profile this module writes a temporary
file that holds the profile's options followed by the project's (its
``--rcfile``, or the file pylint itself would have found), and pylint reads
that. pylint applies a configuration file's options in order, so a value
the project sets replaces the profile's, and the project's enable/disable
lists apply after the profile's: exactly as if the profile's lines were at
the top of the project's file. Options on the command line still come last
and win over both.

The merged file is TOML because TOML strings can hold any value (an INI
file would treat ``#`` as a comment and ``%`` as interpolation). The
project's file is read with pylint's own configuration reader, so every
format pylint accepts (pylintrc, ``setup.cfg``, ``tox.ini``,
``pyproject.toml``) means the same thing here.

The profile's own options are kept only where the installed pylint knows
them (``KnownOptions``): one profile serves every supported pylint, and an
option or message name that a release lacks would otherwise be reported
against the user's run (``E0015 unrecognized-option``, ``W0012
unknown-option-value``). The project's options are passed on untouched:
mistakes in them are the project's to see.
"""

from __future__ import annotations

import configparser
import json
import pathlib
import sys

from pylint.config import find_default_config_files
from pylint.config.config_file_parser import _RawConfParser
from pylint.lint import PyLinter

import pylint_oslo_review
from pylint_oslo_review import compat

from pylint_oslo_review import files

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

#: Options pylint reads from the file's last occurrence only, before all
#: others: the merged file states them once, combined.
_COMBINED = {"load-plugins": ",", "init-hook": "\n"}
#: Options whose value is a list of message names.
_MESSAGE_LISTS = ("enable", "disable")


class KnownOptions:
    """The option names and message names that one pylint knows."""

    def __init__(self, options: set[str], messages: set[str]) -> None:
        self.options = options
        self.messages = messages

    @classmethod
    def installed(cls) -> KnownOptions:
        """What the installed pylint knows, with this plugin loaded."""
        linter = PyLinter()
        linter.load_default_plugins()
        pylint_oslo_review.register(linter)
        return cls(*compat.known_options(linter))

    def restrict(self, option: str, value: str) -> str | None:
        """*value* without the message names pylint lacks; None to drop *option*."""
        name = option.replace("_", "-")
        if name in _MESSAGE_LISTS:
            names = [item.strip() for item in value.replace("\n", ",").split(",") if item.strip()]
            known = [item for item in names if item in self.messages]
            return ",".join(known) if known else None
        return value if name in self.options else None


class ConfigError(Exception):
    """A configuration file cannot be read; the message names it."""


def split_rcfile(pylint_args: list[str]) -> tuple[str | None, list[str]]:
    """The ``--rcfile`` given on the command line, and the other arguments.

    pylint accepts any option that starts with ``--rc`` as ``--rcfile``,
    with its value after ``=`` or as the next argument; so does this.
    """
    rcfile = None
    rest: list[str] = []
    index = 0
    while index < len(pylint_args):
        argument = pylint_args[index]
        if argument == "--":
            rest.extend(pylint_args[index:])
            break
        name, has_value, value = argument.partition("=")
        if name.startswith("--rc"):
            if not has_value:
                index += 1
                if index >= len(pylint_args):
                    raise ConfigError(f"{name} needs a value")
                value = pylint_args[index]
            rcfile = value
        else:
            rest.append(argument)
        index += 1
    return rcfile, rest


def project_config(rcfile: str | None) -> pathlib.Path | None:
    """The project's configuration file: *rcfile*, else the one pylint finds."""
    if rcfile is not None:
        path = pathlib.Path(rcfile).expanduser()
        if not path.is_file():
            raise ConfigError(f"the config file {rcfile} does not exist")
        return path
    return next(find_default_config_files(), None)


def read_options(path: pathlib.Path) -> list[tuple[str, str]]:
    """The (option, value) pairs of a pylint configuration file, in order."""
    try:
        # pylint's parser opens anything: a FIFO would block it for ever.
        files.read_bytes(str(path))
    except files.UnusableFile as error:
        raise ConfigError(f"cannot read the configuration: {error}") from error
    try:
        _, arguments = _RawConfParser.parse_config_file(path, verbose=False)
    except (configparser.Error, tomllib.TOMLDecodeError, OSError) as error:
        raise ConfigError(f"cannot read {path}: {error}") from error
    return [
        (arguments[index][2:], arguments[index + 1]) for index in range(0, len(arguments), 2)
    ]


def merged_config(
    sources: list[tuple[str, pathlib.Path]], profile_known: KnownOptions | None = None
) -> str:
    """The TOML text of the configuration made of *sources*, in order.

    Each source is (a label for the reader, its file). Each file's options
    get their own table, in the file's order; a table starts again if a
    file repeats an option (pyproject.toml can, across its tables). With
    *profile_known*, the options of the sources labelled ``profile ...``
    are restricted to those it knows.
    """
    combined: dict[str, list[str]] = {name: [] for name in _COMBINED}
    tables: list[tuple[str, list[tuple[str, str]]]] = []
    for label, path in sources:
        table: list[tuple[str, str]] = []
        tables.append((label, table))
        for option, raw in read_options(path):
            value = raw
            if profile_known is not None and label.startswith("profile "):
                value = profile_known.restrict(option, raw)
                if value is None:
                    continue
            if option in combined:
                combined[option].append(value)
                continue
            if any(option == seen for seen, _ in table):
                table = []
                tables.append((f"{label} (continued)", table))
            table.append((option, value))
    lines = [
        "# Written by pylint-oslo-review for one run. The tables below are",
        "# " + ", then ".join(f"{label} ({path})" for label, path in sources) + ".",
        "# pylint applies them in order: a later value wins, enable/disable",
        "# lists apply one after the other.",
    ]
    first = [(name, _join(values, _COMBINED[name])) for name, values in combined.items() if values]
    for number, (label, options) in enumerate([("combined", first), *tables]):
        if options:
            lines += ["", f"[tool.pylint.{_string(f'{number} {label}')}]"]
            lines += [f"{_string(option)} = {_string(value)}" for option, value in options]
    return "\n".join(lines) + "\n"


def _join(values: list[str], separator: str) -> str:
    if separator == ",":
        names = []
        for value in values:
            names += [name.strip() for name in value.split(",") if name.strip()]
        return ",".join(dict.fromkeys(names))
    return separator.join(values)


def _string(text: str) -> str:
    """*text* as a TOML basic string (JSON's escapes, which TOML shares)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
