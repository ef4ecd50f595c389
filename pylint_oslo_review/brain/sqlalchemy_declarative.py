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

"""Declarative bases in the SQLAlchemy stubs: model classes get known bases.

On real SQLAlchemy ``declarative_base()`` infers to nothing
(``registry.generate_base`` builds the class with ``metaclass(name, bases,
dict)``), so every model class had unknown bases and pylint checked nothing
on it. In the stubs:

- ``declarative_base(cls=X, name="N")`` is answered per call with a class
  ``N(X)`` holding what the generated base and SQLAlchemy's mapping give a
  model (``metadata``, ``registry``, ``__table__``, ``__mapper__``, the
  keyword constructor ``__init__(self, **kwargs)``, ...), values unknown.
  A model's own columns, relationships and ``__tablename__`` are its class
  attributes, so ``model.nmae`` is ``no-member``.
- A ``backref`` adds an attribute to *another* mapped class at runtime,
  which no class body shows. When the package that calls
  ``declarative_base()`` mentions ``backref`` anywhere (a plain text scan,
  once per package and run), or the call passes ``metaclass=`` or
  ``constructor=``, its models have attributes nobody can name (silence).
  A package whose models live on another package's base and add backrefs
  to them is not seen (documented in docs/brains.rst).
- ``DeclarativeBase`` (SQLAlchemy 2.0 style) is a class with the same
  members whose subclasses also have unknown attributes: its subclass can
  sit in any package, so no scan can tell (neutron's backrefs onto
  neutron-lib's ``BASEV2`` models made pylint report ``Class 'Port' has no
  'port_bindings'`` on real SQLAlchemy).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from weakref import WeakKeyDictionary

import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.inference_tip import inference_tip

from pylint_oslo_review.brain import synthetic
from pylint_oslo_review.spelling import terminal_name

UNKNOWN = "__sqla_unknown__"

#: What a mapped class has beyond its own body, all values unknown.
_MAPPED_MEMBERS = (
    "__abstract__",
    "metadata",
    "registry",
    "__table__",
    "__mapper__",
    "_sa_registry",
    "_sa_class_manager",
    "_sa_instance_state",
)

_CONSTRUCTOR = "    def __init__(self, **kwargs):\n        pass\n"


def _class_source(name: str, constructor: bool) -> str:
    members = "".join(f"    {member} = {UNKNOWN}\n" for member in _MAPPED_MEMBERS)
    return f"class {name}:\n{members}" + (_CONSTRUCTOR if constructor else f"    __init__ = {UNKNOWN}\n")


_FUNCTION = f"def declarative_base(*args, **kwargs):\n    return {UNKNOWN}\n"

#: Stub definitions per SQLAlchemy module and name, used only for names the
#: installed module really binds (so the SQLAlchemy release decides).
MODELS: dict[str, dict[str, str]] = {
    module: {
        "declarative_base": _FUNCTION,
        "DeclarativeBase": _class_source("DeclarativeBase", constructor=True),
        "DeclarativeBaseNoMeta": _class_source("DeclarativeBaseNoMeta", constructor=True),
    }
    for module in (
        "sqlalchemy.orm",
        "sqlalchemy.orm.decl_api",
        "sqlalchemy.ext.declarative",
        "sqlalchemy.ext.declarative.api",
    )
}


def models_of(modname: str) -> dict[str, str]:
    return MODELS.get(modname, {})


def _infer_unknown(node: nodes.NodeNG, context=None) -> Iterator[nodes.NodeNG]:  # pylint: disable=unused-argument
    return iter((astroid.Uninferable,))


_unknown_tip = inference_tip(_infer_unknown)


def tip_unknowns(node: nodes.NodeNG) -> None:
    """Make every ``__sqla_unknown__`` placeholder under *node* infer to Uninferable."""
    for name in node.nodes_of_class(nodes.Name):
        if name.name == UNKNOWN:
            _unknown_tip(name)


def complete(module: nodes.Module) -> None:
    """Finish a stub module built with ``MODELS``: placeholders, markers, open bases."""
    tip_unknowns(module)
    for name in ("DeclarativeBase", "DeclarativeBaseNoMeta"):
        classdef = module.locals.get(name, [None])[0]
        if isinstance(classdef, nodes.ClassDef) and name in models_of(module.name):
            synthetic.add_unknown_attributes(classdef, classdef)
    function = module.locals.get("declarative_base", [None])[0]
    if isinstance(function, nodes.FunctionDef) and "declarative_base" in models_of(module.name):
        function.sqla_declarative_base = True


def _top_package_or_file(path: str) -> str:
    directory, top = os.path.dirname(os.path.abspath(path)), None
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        top, directory = directory, os.path.dirname(directory)
    return top or os.path.abspath(path)


@functools.lru_cache(maxsize=None)
def _mentions_backref(path: str) -> bool:
    """Whether any Python file of a package (or the one file) contains ``backref``."""
    if os.path.isfile(path):
        files = [path]
    else:
        files = [
            os.path.join(directory, name)
            for directory, _, names in os.walk(path)
            for name in names
            if name.endswith(".py")
        ]
    for filename in files:
        try:
            with open(filename, "rb") as stream:
                if b"backref" in stream.read():
                    return True
        except OSError:
            return True
    return False


def _module_mentions_backref(module: nodes.Module) -> bool:
    if module.file and os.path.isfile(module.file):
        return _mentions_backref(_top_package_or_file(module.file))
    return b"backref" in (module.file_bytes or b"")


def _looks_like_declarative_base(call: nodes.Call) -> bool:
    return terminal_name(call.func) == "declarative_base"


_BASES: WeakKeyDictionary[nodes.Call, nodes.ClassDef] = WeakKeyDictionary()


def _keyword(call: nodes.Call, name: str) -> nodes.NodeNG | None:
    for keyword in call.keywords or ():
        if keyword.arg == name:
            return keyword.value
    return None


def _build_base(call: nodes.Call, stub: nodes.Module) -> nodes.ClassDef | None:
    if call.args or any(keyword.arg is None for keyword in call.keywords or ()):
        return None  # positional (SQLAlchemy < 2.0) or **kwargs: not modelled
    name_node = _keyword(call, "name")
    name = "Base"
    if name_node is not None:
        if not (isinstance(name_node, nodes.Const) and isinstance(name_node.value, str)
                and name_node.value.isidentifier()):
            return None
        name = name_node.value
    custom_constructor = _keyword(call, "constructor") is not None
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    classdef = builder.string_build(_class_source(name, not custom_constructor)).body[0]
    classdef.parent = stub
    for node in classdef.nodes_of_class(nodes.NodeNG):
        node.lineno, node.col_offset = call.lineno, call.col_offset
        node.end_lineno, node.end_col_offset = call.end_lineno, call.end_col_offset
    tip_unknowns(classdef)
    cls = _keyword(call, "cls")
    if cls is not None:
        classdef.bases = list(cls.elts) if isinstance(cls, nodes.Tuple) else [cls]
    if (
        custom_constructor
        or _keyword(call, "metaclass") is not None
        or _module_mentions_backref(call.root())
    ):
        synthetic.add_unknown_attributes(classdef, classdef)
    return classdef


def infer_declarative_base(call: nodes.Call, context=None) -> Iterator[nodes.NodeNG]:
    """``declarative_base(...)`` of the stubs: the base class this call creates."""
    try:
        functions = list(call.func.infer(context))
    except astroid.InferenceError as error:
        raise astroid.UseInferenceDefault from error
    if len(functions) != 1 or not getattr(functions[0], "sqla_declarative_base", False):
        raise astroid.UseInferenceDefault
    classdef = _BASES.get(call)
    if classdef is None:
        classdef = _build_base(call, functions[0].root())
        if classdef is None:
            return iter((astroid.Uninferable,))
        _BASES[call] = classdef
    return iter((classdef,))


TRANSFORMS = ((nodes.Call, inference_tip(infer_declarative_base), _looks_like_declarative_base),)
