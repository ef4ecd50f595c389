from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {"name": fields.StringField()}

    @base.remotable
    @classmethod
    def get_by_name(cls, context, name):  # [ovo-remotable-misuse]
        return cls(context, name=name)

    @classmethod
    @base.remotable
    def get_all(cls):  # [ovo-remotable-misuse]
        return []

    @classmethod
    @base.remotable
    def get_by_id(cls, context, rack_id):
        return cls(context, name=str(rack_id))

    @base.remotable
    def refresh():  # [ovo-remotable-misuse]
        return None


def find(ctxt):
    return Rack.get_by_id(ctxt=ctxt, rack_id=1)  # [ovo-remotable-misuse]
