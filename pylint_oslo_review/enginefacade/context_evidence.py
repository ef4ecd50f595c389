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

"""Which name a scoped body treats as its request context: the evidence.

oslo.db opens the transaction on one positional parameter (enginefacade.py
L1143-1161). Two real mistakes make that parameter something else while
the body still works on a context:

- the context parameter was removed but the body still says ``context``,
  which then names a module (``from nova import context``), an imported
  class or function, or nothing at all; the scope is opened on what used to
  be the second parameter (nova's ``compute_id``, ``host_id``);
- the context is a later parameter (neutron's ``get_object(obj_cls,
  context, **kwargs)``, fixed in neutron 4e27e27ae2): the scope is opened on
  the class.

Each use of a name is classified as a use *as a request context* (its
``session``, an argument bound to a callee parameter or a keyword named like
a context), a use *as something else* (an attribute that no context has,
an argument bound to a callee parameter named otherwise, a comparison, a
subscript, ...) or *unknown* (a context attribute such as ``is_admin``,
returned, stored, handed to a callee that inference cannot see). Verdicts need every use of
the scoped parameter known and none as a context: unknown means silence.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.enginefacade.context_use import SCOPED_ATTRIBUTES, looks_like_context_name

#: Attributes and methods of oslo.context / neutron-lib / nova request
#: contexts: reading one may be a use as a context, so it keeps the checker
#: silent about the scoped parameter (and is no evidence for another name).
CONTEXT_ATTRIBUTES = frozenset(
    {
        "elevated",
        "is_admin",
        "is_advsvc",
        "is_service_role",
        "project_id",
        "tenant_id",
        "tenant",
        "user_id",
        "user",
        "roles",
        "read_deleted",
        "auth_token",
        "request_id",
        "global_request_id",
        "to_dict",
        "to_policy_values",
        "can",
        "db_connection",
        "mq_connection",
        "cell_uuid",
        "system_scope",
        "session_class",
    }
)


class Role(enum.Enum):
    """What one use of a name does with its value."""

    CONTEXT = "context"
    OTHER = "other"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Use:
    """One use of a name and its role; *how* says it in words for messages."""

    node: nodes.Name
    role: Role
    how: str


def _names(function: nodes.FunctionDef, name: str) -> Iterator[nodes.Name]:
    for statement in function.body:
        for node in statement.nodes_of_class(nodes.Name):
            if node.name == name:
                yield node


def _is_context_name(name: str | None, spellings: frozenset[str]) -> bool:
    return name is not None and (name in spellings or looks_like_context_name(name))


def _argument_role(name: nodes.Name, call: nodes.Call, spellings: frozenset[str]) -> Use:
    """A name passed to *call*: the role the callee's parameter gives it."""
    shown = f"'{call.func.as_string()}(...)' (line {call.lineno})"
    index = call.args.index(name)
    if any(isinstance(arg, nodes.Starred) for arg in call.args[:index]):
        return Use(name, Role.UNKNOWN, "")
    found = calls.callee(call)
    if found is None:
        return Use(name, Role.UNKNOWN, "")
    function, implicit = found
    params = calls.positional_parameters(function)[implicit:]
    if index >= len(params):
        return Use(name, Role.UNKNOWN, "")
    param = params[index].name
    if _is_context_name(param, spellings):
        return Use(name, Role.CONTEXT, f"passes it to {shown} as '{param}'")
    return Use(name, Role.OTHER, "")


def _attribute_role(name: nodes.Name, parent: nodes.Attribute, spellings: frozenset[str]) -> Use:
    if parent.attrname in SCOPED_ATTRIBUTES:
        return Use(name, Role.CONTEXT, f"reads '{parent.as_string()}' (line {parent.lineno})")
    if parent.attrname in CONTEXT_ATTRIBUTES or _is_context_name(parent.attrname, spellings):
        # A context's own attribute (ctx.is_admin) or a context held by
        # the value (rg_ctx.context), or a module's function
        # (context.get_admin_context()): no verdict either way.
        return Use(name, Role.UNKNOWN, "")
    return Use(name, Role.OTHER, "")


def _call_role(name: nodes.Name, parent: nodes.Call, spellings: frozenset[str]) -> Use:
    if parent.func is name:
        return Use(name, Role.OTHER, "")
    if name in parent.args:
        return _argument_role(name, parent, spellings)
    return Use(name, Role.UNKNOWN, "")


def _keyword_role(name: nodes.Name, parent: nodes.Keyword, spellings: frozenset[str]) -> Use:
    if _is_context_name(parent.arg, spellings):
        call = parent.parent
        line = call.lineno if isinstance(call, nodes.Call) else parent.lineno
        return Use(name, Role.CONTEXT, f"passes it as '{parent.arg}=' (line {line})")
    return Use(name, Role.OTHER, "")


def _is_neutral_position(name: nodes.Name, parent: nodes.NodeNG) -> bool:
    """Subscripted, iterated, tested, compared, formatted: never handed on."""
    if isinstance(parent, nodes.Subscript):
        return parent.value is name
    if isinstance(parent, (nodes.For, nodes.Comprehension)):
        return parent.iter is name
    if isinstance(parent, (nodes.If, nodes.While, nodes.IfExp, nodes.Assert)):
        return parent.test is name
    return isinstance(parent, (nodes.Compare, nodes.UnaryOp, nodes.FormattedValue, nodes.BinOp))


def classify(name: nodes.Name, spellings: frozenset[str]) -> Use:
    """The role of one use of *name* (a Name node in Load context)."""
    parent = name.parent
    if isinstance(parent, nodes.Attribute) and parent.expr is name:
        return _attribute_role(name, parent, spellings)
    if isinstance(parent, nodes.Call):
        return _call_role(name, parent, spellings)
    if isinstance(parent, nodes.Keyword):
        return _keyword_role(name, parent, spellings)
    if isinstance(parent, nodes.Dict):
        return _dict_value_role(name, parent, spellings)
    if _is_neutral_position(name, parent):
        return Use(name, Role.OTHER, "")
    return Use(name, Role.UNKNOWN, "")


def _dict_value_role(name: nodes.Name, mapping: nodes.Dict, spellings: frozenset[str]) -> Use:
    """``{'compute_id': compute_id}``: a value under a key not named like a context."""
    for key, value in mapping.items:
        if value is name:
            if isinstance(key, nodes.Const) and isinstance(key.value, str):
                if not _is_context_name(key.value, spellings):
                    return Use(name, Role.OTHER, "")
            return Use(name, Role.UNKNOWN, "")
    return Use(name, Role.UNKNOWN, "")


def _rebound(function: nodes.FunctionDef, name: str) -> bool:
    for statement in function.body:
        for node in statement.nodes_of_class((nodes.AssignName, nodes.DelName)):
            if node.name == name:
                return True
    return False


def parameter_uses(function: nodes.FunctionDef, param: str, spellings: frozenset[str]) -> list[Use] | None:
    """Every use of parameter *param* in the body, or None when it is rebound."""
    if _rebound(function, param):
        return None
    return [classify(name, spellings) for name in _names(function, param)]


def never_a_context(function: nodes.FunctionDef, param: str, spellings: frozenset[str]) -> bool:
    """Whether every use of *param* is known, and none is as a request context."""
    if _is_context_name(param, spellings):
        return False
    uses = parameter_uses(function, param, spellings)
    return uses is not None and all(use.role is Role.OTHER for use in uses)


def first_context_use(function: nodes.FunctionDef, param: str, spellings: frozenset[str]) -> Use | None:
    """The first use of *param* as a request context, if there is one."""
    uses = parameter_uses(function, param, spellings)
    for use in uses or ():
        if use.role is Role.CONTEXT:
            return use
    return None


@dataclass(frozen=True)
class FreeContext:
    """A context-named name the body uses as a context, bound outside any function."""

    use: Use
    #: What the name is instead: 'is not defined', 'is the module ...'.
    what: str


def _has_wildcard_import(module: nodes.Module) -> bool:
    return any(
        isinstance(node, nodes.ImportFrom) and any(name == "*" for name, _ in node.names)
        for node in module.body
    )


def _what_it_is(name: nodes.Name) -> str | None:
    """What a free *name* is when it is certainly no request context, else None.

    Nothing (NameError when reached; unless a wildcard import may define
    it), or an import that infers to a module, a class or a function. A
    module-level assignment, a closure variable, an import that cannot be
    followed: no verdict.
    """
    scope, assignments = name.lookup(name.name)
    if not assignments:
        if isinstance(scope, nodes.Module) and not _has_wildcard_import(scope):
            return "is not defined anywhere (NameError)"
        return None
    if not isinstance(scope, nodes.Module):
        return None
    if not all(isinstance(assigned, (nodes.Import, nodes.ImportFrom)) for assigned in assignments):
        return None
    value = safe_infer(name)
    line = assignments[0].lineno
    if isinstance(value, nodes.Module):
        return f"is the module '{value.name}' imported at line {line}"
    if isinstance(value, nodes.ClassDef):
        return f"is the class '{value.qname()}' imported at line {line}"
    if isinstance(value, nodes.FunctionDef):
        return f"is the function '{value.qname()}' imported at line {line}"
    return None


def free_context(function: nodes.FunctionDef, spellings: frozenset[str]) -> FreeContext | None:
    """The first use as a context of a context-spelled name that is no parameter or local.

    Only names the function cannot bind itself count: its parameters and
    locals (and those of nested functions) resolve elsewhere.
    """
    found = []
    for spelling in spellings:
        for name in _names(function, spelling):
            use = classify(name, spellings)
            if use.role is not Role.CONTEXT:
                continue
            what = _what_it_is(name)
            if what is not None:
                found.append(FreeContext(use, what))
    return min(found, key=lambda free: (free.use.node.lineno, free.use.node.col_offset), default=None)
