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

"""Code that fails on purpose: a test that expects the exception.

An error-level message predicts an exception. Under ``with
self.assertRaises(...)``, ``with pytest.raises(...)`` or ``with
testtools.ExpectedException(...)``, and in the callable handed to
``self.assertRaises(Exc, func, *args)`` (a name, a lambda, or a nested
function passed by name), that exception is the test's point: the message
would be true and useless. Every checker that can emit an E asks
:func:`expects_failure` at its emit site.

Recognised by spelling only (no inference: the test classes come from
unittest, testtools, oslotest or a project's base class, and pytest's
``raises`` from an import): the method names ``assertRaises``,
``assertRaisesRegex``, ``assertRaisesRegexp``, ``failUnlessRaises``, any
``ExpectedException`` and ``pytest.raises`` / a ``raises`` imported from
pytest.
"""

from __future__ import annotations

from astroid import nodes

from pylint_oslo_review.guard import never_crash

#: unittest / testtools method names that expect an exception.
_ASSERT_METHODS = frozenset({"assertRaises", "assertRaisesRegex", "assertRaisesRegexp", "failUnlessRaises"})


def _is_pytest_raises(func: nodes.NodeNG) -> bool:
    if isinstance(func, nodes.Attribute):
        return func.attrname == "raises" and isinstance(func.expr, nodes.Name) and func.expr.name == "pytest"
    if isinstance(func, nodes.Name) and func.name == "raises":
        _, assignments = func.lookup("raises")
        return any(
            isinstance(assignment, nodes.ImportFrom) and assignment.modname == "pytest"
            for assignment in assignments
        )
    return False


def is_expecting_call(node: nodes.NodeNG) -> bool:
    """Whether *node* is a call that expects an exception (either form)."""
    if not isinstance(node, nodes.Call):
        return False
    func = node.func
    if isinstance(func, nodes.Attribute) and func.attrname in _ASSERT_METHODS:
        return True
    name = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", None)
    return name == "ExpectedException" or _is_pytest_raises(func)


def _in_expecting_with(child: nodes.NodeNG, parent: nodes.NodeNG) -> bool:
    return (
        isinstance(parent, nodes.With)
        and child in parent.body
        and any(is_expecting_call(item) for item, _ in parent.items)
    )


def _handed_to_expecting_call(child: nodes.NodeNG, parent: nodes.NodeNG) -> bool:
    """``assertRaises(Exc, <child>, ...)``: child is the callable or one of its arguments."""
    if not is_expecting_call(parent) or child is parent.func:
        return False
    arguments = list(parent.args) + list(parent.keywords or ())
    return child in arguments and (not parent.args or child is not parent.args[0])


def _passed_by_name(function: nodes.FunctionDef) -> bool:
    """A nested ``def`` whose name is handed to an expecting call in the enclosing function."""
    outer = function.parent.scope() if function.parent else None
    if not isinstance(outer, (nodes.FunctionDef, nodes.Lambda)):
        return False
    for call in outer.nodes_of_class(nodes.Call):
        if is_expecting_call(call) and call.scope() is outer:
            for argument in call.args[1:]:
                if isinstance(argument, nodes.Name) and argument.name == function.name:
                    return True
    return False


@never_crash(default=False)
def expects_failure(node: nodes.NodeNG) -> bool:
    """Whether an exception raised by running *node* is one a test expects.

    The walk goes up from *node*. A ``with`` that expects an exception counts
    for the statements of its body, which run right there (a class body
    too). The body of a function or a lambda runs when it is called: it
    counts only when that very function is handed to ``assertRaises(Exc,
    func)``. Decorators and default values run where the ``def`` is, so the
    walk goes on through them.
    """
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, nodes.Module):
        if isinstance(parent, nodes.Lambda) and child is parent.body:
            return _handed_to_expecting_call(parent, parent.parent)
        if isinstance(parent, nodes.FunctionDef) and child in parent.body:
            return _passed_by_name(parent)
        if _in_expecting_with(child, parent) or _handed_to_expecting_call(child, parent):
            return True
        child, parent = parent, parent.parent
    return False
