"""Added fields that a project hook backports instead of obj_make_compatible.

ironic's serializer calls convert_to_version() before obj_to_primitive();
the base class dispatches to each class's _convert_to_version, which drops
fields that the target version does not have. Other projects override
obj_to_primitive, or strip computed keys in obj_make_compatible.
"""
# pylint: disable=missing-docstring
from oslo_utils import versionutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


class ProjectObject(base.VersionedObject):
    def convert_to_version(self, target_version, remove_unavailable_fields=True):
        if self.VERSION != target_version:
            self._convert_to_version(target_version, remove_unavailable_fields)
            self.VERSION = target_version

    def _convert_to_version(self, target_version, remove_unavailable_fields=True):
        pass

    def _adjust_field_to_version(self, name, target_version, minor, remove):
        if versionutils.convert_version_to_tuple(target_version) < (1, minor):
            if remove:
                delattr(self, name)


@base.VersionedObjectRegistry.register
class Node(ProjectObject):
    # Version 1.0: Initial version
    # Version 1.1: Added rescue_interface field
    VERSION = '1.1'
    fields = {
        'name': fields.StringField(),
        'rescue_interface': fields.StringField(nullable=True),
    }

    def _convert_to_version(self, target_version, remove_unavailable_fields=True):
        for name, minor in (('rescue_interface', 1),):
            self._adjust_field_to_version(name, target_version, minor, remove_unavailable_fields)


class Dispatching(base.VersionedObject):
    """A hook that removes nothing: the added field is still not backported."""

    def convert_to_version(self, target_version):
        self._convert_to_version(target_version)

    def _convert_to_version(self, target_version):
        self.obj_reset_changes()


@base.VersionedObjectRegistry.register
class Port(Dispatching):
    # Version 1.0: Initial version
    # Version 1.1: Added physical_network field  # [ovo-version-bump-unhandled]
    VERSION = '1.1'
    fields = {
        'address': fields.StringField(),
        'physical_network': fields.StringField(nullable=True),
    }


class PrimitiveObject(base.VersionedObject):
    def obj_to_primitive(self, target_version=None, version_manifest=None):
        primitive = super().obj_to_primitive(target_version, version_manifest)
        return primitive


@base.VersionedObjectRegistry.register
class Chassis(PrimitiveObject):
    # Version 1.1: Added description field
    VERSION = '1.1'
    fields = {
        'uuid': fields.UUIDField(),
        'description': fields.StringField(nullable=True),
    }


@base.VersionedObjectRegistry.register
class Allocation(base.VersionedObject):
    # Version 1.1: Added owner field
    VERSION = '1.1'
    NEW_FIELDS = {'1.1': ('owner',)}
    fields = {
        'uuid': fields.UUIDField(),
        'owner': fields.StringField(nullable=True),
    }

    def obj_make_compatible(self, primitive, target_version):
        super().obj_make_compatible(primitive, target_version)
        for version, names in self.NEW_FIELDS.items():
            if target_version < version:
                for name in names:
                    primitive.pop(name, None)
