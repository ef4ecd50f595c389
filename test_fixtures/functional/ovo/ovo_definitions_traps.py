"""OVO class declarations that look odd but are right."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import base as inv_base
from inventory.objects import fields as inv_fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.10.2'
    fields = {
        'id': fields.IntegerField(),
        'name': fields.Field(fields.String()),
        'tags': fields.Field(fields.List(fields.String())),
        'state': fields.EnumField(['a', 'b']),
        'shelf': fields.ObjectField('Shelf'),
        'servers': fields.ListOfObjectsField('Rack', subclasses=True),
    }
    OBJ_PROJECT_NAMESPACE = 'traps'

    @classmethod
    @base.remotable
    def get(cls, context):
        return cls(context)

    @base.remotable
    def save(self):
        return self

    @property
    def display_name(self):
        return self.name


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    VERSION = '1.0'
    fields = {'rack_id': fields.IntegerField()}
    version_notes = 'not a version attribute'


class NotAnObject:
    VERSION = 'v1'
    version = '1.0'

    def name(self):
        return self


@base.VersionedObjectRegistry.register
class InheritsVersion(Shelf):
    fields = {'extra': inv_fields.RackStateField()}


class Mixin:
    fields = {'created_at': fields.DateTimeField(nullable=True)}


@inv_base.InventoryObjectRegistry.register
class ProjectObject(inv_base.InventoryObject):
    VERSION = '1.0'
    fields = {'rack': inv_fields.ObjectField('Rack')}
