"""enginefacade-missing-context: scopes that cannot find their request context."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

from inventory.db import api as db_api
from missing_project.db import api as missing_api  # pylint: disable=import-error

MANAGER = enginefacade.transaction_context()


@MANAGER.reader
def count_all():  # [enginefacade-missing-context]
    return 0


@MANAGER.writer
def bump(*args, **kwargs):  # [enginefacade-missing-context]
    return args, kwargs


@MANAGER.reader.independent
def keyword_only(*, context):  # [enginefacade-missing-context]
    return context


@enginefacade.reader
def global_manager():  # [enginefacade-missing-context]
    return 0


@db_api.context_manager.writer
def project_manager():  # [enginefacade-missing-context]
    return 0


class Store:
    @MANAGER.writer
    def flush(self):  # [enginefacade-missing-context]
        return self

    @classmethod
    @MANAGER.reader
    def load(cls):  # [enginefacade-missing-context]
        return cls

    @MANAGER.writer
    def put(self, context, item):  # [enginefacade-missing-context]
        context.session.add(item)

    @staticmethod
    @MANAGER.reader
    def cls_is_special(cls):  # [enginefacade-missing-context]
        return cls

    @MANAGER.reader
    def misnamed_self(this, context):  # [enginefacade-possible-missing-context]
        return context.session.query(this.model).all()


def create(obj):
    @db_api.context_manager.writer
    def _create_in_db():  # [enginefacade-missing-context]
        return obj

    return _create_in_db()


@missing_api.main_context_manager.reader
def known_by_name():  # [enginefacade-missing-context]
    return 0


@missing_api.CONTEXT_WRITER
def neutron_spelling():  # [enginefacade-missing-context]
    return 0


@missing_api.pick_context_manager_writer
def nova_wrapper():  # [enginefacade-missing-context]
    return 0


@missing_api.select_db_reader_mode
def nova_reader_mode(ctxt, instance_uuid, use_slave=False):  # [enginefacade-missing-context]
    return ctxt, instance_uuid, use_slave


@MANAGER.reader
def swapped(values, context):  # [enginefacade-possible-missing-context]
    return context.session.query('racks').filter_by(id=values['id']).all()


def update(context, rack_id, values):
    @MANAGER.writer
    def _update(changes):  # [enginefacade-possible-missing-context]
        row = context.session.get('racks', rack_id)
        for key, value in changes.items():
            setattr(row, key, value)

    _update(values)


@MANAGER.writer
def set_state(context, state):  # [enginefacade-missing-context]
    context.session.execute(state)


def callers(ctx):
    set_state('active', 'x')
    Store().put(ctx, 1)
    Store().put({'id': 1}, 2)


@MANAGER.writer
def delete_rows(context, ids):  # [enginefacade-missing-context]
    context.session.execute(ids)


def more_callers():
    delete_rows(None, [1, 2])


@MANAGER.reader
def undefined_session(rack_id):  # [enginefacade-missing-context]
    return dbctx.session.query('racks').filter_by(id=rack_id).all()
