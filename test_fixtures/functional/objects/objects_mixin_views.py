"""Mixins seen with the bases their users share: what stays no-member."""
# The classes are not named *Mixin: pylint skips no-member on those (mixin-class-rgx).
# pylint: disable=missing-docstring,too-few-public-methods
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


class StampedViewTraits:
    """Every user is a VersionedObject: only what they share is known."""

    def label(self):
        return self.obj_name(), self.id

    def misspelt(self):
        return self.obj_nmae()  # [no-member]

    def misspelt_in_a_comprehension(self):
        return [self.obj_nmae() for _ in range(2)]  # [no-member]

    def only_one_user_declares_it(self):
        return self.title  # [no-member]

    def mark(self):
        self._marked = True  # [attribute-defined-outside-init]


@base.VersionedObjectRegistry.register
class StampedViewBook(StampedViewTraits, base.VersionedObject):
    fields = {'id': fields.IntegerField(), 'title': fields.StringField()}


@base.VersionedObjectRegistry.register
class StampedViewShelf(StampedViewTraits, base.VersionedObject):
    fields = {'id': fields.IntegerField()}


class LooseViewTraits:
    """Used once without a VersionedObject base: pylint's messages stay."""

    def label(self):
        return self.obj_name()  # [no-member]

    def context(self):
        return self._context

    def attach(self, context):
        self._context = context  # [attribute-defined-outside-init]

    @staticmethod
    def _from_db_object(context, obj, row):
        obj._context = context  # [protected-access]
        obj.id = row['id']
        return obj


@base.VersionedObjectRegistry.register
class LooseViewBook(LooseViewTraits, base.VersionedObject):
    fields = {'id': fields.IntegerField()}


class LooseViewPlain(LooseViewTraits):
    pass


class CompatViewTraits:
    """Only some users are dict-compatible: self[...] is not known to work."""

    def first(self):
        return self['id']  # [unsubscriptable-object]


@base.VersionedObjectRegistry.register
class CompatViewBook(CompatViewTraits, base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class CompatViewShelf(CompatViewTraits, base.VersionedObject):
    fields = {'id': fields.IntegerField()}
