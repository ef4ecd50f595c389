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
"""Runtime witnesses: each E-level enginefacade / oslo.db message's documented
bad example fails with the exception the message names, and its good example
runs clean, on the real oslo.db enginefacade over in-memory sqlite.

The examples (docs/messages/<symbol>/bad.py and good.py) are executed, never
linted, here: the linter never imports linted code, the tests of its claims
must. A message whose failure depends on the callers or the data cannot be
witnessed on every execution; the tests at the end show the conditions under
which the warnings (W) that replaced such errors do not fail.
"""

import ast
import asyncio
from pathlib import Path

import pytest
from oslo_db import exception as db_exc
from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

DOCS = Path(__file__).resolve().parent.parent.parent / "docs" / "messages"


@enginefacade.transaction_context_provider
class Context:
    """A request context, as nova's, placement's and cinder's are."""


def _code(symbol, name):
    path = DOCS / symbol / name
    return path, path.read_text(encoding="utf-8")


def load(symbol, name):
    """Execute an example as a module; return its namespace."""
    path, source = _code(symbol, name)
    namespace = {"__name__": f"witness_{symbol.replace('-', '_')}_{name[:-3]}"}
    exec(compile(source, str(path), "exec"), namespace)  # pylint: disable=exec-used
    return namespace


def load_statements(symbol, name):
    """Execute an example one top-level statement at a time.

    Returns the namespace and {first line of the statement: exception or None}.
    """
    path, source = _code(symbol, name)
    namespace = {"__name__": f"witness_{symbol.replace('-', '_')}_{name[:-3]}"}
    outcomes = {}
    for statement in ast.parse(source).body:
        module = ast.Module(body=[statement], type_ignores=[])
        try:
            exec(compile(module, str(path), "exec"), namespace)  # pylint: disable=exec-used
        except Exception as error:  # pylint: disable=broad-exception-caught
            outcomes[statement.lineno] = error
        else:
            outcomes[statement.lineno] = None
    return namespace, outcomes


def prepare(namespace):
    """Point the example's manager at a fresh in-memory sqlite with one rack."""
    manager = namespace["context_manager"]
    manager.configure(connection="sqlite://")
    with manager.writer.using(Context()) as session:
        session.execute(text("CREATE TABLE racks (id INTEGER PRIMARY KEY, name TEXT, seen BOOLEAN)"))
        session.execute(text("INSERT INTO racks (id, name, seen) VALUES (1, 'a', 0)"))
    return manager


def rack(manager):
    with manager.reader.using(Context()) as session:
        return tuple(session.execute(text("SELECT name, seen FROM racks WHERE id = 1")).one())


# enginefacade-missing-context (E9101)


def test_missing_context_bad_raises_index_error_when_decorating():
    _, outcomes = load_statements("enginefacade-missing-context", "bad.py")
    failures = {line: error for line, error in outcomes.items() if error is not None}
    # count_racks() and RackAPI.retire_all(self) fail at import.
    assert sorted(failures) == [9, 13]
    assert all(isinstance(error, IndexError) for error in failures.values())


def test_missing_context_removed_fails_whatever_the_argument_and_the_caller():
    """The context removed (get_rack): the scope opens on the first argument;
    a number takes no attributes, and on any other object, even inside a
    scope the caller holds on its own context, the body's 'context' is the
    module, which has no session."""
    namespace, _ = load_statements("enginefacade-missing-context", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(AttributeError, match="'int' object has no attribute"):
        namespace["get_rack"](1)

    class RackId:  # pylint: disable=too-few-public-methods
        """An argument that takes attributes."""

    caller_context = Context()
    with manager.reader.using(caller_context):
        with pytest.raises(AttributeError, match="module 'inventory.context' has no attribute 'session'"):
            namespace["get_rack"](RackId())


def test_missing_context_good_decorates_cleanly():
    """Decoration is the witnessed property: the example's queries are placeholders.

    (Its ``query("racks")`` would be an ArgumentError in SQLAlchemy 2; the
    page belongs to the enginefacade-missing-context owner.)
    """
    _, outcomes = load_statements("enginefacade-missing-context", "good.py")
    assert set(outcomes.values()) == {None}


# enginefacade-possible-missing-context (W9129): depends on the caller


class _Rack:  # pylint: disable=too-few-public-methods
    """An object class, as neutron's get_object receives."""

    db_model = True


def test_possible_missing_context_bad_fails_outside_a_callers_scope():
    """The closure's scope opens on the dict it is given (no attributes);
    get_object's on the class, and the body's context has no session."""
    namespace, _ = load_statements("enginefacade-possible-missing-context", "bad.py")
    prepare(namespace)
    with pytest.raises(AttributeError, match="'dict' object has no attribute '_enginefacade_context'"):
        namespace["rename"](Context(), 1, "b")
    with pytest.raises(db_exc.NoEngineContextEstablished):
        namespace["get_object"](_Rack, Context(), id=1)


def test_possible_missing_context_bad_runs_inside_a_callers_scope():
    """Not certain: inside a scope the caller holds on the context, the body
    gets that scope's session (the example's placeholder query is replaced
    by one that returns it), and a closure given an object that takes
    attributes runs too."""
    namespace, _ = load_statements("enginefacade-possible-missing-context", "bad.py")
    manager = prepare(namespace)
    namespace["_fetch"] = lambda context, filters: [context.session]
    context = Context()
    with manager.reader.using(context) as session:
        assert namespace["get_object"](_Rack, context, id=1) is session

    @manager.writer
    def _rename_in_db(values):
        return context.session is not None and values

    class Values:  # pylint: disable=too-few-public-methods
        """An object that takes attributes."""

    with manager.writer.using(context):
        assert _rename_in_db(Values())


def test_possible_missing_context_good_decorates_cleanly():
    _, outcomes = load_statements("enginefacade-possible-missing-context", "good.py")
    assert set(outcomes.values()) == {None}


# enginefacade-over-descriptor (E9102)


def test_over_descriptor_bad_raises_type_error_when_decorating():
    with pytest.raises(TypeError, match="unsupported callable"):
        load("enginefacade-over-descriptor", "bad.py")


@pytest.mark.parametrize("descriptor", [classmethod, staticmethod, property])
def test_over_descriptor_every_descriptor_raises(descriptor):
    manager = enginefacade.transaction_context()
    with pytest.raises(TypeError, match="unsupported callable"):
        manager.reader(descriptor(lambda context: context))  # pylint: disable=not-callable  # pylint cannot infer the property


def test_over_descriptor_good_runs():
    namespace = load("enginefacade-over-descriptor", "good.py")
    prepare(namespace)
    assert namespace["Rack"].count(Context()) == 1


# enginefacade-over-signature-hiding-wrapper (E9103)


def test_over_wrapper_bad_raises_index_error_when_decorating():
    with pytest.raises(IndexError, match="list index out of range"):
        load("enginefacade-over-signature-hiding-wrapper", "bad.py")


def test_over_wrapper_good_runs():
    namespace = load("enginefacade-over-signature-hiding-wrapper", "good.py")
    manager = prepare(namespace)
    namespace["rack_rename"](Context(), 1, "b")
    assert rack(manager) == ("b", 0)


# enginefacade-invalid-modifier (E9106)


def test_invalid_modifier_bad_raises_type_error_when_evaluated():
    with pytest.raises(TypeError, match="Setting async on a WRITER makes no sense"):
        load("enginefacade-invalid-modifier", "bad.py")


def test_invalid_modifier_independent_savepoint_raises_type_error():
    manager = enginefacade.transaction_context()
    with pytest.raises(TypeError, match="setting savepoint and independent makes no sense"):
        _ = manager.writer.independent.savepoint


def test_invalid_modifier_good_runs():
    namespace = load("enginefacade-invalid-modifier", "good.py")
    prepare(namespace)
    assert namespace["rack_count"](Context()) == 1


# enginefacade-scope-without-using (E9108)


def test_scope_without_using_bad_raises_type_error():
    namespace = load("enginefacade-scope-without-using", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(TypeError, match="unsupported callable"):
        namespace["rack_rename"](Context(), 1, "b")
    assert rack(manager) == ("a", 0)


def test_scope_without_using_good_runs():
    namespace = load("enginefacade-scope-without-using", "good.py")
    manager = prepare(namespace)
    namespace["rack_rename"](Context(), 1, "b")
    assert rack(manager) == ("b", 0)


# enginefacade-using-wrong-with (E9110)


def test_using_wrong_with_bad_raises_type_error():
    namespace = load("enginefacade-using-wrong-with", "bad.py")
    prepare(namespace)
    with pytest.raises(TypeError, match="does not support the asynchronous context manager protocol"):
        asyncio.run(namespace["rack_count"](Context()))


def test_using_wrong_with_sync_with_on_the_asyncio_facade_raises_type_error():
    asyncio_facade = pytest.importorskip("oslo_db.sqlalchemy.asyncio_facade")
    manager = asyncio_facade.transaction_context()
    with pytest.raises(TypeError, match="does not support the context manager protocol"):
        with manager.reader.using(Context()):
            pass


def test_using_wrong_with_good_runs():
    namespace = load("enginefacade-using-wrong-with", "good.py")
    prepare(namespace)
    assert namespace["rack_count"](Context()) == 1


# oslo-db-retry-not-called (E9112)


def test_retry_not_called_bad_never_runs_the_body():
    namespace = load("oslo-db-retry-not-called", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(TypeError, match=r"__call__\(\) takes 2 positional arguments but 4 were given"):
        namespace["rack_rename"](Context(), 1, "b")
    # With a single argument the call returns a wrapper instead of running.
    assert callable(namespace["rack_rename"](Context()))
    assert rack(manager) == ("a", 0)


def test_retry_not_called_good_runs():
    namespace = load("oslo-db-retry-not-called", "good.py")
    manager = prepare(namespace)
    namespace["rack_rename"](Context(), 1, "b")
    assert rack(manager) == ("b", 0)


# enginefacade-reader-upgrade (E9120)


def test_reader_upgrade_bad_raises_type_error():
    namespace = load("enginefacade-reader-upgrade", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(TypeError, match="Can't upgrade a READER transaction to a WRITER mid-transaction"):
        namespace["audit_rack"](1)
    # The independent reader fails whatever its caller holds.
    context = Context()
    for caller in (manager.writer, manager.reader):
        with caller.using(context):
            with pytest.raises(TypeError, match="Can't upgrade a READER transaction to a WRITER"):
                namespace["get_rack"](context, 1)
    with pytest.raises(TypeError, match="Can't upgrade a READER transaction to a WRITER"):
        namespace["get_rack"](Context(), 1)
    assert rack(manager) == ("a", 0)


def test_reader_upgrade_good_runs():
    namespace = load("enginefacade-reader-upgrade", "good.py")
    manager = prepare(namespace)
    assert namespace["audit_rack"](1) == "a"
    assert namespace["get_rack"](Context(), 1) == "a"
    assert rack(manager) == ("a", 1)


# enginefacade-possible-reader-upgrade (W9127): the condition.


def test_possible_reader_upgrade_bad_fails_outside_a_writer():
    namespace = load("enginefacade-possible-reader-upgrade", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(TypeError, match="Can't upgrade a READER transaction to a WRITER mid-transaction"):
        namespace["get_rack"](Context(), 1)
    assert rack(manager) == ("a", 0)


def test_possible_reader_upgrade_bad_runs_inside_a_callers_writer():
    """A reader on a context passed in joins a writer its caller holds: no error."""
    namespace = load("enginefacade-possible-reader-upgrade", "bad.py")
    manager = prepare(namespace)
    context = Context()
    with manager.writer.using(context):
        assert namespace["get_rack"](context, 1) == "a"
    assert rack(manager) == ("a", 1)


def test_possible_reader_upgrade_good_runs():
    namespace = load("enginefacade-possible-reader-upgrade", "good.py")
    manager = prepare(namespace)
    assert namespace["get_rack"](Context(), 1) == "a"
    assert rack(manager) == ("a", 1)


def test_reader_upgrade_generator_reader_scope_is_closed_when_the_body_runs():
    """The trap: a reader-decorated generator; its body runs after the scope closed."""
    namespace = load("enginefacade-possible-reader-upgrade", "bad.py")
    manager = prepare(namespace)

    @manager.reader
    def touch_all(context, ids):
        for rack_id in ids:
            yield namespace["_mark_seen"](context, rack_id)

    assert list(touch_all(Context(), [1])) == [None]
    assert rack(manager) == ("a", 1)


# enginefacade-session-outside-scope (E9122)


def test_session_outside_scope_bad_raises_no_engine_context():
    namespace = load("enginefacade-session-outside-scope", "bad.py")
    prepare(namespace)
    with pytest.raises(db_exc.NoEngineContextEstablished):
        namespace["report_rack_count"]()


def test_session_outside_scope_good_runs():
    namespace = load("enginefacade-session-outside-scope", "good.py")
    prepare(namespace)
    assert namespace["report_rack_count"]() == 1


# enginefacade-session-begin-in-scope (E9124)


def test_session_begin_bad_subtransactions_raises_type_error():
    namespace = load("enginefacade-session-begin-in-scope", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(TypeError, match="unexpected keyword argument 'subtransactions'"):
        namespace["rename_rack"](Context(), 1, "b")
    assert rack(manager) == ("a", 0)


def test_session_begin_bad_plain_begin_raises_invalid_request():
    namespace = load("enginefacade-session-begin-in-scope", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(sa_exc.InvalidRequestError, match="A transaction is already begun on this Session"):
        namespace["rename_racks"](Context(), {1: "b"})
    assert rack(manager) == ("a", 0)


def test_session_begin_good_runs():
    namespace = load("enginefacade-session-begin-in-scope", "good.py")
    manager = prepare(namespace)
    namespace["rename_rack"](Context(), 1, "b")
    namespace["rename_racks"](Context(), {1: "c"})
    assert rack(manager) == ("c", 0)


# Conditions: where the same code does not fail.


def test_reader_upgrade_independent_reader_fails_inside_a_writer_too():
    """An .independent reader starts its own transaction whatever the caller holds."""
    namespace = load("enginefacade-reader-upgrade", "bad.py")
    manager = prepare(namespace)
    context = Context()

    @manager.reader.independent
    def touch(context, rack_id):
        namespace["_mark_seen"](context, rack_id)

    with manager.writer.using(context):
        with pytest.raises(TypeError, match="Can't upgrade a READER"):
            touch(context, 1)


def test_reader_upgrade_other_context_or_independent_writer_is_fine():
    namespace = load("enginefacade-reader-upgrade", "bad.py")
    manager = prepare(namespace)
    context = Context()
    with manager.reader.using(context):
        namespace["_mark_seen"](Context(), 1)  # another context object
        with manager.writer.independent.using(context) as session:
            session.execute(text("UPDATE racks SET name = 'b' WHERE id = 1"))
    assert rack(manager) == ("b", 1)


def test_session_outside_scope_does_not_fail_for_a_callers_scope():
    """A helper reading context.session works when its caller holds a scope."""
    namespace = load("enginefacade-session-outside-scope", "bad.py")
    manager = prepare(namespace)
    context = namespace["RequestContext"]()
    with manager.reader.using(context):
        assert namespace["_count_racks"](context) == 1


@pytest.mark.parametrize("end", ["commit", "rollback", "close"])
def test_session_begin_after_the_transaction_ended_is_legal(end):
    namespace = load("enginefacade-session-begin-in-scope", "good.py")
    manager = prepare(namespace)

    @manager.writer
    def rename_then_begin(context):
        context.session.execute(text("UPDATE racks SET name = 'b' WHERE id = 1"))
        getattr(context.session, end)()
        context.session.begin()
        context.session.execute(text("UPDATE racks SET seen = 1 WHERE id = 1"))

    rename_then_begin(Context())
    assert rack(manager) == ("a" if end != "commit" else "b", 1)


def test_session_begin_after_commit_then_use_fails_again():
    """Autobegin: any use after the commit starts a transaction again."""
    namespace = load("enginefacade-session-begin-in-scope", "good.py")
    manager = prepare(namespace)

    @manager.writer
    def commit_use_begin(context):
        context.session.commit()
        context.session.execute(text("SELECT 1"))
        context.session.begin()

    with pytest.raises(sa_exc.InvalidRequestError, match="already begun"):
        commit_use_begin(Context())


def test_session_begin_nested_is_legal_in_a_scope():
    namespace = load("enginefacade-session-begin-in-scope", "good.py")
    manager = prepare(namespace)

    @manager.writer
    def savepoint(context):
        with context.session.begin(nested=True):
            context.session.execute(text("UPDATE racks SET name = 'n' WHERE id = 1"))

    savepoint(Context())
    assert rack(manager) == ("n", 0)


def test_session_begin_subtransactions_fails_even_after_commit():
    namespace = load("enginefacade-session-begin-in-scope", "good.py")
    manager = prepare(namespace)

    @manager.writer
    def legacy(context):
        context.session.commit()
        context.session.begin(subtransactions=True)

    with pytest.raises(TypeError, match="subtransactions"):
        legacy(Context())


# enginefacade-possible-session-outside-scope (W9128): the condition.


def test_possible_session_outside_scope_bad_fails_outside_a_scope():
    namespace = load("enginefacade-possible-session-outside-scope", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(db_exc.NoEngineContextEstablished):
        namespace["rename_rack"](Context(), 1, "b")
    assert rack(manager) == ("b", 0)  # the scope before the read committed


def test_possible_session_outside_scope_bad_runs_inside_a_callers_scope():
    namespace = load("enginefacade-possible-session-outside-scope", "bad.py")
    manager = prepare(namespace)
    context = Context()
    with manager.writer.using(context):
        assert namespace["rename_rack"](context, 1, "b") == "b"


def test_possible_session_outside_scope_good_runs():
    namespace = load("enginefacade-possible-session-outside-scope", "good.py")
    prepare(namespace)
    assert namespace["rename_rack"](Context(), 1, "b") == "b"


# enginefacade-connection-closed (E9136)


def test_connection_closed_bad_writer_commit_fails_and_the_write_is_lost():
    namespace = load("enginefacade-connection-closed", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(sa_exc.InvalidRequestError, match="This transaction is inactive"):
        namespace["mark_seen"](Context(), 1)
    assert rack(manager) == ("a", 0)
    # Inside a caller's writer (the only transaction a writer joins) the
    # caller's commit fails instead.
    context = Context()
    with pytest.raises(sa_exc.InvalidRequestError, match="This transaction is inactive"):
        with manager.writer.using(context):
            namespace["mark_seen"](context, 1)
    assert rack(manager) == ("a", 0)


def test_connection_closed_bad_connection_scope_raises_on_exit():
    namespace = load("enginefacade-connection-closed", "bad.py")
    manager = prepare(namespace)
    with pytest.raises(sa_exc.ResourceClosedError, match="This Connection is closed"):
        namespace["rack_names"](Context())
    # Joined to a caller's session scope, reader or writer: the same.
    for caller in (manager.reader, manager.writer):
        context = Context()
        with pytest.raises(sa_exc.ResourceClosedError, match="This Connection is closed"):
            with caller.using(context):
                namespace["rack_names"](context)


def test_connection_closed_good_runs():
    namespace = load("enginefacade-connection-closed", "good.py")
    manager = prepare(namespace)
    namespace["mark_seen"](Context(), 1)
    assert rack(manager) == ("a", 1)
    assert namespace["rack_names"](Context()) == ["a"]
    context = Context()
    with manager.writer.using(context):
        assert namespace["rack_names"](context) == ["a"]


# enginefacade-possible-connection-closed (W9137): the condition.


def test_possible_connection_closed_bad_runs_as_the_outermost_reader():
    """Nothing uses the transaction after the close: the reader's end is quiet."""
    namespace = load("enginefacade-possible-connection-closed", "bad.py")
    prepare(namespace)
    assert namespace["rack_names"](Context()) == ["a"]


def test_possible_connection_closed_bad_fails_when_the_transaction_goes_on():
    namespace = load("enginefacade-possible-connection-closed", "bad.py")
    manager = prepare(namespace)
    # A caller's writer (nova's _refresh_from_db, 2016): its next write fails.
    context = Context()
    with pytest.raises(sa_exc.ResourceClosedError, match="This Connection is closed"):
        with manager.writer.using(context) as session:
            namespace["rack_names"](context)
            session.execute(text("UPDATE racks SET seen = 1 WHERE id = 1"))
    assert rack(manager) == ("a", 0)
    # ... or, with nothing after, its commit.
    context = Context()
    with pytest.raises(sa_exc.InvalidRequestError, match="This transaction is inactive"):
        with manager.writer.using(context) as session:
            session.execute(text("UPDATE racks SET seen = 1 WHERE id = 1"))
            namespace["rack_names"](context)
    assert rack(manager) == ("a", 0)
    # A caller's reader that queries again.
    context = Context()
    with pytest.raises(sa_exc.ResourceClosedError, match="This Connection is closed"):
        with manager.reader.using(context) as session:
            namespace["rack_names"](context)
            session.execute(text("SELECT 1"))


def test_possible_connection_closed_good_runs_in_a_callers_transaction():
    namespace = load("enginefacade-possible-connection-closed", "good.py")
    manager = prepare(namespace)
    assert namespace["rack_names"](Context()) == ["a"]
    context = Context()
    with manager.writer.using(context) as session:
        assert namespace["rack_names"](context) == ["a"]
        session.execute(text("UPDATE racks SET seen = 1 WHERE id = 1"))
    assert rack(manager) == ("a", 1)
