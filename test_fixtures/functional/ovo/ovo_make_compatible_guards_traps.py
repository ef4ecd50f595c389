"""Backports that delete a key only after checking for it: no KeyError can happen.

masakari's Host deletes a removed field this way ('failover_segment_id'): the
membership test is reported (it is never true), the guarded del is not.
"""
# pylint: disable=missing-docstring
from oslo_utils import versionutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Host(base.VersionedObject):
    VERSION = '1.2'
    fields = {
        'name': fields.StringField(),
        'reserved': fields.BooleanField(),
    }

    def obj_make_compatible(self, primitive, target_version):
        super().obj_make_compatible(primitive, target_version)
        target_version = versionutils.convert_version_to_tuple(target_version)
        if target_version >= (1, 2) and 'segment_id' in primitive:  # [ovo-make-compatible-unknown-key]
            del primitive['segment_id']
        if 'old_name' not in primitive:  # [ovo-make-compatible-unknown-key]
            return
        primitive['name'] = primitive['old_name']
        try:
            del primitive['legacy']
        except KeyError:
            pass
        value = primitive['extra'] if 'extra' in primitive else None  # [ovo-make-compatible-unknown-key]
        primitive['notes'] = value
        del primitive['notes']
