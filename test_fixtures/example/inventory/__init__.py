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

"""inventory: a tiny OpenStack-style service, written to be linted.

Its objects/ and db/ packages use oslo.versionedobjects and oslo.db the way
nova and placement do. Most of it is correct; the modules named in
test_fixtures/example/README.rst contain deliberate mistakes.
"""
