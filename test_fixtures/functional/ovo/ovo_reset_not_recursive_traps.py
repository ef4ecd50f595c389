"""Plain resets with no certainly changed child object behind them."""
# pylint: disable=missing-docstring
from oslo_serialization import jsonutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Server(base.VersionedObject):
    fields = {
        'uuid': fields.UUIDField(),
        'host': fields.StringField(nullable=True),
    }


@base.VersionedObjectRegistry.register
class Request(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(),
        'server': fields.ObjectField('Server'),
        'servers': fields.ListOfObjectsField('Server'),
    }

    def recursive(self):
        self.server.host = None
        self.obj_reset_changes(recursive=True)

    def other_fields(self):
        self.server.host = None
        self.obj_reset_changes(['id'])

    def unknown_fields(self, names):
        self.server.host = None
        self.obj_reset_changes(names)

    def child_reset_first(self):
        server = Server(uuid='u', host=None)
        server.obj_reset_changes()
        self.server = server
        self.obj_reset_changes()

    def child_reset_after(self):
        self.server.host = None
        self.server.obj_reset_changes()
        self.obj_reset_changes()

    def deserialised(self, db_server):
        # obj_from_primitive() keeps the changes the primitive carried: unknown.
        self.server = Server.obj_from_primitive(jsonutils.loads(db_server))
        self.obj_reset_changes()

    def passed_in(self, server):
        self.server = server
        self.obj_reset_changes()

    def built_without_fields(self):
        self.server = Server()
        self.obj_reset_changes()

    def list_of_objects(self):
        # obj_what_changed() does not look into lists.
        self.servers = [Server(uuid='u')]
        self.obj_reset_changes()

    def only_in_a_branch(self, flag):
        if flag:
            self.server.host = None
        self.obj_reset_changes()

    def handed_on(self, helper):
        self.server.host = None
        helper(self.server)
        self.obj_reset_changes()

    def replaced(self, server):
        self.server.host = None
        self.server = server
        self.obj_reset_changes()

    def private_attribute(self):
        self.server._context = None
        self.obj_reset_changes()

    def in_a_loop(self, hosts):
        for host in hosts:
            self.obj_reset_changes()
            self.server.host = host
            self.server.obj_reset_changes()

    def in_a_handler(self):
        try:
            self.server.host = None
        except ValueError:
            self.obj_reset_changes()

    def aliased(self):
        server = self.server
        self.server.host = None
        server.obj_reset_changes()
        self.obj_reset_changes()

    def _maybe_load(self, flag):
        if flag:
            return
        self.server.host = None

    def through_a_method_that_may_not(self, flag):
        self._maybe_load(flag)
        self.obj_reset_changes()


@base.VersionedObjectRegistry.register
class Resetting(base.VersionedObject):
    """A class whose own reset always resets the children."""

    fields = {'server': fields.ObjectField('Server')}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=True)

    def fill(self):
        self.server.host = None
        self.obj_reset_changes()


def unknown_receiver(obj):
    obj.server.host = None
    obj.obj_reset_changes()
