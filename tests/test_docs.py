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
"""Every message's documented examples behave as documented.

docs/messages/<symbol>/bad.py must produce exactly that message on the lines
annotated with '# [<symbol>]'; good.py must produce no error or warning at all
(nor the message). Linting them here keeps the docs from rotting.
"""

from pathlib import Path

import pytest

from tests.lint import annotated_lines, lint

MESSAGES = Path(__file__).resolve().parent.parent / "docs" / "messages"
SYMBOLS = sorted(path.name for path in MESSAGES.iterdir() if path.is_dir())


def test_there_are_documented_messages():
    assert "enginefacade-missing-context" in SYMBOLS
    assert "ovo-redundant-reset-changes" in SYMBOLS


def example(symbol, name):
    """A message's example file; some must live in an ``objects`` package."""
    page = MESSAGES / symbol
    return page / "objects" / name if (page / "objects").is_dir() else page / name


def page_options(symbol):
    """A page's pylintrc, for messages disabled by default (as pylint's docs do)."""
    rc = MESSAGES / symbol / "pylintrc"
    return [f"--rcfile={rc}"] if rc.is_file() else []


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_bad_example_shows_the_message(symbol):
    bad = example(symbol, "bad.py")
    messages = lint([bad], *page_options(symbol), "--disable=all", f"--enable={symbol}")
    found = {(m.line, m.symbol) for m in messages}
    assert found == annotated_lines(bad)
    assert found


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_good_example_is_clean(symbol):
    good = example(symbol, "good.py")
    messages = lint([good], *page_options(symbol), "--disable=all", f"--enable=E,W,{symbol}")
    assert [(m.line, m.symbol, m.msg) for m in messages] == []


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_details_name_the_runtime_failure_and_the_source(symbol):
    details = (MESSAGES / symbol / "details.rst").read_text(encoding="utf-8")
    assert details.startswith(symbol)
    assert "oslo_" in details and ".py" in details


RST_PAGES = sorted(
    [MESSAGES.parent.parent / "README.rst", *MESSAGES.parent.rglob("*.rst")]
)


@pytest.mark.parametrize("page", RST_PAGES, ids=[p.name for p in RST_PAGES])
def test_rst_pages_have_no_markup_errors(page):
    docutils_core = pytest.importorskip("docutils.core")
    document = docutils_core.publish_doctree(
        page.read_text(encoding="utf-8"),
        source_path=str(page),
        settings_overrides={"report_level": 2, "halt_level": 5, "warning_stream": False},
    )
    problems = [
        message.astext()
        for message in document.findall(lambda node: node.tagname == "system_message")
        if int(message["level"]) >= 2
    ]
    assert problems == []
