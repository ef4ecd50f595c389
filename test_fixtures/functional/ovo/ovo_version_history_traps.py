"""Version comments that name a field without adding it.

An enum value added to a field, a parameter added to a method and a field
added to another object are not field additions of this object; only the
fields a clause adds to the object itself are (masakari, ironic and watcher
write comments like these).
"""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Notification(base.VersionedObject):
    # Version 1.0: Initial version
    # Version 1.1: Added 'RESUME_FAILED' in status field
    # Version 1.2: Added 'segment_uuid' parameter to 'get_by_uuid' method
    # Version 1.3: Added new enum value 'IGNORED' to status
    # Version 1.4: Add payload to the notify() call of status
    # Version 1.5: Added message field; removed the old type field
    # Version 1.6: Added message and payload to Notification  # [ovo-version-bump-unhandled]
    # Version 1.7: Added 'extra' boolean field  # [ovo-version-bump-unhandled]
    VERSION = '1.7'
    fields = {
        'status': fields.StringField(),
        'segment_uuid': fields.UUIDField(),
        'payload': fields.DictOfStringsField(),
        'message': fields.StringField(nullable=True),
        'type': fields.StringField(),
        'extra': fields.BooleanField(),
    }

    def obj_make_compatible(self, primitive, target_version):
        super().obj_make_compatible(primitive, target_version)
        if target_version == '1.4':
            primitive.pop('message', None)
