"""Remotable methods keep their kind; optional OVO hooks are not abstract."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import base as inv_base


@base.VersionedObjectRegistry.register
class Gadget(base.VersionedObject):
    fields = {'id': fields.IntegerField(), 'name': fields.StringField()}

    @base.remotable_classmethod
    def get_by_id(cls, context, gadget_id):
        gadget = cls(context, id=gadget_id)
        gadget._context = context
        return gadget

    @inv_base.remotable_classmethod
    def get_by_name(cls, context, name):
        return cls(context, name=name)

    @classmethod
    @base.remotable
    def get_all(cls, context):
        return [cls(context)]

    @base.remotable
    def rename(self, name):
        self.name = name


def calls(ctx, gadget):
    Gadget.get_by_id(ctx, 1)
    Gadget.get_by_id(ctx)  # [no-value-for-parameter]
    Gadget.get_by_name(ctx, 'x')
    Gadget.get_all(ctx)
    gadget.rename('y')
    Gadget(ctx).rename()  # [no-value-for-parameter]


class GadgetType(fields.FieldType):
    """A project field type without get_schema: fine unless exported."""

    def coerce(self, obj, attr, value):
        return value


class AbstractStore(base.VersionedObject):
    """A hook of the project's own that really is abstract stays reported."""

    def flush(self):
        raise NotImplementedError()


class Store(AbstractStore):  # [abstract-method]
    pass


class RpcClient:
    def __init__(self):
        self._context = None


def protocol_attributes(ctx, unknown):
    Gadget(ctx)._context = ctx
    RpcClient()._context = ctx  # [protected-access]
    unknown._context = ctx  # [protected-access]
    return Gadget(ctx)._secret  # [no-member, protected-access]


@base.VersionedObjectRegistry.register
class Part(base.VersionedObject):
    fields = {'id': fields.IntegerField()}

    @staticmethod
    def _from_db_object(context, part, db_part):
        part.id = db_part['id']
        part._context = context
        part._changed_fields = set()
        part.obj_reset_changes()
        return part

    @staticmethod
    def _not_ovo(context):
        client = RpcClient()
        client._context = context  # [protected-access]
        return client


@base.VersionedObjectRegistry.register
class Crate(base.VersionedObject):
    """Classmethods called through cls inside remotable methods keep their kind."""

    fields = {'id': fields.IntegerField()}

    @classmethod
    def _build(cls, context, crate_id):
        return cls(context, id=crate_id)

    @inv_base.remotable_classmethod
    def get_by_id(cls, context, crate_id):
        return cls._build(context, crate_id)

    @classmethod
    @base.remotable
    def get_first(cls, context):
        return cls.get_by_id(context, 1)

    @base.remotable
    def refresh(self):
        current = self.__class__.get_by_id(self._context, self.id)
        return Crate._build(self._context)  # [no-value-for-parameter]
