"""remotable classmethods whose context arrives through *args, **kwargs or a keyword-only parameter.

remotable calls fn(cls, *args, **kwargs) with the context still in the
arguments (oslo_versionedobjects/base.py _wrapper_classmethod), so each of
these binds it, and every call below works.
"""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Volume(base.VersionedObject):
    VERSION = '1.0'
    fields = {'id': fields.IntegerField()}

    @classmethod
    @base.remotable
    def get(cls, *args, **kwargs):
        return cls(args[0] if args else kwargs['context'])

    @classmethod
    @base.remotable
    def get_all(cls, *args):
        return cls(args[0])

    @classmethod
    @base.remotable
    def get_by_id(cls, **kwargs):
        return cls(kwargs['context'], id=kwargs['id'])

    @classmethod
    @base.remotable
    def get_by_name(cls, *, context, name):
        return cls(context, name=name)


def calls(ctx):
    Volume.get(ctx)
    Volume.get(context=ctx)
    Volume.get_all(ctx)
    Volume.get_by_id(context=ctx, id=1)
    Volume.get_by_name(context=ctx, name='x')


def remotable(fn):
    """A project's own decorator that happens to be called remotable."""
    return fn


class Local:
    @classmethod
    @remotable
    def get(cls):
        return cls()


def local_calls():
    return Local.get()
