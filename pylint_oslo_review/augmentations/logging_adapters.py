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

"""Let pylint's logging checks judge calls on logger adapters (oslo.log's).

pylint's logging checker judges ``LOG.info(fmt, *args)`` only when the
method belongs to ``logging.Logger`` or a subclass. oslo.log's loggers are
``logging.LoggerAdapter`` subclasses (``KeywordArgumentAdapter``, log.py),
whose methods pass ``msg`` and ``args`` unchanged to the wrapped logger
(``LoggerAdapter.log`` -> ``Logger.log``), so the same format rules hold:
``LOG.info("%s and %s", x)`` fails when the record is formatted, and
``LOG.warning("value %d" % x)`` formats eagerly. This adds the adapter
methods to what the checker judges, by calling its own per-call check;
``trace`` (oslo.log's extra level) is judged like ``debug``. Calls the
checker already judges are not judged twice: a ``Logger`` method never
belongs to a ``LoggerAdapter``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from astroid import bases, nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.guard import never_crash

if TYPE_CHECKING:
    from pylint.lint import PyLinter

_ADAPTER = "logging.LoggerAdapter"
#: Adapter method -> the logging method whose signature it has.
_METHODS = {
    name: name for name in ("critical", "debug", "error", "exception", "fatal", "info", "warn", "warning", "log")
} | {"trace": "debug"}
_TRACE = "oslo_log.log.BaseLoggerAdapter.trace"
_WRAPPED_METHOD = "visit_call"
_CHECK = "_check_log_method"
_MARKER = "pylint_oslo_review_wrapped"


@never_crash(default=None)
def adapter_method(call: nodes.Call) -> str | None:
    """The logging method *call* amounts to, when it calls a LoggerAdapter method.

    Only methods defined by ``logging.LoggerAdapter`` itself (and oslo.log's
    ``trace``) count: a project adapter that overrides ``info`` may give it
    any signature.
    """
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in _METHODS:
        return None
    method = safe_infer(func)
    if not isinstance(method, bases.BoundMethod):
        return None
    owner = method._proxied.parent  # pylint: disable=protected-access
    if not isinstance(owner, nodes.ClassDef):
        return None
    defined = f"{owner.qname()}.{method.name}"
    if owner.qname() == _ADAPTER and method.name in _METHODS:
        return _METHODS[method.name]
    return _METHODS["trace"] if defined == _TRACE else None


def _verbatim(call: nodes.Call, name: str) -> bool:
    """A literal message with no arguments: logging prints it as it is.

    ``LogRecord.getMessage`` formats only when there are arguments, so
    ``LOG.info("50% done")`` is fine at runtime, although pylint's checker
    reports it for ``logging.Logger``; for adapters it stays unjudged.
    """
    position = 1 if name == "log" else 0
    return (
        len(call.args) == position + 1
        and isinstance(call.args[position], nodes.Const)
        and not call.starargs
    )


def install(linter: PyLinter) -> None:
    """Wrap the logging checker's call visitor, once per checker."""
    for checker in linter.get_checkers():
        original = getattr(checker, _WRAPPED_METHOD, None)
        check = getattr(checker, _CHECK, None)
        if checker.name != "logging" or original is None or check is None:
            continue
        if getattr(original, _MARKER, False):
            continue

        @functools.wraps(original)
        def visit_call(node, _original=original, _check=check):
            _original(node)
            name = adapter_method(node)
            if name is not None and not _verbatim(node, name):
                _check(node, name)

        setattr(visit_call, _MARKER, True)
        setattr(checker, _WRAPPED_METHOD, visit_call)
