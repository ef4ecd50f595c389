"""enginefacade-reader-upgrade: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

from inventory import context as inv_context
from missing_project import helpers  # pylint: disable=import-error

MAIN = enginefacade.transaction_context()
API = enginefacade.transaction_context()


@MAIN.writer
def _touch(context, rack_id):
    context.session.query('racks').filter_by(id=rack_id).update({'seen': True})


@API.writer
def _touch_api(context, rack_id):
    context.session.query('mappings').filter_by(id=rack_id).update({'seen': True})


@MAIN.writer.independent
def _log_event(context, text):
    context.session.add(text)


@MAIN.reader
def _read(context, rack_id):
    return context.session.query('racks').get(rack_id)


@MAIN.reader.allow_async
def _read_async_ok(context, rack_id):
    return context.session.query('racks').get(rack_id)


@MAIN.reader
def other_root(context, rack_id):
    """Another transaction_context(): another transaction."""
    _touch_api(context, rack_id)


@MAIN.reader
def independent(context, rack_id):
    _log_event(context, rack_id)
    with MAIN.writer.independent.using(context):
        pass


@MAIN.reader
def fresh_context(context, rack_id):
    """A new context has no transaction yet."""
    admin = inv_context.get_admin_context()
    _touch(admin, rack_id)
    _touch(inv_context.get_admin_context(), rack_id)


@MAIN.reader
def elevated_before(context, rack_id):
    """Another object: only the same spelling counts as the same context."""
    _touch(context.elevated(), rack_id)


@MAIN.reader
def reader_in_reader(context, rack_id):
    return _read(context, rack_id)


@MAIN.writer
def writer_then_reader(context, rack_id):
    _read(context, rack_id)
    with MAIN.reader.using(context):
        _touch(context, rack_id)


@MAIN.reader.async_
def async_then_allow_async(context, rack_id):
    return _read_async_ok(context, rack_id)


@MAIN.reader
def unresolved_callee(context, rack_id):
    helpers.update_rack(context, rack_id)


@MAIN.reader
def nested_function(context, rack_id):
    def later():
        _touch(context, rack_id)
    return later


def after_the_block(context, rack_id):
    with MAIN.reader.using(context):
        _read(context, rack_id)
    _touch(context, rack_id)


@MAIN.reader
def rebound(context, rack_id):
    context = inv_context.get_admin_context()
    _touch(context, rack_id)


def target_cell(context, cell):
    """nova's cell contexts: 'cctx' is another object."""
    return context, cell


@MAIN.reader
def in_a_cell(context, cell, rack_id):
    with target_cell(context, cell) as cctx:
        _touch(cctx, rack_id)


@MAIN.reader
def _helper_of_writers(context, rack_id):
    """A reader helper that every caller calls inside a writer: it joins it."""
    _touch(context, rack_id)


@MAIN.writer
def caller_in_writer(context, rack_id):
    _helper_of_writers(context, rack_id)


def caller_with_block(context, rack_id):
    with MAIN.writer.using(context):
        _helper_of_writers(context, rack_id)


@MAIN.reader
def different_attribute(context, other, rack_id):
    _touch(other, rack_id)


@MAIN.reader
def generator_reader(context, ids):
    """The scope closes when the generator is returned: the body runs outside it."""
    for rack_id in ids:
        yield _touch(context, rack_id)


@MAIN.reader
def lazy_updates(context, ids):
    """A generator expression runs when consumed, after the scope closed."""
    return (_touch(context, rack_id) for rack_id in ids)


def block_then_lazy(context, ids):
    with MAIN.reader.using(context):
        pending = (_touch(context, rack_id) for rack_id in ids)
    return list(pending)


def under_assert_raises(context, testcase):
    with MAIN.reader.using(context):
        with testcase.assertRaises(TypeError):
            _touch(context, 1)
