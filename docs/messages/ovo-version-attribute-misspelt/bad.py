from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    version = "1.1"  # [ovo-version-attribute-misspelt]
    fields = {"name": fields.StringField()}
