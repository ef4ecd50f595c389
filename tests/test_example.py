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
"""The bundled example behaves as the README says, with and without the plugin."""

from pathlib import Path

import astroid
from pylint.lint import Run
from pylint.reporters import CollectingReporter

from tests.lint import EMPTY_RC

EXAMPLE = Path(__file__).resolve().parent.parent / "test_fixtures" / "example"


def _messages(*options):
    reporter = CollectingReporter()
    Run(["--persistent=n", *options, str(EXAMPLE / "inventory")], reporter=reporter, exit=False)
    return {(Path(m.path).name, m.line, m.symbol) for m in reporter.messages}


def test_with_the_plugin_only_the_deliberate_mistakes_are_reported():
    assert _messages(f"--rcfile={EXAMPLE / 'pylintrc'}") == {
        ("shelf.py", 49, "ovo-redundant-reset-changes"),
        ("shelf.py", 53, "no-member"),
        ("purge.py", 18, "enginefacade-missing-context"),
        ("purge.py", 32, "enginefacade-possible-missing-context"),
        ("rack.py", 67, "ovo-remotable-classmethod-deprecated"),
    }


def test_plain_pylint_reports_the_framework_noise_and_misses_the_typo():
    # Modules built earlier in this process carry the plugin's transforms,
    # and the modules built now must not be reused by later tests.
    astroid.MANAGER.clear_cache()
    try:
        symbols = {symbol for _, _, symbol in _messages(f"--rcfile={EMPTY_RC}", "--disable=C,R")}
    finally:
        astroid.MANAGER.clear_cache()
    assert {
        "abstract-method",
        "no-self-argument",
        "protected-access",
        "attribute-defined-outside-init",
    } <= symbols
    assert "no-member" not in symbols
