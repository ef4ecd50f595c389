"""Objects built from rows, some of which write while they are built."""
# pylint: disable=missing-docstring
import uuid as uuidlib

from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from carried_writer.db import api as db


class Widget(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(),
        'uuid': fields.UUIDField(),
    }

    @staticmethod
    def _from_db_object(context, widget, db_widget):
        for key in widget.fields:
            if db_widget.get(key) is not None:
                widget[key] = db_widget[key]
        widget._context = context
        widget.obj_reset_changes()
        # An online data migration: rows from before the uuid column.
        if 'uuid' not in widget:
            widget.uuid = str(uuidlib.uuid4())
            widget.save()
        return widget

    @classmethod
    def get_all(cls, context):
        return [cls._from_db_object(context, cls(), row) for row in db.widget_get_all(context)]

    def save(self):
        db.widget_update(self._context, self.id, self.obj_get_changes())


class Gadget(base.VersionedObject):
    """Built from rows without writing: nothing to report under a reader."""

    fields = {'id': fields.IntegerField()}

    @staticmethod
    def _from_db_object(context, gadget, db_gadget):
        gadget.id = db_gadget['id']
        gadget._context = context
        gadget.obj_reset_changes()
        return gadget

    @classmethod
    def get(cls, context, row):
        return cls._from_db_object(context, cls(), row)

    def save(self):
        db.widget_update(self._context, self.id, {})


class WidgetList(base.ObjectListBase, base.VersionedObject):
    fields = {'objects': fields.ListOfObjectsField('Widget')}

    @staticmethod
    @db.select_db_reader_mode
    def _get_all_impl(context, use_slave=False):
        rows = db.widget_get_all(context)
        return base.obj_make_list(context, WidgetList(), Widget, rows)  # [enginefacade-possible-reader-upgrade]

    @staticmethod
    @db.select_db_reader_mode
    def _get_rows(context, use_slave=False):
        return db.widget_get_all(context)

    @classmethod
    def get_all(cls, context, use_slave=False):
        """The fix of bug 1746509: the list is built after the reader has closed."""
        rows = cls._get_rows(context, use_slave=use_slave)
        return base.obj_make_list(context, cls(), Widget, rows)

    @staticmethod
    @db.select_db_reader_mode
    def _get_gadgets(context, rows, use_slave=False):
        """Gadgets write nothing while they are built."""
        return base.obj_make_list(context, WidgetList(), Gadget, rows)

    @staticmethod
    @db.select_db_reader_mode
    def _count(context, use_slave=False):
        """A reader under the reader joins it."""
        return db.widget_count(context)


@db.select_db_reader_mode
def first_widget_saved(context, row, use_slave=False):
    widget = Widget()
    widget._context = context
    widget.save()  # [enginefacade-possible-reader-upgrade]
    return widget


@db.select_db_reader_mode
def gadget_saved_elsewhere(context, other_context, row, use_slave=False):
    """The object carries another context: its writer is not on this reader's."""
    gadget = Gadget()
    gadget._context = other_context
    gadget.save()
    return gadget


@db.select_db_reader_mode
def widget_maybe_given_context(context, row, adopt, use_slave=False):
    """The context is set on only one path: which one the object carries is unknown."""
    widget = Widget()
    if adopt:
        widget._context = context
    widget.save()
    return widget
