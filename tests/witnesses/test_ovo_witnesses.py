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
"""Runtime witnesses: every E-level OVO message's bad example fails, for real.

An E message promises a failure on every execution of the code it points
at. Each test here executes the message's documented bad example
(docs/messages/<symbol>/bad.py) against the installed oslo.versionedobjects
and asserts the exception the message names; the good example runs clean.

Where a bad example has several annotated statements, each is run alone:
the others are replaced by ``pass`` (or, in a dict literal, left out), so a
first failure cannot hide a statement that would not fail. The exception
is read from the message text the plugin prints for that line, so the
message and the runtime are checked against each other.

The registry is global in oslo.versionedobjects; each test restores it.
"""
# The examples are executed into modules built at run time, whose members
# pylint cannot see.
# pylint: disable=no-member

import ast
import itertools
import re
import types
import unittest
from pathlib import Path

import pytest
from oslo_versionedobjects import base, exception, fixture

from pylint_oslo_review.checkers import CHECKERS
from tests.lint import annotated_lines, lint

MESSAGES = Path(__file__).resolve().parents[2] / "docs" / "messages"
_COUNTER = itertools.count()
#: "raises ValueError", "fails with KeyError", "raises ObjectFieldInvalid".
_NAMED = re.compile(r"(?:raises|fails with) ([A-Z][A-Za-z]+(?:Error|Invalid))")


@pytest.fixture(autouse=True)
def registry():
    """Restore OVO's global registry after each test."""
    classes = base.VersionedObjectRegistry()._obj_classes  # pylint: disable=protected-access
    saved = {name: list(found) for name, found in classes.items()}
    yield
    classes.clear()
    classes.update(saved)


class _Drop(ast.NodeTransformer):
    """Replaces the statements (and dict entries) starting on *lines* by nothing."""

    def __init__(self, lines):
        self.lines = lines

    def generic_visit(self, node):
        super().generic_visit(node)
        for name in ("body", "orelse", "finalbody"):
            statements = getattr(node, name, None)
            if isinstance(statements, list) and statements and isinstance(statements[0], ast.stmt):
                setattr(node, name, [
                    ast.copy_location(ast.Pass(), s) if s.lineno in self.lines else s for s in statements
                ])
        if isinstance(node, ast.Dict):
            kept = [(k, v) for k, v in zip(node.keys, node.values) if k is None or k.lineno not in self.lines]
            node.keys = [k for k, _ in kept]
            node.values = [v for _, v in kept]
        return node


def example(symbol, name):
    page = MESSAGES / symbol
    return page / "objects" / name if (page / "objects").is_dir() else page / name


def run(path, drop=()):
    """Execute *path* as a fresh module, without the statements on lines *drop*."""
    tree = _Drop(set(drop)).visit(ast.parse(path.read_text(encoding="utf-8")))
    ast.fix_missing_locations(tree)
    module = types.ModuleType(f"witness_{next(_COUNTER)}")
    module.__file__ = str(path)
    exec(compile(tree, str(path), "exec"), module.__dict__)  # pylint: disable=exec-used
    return module


def named_failures(symbol):
    """{line: exception name} from the messages the plugin prints on bad.py."""
    bad = example(symbol, "bad.py")
    found = {}
    for message in lint([bad], "--disable=all", f"--enable={symbol}"):
        match = _NAMED.search(message.msg)
        assert match, f"{symbol} at line {message.line} names no exception: {message.msg}"
        found[message.line] = match.group(1)
    assert set(found) == {line for line, s in annotated_lines(bad) if s == symbol}
    return found


def exception_class(name):
    if hasattr(exception, name):
        return getattr(exception, name)
    return __builtins__[name] if isinstance(__builtins__, dict) else getattr(__builtins__, name)


def error_symbols():
    """Every E-level message of the OVO checkers."""
    found = set()
    for checker in CHECKERS:
        for msgid, definition in getattr(checker, "msgs", {}).items():
            if msgid.startswith("E92") or msgid.startswith("E93"):
                found.add(definition[1])
    return found


CONTEXT = object()


# -- statements that fail where they run: each annotated line alone


@pytest.mark.parametrize("symbol,entry", [
    ("ovo-unknown-field", "describe"),
    ("ovo-field-type-mismatch", "build"),
])
def test_each_annotated_statement_raises_what_its_message_names(symbol, entry):
    failures = named_failures(symbol)
    bad = example(symbol, "bad.py")
    for line, name in sorted(failures.items()):
        module = run(bad, drop=set(failures) - {line})
        with pytest.raises(exception_class(name)):
            getattr(module, entry)(CONTEXT)


@pytest.mark.parametrize("symbol,entry", [
    ("ovo-unknown-field", "describe"),
    ("ovo-field-type-mismatch", "build"),
])
def test_good_example_runs(symbol, entry):
    getattr(run(example(symbol, "good.py")), entry)(CONTEXT)


# -- definitions that fail when the class statement runs


def test_invalid_field_definitions_fail_at_import():
    symbol = "ovo-invalid-field-definition"
    failures = named_failures(symbol)
    bad = example(symbol, "bad.py")
    for line, name in sorted(failures.items()):
        with pytest.raises(exception_class(name)):
            run(bad, drop=set(failures) - {line})
    run(example(symbol, "good.py"))


# -- a VERSION that cannot be converted: every serialisation


def test_bad_version_fails_every_obj_to_primitive():
    symbol = "ovo-bad-version"
    assert set(named_failures(symbol).values()) == {"ValueError"}
    rack = run(example(symbol, "bad.py")).Rack(CONTEXT, name="r1")
    for arguments in ({}, {"target_version": None}, {"version_manifest": {"Rack": "1.0"}}):
        with pytest.raises(ValueError):
            rack.obj_to_primitive(**arguments)
    base.VersionedObjectRegistry()._obj_classes.clear()  # pylint: disable=protected-access
    good = run(example(symbol, "good.py")).Rack(CONTEXT, name="r1")
    assert good.obj_to_primitive()["versioned_object.version"] == "1.1"


# -- remotable methods: every way of calling them


def test_remotable_misuse_every_call_fails():
    module = run(example("ovo-remotable-misuse", "bad.py"))
    rack_class = module.Rack
    rack = rack_class(CONTEXT, name="r1")
    orphan = rack_class(name="r2")
    # @remotable above @classmethod
    with pytest.raises(AttributeError):
        rack_class.get_by_name(CONTEXT, "r1")
    with pytest.raises(TypeError, match="'classmethod' object is not callable"):
        rack.get_by_name(CONTEXT, "r1")
    with pytest.raises(exception.OrphanedObjectError):
        orphan.get_by_name(CONTEXT, "r1")
    # a remotable classmethod without a context parameter
    with pytest.raises(TypeError):
        rack_class.get_all(CONTEXT)
    with pytest.raises(KeyError, match="context"):
        rack_class.get_all()
    # a remotable method without self
    with pytest.raises(TypeError):
        rack.refresh()
    with pytest.raises(exception.OrphanedObjectError):
        orphan.refresh()
    # a call without the context
    with pytest.raises(KeyError, match="context"):
        module.find(CONTEXT)


def test_remotable_good_example_every_call_works():
    module = run(example("ovo-remotable-misuse", "good.py"))
    rack_class = module.Rack
    assert rack_class.get_by_name(CONTEXT, "r1").name == "r1"
    assert rack_class.get_by_name(context=CONTEXT, name="r1").name == "r1"
    assert rack_class.get_all(CONTEXT)[0].name == "r1"
    rack = rack_class(CONTEXT, name="r1")
    assert rack.refresh() is rack
    assert module.find(CONTEXT).name == "1"


def test_remotable_varargs_classmethods_work():
    """The shape ovo-remotable-misuse must leave alone (issue 10, shape 4)."""

    @base.VersionedObjectRegistry.register
    class Volume(base.VersionedObject):  # pylint: disable=unused-variable
        """The shape of issue 10's false positives."""

        fields = {}

        @classmethod
        @base.remotable
        def get(cls, *args, **kwargs):
            return cls(args[0] if args else kwargs["context"])

        @classmethod
        @base.remotable
        def get_by_name(cls, *, context, name):
            return cls(context), name

    assert Volume.get(CONTEXT)._context is CONTEXT  # pylint: disable=protected-access
    assert Volume.get(context=CONTEXT)._context is CONTEXT  # pylint: disable=protected-access
    assert Volume.get_by_name(context=CONTEXT, name="v")[1] == "v"


# -- a fingerprint that differs from the recorded one: the project's test fails


def test_fingerprint_mismatch_fails_the_projects_test_versions():
    symbol = "ovo-fingerprint-mismatch"
    recorded = run(example(symbol, "tests") / "unit" / "objects" / "test_objects.py").object_data
    bad_path = example(symbol, "bad.py")
    (message,) = lint([bad_path], "--disable=all", f"--enable={symbol}")
    bumped, digest = re.search(r"record '([^'-]+)-(\w+)'", message.msg).groups()
    case = unittest.TestCase()
    bad = run(bad_path).Widget
    expected, actual = fixture.ObjectVersionChecker({"Widget": [bad]}).test_hashes(recorded)
    assert actual == {"Widget": f"{bad.VERSION}-{digest}"}  # the plugin computed what the fixture computes
    with pytest.raises(AssertionError):
        case.assertEqual(expected, actual)  # what nova's and neutron's test_versions do
    # The fix: bump VERSION (good.py) and record the new fingerprint.
    base.VersionedObjectRegistry()._obj_classes.clear()  # pylint: disable=protected-access
    good = run(example(symbol, "good.py")).Widget
    checker = fixture.ObjectVersionChecker({"Widget": [good]})
    new_hash = checker.get_hashes()["Widget"]
    assert new_hash == f"{bumped}-{digest}"  # the message says what to record after the bump
    expected, actual = checker.test_hashes({**recorded, "Widget": new_hash})
    case.assertEqual(expected, actual)


# -- why some messages are warnings: the failure depends on the run


def test_unknown_object_target_fails_only_when_the_version_tree_is_built():
    """ovo-objectfield-unknown-target is W9207: the object itself works."""
    module = run(example("ovo-objectfield-unknown-target", "bad.py"))
    rack = module.Rack(CONTEXT, shelves=[module.Shelf(CONTEXT, slots=3)])
    rack.obj_to_primitive()  # no failure on this execution
    with pytest.raises(exception.UnregisteredSubobject):
        base.obj_tree_get_versions("Rack")
    base.obj_tree_get_versions(run(example("ovo-objectfield-unknown-target", "good.py")).Rack.obj_name())


def test_subscript_of_a_non_field_works_after_a_keyword_constructor():
    """Issue 10, shape 2: obj[key] is getattr, so it is not an E."""

    @base.VersionedObjectRegistry.register
    class Volume(base.VersionedObject, base.VersionedObjectDictCompat):  # pylint: disable=unused-variable
        """No fields: every key is a plain attribute."""

        fields = {}

    props = {"volume_type_name": "fast"}
    assert Volume(CONTEXT, **props)["volume_type_name"] == "fast"
    with pytest.raises(AttributeError):
        Volume(CONTEXT)["volume_type_name"]  # pylint: disable=expression-not-assigned


def test_reset_not_recursive_leaves_the_child_reported():
    """W9218 (a warning, witnessed all the same): the bad example's object is
    still dirty after _from_db_object, the good one is clean."""
    for name, expected in (("bad.py", {"server"}), ("good.py", set())):
        module = run(example("ovo-reset-not-recursive", name))
        row = {"id": 1, "server": module.Server(uuid="9f5e0c6a-1f5e-4b55-9a43-6f1f0e0c2a11").obj_to_primitive()}
        request = module.Request.get(CONTEXT, row)
        assert request.obj_what_changed() == expected, name
        assert set(request.obj_get_changes()) == expected, name



def test_clone_loses_tracking_reports_the_snapshot_field():
    """W9219 (a warning, witnessed all the same): the bad example's clone of a
    reset object reports 'metadata' changed, the good one's reports nothing."""
    for name, expected in (("bad.py", {"metadata"}), ("good.py", set())):
        module = run(example("ovo-clone-loses-tracking", name))
        instance = module.Instance(uuid="9f5e0c6a-1f5e-4b55-9a43-6f1f0e0c2a11", metadata={"role": "db"})
        instance.obj_reset_changes()
        assert instance.obj_what_changed() == set(), name
        assert instance.obj_clone().obj_what_changed() == expected, name

WITNESSED = {
    "ovo-unknown-field", "ovo-field-type-mismatch", "ovo-invalid-field-definition",
    "ovo-bad-version", "ovo-remotable-misuse", "ovo-fingerprint-mismatch",
}


def test_every_error_level_ovo_message_has_a_witness():
    assert error_symbols() == WITNESSED
