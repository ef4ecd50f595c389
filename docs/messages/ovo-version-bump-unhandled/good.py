from oslo_utils import versionutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    # Version 1.0: Initial version
    # Version 1.1: Added location field
    VERSION = "1.1"
    fields = {
        "name": fields.StringField(),
        "location": fields.StringField(nullable=True),
    }

    def obj_make_compatible(self, primitive, target_version):
        super().obj_make_compatible(primitive, target_version)
        target_version = versionutils.convert_version_to_tuple(target_version)
        if target_version < (1, 1):
            primitive.pop("location", None)
