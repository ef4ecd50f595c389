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

"""Small edits that turn a real-shaped fixture into code nobody wrote.

The plugin's crashes come from shapes its authors did not picture: a
method called on a receiver but declaring no parameter for it, a
decorator stack in an unusual order, a reset helper that became a
generator. Each mutator makes one such edit on a Python ``ast`` tree and
says what it did; :func:`mutate` applies a few and keeps the result only
if it still compiles (the plugin is not asked to survive syntax errors;
pylint stops before it on those).
"""

from __future__ import annotations

import ast
import random
import warnings
from collections.abc import Callable

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_BODY_FIELDS = ("body", "orelse", "finalbody")
_DECORATOR_POOL = ("staticmethod", "classmethod", "property", "functools.wraps", "unknown_decorator")


def _bodies(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    found = []
    for node in ast.walk(tree):
        for field in _BODY_FIELDS:
            statements = getattr(node, field, None)
            if isinstance(statements, list) and statements and isinstance(statements[0], ast.stmt):
                found.append((node, field))
    return found


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, _FUNCTIONS)]


def delete_statement(tree: ast.AST, rng: random.Random) -> str | None:
    """Remove one statement (a ``pass`` keeps a body from going empty)."""
    bodies = _bodies(tree)
    if not bodies:
        return None
    node, field = rng.choice(bodies)
    statements = getattr(node, field)
    index = rng.randrange(len(statements))
    removed = statements.pop(index)
    if not statements and field == "body":
        statements.append(ast.Pass())
    return f"delete {type(removed).__name__} at line {_line(removed)}"


def drop_parameter(tree: ast.AST, rng: random.Random) -> str | None:
    """Remove one parameter of a function or lambda, with its default."""
    candidates = []
    for node in ast.walk(tree):
        if isinstance(node, (*_FUNCTIONS, ast.Lambda)):
            args = node.args
            positional = args.posonlyargs + args.args
            candidates += [(node, "positional", i) for i in range(len(positional))]
            candidates += [(node, "kwonly", i) for i in range(len(args.kwonlyargs))]
            candidates += [(node, kind, 0) for kind in ("vararg", "kwarg") if getattr(args, kind)]
    if not candidates:
        return None
    node, kind, index = rng.choice(candidates)
    args = node.args
    if kind in ("vararg", "kwarg"):
        name = getattr(args, kind).arg
        setattr(args, kind, None)
    elif kind == "kwonly":
        name = args.kwonlyargs.pop(index).arg
        args.kw_defaults.pop(index)
        if not args.kwonlyargs and args.vararg is None:
            return None  # a bare '*' with nothing after it does not compile
    else:
        total = len(args.posonlyargs) + len(args.args)
        first_default = total - len(args.defaults)
        if index >= first_default:
            args.defaults.pop(index - first_default)
        if index < len(args.posonlyargs):
            name = args.posonlyargs.pop(index).arg
        else:
            name = args.args.pop(index - len(args.posonlyargs)).arg
    return f"drop parameter {name!r} of line {_line(node)}"


def starred_parameters(tree: ast.AST, rng: random.Random) -> str | None:
    """Replace a function's parameters by ``*args`` and/or ``**kwargs``."""
    functions = _functions(tree)
    if not functions:
        return None
    node = rng.choice(functions)
    shape = rng.choice(("*args", "**kwargs", "*args, **kwargs", "self, *args"))
    node.args = ast.parse(f"def f({shape}): pass").body[0].args
    return f"parameters of {node.name!r} become ({shape})"


def change_decorators(tree: ast.AST, rng: random.Random) -> str | None:
    """Swap, remove, replace or exchange decorators."""
    decorated = [n for n in ast.walk(tree) if isinstance(n, (*_FUNCTIONS, ast.ClassDef)) and n.decorator_list]
    plain = [n for n in ast.walk(tree) if isinstance(n, _FUNCTIONS)]
    choices: list[Callable[[], str | None]] = []
    if any(len(n.decorator_list) > 1 for n in decorated):

        def swap() -> str:
            node = rng.choice([n for n in decorated if len(n.decorator_list) > 1])
            i, j = rng.sample(range(len(node.decorator_list)), 2)
            node.decorator_list[i], node.decorator_list[j] = node.decorator_list[j], node.decorator_list[i]
            return f"swap decorators {i} and {j} of {node.name!r}"

        choices.append(swap)
    if decorated:

        def remove() -> str:
            node = rng.choice(decorated)
            removed = node.decorator_list.pop(rng.randrange(len(node.decorator_list)))
            return f"remove decorator {ast.unparse(removed)!r} of {node.name!r}"

        choices.append(remove)
    if plain:

        def add() -> str:
            node = rng.choice(plain)
            seen = [ast.unparse(d) for n in decorated for d in n.decorator_list]
            source = rng.choice(list(_DECORATOR_POOL) + seen)
            node.decorator_list.insert(rng.randrange(len(node.decorator_list) + 1), ast.parse(source).body[0].value)
            return f"add decorator {source!r} to {node.name!r}"

        choices.append(add)
    if len(decorated) > 1:

        def exchange() -> str:
            first, second = rng.sample(decorated, 2)
            first.decorator_list, second.decorator_list = second.decorator_list, first.decorator_list
            return f"exchange decorators of {first.name!r} and {second.name!r}"

        choices.append(exchange)
    return rng.choice(choices)() if choices else None


def rename_attribute(tree: ast.AST, rng: random.Random) -> str | None:
    """Rename one ``x.attr`` to another attribute of the file, or a new one."""
    attributes = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
    if not attributes:
        return None
    node = rng.choice(attributes)
    names = sorted({a.attr for a in attributes} - {node.attr})
    new = rng.choice(names) if names and rng.random() < 0.7 else node.attr + "_renamed"
    old, node.attr = node.attr, new
    return f"rename .{old} to .{new} at line {_line(node)}"


def rename_string(tree: ast.AST, rng: random.Random) -> str | None:
    """Change one string constant (a field name, a version, a key)."""
    strings = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    if not strings:
        return None
    node = rng.choice(strings)
    old = node.value
    node.value = rng.choice((old + "_x", "", "1.0", "2.99", "versioned_object.data", old[::-1]))
    return f"string {old!r} becomes {node.value!r} at line {_line(node)}"


def make_generator(tree: ast.AST, rng: random.Random) -> str | None:
    """Put a ``yield`` at the top of a function's body."""
    functions = _functions(tree)
    if not functions:
        return None
    node = rng.choice(functions)
    node.body.insert(0, ast.Expr(ast.Yield(value=None)))
    return f"{node.name!r} becomes a generator"


def toggle_async(tree: ast.AST, rng: random.Random) -> str | None:
    """Turn ``def`` into ``async def`` or back."""
    functions = _functions(tree)
    if not functions:
        return None
    node = rng.choice(functions)
    kind = ast.FunctionDef if isinstance(node, ast.AsyncFunctionDef) else ast.AsyncFunctionDef
    replacement = kind(**{field: getattr(node, field, None) for field in kind._fields})
    ast.copy_location(replacement, node)
    if not _replace(tree, node, replacement):
        return None
    return f"{node.name!r} becomes {'async ' if kind is ast.AsyncFunctionDef else ''}def"


def drop_argument(tree: ast.AST, rng: random.Random) -> str | None:
    """Remove one argument or keyword of a call."""
    candidates = [
        (node, i)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for i in range(len(node.args) + len(node.keywords))
    ]
    if not candidates:
        return None
    node, index = rng.choice(candidates)
    removed = node.args.pop(index) if index < len(node.args) else node.keywords.pop(index - len(node.args))
    return f"drop argument {ast.unparse(removed)!r} of the call at line {_line(node)}"


def replace_expression(tree: ast.AST, rng: random.Random) -> str | None:
    """Replace an expression by None, an unknown name, or a call of one."""
    candidates = []
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if _loaded(value):
                candidates.append((parent, field, None))
            elif isinstance(value, list):
                candidates += [(parent, field, i) for i, item in enumerate(value) if _loaded(item)]
    if not candidates:
        return None
    parent, field, index = rng.choice(candidates)
    replacement = ast.parse(rng.choice(("None", "unknown_name", "unknown_name()", "{}", "()"))).body[0].value
    old = getattr(parent, field) if index is None else getattr(parent, field)[index]
    if index is None:
        setattr(parent, field, replacement)
    else:
        getattr(parent, field)[index] = replacement
    return f"replace {ast.unparse(old)[:40]!r} by {ast.unparse(replacement)!r} at line {_line(old)}"


def _line(node: ast.AST) -> object:
    """Where *node* was in the fixture; '?' for a node an earlier edit made."""
    return getattr(node, "lineno", "?")


def _loaded(value: object) -> bool:
    """An expression that is read (a target cannot become ``None``)."""
    return isinstance(value, ast.expr) and not isinstance(getattr(value, "ctx", None), (ast.Store, ast.Del))


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> bool:
    for parent in ast.walk(tree):
        for _, value in ast.iter_fields(parent):
            if isinstance(value, list) and old in value:
                value[value.index(old)] = new
                return True
    return False


#: Every mutator, by name; the order is part of what a seed reproduces.
MUTATORS: dict[str, Callable[[ast.AST, random.Random], str | None]] = {
    "delete_statement": delete_statement,
    "drop_parameter": drop_parameter,
    "starred_parameters": starred_parameters,
    "change_decorators": change_decorators,
    "rename_attribute": rename_attribute,
    "rename_string": rename_string,
    "make_generator": make_generator,
    "toggle_async": toggle_async,
    "drop_argument": drop_argument,
    "replace_expression": replace_expression,
}


def mutate(source: str, rng: random.Random, edits: int = 2, attempts: int = 20) -> tuple[str, list[str]] | None:
    """A compiling mutant of *source* with up to *edits* edits, and what they were.

    None when no attempt gave code that compiles and differs from *source*.
    """
    original = ast.unparse(ast.parse(source))
    for _ in range(attempts):
        tree = ast.parse(source)
        done = []
        for _ in range(rng.randint(1, edits)):
            name = rng.choice(list(MUTATORS))
            try:
                what = MUTATORS[name](tree, rng)
            except (AttributeError, IndexError, TypeError, ValueError):
                what = None  # an edit that does not fit what earlier edits left
            if what is not None:
                done.append(f"{name}: {what}")
        if not done:
            continue
        ast.fix_missing_locations(tree)
        try:
            mutant = ast.unparse(tree)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # 'tuple' object is not callable, ...
                compile(mutant, "<mutant>", "exec")
        except (SyntaxError, ValueError, TypeError, RecursionError):
            continue
        if mutant != original:
            return mutant + "\n", done
    return None
