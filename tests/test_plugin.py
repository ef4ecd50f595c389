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
"""The plugin as pylint sees it: registration, message ids, symbols, docs."""

import pkgutil
from pathlib import Path

import pylint.extensions
from pylint.lint import PyLinter

import pylint_oslo_review
from pylint_oslo_review.augmentations import mixin_attributes, protected_access

ROOT = Path(__file__).resolve().parent.parent


def _our_checkers(linter):
    return [
        checker
        for checker in linter.get_checkers()
        if type(checker).__module__.startswith("pylint_oslo_review")
    ]


def _linter():
    linter = PyLinter()
    linter.load_default_plugins()
    return linter


def test_register_twice_registers_once():
    linter = _linter()
    pylint_oslo_review.register(linter)
    pylint_oslo_review.register(linter)
    expected = [*pylint_oslo_review.CHECKERS, protected_access.ProtectedAccessOptions]
    assert sorted(type(c).__name__ for c in _our_checkers(linter)) == sorted(
        checker.__name__ for checker in expected
    )
    assert len(_our_checkers(linter)) == len(expected) >= 3
    classes = [
        c for c in linter.get_checkers()
        if c.name == "classes" and hasattr(c, "_check_protected_attribute_access")
    ]
    wrapped = classes[0]._check_protected_attribute_access  # pylint: disable=protected-access
    assert getattr(wrapped, protected_access._MARKER)  # pylint: disable=protected-access
    assert not getattr(wrapped.__wrapped__, protected_access._MARKER, False)  # pylint: disable=protected-access
    attributes = classes[0]._check_attribute_defined_outside_init  # pylint: disable=protected-access
    assert getattr(attributes, mixin_attributes._MARKER)  # pylint: disable=protected-access
    assert not getattr(attributes.__wrapped__, mixin_attributes._MARKER, False)  # pylint: disable=protected-access


def test_no_collision_with_pylint_checkers_and_extensions():
    linter = _linter()
    extensions = [
        f"pylint.extensions.{module.name}"
        for module in pkgutil.iter_modules(pylint.extensions.__path__)
        if not module.name.startswith("_")
    ]
    linter.load_plugin_modules(extensions)
    theirs = {
        msgid[1:3]
        for checker in linter.get_checkers()
        for msgid in checker.msgs
    }
    pylint_oslo_review.register(linter)  # raises InvalidMessageError on a clash
    ours = {msgid for checker in _our_checkers(linter) for msgid in checker.msgs}
    assert {msgid[1:3] for msgid in ours}.isdisjoint(theirs)
    for msgid in ours:
        assert linter.msgs_store.get_message_definitions(msgid)[0].msgid == msgid


def test_visitors_only_name_messages_that_exist():
    linter = _linter()
    pylint_oslo_review.register(linter)
    for checker in _our_checkers(linter):
        symbols = {definition[1] for definition in checker.msgs.values()}
        for name in dir(checker):
            if name.startswith(("visit_", "leave_")):
                assert set(getattr(getattr(checker, name), "checks_msgs", ())) <= symbols, name


def test_every_message_is_documented():
    linter = _linter()
    pylint_oslo_review.register(linter)
    readme = (ROOT / "README.rst").read_text(encoding="utf-8")
    for checker in _our_checkers(linter):
        for msgid, (_, symbol, description, *_) in checker.msgs.items():
            page = ROOT / "docs" / "messages" / symbol
            examples = page / "objects" if (page / "objects").is_dir() else page
            assert (page / "details.rst").is_file(), symbol
            assert {p.name for p in examples.iterdir()} >= {"bad.py", "good.py"}, symbol
            assert symbol in readme and msgid in readme, symbol
            assert "oslo" in description, symbol
