"""enginefacade-session-outside-scope: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade
import oslo_messaging
from oslo_versionedobjects import base as ovo_base

from inventory import context as inv_context
from inventory.db import tags

MAIN = enginefacade.transaction_context()


def _count_racks(context):
    """A helper: every caller calls it inside a scope."""
    return context.session.query('racks').count()


@MAIN.reader
def count(context):
    return _count_racks(context)


def count_in_block(context):
    with MAIN.reader.using(context):
        return _count_racks(context)


def model_query(context, model):
    """A public helper of a DB API: its callers are elsewhere."""
    return context.session.query(model)


def periodic_in_scope():
    admin = inv_context.get_admin_context()
    with MAIN.writer.using(admin) as session:
        session.add(admin)
        admin.session.query('racks').delete()
        _count_racks(admin)


def probes():
    admin = inv_context.get_admin_context()
    session = getattr(admin, 'session', None)
    return session, hasattr(admin, 'session')


def elevated_shares_the_scope(context):
    """An elevated copy shares the scope a caller opened on the context."""
    admin = context.elevated()
    return admin.session.query('racks').all()


def target_cell(context, cell):
    return context, cell


def in_a_cell(context, cell):
    with target_cell(context, cell) as cctx:
        return cctx.session.query('racks').all()


class Connection:
    def __init__(self, session):
        self.session = session

    def rows(self):
        return self.session.query('racks').all()


def _opens_and_reads(context):
    """Opens a scope, and reads outside it: only ever called inside a scope."""
    with MAIN.writer.using(context):
        context.session.add(context)
    return context.session.query('racks').all()


@MAIN.writer
def caller_with_scope(context):
    return _opens_and_reads(context)


@ovo_base.VersionedObjectRegistry.register
class Rack(ovo_base.VersionedObject):
    VERSION = '1.0'
    fields = {}

    @ovo_base.remotable
    def save(self):
        with MAIN.writer.using(self._context):
            self._context.session.add(self)

    @classmethod
    @ovo_base.remotable
    def count(cls, context):
        return count(context)

    def helper(self):
        """Not remotable: its callers may hold a scope."""
        return self._context.session.query('racks').all()


class ConductorEndpoint:
    target = oslo_messaging.Target(version='1.0')

    def count_tags(self, context):
        with MAIN.reader.using(context):
            return tags.count_tags(context)

    def _helper(self, context):
        """Private: not an RPC method, called by the endpoint's own methods."""
        return tags.count_tags(context)


class ConductorClient:
    """An RPC client: its target is no class attribute, its methods are no endpoint."""

    def __init__(self):
        self.target = oslo_messaging.Target(topic='conductor')

    def count_tags(self, context):
        return tags.count_tags(context)
