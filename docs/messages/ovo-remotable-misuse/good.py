from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {"name": fields.StringField()}

    @classmethod
    @base.remotable
    def get_by_name(cls, context, name):
        return cls(context, name=name)

    @classmethod
    @base.remotable
    def get_all(cls, context):
        return [cls(context, name="r1")]

    @classmethod
    @base.remotable
    def get_by_id(cls, context, rack_id):
        return cls(context, name=str(rack_id))

    @base.remotable
    def refresh(self):
        return self


def find(ctxt):
    return Rack.get_by_id(ctxt, rack_id=1)
