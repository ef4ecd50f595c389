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
"""Remotable methods and their specs, found statically as the fixture finds them.

For each class below, oslo.versionedobjects' own fixture
(ObjectVersionChecker._find_remotable_method and get_method_spec)
runs on the class built by Python from this test's source, and the plugin
runs on astroid's tree of the same source: they must list the same methods
with the same spec reprs.
"""

import inspect

import pytest
from oslo_versionedobjects import fixture

from pylint_oslo_review.fingerprint import argspec
from pylint_oslo_review.ovo.model import hooks as project_hooks
from pylint_oslo_review.ovo.model.runtime_fields import FieldMerger
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.evaluation.values import CannotVerify
from pylint_oslo_review.ovo.model.remotable import MethodFinder

SOURCE = '''
import datetime
import functools

from oslo_versionedobjects import base

LIMIT = 50


def serialize(fn):
    """Like nova's serialize_args: modelled through a project hook."""
    def wrapper(obj, *args, **kwargs):
        return fn(obj, *args, **kwargs)

    wrapper.remotable = getattr(fn, 'remotable', False)
    wrapper.original_fn = fn
    return functools.wraps(fn)(wrapper) if hasattr(fn, '__call__') else classmethod(wrapper)


def logged(fn):
    """A decorator the plugin knows nothing about."""
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)

    return inner


class Parent(base.VersionedObject):
    @base.remotable
    def refresh(self):
        pass

    @base.remotable
    def shadowed(self, old):
        pass


class Thing(Parent):
    @base.remotable
    def save(self):
        pass

    @base.remotable
    def update(self, values, limit=LIMIT, names=('a', 'b'), mapping={'k': [1]}, *args, **kwargs):
        pass

    @base.remotable
    def patch(self, values, *, force=False):
        pass

    @classmethod
    @base.remotable
    def get(cls, context, key=None, /):
        pass

    @base.remotable_classmethod
    def get_all(cls, context, limit=10, marker=None):
        pass

    @serialize
    @classmethod
    @base.remotable
    def record(cls, context, when, exc_val=None):
        pass

    @serialize
    def not_remotable_but_listed(self, value):
        pass

    @classmethod
    def local_classmethod(cls, context):
        pass

    @staticmethod
    def local_static(value):
        return value

    @logged
    def local_logged(self):
        pass

    @property
    def prop(self):
        return 1

    @base.remotable
    def shadowed(self, new, newer=None):
        pass

    get_alias = get
    LIMIT = LIMIT


class UnknownAboveRemotable(base.VersionedObject):
    @logged
    @base.remotable
    def save(self):
        pass


class UnknownBelowRemotable(base.VersionedObject):
    @base.remotable
    @logged
    def save(self):
        pass


def now():
    return datetime.datetime.now()


class ComputedDefault(base.VersionedObject):
    @base.remotable
    def save(self, when=now()):
        pass


def plain(self, a, b=2):
    pass


def annotated(self, a: int, b: 'Later' = None) -> str:
    pass


def positional(a, /, b, *args, c, d=4, **kwargs):
    pass
'''

FUTURE = '''
from __future__ import annotations


def annotated(self, a: dict[str, int] | None = None, *rest: int) -> list[str]:
    pass
'''


@pytest.fixture(scope="module", name="runtime")
def fixture_runtime():
    namespace = {}
    exec(compile(SOURCE, "<things>", "exec"), namespace)  # pylint: disable=exec-used
    return namespace


@pytest.fixture(name="static")
def fixture_static(package):
    load = package({"things": SOURCE, "future": FUTURE})
    module = load("things")
    hooks = project_hooks.DEFAULT_HOOKS.extended(
        decorators={f"{load.name}.things.serialize": project_hooks.nova_serialize_args}
    )
    evaluator = Evaluator()
    finder = MethodFinder(evaluator, hooks, FieldMerger(evaluator, hooks))
    return evaluator, finder, module, load("future")


def _runtime_methods(cls):
    checker = fixture.ObjectVersionChecker({})
    found = []
    for name in dir(cls):
        thing = getattr(cls, name)
        if inspect.ismethod(thing) or inspect.isfunction(thing) or isinstance(thing, classmethod):
            method = checker._find_remotable_method(cls, thing)  # pylint: disable=protected-access
            if method:
                found.append((name, repr(fixture.get_method_spec(method))))
    return sorted(found)


def _static_methods(static, name):
    evaluator, finder, module, _ = static
    return [
        (method, repr(argspec.method_spec(evaluator, implementation)))
        for method, implementation in finder.remotable_methods(module[name])
    ]


def test_remotable_methods_and_specs_are_the_fixtures(runtime, static):
    expected = _runtime_methods(runtime["Thing"])
    assert _static_methods(static, "Thing") == expected
    names = [name for name, _ in expected]
    assert names == [
        "get", "get_alias", "get_all", "not_remotable_but_listed", "patch", "record",
        "refresh", "save", "shadowed", "update",
    ]


def test_a_subclass_method_hides_the_parents(static):
    specs = dict(_static_methods(static, "Thing"))
    assert specs["shadowed"] == "ArgSpec(args=['self', 'new', 'newer'], varargs=None, keywords=None, defaults=(None,))"


def test_without_the_project_hook_the_project_decorator_cannot_be_verified(package):
    module = package({"things": SOURCE})("things")
    evaluator = Evaluator()
    hooks = project_hooks.ProjectHooks()
    finder = MethodFinder(evaluator, hooks, FieldMerger(evaluator, hooks))
    with pytest.raises(CannotVerify, match=r"decorator fpkg_\w+\.things\.serialize is applied to a remotable method"):
        finder.remotable_methods(module["Thing"])


def test_an_unknown_decorator_above_remotable_cannot_be_verified(static):
    with pytest.raises(CannotVerify, match=r"decorator fpkg_\w+\.things\.logged is applied to a remotable method"):
        _static_methods(static, "UnknownAboveRemotable")


def test_an_unknown_decorator_below_remotable_cannot_be_verified(static):
    with pytest.raises(CannotVerify, match="the signature of a remotable implementation built by"):
        _static_methods(static, "UnknownBelowRemotable")


def test_a_computed_default_cannot_be_verified(static):
    with pytest.raises(CannotVerify, match=r"call to fpkg_\w+\.things\.now at fpkg_\w+\.things:\d+"):
        _static_methods(static, "ComputedDefault")


@pytest.mark.parametrize("name", ["plain", "annotated", "positional"])
def test_function_specs_are_get_method_spec(runtime, static, name):
    evaluator, _, module, _ = static
    spec = argspec.function_spec(evaluator, module[name])
    assert repr(spec) == repr(fixture.get_method_spec(runtime[name]))


def test_postponed_annotations_are_strings(static):
    evaluator, _, _, future = static
    namespace = {}
    exec(compile(FUTURE, "<future>", "exec"), namespace)  # pylint: disable=exec-used
    spec = argspec.function_spec(evaluator, future["annotated"])
    assert repr(spec) == repr(fixture.get_method_spec(namespace["annotated"]))
    assert "'a': 'dict[str, int] | None'" in repr(spec)
