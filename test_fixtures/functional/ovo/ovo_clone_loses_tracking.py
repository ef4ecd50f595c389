"""ovo-clone-loses-tracking: private snapshots that the inherited obj_clone() does not copy."""
# pylint: disable=missing-docstring,attribute-defined-outside-init
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Instance(base.VersionedObject):
    # nova's Instance before 9345ed40e8: the snapshots are made by a helper
    # that __init__ and obj_reset_changes both call.
    fields = {
        'uuid': fields.UUIDField(),
        'metadata': fields.DictOfStringsField(),
        'system_metadata': fields.DictOfNullableStringsField(),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._reset_metadata_tracking()

    def _reset_metadata_tracking(self, fields=None):
        if fields is None or 'system_metadata' in fields:
            self._orig_system_metadata = (dict(self.system_metadata) if
                                          'system_metadata' in self else {})
        if fields is None or 'metadata' in fields:
            self._orig_metadata = (dict(self.metadata) if
                                   'metadata' in self else {})

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._reset_metadata_tracking(fields=fields)

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:  # [ovo-clone-loses-tracking]
            changes.add('metadata')
        if 'system_metadata' in self and (self.system_metadata !=
                                          self._orig_system_metadata):  # [ovo-clone-loses-tracking]
            changes.add('system_metadata')
        return changes


@base.VersionedObjectRegistry.register
class Flavor(base.VersionedObject):
    # nova's Flavor: __init__ starts the snapshot empty, the reset takes it.
    fields = {
        'flavorid': fields.StringField(),
        'extra_specs': fields.DictOfStringsField(),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._orig_extra_specs = {}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields=fields, recursive=recursive)
        if fields is None or 'extra_specs' in fields:
            self._orig_extra_specs = (dict(self.extra_specs)
                                      if self.obj_attr_is_set('extra_specs')
                                      else {})

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if ('extra_specs' in self and
                self.extra_specs != self._orig_extra_specs):  # [ovo-clone-loses-tracking]
            changes.add('extra_specs')
        return changes


class TrackingBase(base.VersionedObject):
    """A project base whose reset takes the snapshot; the subclass compares."""

    def __init__(self, context=None, **kwargs):
        super().__init__(context, **kwargs)
        self._orig_tags = []

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive)
        self._orig_tags = list(self.tags) if self.obj_attr_is_set('tags') else []


@base.VersionedObjectRegistry.register
class Server(TrackingBase):
    fields = {'tags': fields.ListOfStringsField()}

    def _tags_changed(self):
        return self.obj_attr_is_set('tags') and self._orig_tags != self.tags  # [ovo-clone-loses-tracking]

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if self._tags_changed():
            changes.add('tags')
        return changes
