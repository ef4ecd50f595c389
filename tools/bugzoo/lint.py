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

"""Lint one extracted file with the plugin, in a pylint process of its own.

Only the plugin's messages are enabled (all of them, those off by default
too): the corpus measures the plugin, and pylint's own checks would only
slow the run. The file's scratch tree comes first on ``PYTHONPATH`` so
its package imports resolve there; the oslo libraries (and neutron-lib)
come from the environment running the tool.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

from tools.bugzoo.match import Message

PLUGIN = "pylint_oslo_review"


class LintError(RuntimeError):
    """pylint crashed or produced no readable report."""


def argv(target: pathlib.Path, rcfile: pathlib.Path, symbols: list[str], python: str = sys.executable) -> list[str]:
    """The pylint command line for one file."""
    return [
        python, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n",
        "--output-format=json2", f"--load-plugins={PLUGIN}", "--disable=all",
        "--enable=" + ",".join(sorted(symbols)), str(target),
    ]


def parse_report(text: str) -> list[Message]:
    """The messages of a json2 report."""
    try:
        report = json.loads(text)
    except json.JSONDecodeError as error:
        raise LintError(f"unreadable pylint report: {error}") from None
    return [Message(item["line"], item["symbol"], item.get("message", ""), item.get("messageId", ""))
            for item in report.get("messages", [])]


def lint(target: pathlib.Path, root: pathlib.Path, symbols: list[str], timeout: float = 600) -> list[Message]:
    """The plugin's messages on *target*, linted with *root* importable."""
    rcfile = root / ".bugzoo-pylintrc"
    rcfile.write_text("[MAIN]\n", encoding="utf-8")
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), environment.get("PYTHONPATH")]))
    environment["PYLINTHOME"] = str(root / ".pylint-home")
    result = subprocess.run(argv(target, rcfile, symbols), cwd=root, env=environment,
                            capture_output=True, text=True, timeout=timeout, check=False)
    # pylint's exit status is a bit mask of message categories; 32 is a usage error.
    if result.returncode & 32 or not result.stdout.strip():
        raise LintError(result.stderr.strip()[-2000:] or f"pylint exited {result.returncode}")
    return parse_report(result.stdout)
