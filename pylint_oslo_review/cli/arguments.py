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


"""Split a ``pylint-oslo-review`` command line into ours and pylint's.

Everything that is not one of the few options below goes to pylint
unchanged and in order, so any pylint command line works after
``pylint-oslo-review`` too. The options are recognised by exact name only
(``--profile``, ``--profile=NAME``); pylint has none of these names. A
``--`` ends our options: what follows it is pylint's, untouched.
"""

from __future__ import annotations

import dataclasses

DEFAULT_BASELINE = ".pylint-baseline.json"

LINT = "lint"
BASELINE_CREATE = "baseline create"
BASELINE_PRUNE = "baseline prune"
PROFILE_PATH = "profile path"
PROFILE_LIST = "profile list"

_SUBCOMMANDS = {
    ("baseline", "create"): BASELINE_CREATE,
    ("baseline", "prune"): BASELINE_PRUNE,
    ("profile", "path"): PROFILE_PATH,
    ("profile", "list"): PROFILE_LIST,
}
_VALUE_OPTIONS = {
    "--profile": "profile",
    "--baseline": "baseline",
    "--changed-since": "changed_since",
    "--new-since": "new_since",
}

USAGE = f"""\
usage: pylint-oslo-review [--profile NAME] [--baseline FILE | --new-since REV] [--changed-since REV]
                          [PYLINT ARGS...]
       pylint-oslo-review baseline create [--profile NAME] [--baseline FILE] [PYLINT ARGS...]
       pylint-oslo-review baseline prune [--profile NAME] [--baseline FILE] [PYLINT ARGS...]
       pylint-oslo-review profile path NAME
       pylint-oslo-review profile list

Runs pylint; every argument not listed here is pylint's and is passed on.

  --profile NAME        start from the plugin's pylint configuration NAME
                        ("openstack"); the project's own configuration
                        (--rcfile, or the file pylint would find) applies
                        on top of it
  --baseline FILE       report only findings that FILE does not list
                        (default for "baseline create/prune": {DEFAULT_BASELINE})
  --changed-since REV   report only findings on lines changed since the git
                        revision REV (HEAD~1, a merge base), uncommitted
                        changes included (cheap; a finding the change
                        causes on an unchanged line stays hidden)
  --new-since REV       report only findings that the same run on the files
                        of git revision REV does not give, wherever they are
                        (callers in other files included; lints twice)

  baseline create       write every current finding to the baseline file
  baseline prune        remove the findings that no longer occur from it
  profile path NAME     print where profile NAME is installed
  profile list          print the installed profiles

pylint's own options follow.
"""


class UsageError(Exception):
    """The command line cannot be run; the message says why."""


@dataclasses.dataclass(frozen=True)
class Request:  # pylint: disable=too-many-instance-attributes  # one field per option
    """What the user asked for."""

    command: str
    profile: str | None = None
    baseline: str | None = None
    changed_since: str | None = None
    new_since: str | None = None
    wants_help: bool = False
    pylint_args: tuple[str, ...] = ()
    operands: tuple[str, ...] = ()


def parse(argv: list[str]) -> Request:
    """The request that *argv* (without the program name) makes."""
    command, rest = _command(argv)
    if command in (PROFILE_PATH, PROFILE_LIST):
        expected = 1 if command == PROFILE_PATH else 0
        if len(rest) != expected:
            raise UsageError(f"usage: pylint-oslo-review {command}{' NAME' if expected else ''}")
        return Request(command=command, operands=tuple(rest))
    values: dict[str, str] = {}
    passed_on: list[str] = []
    arguments = iter(rest)
    for argument in arguments:
        if argument == "--":
            passed_on.append(argument)
            passed_on.extend(arguments)
            break
        name, has_value, value = argument.partition("=")
        if name not in _VALUE_OPTIONS:
            passed_on.append(argument)
            continue
        if not has_value:
            value = next(arguments, None)
            if value is None:
                raise UsageError(f"{name} needs a value")
        if not value:
            raise UsageError(f"{name} needs a non-empty value")
        values[_VALUE_OPTIONS[name]] = value
    if command != LINT:
        for option in ("changed_since", "new_since"):
            if option in values:
                raise UsageError(
                    f"{command} takes every finding; --{option.replace('_', '-')} does not apply"
                )
        values.setdefault("baseline", DEFAULT_BASELINE)
    if "new_since" in values and "baseline" in values:
        raise UsageError("--new-since is a baseline of its own; use it without --baseline")
    return Request(
        command=command,
        wants_help=any(argument in ("-h", "--help", "--long-help") for argument in passed_on),
        pylint_args=tuple(passed_on),
        **values,
    )


def _command(argv: list[str]) -> tuple[str, list[str]]:
    if len(argv) >= 2 and (argv[0], argv[1]) in _SUBCOMMANDS:
        return _SUBCOMMANDS[(argv[0], argv[1])], argv[2:]
    if argv and argv[0] in ("baseline", "profile"):
        choices = ", ".join(" ".join(words) for words in _SUBCOMMANDS if words[0] == argv[0])
        raise UsageError(f"unknown command; use one of: {choices} (lint a directory named "
                         f"{argv[0]!r} as ./{argv[0]})")
    return LINT, list(argv)
