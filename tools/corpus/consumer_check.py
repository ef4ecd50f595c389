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

"""The acceptance check on placement 0.1.0's ``placement/objects/consumer.py``.

The file this product started from: a review claimed that
``_get_consumer_by_uuid`` lacks its context parameter and that ``create()``
resets changes redundantly. Both claims are false. This check proves, on the
real file (downloaded, never committed), that

- with the plugin pylint reports no OVO-caused ``no-member``,
  ``attribute-defined-outside-init``, ``abstract-method`` or
  ``protected-access``, and no plugin message, while it still reports the
  missing docstrings and ``raise-missing-from``;
- deleting ``ctx`` from ``_get_consumer_by_uuid``'s signature makes
  ``enginefacade-missing-context`` appear on its ``def`` line;
- adding a ``_from_db_object(ctx, self, db_obj)`` call before
  ``self.obj_reset_changes()`` in ``create()`` makes
  ``ovo-redundant-reset-changes`` appear on that reset's line.

The mutated copies are written next to the original, in the corpus cache,
so that they import the same way, and removed afterwards.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from dataclasses import dataclass

from tools.corpus import config, sources

PROJECT = "openstack-placement==0.1.0"
CONSUMER = pathlib.Path("placement/objects/consumer.py")
OVO_NOISE = ("no-member", "attribute-defined-outside-init", "abstract-method", "protected-access")
STILL_EXPECTED = ("missing-module-docstring", "missing-class-docstring", "raise-missing-from")
PLUGIN_SYMBOLS = ("enginefacade-missing-context", "ovo-redundant-reset-changes")

MISSING_CONTEXT = ("def _get_consumer_by_uuid(ctx, uuid):", "def _get_consumer_by_uuid(uuid):")
RESET_ANCHOR = "        _create_in_db(self._context)\n        self.obj_reset_changes()\n"
RESET_MUTATION = (
    "        _create_in_db(self._context)\n"
    "        db_obj = _get_consumer_by_uuid(self._context, self.uuid)\n"
    "        self._from_db_object(self._context, self, db_obj)\n"
    "        self.obj_reset_changes()\n"
)


@dataclass(frozen=True)
class Outcome:
    """One verdict of the check."""

    passed: bool
    what: str


def _line_of(text: str, fragment: str, offset: int = 0) -> int:
    return text[: text.index(fragment)].count("\n") + 1 + offset


def _lint(root: pathlib.Path, relative: pathlib.Path) -> list[dict]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(root), environment.get("PYTHONPATH", "")])
    )
    result = subprocess.run(
        [
            sys.executable, "-m", "pylint", f"--rcfile={os.devnull}", "--persistent=n",
            "--load-plugins=pylint_oslo_review", "--output-format=json2", str(relative),
        ],
        cwd=root, env=environment, capture_output=True, text=True, check=False,
    )
    return json.loads(result.stdout)["messages"]


def _found(messages: list[dict], symbol: str, line: int | None = None) -> bool:
    return any(m["symbol"] == symbol and (line is None or m["line"] == line) for m in messages)


def check_original(root: pathlib.Path) -> list[Outcome]:
    messages = _lint(root, CONSUMER)
    outcomes = [
        Outcome(not _found(messages, symbol), f"no {symbol}")
        for symbol in (*OVO_NOISE, *PLUGIN_SYMBOLS)
    ]
    outcomes += [Outcome(_found(messages, symbol), f"still {symbol}") for symbol in STILL_EXPECTED]
    return outcomes


def _check_mutation(root: pathlib.Path, name: str, text: str, symbol: str, line: int) -> Outcome:
    mutated = CONSUMER.with_name(f"_consumer_check_{name}.py")
    (root / mutated).write_text(text, encoding="utf-8")
    try:
        messages = _lint(root, mutated)
    finally:
        (root / mutated).unlink()
    lines = sorted(m["line"] for m in messages if m["symbol"] == symbol)
    return Outcome(lines == [line], f"{name}: {symbol} at line {line} (found at {lines})")


def check_mutations(root: pathlib.Path) -> list[Outcome]:
    original = (root / CONSUMER).read_text(encoding="utf-8")
    without_context = original.replace(*MISSING_CONTEXT)
    redundant_reset = original.replace(RESET_ANCHOR, RESET_MUTATION, 1)
    return [
        _check_mutation(
            root, "missing_context", without_context, "enginefacade-missing-context",
            _line_of(without_context, MISSING_CONTEXT[1]),
        ),
        _check_mutation(
            root, "redundant_reset", redundant_reset, "ovo-redundant-reset-changes",
            _line_of(redundant_reset, RESET_MUTATION, offset=3),
        ),
    ]


def run(cache_option: str | None, repo_root: pathlib.Path) -> int:
    """Fetch placement 0.1.0 if needed, run every check, print the verdicts."""
    corpus = config.load_corpus()
    (project,) = corpus.select([PROJECT])
    cache = sources.resolve_cache_dir(cache_option, dict(os.environ), repo_root)
    root = sources.ensure_source(project, cache)
    outcomes = check_original(root) + check_mutations(root)
    for outcome in outcomes:
        print(f"{'PASS' if outcome.passed else 'FAIL'}  {outcome.what}")
    return 0 if all(outcome.passed for outcome in outcomes) else 1
