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

"""The precision audit: every plugin message on whole release trees, judged by hand.

``python -m tools.audit run`` lints the whole package of each corpus release
with only the plugin's messages enabled and stores them as JSON lines;
``diff`` compares them with the hand verdicts in ``verdicts.json``;
``report`` renders docs/precision-audit.rst from the verdicts. See that
document for why the audit exists and how to keep it current.
"""
