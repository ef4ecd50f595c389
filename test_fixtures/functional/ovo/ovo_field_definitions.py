"""Field definitions that fail at registration, or that registration overrides."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.0'
    fields = {
        'id': fields.IntegerField(),
        'name': fields.String(),  # [ovo-invalid-field-definition]
        'tags': fields.Field(fields.List(fields.String)),  # [ovo-invalid-field-definition]
        'state': fields.EnumField([]),  # [ovo-invalid-field-definition]
    }

    def id(self):  # [ovo-field-shadowed]
        return 1


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    VERSION = '1.0'
    fields = {'rack': fields.ObjectField('Rack')}

    @property
    def rack(self):  # [ovo-field-shadowed]
        return None


@base.VersionedObjectRegistry.register
class Sub(Rack):
    VERSION = '1.1'
    name = 'sub'  # [ovo-field-shadowed]
