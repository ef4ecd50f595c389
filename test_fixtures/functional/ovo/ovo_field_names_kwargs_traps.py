"""Non-field names that work: plain attributes set by the constructor, and subclass fields.

VersionedObject.__init__ does setattr(self, key, kwargs[key]) for every
keyword (oslo_versionedobjects/base.py), so Volume(ctx, **props) may give the
object any plain attribute, and obj[key] (getattr) then returns it. A
method's self may be a subclass instance with more fields.
"""
# pylint: disable=missing-docstring,pointless-statement,expression-not-assigned
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Volume(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        'id': fields.IntegerField(),
        'size': fields.IntegerField(nullable=True),
        'display_name': fields.StringField(nullable=True),
    }

    def describe(self):
        if self.obj_attr_is_set('volume_type_name'):
            return self.get('volume_type_name')
        return None

    @classmethod
    def build(cls, context):
        volume = cls(context)
        volume.obj_set_defaults('multiattach')
        return volume


@base.VersionedObjectRegistry.register
class TypedVolume(Volume):
    fields = {
        'volume_type_name': fields.StringField(nullable=True),
        'multiattach': fields.BooleanField(default=False),
    }


def create(ctx, props):
    volume = Volume(ctx, **props)
    return volume['volume_type_name'], volume['group_snapshot']


def create_explicit(ctx):
    volume = Volume(ctx, id=1, bootable=True)
    return volume['bootable']


class ProjectObject(base.VersionedObject):
    """Like designate's DesignateObject: obj_attr_is_set answers instead of raising."""

    def obj_attr_is_set(self, attrname):
        return hasattr(self, '_obj_' + attrname)


@base.VersionedObjectRegistry.register
class Zone(ProjectObject, base.VersionedObjectDictCompat):
    fields = {'name': fields.StringField()}


def project_api(ctx):
    zone = Zone(ctx)
    return zone.obj_attr_is_set('nmae'), 'nmae' in zone


def project_api_positive(ctx):
    """get() is still OVO's: it checks obj_fields first and raises."""
    return Zone(ctx).get('nmae')  # [ovo-unknown-field]
