import logging

from oslo_versionedobjects import base as ovo_base
from oslo_versionedobjects import fields

from typecheck_pkg.objects import base

LOG = logging.getLogger(__name__)


@ovo_base.VersionedObjectRegistry.register
class Gizmo(base.ProjectObject):
    fields = {'name': fields.StringField()}
