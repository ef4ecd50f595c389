"""Field definitions that look odd but are right."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import base as inv_base
from inventory.objects import fields as inv_fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.0'
    fields = {
        'id': fields.IntegerField(),
        'name': fields.Field(fields.String()),
        'tags': fields.Field(fields.List(fields.String())),
        'state': fields.EnumField(['a', 'b']),
        'shelf': fields.ObjectField('Shelf'),
        'servers': fields.ListOfObjectsField('Rack', subclasses=True),
    }
    OBJ_PROJECT_NAMESPACE = 'traps'

    @property
    def display_name(self):
        return self.name


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    VERSION = '1.0'
    fields = {'rack_id': fields.IntegerField()}


class NotAnObject:
    def name(self):
        return self


class Mixin:
    fields = {'created_at': fields.DateTimeField(nullable=True)}


@inv_base.InventoryObjectRegistry.register
class ProjectObject(inv_base.InventoryObject):
    VERSION = '1.0'
    fields = {'rack': inv_fields.ObjectField('Rack')}


class UnregisteredBase(base.VersionedObject):
    """Never registered itself: ObjectFieldInvalid would need a registry decorator."""

    fields = {'label': fields.String()}


@base.VersionedObjectRegistry.register
class RedeclaresLabel(UnregisteredBase):
    VERSION = '1.0'
    fields = {'label': fields.StringField()}
