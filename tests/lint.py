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
"""Run pylint in-process on files and collect what it reports."""

import re
from pathlib import Path

from pylint.lint import Run
from pylint.reporters import CollectingReporter

#: Keeps the repository's own .pylintrc (for linting this project) out.
EMPTY_RC = Path(__file__).resolve().parent.parent / "test_fixtures" / "empty.pylintrc"

ANNOTATION = re.compile(r"#\s*\[([a-z0-9,\s-]+)\]")


def lint(paths, *options):
    """The messages pylint, with this plugin loaded, reports on *paths*."""
    reporter = CollectingReporter()
    rc = [] if any(option.startswith("--rcfile=") for option in options) else [f"--rcfile={EMPTY_RC}"]
    Run(
        [*rc, "--persistent=n", "--load-plugins=pylint_oslo_review", *options, *map(str, paths)],
        reporter=reporter,
        exit=False,
    )
    return reporter.messages


def annotated_lines(path):
    """{(line, symbol)} from '# [symbol, ...]' comments in *path*."""
    expected = set()
    for number, text in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        match = ANNOTATION.search(text)
        if match:
            for symbol in match.group(1).split(","):
                expected.add((number, symbol.strip()))
    return expected
