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

"""oslo.db API that is gone, and retry decorator factories used bare.

The legacy facade (``LegacyEngineFacade``, ``get_legacy_facade()``,
``oslo_db.sqlalchemy.session.EngineFacade``) and
``OsloDBDeprecationWarning`` were removed in oslo.db 18.0.0 (commit
4a29bee); ``enginefacade.using_writer``/``using_reader`` appear only in a
docstring and never existed. Retry decorator factories
(``oslo_db.api.wrap_db_retry``, neutron-lib's ``retry_if_session_inactive``)
take options and return the decorator: without the call, the decorated
function's name is bound to something that does not run its body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes, util
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.enginefacade.scopes import is_manager_instance
from pylint_oslo_review.guard import never_crash

if TYPE_CHECKING:
    from pylint.lint import PyLinter

REMOVED = "oslo-db-removed-api"
NOT_CALLED = "oslo-db-retry-not-called"

_REMOVED = "was removed in oslo.db 18.0.0: there it raises {error}"
_NEVER = "never existed in oslo.db: it raises {error}"
_LEGACY_FIX = "use enginefacade.transaction_context() and its .reader/.writer"

#: module -> {name: (what happened, how to fix)}.
REMOVED_NAMES = {
    "oslo_db.sqlalchemy.enginefacade": {
        "LegacyEngineFacade": (_REMOVED, _LEGACY_FIX),
        "get_legacy_facade": (_REMOVED, _LEGACY_FIX),
        "using_writer": (_NEVER, "use enginefacade.writer.using(context)"),
        "using_reader": (_NEVER, "use enginefacade.reader.using(context)"),
    },
    "oslo_db.sqlalchemy.session": {
        "EngineFacade": (_REMOVED, _LEGACY_FIX),
    },
    "oslo_db.warning": {
        "OsloDBDeprecationWarning": (_REMOVED, "catch DeprecationWarning"),
    },
}

#: Manager methods that are gone (enginefacade.py before 18.0.0 had them).
REMOVED_MANAGER_METHODS = {
    "get_legacy_facade": (
        _REMOVED,
        "use the manager's .writer.get_engine() / .reader.get_engine()",
    ),
}

#: What calling a function decorated by a bare factory does.
_BARE_CONSEQUENCE = {
    "oslo_db.api.wrap_db_retry": (
        "calling it never runs the body"
    ),
    "neutron_lib.db.api.retry_if_session_inactive": (
        "calling it raises TypeError: decorator() takes 1 positional argument"
    ),
}


class OsloDbApiChecker(BaseChecker):
    """Checks for removed oslo.db API and uncalled retry decorator factories."""

    name = "oslo-db-api"
    msgs = {
        "W9111": (
            "'%s' %s; %s",
            REMOVED,
            "The legacy engine facade was deprecated in oslo.db 1.12.0 and "
            "removed in 18.0.0, together with OsloDBDeprecationWarning "
            "(oslo.db commit 4a29bee); enginefacade.using_writer/using_reader "
            "never existed (they appear only in an old docstring example in "
            "oslo_db/sqlalchemy/session.py). Projects that still pin an older "
            "oslo.db keep working until they upgrade. For an engine, the "
            "legacy facade's replacement is get_engine() of a manager's "
            ".writer/.reader.",
        ),
        "E9112": (
            "'@%s' is a decorator factory used uncalled: '%s' becomes what it "
            "returns, and %s; write '@%s()'",
            NOT_CALLED,
            "oslo.db's wrap_db_retry (oslo_db/api.py, class wrap_db_retry: "
            "__init__ takes the options, __call__ the function) and "
            "neutron-lib's retry_if_session_inactive(context_var_name) take "
            "options and return the decorator. Used bare, the function is "
            "passed as the first option: wrap_db_retry's __call__ then "
            "returns a new wrapper when called with one argument and raises "
            "TypeError ('wrap_db_retry.__call__() takes 2 positional "
            "arguments') with more.",
        ),
    }
    options = (
        (
            "oslo-db-retry-factories",
            {
                "type": "csv",
                "metavar": "<qualified names>",
                "default": tuple(_BARE_CONSEQUENCE),
                "help": "Qualified names of retry decorator factories that "
                "must be called ('@factory()') when used as decorators.",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._factories: frozenset[str] = frozenset()

    def open(self) -> None:
        self._factories = frozenset(self.linter.config.oslo_db_retry_factories)

    @only_required_for_messages(REMOVED)
    @never_crash
    def visit_importfrom(self, node: nodes.ImportFrom) -> None:
        removed = REMOVED_NAMES.get(node.modname)
        if not removed:
            return
        for name, _ in node.names:
            if name in removed:
                status, fix = removed[name]
                self.add_message(
                    REMOVED, node=node, args=(f"{node.modname}.{name}", status.format(error="ImportError"), fix),
                    confidence=HIGH,
                )

    @only_required_for_messages(REMOVED)
    @never_crash
    def visit_attribute(self, node: nodes.Attribute) -> None:
        name = node.attrname
        if not any(name in removed for removed in REMOVED_NAMES.values()) and name not in REMOVED_MANAGER_METHODS:
            return
        owner = safe_infer(node.expr)
        if owner is None or isinstance(owner, util.UninferableBase):
            return
        if isinstance(owner, nodes.Module):
            entry = REMOVED_NAMES.get(owner.name, {}).get(name)
        elif is_manager_instance(owner):
            entry = REMOVED_MANAGER_METHODS.get(name)
        else:
            entry = None
        if entry is None:
            return
        status, fix = entry
        self.add_message(
            REMOVED, node=node, args=(node.as_string(), status.format(error="AttributeError"), fix),
            confidence=INFERENCE,
        )

    @only_required_for_messages(NOT_CALLED)
    @never_crash
    def visit_decorators(self, node: nodes.Decorators) -> None:
        function = node.parent
        if not isinstance(function, nodes.FunctionDef):
            return
        for decorator in node.nodes:
            if not isinstance(decorator, (nodes.Name, nodes.Attribute)):
                continue
            value = safe_infer(decorator)
            if not isinstance(value, (nodes.FunctionDef, nodes.ClassDef)):
                continue
            qname = value.qname()
            if qname not in self._factories:
                continue
            consequence = _BARE_CONSEQUENCE.get(qname, "calling it does not run the body")
            spelled = decorator.as_string()
            self.add_message(
                NOT_CALLED, node=decorator, args=(spelled, function.name, consequence, spelled),
                confidence=INFERENCE,
            )
