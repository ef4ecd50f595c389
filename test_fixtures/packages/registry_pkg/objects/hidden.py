from oslo_versionedobjects import base as ovo_base

from registry_pkg.objects import base


@base.ProjectRegistry.register_if(False)
class Hidden(ovo_base.VersionedObject):
    pass
