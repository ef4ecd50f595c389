"""An object defined in another module of the same objects package."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    fields = {'slots': fields.IntegerField()}
