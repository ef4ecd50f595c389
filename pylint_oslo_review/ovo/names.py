# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.

"""Qualified names of the oslo.versionedobjects API that the plugin models."""

from __future__ import annotations

OVO_BASE = "oslo_versionedobjects.base"
OVO_FIELDS = "oslo_versionedobjects.fields"

VERSIONED_OBJECT = f"{OVO_BASE}.VersionedObject"
OBJECT_LIST_BASE = f"{OVO_BASE}.ObjectListBase"
FIELD = f"{OVO_FIELDS}.Field"

#: Methods that the OVO base classes declare by raising NotImplementedError,
#: but that a subclass only needs when it is used in a certain way: ``save``
#: and ``obj_load_attr`` only when called (base.py, VersionedObject),
#: ``get_schema`` only for JSON-schema export (fields.py, FieldType),
#: ``object_backport`` is the deprecated twin of ``object_backport_versions``
#: (base.py, VersionedObjectIndirectionAPI). nova's
#: ``NovaObject.should_migrate_data`` is the same kind of hook for the
#: online data migrations that a few objects take part in.
OPTIONAL_HOOKS = frozenset(
    {
        f"{VERSIONED_OBJECT}.save",
        f"{VERSIONED_OBJECT}.obj_load_attr",
        f"{OVO_FIELDS}.FieldType.get_schema",
        f"{OVO_BASE}.VersionedObjectIndirectionAPI.object_backport",
        "nova.objects.base.NovaObject.should_migrate_data",
    }
)

#: The attributes through which OVO itself hands an object its state. OVO has
#: no public accessor for them: ``obj._context`` is how object helpers such as
#: ``_from_db_object`` attach the request context (base.py sets and reads it
#: the same way in ``obj_make_list`` and ``_obj_from_primitive``), and field
#: values live in ``_obj_<field>`` (base.py, ``get_attrname``).
PROTOCOL_ATTRIBUTES = frozenset({"_context", "_changed_fields"})
PROTOCOL_ATTRIBUTE_PREFIX = "_obj_"

#: Decorators that apply oslo.versionedobjects' remotable logic inside a
#: ``classmethod`` (base.py ``remotable_classmethod``, deprecated since 3.10.0).
REMOTABLE_CLASSMETHOD = "remotable_classmethod"


def spells_version(name: str) -> bool:
    """``VERSION`` or a spelling that stands for it: ``version``, ``Version``, ``VERISON``, ``VERSON``.

    One letter dropped, or the letters of VERSION in any case and order.
    """
    upper = name.upper()
    if upper == "VERSION" or sorted(upper) == sorted("VERSION"):
        return True
    return any(upper == "VERSION"[:i] + "VERSION"[i + 1:] for i in range(len("VERSION")))
