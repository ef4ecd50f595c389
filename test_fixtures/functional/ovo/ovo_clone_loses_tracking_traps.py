"""ovo-clone-loses-tracking traps: snapshots that a clone gets right, or that cannot be known."""
# pylint: disable=missing-docstring,attribute-defined-outside-init,import-error
import copy

from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from not_installed_anywhere import UnknownBase


class _Snapshot:
    """The nova-shaped tracking of 'metadata', shared by the traps below."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._orig_metadata = {}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}


@base.VersionedObjectRegistry.register
class FixedInstance(base.VersionedObject):
    # nova's Instance after 9345ed40e8: obj_clone copies the snapshot.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._orig_metadata = {}

    def obj_clone(self):
        nobj = super().obj_clone()
        if hasattr(self, '_orig_metadata'):
            nobj._orig_metadata = dict(self._orig_metadata)
        return nobj

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class DeepCopied(base.VersionedObject):
    # __deepcopy__ overridden: obj_clone goes through it.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._orig_metadata = {}

    def __deepcopy__(self, memo):
        nobj = super().__deepcopy__(memo)
        nobj._orig_metadata = copy.deepcopy(self._orig_metadata, memo)
        return nobj

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


class CloningBase(base.VersionedObject):
    """A project base whose obj_clone copies every private attribute."""

    def obj_clone(self):
        nobj = super().obj_clone()
        nobj.__dict__.update({k: copy.deepcopy(v) for k, v in vars(self).items() if k.startswith('_orig')})
        return nobj


@base.VersionedObjectRegistry.register
class ClonedByBase(_Snapshot, CloningBase):
    fields = {'metadata': fields.DictOfStringsField()}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class HasattrGuard(base.VersionedObject):
    # A bare object (the clone's start) has no snapshot, and the comparison
    # asks hasattr() first: the clone reports nothing.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if 'metadata' in kwargs:
            self._orig_metadata = dict(self.metadata)

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if hasattr(self, '_orig_metadata') and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class NoneGuard(base.VersionedObject):
    # __init__ leaves None, read as "no snapshot": the clone reports nothing.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._orig_metadata = None

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if self._orig_metadata is not None and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class FlagGuard(base.VersionedObject):
    # A flag that only the reset sets: the clone starts untracked.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tracking = False
        self._orig_metadata = {}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._tracking = True
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if self._tracking and 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


_SNAPSHOTS = {}


@base.VersionedObjectRegistry.register
class ClassLevel(_Snapshot, base.VersionedObject):
    # Bound at class level: a property that keeps the snapshot by uuid, which
    # a clone shares. What a class-level name does is not modelled.
    fields = {'uuid': fields.UUIDField(), 'metadata': fields.DictOfStringsField()}

    @property
    def _orig_metadata(self):
        return _SNAPSHOTS.get(self.uuid, {})

    @_orig_metadata.setter
    def _orig_metadata(self, value):
        if 'uuid' in self:
            _SNAPSHOTS[self.uuid] = value

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class WithDefault(base.VersionedObject):
    # getattr with a default: no attribute read to follow.
    fields = {'metadata': fields.DictOfStringsField()}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != getattr(self, '_orig_metadata', self.metadata):
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class NotSetInInit(base.VersionedObject):
    # Only the reset assigns it: a clone has none, and raises AttributeError
    # instead (another consequence, not reported).
    fields = {'metadata': fields.DictOfStringsField()}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class InitOnly(base.VersionedObject):
    # Set by __init__ only: the clone's own __init__ makes the same one.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._empty = {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._empty:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class NotASnapshot(base.VersionedObject):
    # The reset assigns a constant, not a copy of the field.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._baseline = {}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._baseline = {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._baseline:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class ComparesPrivates(base.VersionedObject):
    # Two private attributes compared: neither is a field.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._seen = self._orig = {}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._seen = self._orig = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if self._seen != self._orig:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class ResetOnly(_Snapshot, base.VersionedObject):
    # No obj_what_changed of its own: the snapshot is never compared.
    fields = {'metadata': fields.DictOfStringsField()}


@base.VersionedObjectRegistry.register
class NeedsArgument(base.VersionedObject):
    # __init__ needs an argument: __deepcopy__'s cls() raises TypeError first.
    fields = {'metadata': fields.DictOfStringsField()}

    def __init__(self, owner, **kwargs):
        super().__init__(**kwargs)
        self.owner = owner
        self._orig_metadata = {}

    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields, recursive=recursive)
        self._orig_metadata = dict(self.metadata) if 'metadata' in self else {}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


@base.VersionedObjectRegistry.register
class UnknownAncestry(_Snapshot, UnknownBase, base.VersionedObject):
    # A base that cannot be read may define obj_clone.
    fields = {'metadata': fields.DictOfStringsField()}

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        if 'metadata' in self and self.metadata != self._orig_metadata:
            changes.add('metadata')
        return changes


class NotAnObject:
    # The same code outside OVO: its deepcopy is Python's, which copies everything.
    fields = {'metadata': None}

    def __init__(self):
        self.metadata = {}
        self._orig_metadata = {}

    def obj_reset_changes(self):
        self._orig_metadata = dict(self.metadata)

    def obj_what_changed(self):
        return {'metadata'} if self.metadata != self._orig_metadata else set()
