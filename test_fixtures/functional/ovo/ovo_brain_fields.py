"""Fields of oslo.versionedobjects objects are typed attributes; typos are not."""
# pylint: disable=missing-docstring,pointless-statement,expression-not-assigned
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory import objects
from inventory.objects import rack as rack_obj
from inventory.objects import server as server_obj


@base.VersionedObjectRegistry.register_if(False)
class Widget(base.VersionedObject, base.TimestampedObject):
    fields = {
        'id': fields.IntegerField(read_only=True),
        'name': fields.StringField(nullable=True),
        'sizes': fields.ListOfIntegersField(),
    }

    def rename(self, name):
        self.name = name
        self.nmae = name  # [attribute-defined-outside-init]
        return self.name.upper()

    def touch(self):
        return self.created_at.isoformat()

    def typo(self):
        return self.sise  # [no-member]


def scalar_fields(ctx):
    rack = rack_obj.Rack(ctx)
    rack.name.upper()
    rack.name.uper()  # [no-member]
    rack.uuid.lower()
    rack.id.bit_length()
    rack.state.upper()
    rack.created_at.isoformat()
    rack.deleted.conjugate()
    rack.display_name.title()
    rack.locaton  # [no-member]


def collection_fields(ctx):
    rack = rack_obj.Rack(ctx)
    rack.tags.append('x')
    rack.tags.apend('x')  # [no-member]
    rack.labels.items()
    'x' in rack.tags
    for tag in rack.tags:
        tag.strip()


def unknown_types_stay_silent(ctx):
    rack = rack_obj.Rack(ctx)
    rack.power_cycles.anything()


def values_are_coerced_on_assignment(ctx):
    rack = rack_obj.Rack(ctx)
    rack.name = 5
    rack.name.upper()
    rack.tags = ('a', 'b')
    rack.tags.append('c')


def object_fields(ctx):
    server = server_obj.Server(ctx)
    server.rack.name.upper()
    server.rack.nam  # [no-member]
    server.memory_mb.bit_length()


def list_objects(ctx):
    servers = server_obj.ServerList.get_by_rack(ctx, 1)
    servers[0].hostname.upper()
    servers[0].hostnme  # [no-member]
    servers.objects[0].hostname.upper()
    servers[1:].objects
    for server in servers:
        server.hostname.upper()


def registry_names(ctx):
    objects.Rack.get_by_id(ctx, 1)
    objects.Rak  # [no-member]


def _make_fields():
    return {'size': fields.IntegerField(), 'label': fields.StringField()}


@base.VersionedObjectRegistry.register_if(False)
class Built(base.VersionedObject):
    """fields built by a call: the names are unknown, not missing."""

    fields = _make_fields()

    def describe(self):
        self.obj_reset_changes()
        return self.size, self.label


def built_fields(ctx):
    built = Built(ctx)
    built.size
    built.obj_what_changed()
