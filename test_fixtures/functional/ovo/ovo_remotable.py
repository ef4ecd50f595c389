"""remotable methods that fail when called, or warn when defined."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.0'
    fields = {'id': fields.IntegerField()}

    @base.remotable
    @classmethod
    def get(cls, context):  # [ovo-remotable-misuse]
        return cls(context)

    @base.remotable
    def ping():  # [ovo-remotable-misuse]
        return None

    @base.remotable_classmethod  # [ovo-remotable-classmethod-deprecated]
    def get_by_name(cls, context, name):
        return cls(context, name=name)


@base.VersionedObjectRegistry.register
class Cabinet(base.VersionedObject):
    VERSION = '1.0'
    fields = {'id': fields.IntegerField()}

    @classmethod
    @base.remotable
    def get_all(cls):  # [ovo-remotable-misuse]
        return cls()

    @classmethod
    @base.remotable
    def get_by_id(cls, ctxt, cabinet_id):
        return cls(ctxt, id=cabinet_id)


def calls(ctx):
    Cabinet.get_by_id(ctx, 1)
    Cabinet.get_by_id(context=ctx, cabinet_id=1)
    Cabinet.get_by_id(ctxt=ctx, cabinet_id=1)  # [ovo-remotable-misuse]
    Cabinet.get_all()  # [ovo-remotable-misuse]
