from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {"name": fields.StringField()}

    @base.remotable_classmethod  # [ovo-remotable-classmethod-deprecated]
    def get_by_name(cls, context, name):
        return cls(context, name=name)
