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
"""Where a project records its objects' fingerprints (nova and neutron layout).

The examples next to this directory are modules outside any package, so the
default location, tests/unit/objects/test_objects.py, is taken from their
own directory. The hash is oslo.versionedobjects' ObjectVersionChecker
fingerprint of Widget 1.0 with the fields id and name.
"""

object_data = {
    "Widget": "1.0-2b58dd7c5037153cb4bfc94c0ae5dd3a",
}
