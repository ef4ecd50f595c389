"""One versioned object."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(),
        'name': fields.StringField(nullable=True),
    }
