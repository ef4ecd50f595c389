"""remotable methods that look odd but are right."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.0'
    fields = {'id': fields.IntegerField()}

    @classmethod
    @base.remotable
    def get(cls, context):
        return cls(context)

    @base.remotable
    def save(self):
        return self


def calls(ctx):
    Rack.get(ctx)
    Rack.get(context=ctx)
