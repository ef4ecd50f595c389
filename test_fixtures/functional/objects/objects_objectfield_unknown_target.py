"""ObjectField targets: this package, another project's registry, or nothing."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        'shelf': fields.ObjectField('Shelf'),
        'shelves': fields.ListOfObjectsField('Shelf', subclasses=True),
        'neighbour': fields.ObjectField('Rack', nullable=True),
        'gadget': fields.ObjectField('Gadget'),
        'typo': fields.ObjectField('Shelff'),  # [ovo-objectfield-unknown-target]
        'typos': fields.ListOfObjectsField('Gadgett'),  # [ovo-objectfield-unknown-target]
    }
