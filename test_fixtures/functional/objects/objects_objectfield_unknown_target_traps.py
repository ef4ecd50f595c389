"""When a configured external registry cannot be found, nothing is claimed."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Cabinet(base.VersionedObject):
    fields = {'typo': fields.ObjectField('Shelff')}
