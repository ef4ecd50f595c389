from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    # Version 1.0: Initial version
    # Version 1.1: Added location field  # [ovo-version-bump-unhandled]
    VERSION = "1.1"
    fields = {
        "name": fields.StringField(),
        "location": fields.StringField(nullable=True),
    }
