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

"""The recorded object hashes, as nova and neutron keep them.

Never imported by the plugin or its tests: read as text. Produced by
oslo.versionedobjects' ObjectVersionChecker (see the tests of this
repository, tests/test_fingerprint_project.py).
"""

# NOTE: The hashes in this list should only be changed if they come with a
# corresponding version bump in the affected objects.
object_data = {
    'Crate': '1.1-2cef99bb8a4196452d4aa7a43e04af42',
    'CrateList': '1.1-a8a2a9f3084969889e0d24bfd7844c97',
    'Dimensions': '1.0-00e54b0ee378c2d35f3f6a90394b41c9',
    'Item': '1.0-b34e1adedf837e9ce8a65c38eb34dd54',
    'Shelf': '1.1-f828ee6ef71e963ce4617255eb72ff7a',
}
