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

"""``fixture.get_method_spec`` emulated: the spec a remotable method hashes as.

fixture.py (OVO 3.12) calls ``inspect.getfullargspec`` on the
implementation and, unless it has keyword-only arguments, keyword-only
defaults or annotations, re-packs it as the namedtuple
``ArgSpec(args, varargs, keywords, defaults)``; otherwise it keeps the
``FullArgSpec``. The hash sees the namedtuple's ``repr``: argument names,
and the default *values* through their ``repr``.

``getfullargspec`` does not follow ``__wrapped__`` and keeps the bound
argument of a bound method, so the spec of a classmethod's function starts
with ``cls``. Positional-only parameters belong to ``args``. Annotations
are the runtime objects: strings under ``from __future__ import
annotations``, else the evaluated expression (a class prints as
``<class 'module.Name'>``); anything else cannot be verified.
"""

from __future__ import annotations

import ast
import inspect
from collections import namedtuple
from typing import Any

from astroid import nodes

from pylint_oslo_review.ovo.model import methods
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.evaluation.values import CannotVerify

#: fixture.py's namedtuple: same type name and field names, hence same repr.
ArgSpec = namedtuple("ArgSpec", ("args", "varargs", "keywords", "defaults"))


def _annotation_text(node: nodes.NodeNG) -> str:
    """The string CPython stores for an annotation under PEP 563."""
    return ast.unparse(ast.parse(node.as_string(), mode="eval"))


def _annotations(evaluator: Evaluator, function: nodes.FunctionDef) -> dict[str, Any]:
    arguments = function.args
    postponed = "annotations" in getattr(function.root(), "future_imports", ())
    pairs: list[tuple[str, nodes.NodeNG | None]] = [("return", function.returns)]
    pairs += zip([p.name for p in arguments.posonlyargs], arguments.posonlyargs_annotations)
    pairs += zip([p.name for p in arguments.args], arguments.annotations)
    if arguments.vararg:
        pairs.append((arguments.vararg, arguments.varargannotation))
    pairs += zip([p.name for p in arguments.kwonlyargs], arguments.kwonlyargs_annotations)
    if arguments.kwarg:
        pairs.append((arguments.kwarg, arguments.kwargannotation))
    annotations = {}
    for name, annotation in pairs:
        if annotation is None:
            continue
        annotations[name] = _annotation_text(annotation) if postponed else evaluator.evaluate(annotation)
    return annotations


def function_spec(evaluator: Evaluator, function: nodes.FunctionDef) -> tuple:
    """``get_method_spec`` of the function a ``def`` creates."""
    arguments = function.args
    if arguments.args is None:
        raise CannotVerify(f"the signature of {function.qname()} is unknown")
    positional = [p.name for p in [*(arguments.posonlyargs or []), *arguments.args]]
    defaults = tuple(evaluator.evaluate(d) for d in arguments.defaults) or None
    kwonly = [p.name for p in arguments.kwonlyargs]
    kwonly_defaults = {
        p.name: evaluator.evaluate(d) for p, d in zip(arguments.kwonlyargs, arguments.kw_defaults) if d is not None
    } or None
    annotations = _annotations(evaluator, function)
    if kwonly or kwonly_defaults or annotations:
        return inspect.FullArgSpec(
            positional, arguments.vararg, arguments.kwarg, defaults, kwonly, kwonly_defaults, annotations
        )
    return ArgSpec(positional, arguments.vararg, arguments.kwarg, defaults)


def method_spec(evaluator: Evaluator, implementation: methods.Thing) -> tuple:
    """The spec of what the unwrap rule found; CannotVerify when unknowable."""
    thing = implementation.inner if isinstance(implementation, methods.BoundMethod) else implementation
    if isinstance(thing, methods.Plain):
        return function_spec(evaluator, thing.node)
    if isinstance(thing, methods.Wrapper) and thing.signature is not None:
        signature = thing.signature
        return ArgSpec(list(signature.args), signature.varargs, signature.keywords, None)
    label = getattr(thing, "label", type(thing).__name__)
    raise CannotVerify(f"the signature of a remotable implementation built by {label} is unknown")
