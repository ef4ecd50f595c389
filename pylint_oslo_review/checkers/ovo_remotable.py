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


"""ovo-remotable-misuse and ovo-remotable-classmethod-deprecated: remotable methods that fail or warn.

remotable (oslo_versionedobjects/base.py) binds the context from the object
or from a classmethod's first argument; these checks look at how a method
is decorated and how a remotable classmethod is called.
"""

from __future__ import annotations

from astroid import nodes, util
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.spelling import terminal_name

REMOTABLE_MISUSE = "ovo-remotable-misuse"
REMOTABLE_CLASSMETHOD = "ovo-remotable-classmethod-deprecated"


class OvoRemotableChecker(BaseChecker):
    """Checks remotable methods and the calls of remotable classmethods."""

    name = "oslo-ovo-remotable"
    msgs = {
        "E9209": (
            "'%s' %s",
            REMOTABLE_MISUSE,
            "remotable (oslo_versionedobjects/base.py) takes the context from "
            "the object (self._context) or, for a classmethod, from the first "
            "argument or the keyword named exactly 'context'. Written above "
            "@classmethod it wraps the classmethod object as a plain method "
            "(every call fails), a method that cannot bind what remotable passes "
            "on (no parameter after cls or self, no *args, **kwargs or "
            "keyword-only 'context') fails on every call, and a call without a "
            "context argument fails with KeyError: 'context'. Above "
            "@classmethod, a call on the class takes its first argument as "
            "the object (AttributeError: no attribute '_context') and a call "
            "on an object fails with TypeError: 'classmethod' object is not "
            "callable, or OrphanedObjectError without a context. A method "
            "with no positional parameter fails with TypeError when it runs "
            "(OrphanedObjectError first on an object without a context); a "
            "classmethod without a context parameter gets TypeError with a "
            "context and KeyError: 'context' without one.",
        ),
        "W9210": (
            "remotable_classmethod is deprecated since oslo.versionedobjects "
            "3.10.0 and warns when '%s' is defined; write @classmethod above "
            "@remotable",
            REMOTABLE_CLASSMETHOD,
            "oslo_versionedobjects/base.py remotable_classmethod emits "
            "DeprecationWarning at class definition and is due for removal. "
            "@classmethod over @remotable behaves the same.",
        ),
    }

    @only_required_for_messages(REMOTABLE_MISUSE)
    @never_crash
    def visit_call(self, node: nodes.Call) -> None:
        if node.args or any(k.arg in ("context", None) for k in node.keywords or ()):
            return
        if not isinstance(node.func, nodes.Attribute):
            return
        found = safe_infer(node.func)
        function = getattr(found, "_proxied", found)
        if not isinstance(function, nodes.FunctionDef) or not _is_remotable_classmethod(function):
            return
        if expects_failure(node):
            return
        given = ", ".join(f"{k.arg}=" for k in node.keywords) or "no argument"
        self.add_message(
            REMOTABLE_MISUSE, node=node, confidence=INFERENCE,
            args=(function.name, f"is a remotable classmethod called with {given}: this call raises "
                  f"KeyError: 'context'; pass the context first or as context="),
        )

    # -- methods

    @only_required_for_messages(REMOTABLE_MISUSE, REMOTABLE_CLASSMETHOD)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if node.decorators is None:
            return
        decorators = node.decorators.nodes
        spelled = [terminal_name(d) for d in decorators]
        if "remotable_classmethod" in spelled:
            decorator = decorators[spelled.index("remotable_classmethod")]
            if _is_deprecated_remotable_classmethod(decorator):
                self.add_message(REMOTABLE_CLASSMETHOD, node=decorator, args=(node.name,), confidence=INFERENCE)
        if "remotable" not in spelled or not _is_ovo_remotable(decorators[spelled.index("remotable")]):
            return
        position = spelled.index("remotable")
        if "classmethod" in spelled[:position]:
            if not _can_receive_context(node):
                self.add_message(
                    REMOTABLE_MISUSE, node=node, confidence=HIGH,
                    args=(node.name, "is a remotable classmethod without a context parameter: every "
                          "call fails (TypeError with a context, KeyError: 'context' without); "
                          "add 'context' after 'cls'"),
                )
        elif "classmethod" in spelled[position + 1:]:
            self.add_message(
                REMOTABLE_MISUSE, node=node, confidence=HIGH,
                args=(node.name, "has @remotable above @classmethod: remotable wraps the classmethod "
                      "object as a plain method, so every call fails; put @classmethod above @remotable"),
            )
        elif not _takes_positional(node):
            self.add_message(
                REMOTABLE_MISUSE, node=node, confidence=HIGH,
                args=(node.name, "is @remotable but takes no positional parameter: remotable "
                      "passes the object first, so every call fails with TypeError; add 'self'"),
            )


def _is_remotable_classmethod(function: nodes.FunctionDef) -> bool:
    """OVO's remotable classmethod: the wrapper that pops 'context' before the call."""
    if function.decorators is None:
        return False
    decorators = function.decorators.nodes
    spelled = [terminal_name(d) for d in decorators]
    if "remotable_classmethod" in spelled:
        return _is_ovo_remotable(decorators[spelled.index("remotable_classmethod")])
    if "remotable" not in spelled or not _is_ovo_remotable(decorators[spelled.index("remotable")]):
        return False
    return "classmethod" in spelled[: spelled.index("remotable")]


def _can_receive_context(node: nodes.FunctionDef) -> bool:
    """Whether ``fn(cls, context)`` or ``fn(cls, context=...)`` can bind.

    remotable calls the method with the arguments it was given, the context
    included (base.py ``_wrapper_classmethod``: ``fn(cls, *args, **kwargs)``).
    A second positional parameter, ``*args``, ``**kwargs`` or a keyword-only
    ``context`` each receive it.
    """
    arguments = node.args
    if len(arguments.posonlyargs or ()) + len(arguments.args or ()) >= 2:
        return True
    if arguments.vararg or arguments.kwarg:
        return True
    return any(a.name == "context" for a in arguments.kwonlyargs or ())


def _takes_positional(node: nodes.FunctionDef) -> bool:
    return bool(node.args.posonlyargs or node.args.args or node.args.vararg)


def _is_ovo_remotable(decorator: nodes.NodeNG) -> bool:
    found = safe_infer(decorator)
    if found is None or isinstance(found, util.UninferableBase):
        return True  # spelled remotable: nova re-exports it
    return isinstance(found, nodes.FunctionDef) and found.root().name == names.OVO_BASE


def _is_deprecated_remotable_classmethod(decorator: nodes.NodeNG) -> bool:
    """OVO's remotable_classmethod, in a version that warns when applied."""
    found = safe_infer(decorator)
    if not isinstance(found, nodes.FunctionDef) or found.root().name != names.OVO_BASE:
        return False
    return any(
        terminal_name(call.func) == "warn"
        and any(isinstance(a, (nodes.Name, nodes.Attribute)) and terminal_name(a) == "DeprecationWarning"
                for a in [*call.args, *(k.value for k in call.keywords or ())])
        for call in found.nodes_of_class(nodes.Call)
    )
