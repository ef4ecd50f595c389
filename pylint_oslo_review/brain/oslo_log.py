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

"""Astroid hooks for oslo.log's loggers.

``oslo_log.log.getLogger(name)`` returns ``_loggers[name]``, a
``KeywordArgumentAdapter`` stored in a module dict (log.py ``getLogger``),
which astroid cannot follow: every ``LOG`` of an OpenStack module infers
to nothing, and pylint's logging checks never see a call. This hook
answers the call with an instance of the adapter class itself, so its real
members (``info``, ``warning``, ``trace``, ``logger``...) are what pylint
knows; ``augmentations/logging_adapters.py`` lets pylint's logging checker
judge calls on it.
"""

from __future__ import annotations

from collections.abc import Iterator

import astroid
from astroid import bases, nodes
from astroid.inference_tip import inference_tip

from pylint_oslo_review.spelling import terminal_name

_GET_LOGGER = "oslo_log.log.getLogger"
_ADAPTER = "KeywordArgumentAdapter"


def _looks_like_get_logger(call: nodes.Call) -> bool:
    return terminal_name(call.func) == "getLogger"


def _adapter_class() -> nodes.ClassDef | None:
    try:
        module = astroid.MANAGER.ast_from_module_name("oslo_log.log")
    except astroid.AstroidError:
        return None
    found = [node for node in module.locals.get(_ADAPTER, ()) if isinstance(node, nodes.ClassDef)]
    return found[0] if len(found) == 1 else None


def infer_get_logger(call: nodes.Call, context: astroid.InferenceContext | None = None) -> Iterator[bases.Instance]:
    """An oslo.log adapter for ``oslo_log.log.getLogger(...)``; other calls as usual."""
    try:
        functions = list(call.func.infer(context=context))
    except astroid.InferenceError as error:
        raise astroid.UseInferenceDefault from error
    if len(functions) != 1 or not isinstance(functions[0], nodes.FunctionDef):
        raise astroid.UseInferenceDefault
    if functions[0].qname() != _GET_LOGGER:
        raise astroid.UseInferenceDefault
    adapter = _adapter_class()
    if adapter is None:
        raise astroid.UseInferenceDefault
    return iter((bases.Instance(adapter),))


TRANSFORMS = ((nodes.Call, inference_tip(infer_get_logger), _looks_like_get_logger),)
