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
"""The tree says where each message lives (docs/architecture.rst).

For every message: the checker module is named after it (or its family),
the checker's pylint name is that module's, a functional fixture of the
module's name shows the message and a ``_traps`` fixture of the same name
stays quiet about it, and ``docs/messages/<symbol>/`` documents it. And
the models never import the brains or the checkers: they are what both ask.
"""

import ast
from pathlib import Path

import pytest

from pylint_oslo_review.checkers import CHECKERS
from tests.test_docs import MESSAGES, example

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pylint_oslo_review"
FUNCTIONAL = ROOT / "test_fixtures" / "functional"

#: Checkers whose messages need a whole project (a registry and its
#: recorded hashes), tested end to end in tests/fingerprint instead.
PROJECT_LEVEL = {"ovo_fingerprint_mismatch"}

#: Packages that compute facts; brain/ and checkers/ use them, never the
#: other way round.
MODELS = ("analysis", "enginefacade", "evaluation", "fingerprint", "oslo_config", "ovo")

MESSAGE_ROWS = sorted(
    (checker.__module__.rsplit(".", 1)[1], checker.name, message[1])
    for checker in CHECKERS
    for message in checker.msgs.values()
)


def _fixture(name):
    found = sorted(FUNCTIONAL.glob(f"*/{name}.py"))
    return found[0] if found else None


def _shows(fixture, symbol):
    """Whether a fixture's expected output has *symbol* (pylint's .txt lines start with it)."""
    output = fixture.with_suffix(".txt")
    return output.exists() and any(line.startswith(f"{symbol}:") for line in output.read_text().splitlines())


@pytest.mark.parametrize("module,checker_name,symbol", MESSAGE_ROWS, ids=[row[2] for row in MESSAGE_ROWS])
def test_message_has_its_module_fixtures_and_page(module, checker_name, symbol):
    assert checker_name == "oslo-" + module.replace("_", "-").removeprefix("oslo-")
    family = symbol.split("-", 1)[0]
    assert module.split("_", 1)[0] == family or module.startswith(f"oslo_{family}")
    assert (MESSAGES / symbol / "details.rst").is_file()
    assert example(symbol, "bad.py").is_file() and example(symbol, "good.py").is_file()
    if module in PROJECT_LEVEL:
        return
    # The fixture pair is named after the module, or after the symbol when
    # one module owns several messages with cases of their own; fixtures
    # that must sit in an ``objects`` package start with that directory's
    # name, as pylint's functional test layout requires.
    names = (symbol.replace("-", "_"), module, "objects_" + symbol.split("-", 1)[1].replace("-", "_"))
    pairs = [(_fixture(name), _fixture(f"{name}_traps")) for name in names]
    positive, traps = next(((p, t) for p, t in pairs if p is not None and _shows(p, symbol)), (None, None))
    assert positive is not None, f"no fixture named {module} or after {symbol} shows it"
    assert traps is not None and symbol in traps.with_suffix(".rc").read_text()
    assert not _shows(traps, symbol)


def _imports(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


@pytest.mark.parametrize("package", MODELS)
def test_models_do_not_import_brains_or_checkers(package):
    offending = sorted(
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / package).rglob("*.py")
        for name in _imports(path)
        if name.startswith(("pylint_oslo_review.brain", "pylint_oslo_review.checkers"))
    )
    assert offending == []


def test_every_checker_module_is_registered():
    modules = {path.stem for path in (PACKAGE / "checkers").glob("*.py")} - {"__init__", "scope_base"}
    assert modules == {checker.__module__.rsplit(".", 1)[1] for checker in CHECKERS}
