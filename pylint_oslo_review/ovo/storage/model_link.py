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

"""The SQLAlchemy model an OVO class is stored in, where the code proves it.

Two links are trusted:

- ``db_model = models.Port`` in the class or a base (neutron's
  ``NeutronDbObject`` builds, reads and updates rows of ``db_model``);
- the class's own ``create()`` reaches a database API function whose body
  builds ``models.X()`` (nova: ``db.migration_create(ctx, updates)`` is
  ``migration = models.Migration(); migration.update(values)``), through
  at most three calls of module-level functions or of methods of the
  class's own body (nova's API-database objects: ``create()`` ->
  ``self._create()`` -> ``self._create_in_db()`` -> ``_create_in_db()``);
  a database function is followed only when the call hands it the
  object's changes (``obj_get_changes()``, a name bound to it, or a
  parameter passing them on). A
  function that only passes the call on, ``return IMPL.name(...)``, is
  followed into the backend module when ``IMPL`` is oslo.db's ``DBAPI``
  (or nova's ``TpoolDbapiWrapper``) over a literal backend mapping with a
  single entry: oslo.db imports that module and forwards every attribute
  to it (``oslo_db/api.py``).

Every function reached must agree on one model class; several
(``instance_create`` builds an ``Instance`` and its info cache) or none
give no link. A model class is a class with its own ``__tablename__``.
"""

from __future__ import annotations

from dataclasses import dataclass

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.ovo.model import ancestry
from pylint_oslo_review.spelling import terminal_name

#: Calls followed from create(): its own methods, then database API functions.
_DEPTH = 3
#: oslo.db's forwarding wrappers: attribute access reaches the backend module.
_DBAPI_FACTORIES = frozenset({
    "oslo_db.api.DBAPI",
    "oslo_db.api.DBAPI.from_config",
    "oslo_db.concurrency.TpoolDbapiWrapper",
})


@dataclass(frozen=True)
class ModelLink:
    """An OVO class's model and the evidence, for the message."""

    model: nodes.ClassDef
    #: How the link was found, e.g. "db_model" or "create() -> nova.db.api.migration_create".
    evidence: str


def is_model(classdef: nodes.NodeNG | None) -> bool:
    """A mapped class: a class that names its table."""
    return isinstance(classdef, nodes.ClassDef) and "__tablename__" in classdef.locals


def stored_model(classdef: nodes.ClassDef) -> ModelLink | None:
    """The model *classdef* is stored in, or None when not proven."""
    try:
        return _declared(classdef) or _built_by_create(classdef)
    except (astroid.AstroidError, RecursionError):
        return None


def _declared(classdef: nodes.ClassDef) -> ModelLink | None:
    order = ancestry.complete_mro(classdef)
    if order is None:
        return None
    for klass in order:
        if "db_model" in klass.locals:
            assigned = klass.locals["db_model"]
            if len(assigned) != 1 or not isinstance(assigned[0], nodes.AssignName):
                return None
            value = getattr(assigned[0].parent, "value", None)
            model = safe_infer(value) if value is not None else None
            return ModelLink(model, "db_model") if is_model(model) else None
    return None


def _built_by_create(classdef: nodes.ClassDef) -> ModelLink | None:
    create = classdef.locals.get("create")
    if not create or len(create) != 1 or not isinstance(create[0], nodes.FunctionDef):
        return None
    found: dict[str, tuple[nodes.ClassDef, str]] = {}
    _collect(classdef, create[0], _DEPTH, set(), found)
    if len(found) != 1:
        return None
    model, evidence = next(iter(found.values()))
    return ModelLink(model, evidence)


def _collect(classdef, function, depth, seen, found) -> None:
    """Models built by *function* or the functions it reaches (see module doc)."""
    if function in seen:
        return
    seen.add(function)
    target = _backend_function(function) or function
    for model in _models_built(target):
        found.setdefault(model.qname(), (model, f"create() reaches {target.qname()}, which builds {model.name}()"))
    if depth == 0:
        return
    for call in target.nodes_of_class(nodes.Call, skip_klass=(nodes.ClassDef, nodes.Lambda)):
        callee = _reached(classdef, call)
        if callee is None:
            continue
        if callee.parent is classdef or _passes_changes(call, target):
            _collect(classdef, callee, depth - 1, seen, found)


def _passes_changes(call: nodes.Call, caller: nodes.FunctionDef) -> bool:
    """*call* hands on the object's changes: ``obj_get_changes()``, a name bound
    to it in *caller*, or a parameter of *caller* (changes passed through).

    nova's ``InstanceNUMATopology.create()`` writes ``{'numa_topology':
    self._to_json()}`` to ``instance_extra``: the object is a value in that
    model's column, and its fields are no columns of it.
    """
    parameters = {name.name for name in caller.args.arguments or ()} if caller.name != "create" else set()
    for argument in [*call.args, *(k.value for k in call.keywords or ())]:
        if _is_changes(argument):
            return True
        if isinstance(argument, nodes.Name):
            if argument.name in parameters:
                return True
            bound = argument.lookup(argument.name)[1]
            if bound and all(
                isinstance(b, nodes.AssignName) and _is_changes(getattr(b.parent, "value", None)) for b in bound
            ):
                return True
    return False


def _is_changes(node: nodes.NodeNG | None) -> bool:
    return isinstance(node, nodes.Call) and terminal_name(node.func) == "obj_get_changes"


def _reached(classdef: nodes.ClassDef, call: nodes.Call) -> nodes.FunctionDef | None:
    """A module-level function *call* reaches, or a method of *classdef*'s own body."""
    function = safe_infer(call.func)
    while isinstance(function, (astroid.BoundMethod, astroid.UnboundMethod)):
        function = function._proxied  # pylint: disable=protected-access
    if not isinstance(function, nodes.FunctionDef):
        return None
    if isinstance(function.parent, nodes.Module) or function.parent is classdef:
        return function
    return None


def _backend_function(function: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """``return IMPL.name(...)``: the backend module's ``name``."""
    if len(function.body) < 1 or not isinstance(function.body[-1], nodes.Return):
        return None
    call = function.body[-1].value
    if not (isinstance(call, nodes.Call) and isinstance(call.func, nodes.Attribute)
            and isinstance(call.func.expr, nodes.Name)):
        return None
    backend = _backend_module(function.root(), call.func.expr.name)
    if backend is None:
        return None
    target = backend.locals.get(call.func.attrname)
    if target and len(target) == 1 and isinstance(target[0], nodes.FunctionDef):
        return target[0]
    return None


def _backend_module(module: nodes.Module, name: str) -> nodes.Module | None:
    assigned = module.locals.get(name)
    if not assigned or len(assigned) != 1 or not isinstance(assigned[0], nodes.AssignName):
        return None
    value = getattr(assigned[0].parent, "value", None)
    if not isinstance(value, nodes.Call) or _qname(value.func) not in _DBAPI_FACTORIES:
        return None
    mapping = next((k.value for k in value.keywords or () if k.arg == "backend_mapping"), None)
    mapping = safe_infer(mapping) if mapping is not None else None
    if not isinstance(mapping, nodes.Dict) or len(mapping.items) != 1:
        return None
    target = mapping.items[0][1]
    if not (isinstance(target, nodes.Const) and isinstance(target.value, str)):
        return None
    try:
        return astroid.MANAGER.ast_from_module_name(target.value)
    except astroid.AstroidError:
        return None


def _qname(node: nodes.NodeNG) -> str | None:
    """The qualified name of a called class or function: inferred, or as
    imported (nova's ``oslo_db.concurrency`` left oslo.db long ago)."""
    spelt = _imported_name(node)
    if spelt is not None:
        return spelt
    inferred = safe_infer(node)
    if isinstance(inferred, (nodes.ClassDef, nodes.FunctionDef)):
        return inferred.qname()
    if isinstance(inferred, astroid.BoundMethod):
        return inferred._proxied.qname()  # pylint: disable=protected-access
    return None


def _imported_name(node: nodes.NodeNG) -> str | None:
    """``concurrency.TpoolDbapiWrapper`` after ``from oslo_db import concurrency``."""
    attributes = []
    while isinstance(node, nodes.Attribute):
        attributes.insert(0, node.attrname)
        node = node.expr
    if not isinstance(node, nodes.Name):
        return None
    bound = node.lookup(node.name)[1]
    if len(bound) != 1:
        return None
    statement = bound[0]
    if isinstance(statement, nodes.ImportFrom) and statement.level in (0, None):
        original = None
        for name, alias in statement.names:
            if (alias or name) == node.name:
                original = name
        return ".".join([statement.modname, original, *attributes]) if original else None
    if isinstance(statement, nodes.Import):
        for name, alias in statement.names:
            if alias == node.name:
                return ".".join([name, *attributes])
            if alias is None and name == node.name:
                return ".".join([name, *attributes])
    return None


def _models_built(function: nodes.FunctionDef) -> list[nodes.ClassDef]:
    """Model classes *function* instantiates (``models.X()``)."""
    built = []
    for call in function.nodes_of_class(nodes.Call, skip_klass=(nodes.ClassDef, nodes.Lambda)):
        klass = safe_infer(call.func)
        if is_model(klass):
            built.append(klass)
    return built
