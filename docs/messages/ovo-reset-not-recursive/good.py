from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Server(base.VersionedObject):
    fields = {"uuid": fields.UUIDField(), "host": fields.StringField(nullable=True)}


@base.VersionedObjectRegistry.register
class Request(base.VersionedObject):
    fields = {"id": fields.IntegerField(), "server": fields.ObjectField("Server")}

    def load_server(self, db_server):
        self.server = Server.obj_from_primitive(db_server)
        self.server.host = None

    @staticmethod
    def _from_db_object(context, req, db_req):
        req.id = db_req["id"]
        req.load_server(db_req["server"])
        req.obj_reset_changes(recursive=True)
        req._context = context
        return req

    @classmethod
    def get(cls, context, db_req):
        return cls._from_db_object(context, cls(), db_req)
