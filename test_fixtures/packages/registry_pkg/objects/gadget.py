from oslo_versionedobjects import base as ovo_base
from oslo_versionedobjects import fields

from registry_pkg.objects import base


@base.ProjectRegistry.register
class Gadget(ovo_base.VersionedObject):
    fields = {'name': fields.StringField()}


@base.ProjectRegistry.register
@ovo_base.VersionedObjectRegistry.register_if(True)
class GadgetList(ovo_base.ObjectListBase, ovo_base.VersionedObject):
    fields = {'objects': fields.ListOfObjectsField('Gadget')}


class NotRegistered(ovo_base.VersionedObject):
    pass
