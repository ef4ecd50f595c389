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

"""``obj_make_list(context, list_obj, item_cls, db_list)`` as the call it makes.

oslo.versionedobjects' ``obj_make_list`` builds each item with
``item_cls._from_db_object(context, item_cls(), db_item, **extra_args)``
(oslo_versionedobjects/base.py): what that method does with the context
(a write, a scope: nova's ``Service._from_db_object`` saved services that
had no UUID) happens in the caller's transaction. Its body is no help to
inference: the class comes in ``*args`` and the method through
``getattr``, and recent releases declare it with ``@overload``, so the
name itself infers to several functions.

This reads the call as what it runs: the item class's own
``_from_db_object``, given the context. Only the explicit form with the
class as the third of four positional arguments, a class inference names,
and a ``_from_db_object`` that is a static or class method; anything else
stays unresolved.
"""

from __future__ import annotations

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import calls

_QNAME = "oslo_versionedobjects.base.obj_make_list"
_METHOD = "_from_db_object"


def _is_obj_make_list(func: nodes.NodeNG) -> bool:
    try:
        found = list(func.infer())
    except (astroid.AstroidError, RecursionError):
        return False
    return bool(found) and all(isinstance(f, nodes.FunctionDef) and f.qname() == _QNAME for f in found)


def item_call(call: nodes.Call) -> calls.ResolvedCall | None:
    """The item class's ``_from_db_object`` that *call* runs, bound to the context; or None."""
    if len(call.args) != 4 or any(isinstance(a, nodes.Starred) for a in call.args):
        return None
    if any(keyword.arg is None for keyword in call.keywords or ()):
        return None
    name = call.func.attrname if isinstance(call.func, nodes.Attribute) else getattr(call.func, "name", None)
    if name != "obj_make_list" or not _is_obj_make_list(call.func):
        return None
    klass = safe_infer(call.args[2])
    if not isinstance(klass, nodes.ClassDef):
        return None
    try:
        found = next((c.locals[_METHOD] for c in [klass, *klass.ancestors()] if _METHOD in c.locals), [])
    except (astroid.AstroidError, RecursionError):
        return None
    if len(found) != 1 or not isinstance(found[0], nodes.FunctionDef):
        return None
    method = found[0]
    implicit = {"staticmethod": 0, "classmethod": 1}.get(method.type)
    params = calls.positional_parameters(method)[implicit:] if implicit is not None else []
    if not params:
        return None
    arguments = {params[0].name: call.args[0]}
    return calls.ResolvedCall(call, method, implicit, arguments, dict(arguments))
