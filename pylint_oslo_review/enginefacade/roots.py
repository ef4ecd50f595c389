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

"""Unscoped roots: functions a framework calls with a context no scope is open on.

A function's callers are mostly out of sight, so "no scope is open here"
is only known where the framework that calls the function says so:

- the context is **new**, built in the function (``get_admin_context()``):
  no caller can have a scope on it (``contexts.fresh_context``);
- an oslo.versionedobjects **remotable** method: called over RPC, or by
  the object's user, not from inside a scope;
- a public method of an **oslo.messaging endpoint** (a class with a
  ``target = oslo_messaging.Target(...)``): the dispatcher calls it with
  the context it has just deserialised (``RPCDispatcher._do_dispatch``);
- an ML2 **mechanism driver's** ``*_postcommit`` method, on its
  argument's ``_plugin_context``/``plugin_context``: neutron-lib's
  ``MechanismDriver`` says each is "called after the transaction
  completes" (neutron_lib/plugins/ml2/api.py), and ML2 calls them after
  its writer scope has closed;
- a public method of a **neutron API controller** (``neutron.wsgi.Controller``,
  ``neutron.api.v2.base.Controller``), on ``request.context``: neutron's
  ``Request.context`` is the context the auth middleware built for this
  request (neutron/wsgi.py, neutron/auth.py).

Only a new context is certain whatever the callers: a remotable method runs
locally when the object has no indirection API, an endpoint or a driver
method may be called directly by other code.
"""

from __future__ import annotations

from dataclasses import dataclass

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.enginefacade import contexts
from pylint_oslo_review.spelling import terminal_name

_REMOTABLE = frozenset({"remotable", "remotable_classmethod"})
_RPC_TARGET = "oslo_messaging.target.Target"
_MECHANISM_DRIVER = "neutron_lib.plugins.ml2.api.MechanismDriver"
_PLUGIN_CONTEXTS = ("_plugin_context", "plugin_context")
_API_CONTROLLERS = frozenset({"neutron.wsgi.Controller", "neutron.api.v2.base.Controller"})


@dataclass(frozen=True)
class Root:
    """Why no scope can be open on a context in a function."""

    #: "a new context, line 12", "an RPC endpoint", ...
    reason: str
    #: Whatever the callers (a new context) or only as the framework calls it.
    certain: bool
    #: The kind of the new context, when it is one.
    kind: contexts.Kind | None = None
    #: The session-outside-scope check knows this root from its own side
    #: too (it reports the root's calls of helpers it can follow).
    checked_at_root: bool = True


def is_remotable(function: nodes.FunctionDef) -> bool:
    decorators = function.decorators.nodes if function.decorators else []
    return any(terminal_name(d) in _REMOTABLE for d in decorators)


def is_rpc_endpoint_method(function: nodes.FunctionDef) -> bool:
    """A public method of a class whose ``target`` class attribute is an oslo.messaging Target."""
    klass = function.parent
    if not isinstance(klass, nodes.ClassDef) or function.name.startswith("_"):
        return False
    if function.type != "method" or len(function.args.args or ()) < 2:
        return False
    for assignment in klass.locals.get("target", []):
        statement = assignment.parent
        if isinstance(statement, nodes.Assign) and isinstance(statement.value, nodes.Call):
            target = safe_infer(statement.value.func)
            if isinstance(target, nodes.ClassDef) and target.qname() == _RPC_TARGET:
                return True
    return False


def _class_names(klass: nodes.NodeNG) -> set[str]:
    """The qualified names of *klass* and its ancestors."""
    if not isinstance(klass, nodes.ClassDef):
        return set()
    try:
        return {klass.qname(), *(a.qname() for a in klass.ancestors())}
    except (astroid.AstroidError, RecursionError):
        return set()


def is_postcommit_method(function: nodes.FunctionDef) -> bool:
    """A ``*_postcommit`` method that a MechanismDriver ancestor declares, in a driver class."""
    if function.name.startswith("_") or not function.name.endswith("_postcommit") or function.type != "method":
        return False
    if len(function.args.args or ()) != 2:
        return False
    return _MECHANISM_DRIVER in _class_names(function.parent)


def is_api_controller_method(function: nodes.FunctionDef) -> bool:
    """A public method of a neutron API controller class."""
    if function.name.startswith("_") or function.type != "method":
        return False
    return bool(_API_CONTROLLERS & _class_names(function.parent))


def root(function: nodes.FunctionDef, key: str) -> Root | None:
    """Why no scope can be open on the context *key* in *function*, or None when one may be."""
    fresh = contexts.fresh_context(function, key)
    if fresh is not None:
        return Root(f"a new context, line {fresh.line}", True, fresh.kind)
    params = [p.name for p in function.args.args or ()]
    base = key.partition(".")[0]
    if base not in function.argnames():
        return None
    if is_remotable(function):
        return Root("remotable: none over RPC", False)
    if len(params) >= 2 and key == params[1] and is_rpc_endpoint_method(function):
        return Root("an RPC endpoint, given a new context", False)
    if len(params) == 2 and key in (f"{params[1]}.{a}" for a in _PLUGIN_CONTEXTS) and is_postcommit_method(function):
        return Root("an ML2 postcommit", False, checked_at_root=False)
    if key in ("request.context", "req.context") and is_api_controller_method(function):
        return Root("an API request", False, checked_at_root=False)
    return None
