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

"""Every plugin message fits an inline review comment (message_text.LIMIT).

The functional fixtures hold every message the plugin has, in every wording
it builds, on the code shapes the checks know; their expected outputs are
exactly what pylint prints. A message over the limit there is a message a
reviewer reads cut off in Gerrit.
"""

import csv
from pathlib import Path

import pytest

from pylint_oslo_review import message_text
from pylint_oslo_review.checkers import CHECKERS

FUNCTIONAL = Path(__file__).resolve().parent.parent / "test_fixtures" / "functional"
PLUGIN_SYMBOLS = {symbol for checker in CHECKERS for _text, symbol, *_rest in checker.msgs.values()}
#: Messages that need a whole project to appear, checked where they are tested.
ELSEWHERE = {"ovo-fingerprint-mismatch": "tests/fingerprint/test_checker.py"}


def _plugin_messages():
    for expected in sorted(FUNCTIONAL.rglob("*.txt")):
        with expected.open(encoding="utf-8") as lines:
            for row in csv.reader(lines, delimiter=":", quotechar='"'):
                if len(row) >= 8 and row[0] in PLUGIN_SYMBOLS:
                    yield f"{expected.relative_to(FUNCTIONAL)}:{row[1]}", row[0], row[6]


MESSAGES = list(_plugin_messages())


def test_the_fixtures_show_every_plugin_message():
    """The length check below sees every message (off-by-default ones too)."""
    assert {symbol for _where, symbol, _text in MESSAGES} == PLUGIN_SYMBOLS - set(ELSEWHERE)


@pytest.mark.parametrize(("where", "symbol", "text"), MESSAGES, ids=[m[0] for m in MESSAGES])
def test_a_message_fits_an_inline_comment(where, symbol, text):
    assert len(text) <= message_text.LIMIT, f"{where} {symbol}: {len(text)} characters"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("context.session", "context.session"),
        ("a(\n    b,\n    c)", "a( b, c)"),
        ("x" * 60, "x" * 44 + " ..."),
    ],
)
def test_quoted_code_is_one_short_line(source, expected):
    assert message_text.code(source) == expected
    assert len(message_text.code(source)) <= message_text.CODE_LIMIT
