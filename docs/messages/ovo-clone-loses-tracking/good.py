from oslo_versionedobjects import base
from oslo_versionedobjects import fields as obj_fields


@base.VersionedObjectRegistry.register
class Instance(base.VersionedObject):
    fields = {"uuid": obj_fields.UUIDField(), "metadata": obj_fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._orig_metadata = {}

    def obj_clone(self):
        clone = super().obj_clone()
        clone._orig_metadata = dict(self._orig_metadata)  # pylint: disable=protected-access
        return clone

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if "metadata" in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if "metadata" in self and self.metadata != self._orig_metadata:
            changes.add("metadata")
        return changes
