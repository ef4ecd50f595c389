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
"""OVO's coerce() rules, as the plugin applies them to known values."""

import pytest

from pylint_oslo_review.ovo.model.coercion import Target, Value, rejection

F = "oslo_versionedobjects.fields"


@pytest.mark.parametrize(
    ("field_type", "value", "target", "rejected"),
    [
        (f"{F}.String", Value("int", 5), Target(), False),
        (f"{F}.String", Value("list"), Target(), True),
        (f"{F}.Enum", Value("str", "c"), Target(valid_values=("a", "b")), True),
        (f"{F}.Enum", Value("str", "a"), Target(valid_values=("a", "b")), False),
        (f"{F}.Integer", Value("str", "12"), Target(), False),
        (f"{F}.Integer", Value("str", "twelve"), Target(), True),
        (f"{F}.Integer", Value("str"), Target(), False),
        (f"{F}.Integer", Value("dict"), Target(), True),
        (f"{F}.Float", Value("str", "1.5"), Target(), False),
        (f"{F}.DateTime", Value("int", 3), Target(), True),
        (f"{F}.DateTime", Value("str", "2026-01-01T00:00:00"), Target(), False),
        (f"{F}.List", Value("str", "abc"), Target(), True),
        (f"{F}.List", Value("tuple"), Target(), False),
        (f"{F}.List", Value("object", object_names=("ThingList",)), Target(), False),
        (f"{F}.Dict", Value("list"), Target(), True),
        (f"{F}.Set", Value("list"), Target(), True),
        (f"{F}.Set", Value("set"), Target(), False),
        (f"{F}.Object", Value("dict"), Target(object_name="Rack"), True),
        (f"{F}.Object", Value("object", object_names=("Shelf", "VersionedObject")), Target(object_name="Rack"), True),
        (f"{F}.Object", Value("object", object_names=("Rack", "VersionedObject")), Target(object_name="Rack"), False),
        (f"{F}.Object", Value("object", object_names=("BigRack", "Rack")), Target(object_name="Rack"), True),
        (f"{F}.Object", Value("object", object_names=("BigRack", "Rack")),
         Target(object_name="Rack", subclasses=True), False),
        (f"{F}.UUID", Value("list"), Target(), False),
        ("project.fields.Custom", Value("list"), Target(), False),
    ],
)
def test_rejection(field_type, value, target, rejected):
    assert (rejection(field_type, value, target) is not None) is rejected
