"""enginefacade-session-outside-scope: context.session where no scope can be open."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade
import oslo_messaging
from oslo_versionedobjects import base as ovo_base

from inventory import context as inv_context
from inventory.db import tags

MAIN = enginefacade.transaction_context()


def _count_racks(context):
    """A helper: relies on its caller's scope."""
    return context.session.query('racks').count()


def _count_via_helper(ctx):
    return _count_racks(ctx)


def periodic_cleanup():
    admin = inv_context.get_admin_context()
    admin.session.query('racks').delete()  # [enginefacade-session-outside-scope]
    _count_racks(admin)  # [enginefacade-session-outside-scope]
    _count_via_helper(admin)  # [enginefacade-session-outside-scope]
    return admin.connection  # [enginefacade-session-outside-scope]


def built_directly():
    ctx = inv_context.RequestContext(user_id='u')
    return ctx.session.query('racks').all()  # [enginefacade-session-outside-scope]


def update_then_read(context, rack_id):
    """Opens its own scope, but reads after it closed."""
    with MAIN.writer.using(context):
        context.session.query('racks').filter_by(id=rack_id).update({'a': 1})
    return context.session.query('racks').get(rack_id)  # [enginefacade-possible-session-outside-scope]


@ovo_base.VersionedObjectRegistry.register
class Rack(ovo_base.VersionedObject):
    VERSION = '1.0'
    fields = {}

    @ovo_base.remotable
    def save(self):
        self._context.session.add(self)  # [enginefacade-possible-session-outside-scope]

    @classmethod
    @ovo_base.remotable
    def count(cls, context):
        return _count_racks(context)  # [enginefacade-possible-session-outside-scope]


class ConductorEndpoint:
    """An oslo.messaging endpoint: the dispatcher passes a new context."""

    target = oslo_messaging.Target(version='1.0')

    def count_racks(self, context):
        return context.session.query('racks').count()  # [enginefacade-possible-session-outside-scope]

    def count_tags(self, context):
        return tags.count_tags(context)  # [enginefacade-possible-session-outside-scope]

    @classmethod
    @ovo_base.remotable
    def unused(cls, context):
        return tags.count_tags(context)  # [enginefacade-possible-session-outside-scope]
