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

"""Astroid hooks for oslo.db's enginefacade.

``@enginefacade.transaction_context_provider`` (enginefacade.py L1255-1264)
adds ``transaction_ctx``, ``session``, ``connection`` and ``transaction``
properties to a request-context class with ``setattr``; the asyncio facade's
``async_transaction_context_provider`` adds their ``async_`` twins. astroid
cannot see them, so pylint reports ``no-member`` on every ``context.session``.

Their values are left uninferable on purpose: following ``context.session``
into SQLAlchemy's ``Session`` is what makes pylint slow on database code
(pylint issues #8150, #8241), and nothing this plugin checks needs it.

The ``reader``/``writer`` decorators need no hook: astroid keeps the
decorated function's own signature for calls (tests/brain prove it), which
is also what oslo.db's decorator preserves at runtime (``functools.wraps``).

One hook makes the managers callable where astroid loses their class: the
modifiers (``reader``, ``writer``, ``independent``, ...) are properties of
``_AbstractTransactionContextManager`` returning ``self._clone(...)``, i.e.
``self.__class__(...)``; pylint's not-callable check infers the property's
result without the instance, gets the abstract base, which has no
``__call__``, and reports ``manager.reader(fn)`` as E1102. Both concrete
managers define ``__call__(self, fn)`` (enginefacade.py L1143, the asyncio
facade L276) and oslo.db never builds the base itself, so the base gets a
``__call__`` that returns the function, as the decorators do for astroid.
"""

from __future__ import annotations

from astroid import nodes

from pylint_oslo_review.brain import synthetic
from pylint_oslo_review.spelling import terminal_name

_PROVIDERS = {
    "transaction_context_provider": (
        "transaction_ctx",
        "session",
        "connection",
        "transaction",
    ),
    "async_transaction_context_provider": (
        "async_transaction_ctx",
        "async_session",
        "async_connection",
        "async_transaction",
    ),
}


def _provider_attributes(classdef: nodes.ClassDef) -> list[tuple[str, nodes.NodeNG]]:
    if classdef.decorators is None:
        return []
    attributes = []
    for decorator in classdef.decorators.nodes:
        for name in _PROVIDERS.get(terminal_name(decorator), ()):
            attributes.append((name, decorator))
    return attributes


def _looks_like_context_provider(classdef: nodes.ClassDef) -> bool:
    return bool(_provider_attributes(classdef))


def add_provider_attributes(classdef: nodes.ClassDef) -> nodes.ClassDef:
    """Declare the attributes that the provider decorator sets."""
    synthetic.add_attributes(
        classdef,
        (
            synthetic.AttributeSpec(name, position, synthetic.uninferable)
            for name, position in _provider_attributes(classdef)
        ),
    )
    return classdef


_ABSTRACT_MANAGER = "oslo_db.sqlalchemy.enginefacade._AbstractTransactionContextManager"


def _is_abstract_manager(classdef: nodes.ClassDef) -> bool:
    return classdef.name == "_AbstractTransactionContextManager" and classdef.qname() == _ABSTRACT_MANAGER


def add_manager_call(classdef: nodes.ClassDef) -> nodes.ClassDef:
    """Declare the ``__call__`` every concrete manager has (see the module docstring)."""
    synthetic.add_method(classdef, "def __call__(self, fn):\n    return fn\n", classdef)
    return classdef


TRANSFORMS = (
    (nodes.ClassDef, add_provider_attributes, _looks_like_context_provider),
    (nodes.ClassDef, add_manager_call, _is_abstract_manager),
)
