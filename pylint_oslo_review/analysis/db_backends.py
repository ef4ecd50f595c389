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

"""Calls through an oslo.db backend object: ``IMPL.service_update(...)``.

oslo.db's ``DBAPI`` (``oslo_db.api``; nova's ``TpoolDbapiWrapper`` wraps
one) loads the module named by its ``backend_mapping`` and hands out that
module's attributes (``DBAPI.__getattr__``). Old nova, cinder and others
wrote their database API as a module of forwarders::

    _BACKEND_MAPPING = {'sqlalchemy': 'nova.db.sqlalchemy.api'}
    IMPL = concurrency.TpoolDbapiWrapper(CONF, backend_mapping=_BACKEND_MAPPING)

    def service_update(context, service_id, values):
        return IMPL.service_update(context, service_id, values)

astroid cannot follow ``__getattr__``: without this, every call of the
forwarders ends there. Only the plain shape is read: a module-level name
assigned once, to a call with a ``backend_mapping=`` keyword whose value is
(a module-level name for) a dict literal of exactly one backend, named by a
string. The function is looked up in that module by the called name; a
module that cannot be read, or a name that is not a function there, gives
None (the call stays unresolved).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import astroid
from astroid import nodes

_KEYWORD = "backend_mapping"
_BACKENDS: WeakKeyDictionary[nodes.Module, dict[str, str | None]] = WeakKeyDictionary()


def _module_value(module: nodes.Module, name: str) -> nodes.NodeNG | None:
    """The value of a module-level name assigned exactly once, or None."""
    assignments = module.locals.get(name, [])
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return None
    statement = assignments[0].parent
    if isinstance(statement, nodes.Assign) and len(statement.targets) == 1 and statement.parent is module:
        return statement.value
    return None


def _backend_module_name(module: nodes.Module, name: str) -> str | None:
    value = _module_value(module, name)
    if not isinstance(value, nodes.Call):
        return None
    mapping = next((k.value for k in value.keywords or () if k.arg == _KEYWORD), None)
    if isinstance(mapping, nodes.Name):
        mapping = _module_value(module, mapping.name)
    if not isinstance(mapping, nodes.Dict) or len(mapping.items) != 1:
        return None
    target = mapping.items[0][1]
    if isinstance(target, nodes.Const) and isinstance(target.value, str):
        return target.value
    return None


def backend_module(module: nodes.Module, name: str) -> str | None:
    """The module that the backend object *name* of *module* dispatches to; cached."""
    known = _BACKENDS.setdefault(module, {})
    if name not in known:
        known[name] = _backend_module_name(module, name)
    return known[name]


def backend_function(func: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The function ``IMPL.name`` reaches, for *func* the called expression."""
    if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)):
        return None
    module = func.root()
    if not isinstance(module, nodes.Module) or func.expr.lookup(func.expr.name)[0] is not module:
        return None  # a local or a parameter of that name, not the module's object
    target = backend_module(module, func.expr.name)
    if target is None:
        return None
    try:
        backend = astroid.MANAGER.ast_from_module_name(target)
        found = backend.getattr(func.attrname)
    except (astroid.AstroidError, RecursionError):
        return None
    functions = [f for f in found if isinstance(f, nodes.FunctionDef)]
    if len(found) != 1 or len(functions) != 1 or functions[0].is_method():
        return None
    return functions[0]
