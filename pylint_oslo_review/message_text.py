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

"""What the plugin's messages may say on one line.

A message is read where a reviewer reads an inline comment (Gerrit, a
Zuul annotation, an editor's hover): at most ``LIMIT`` characters, saying
what fails and the fix. The why (which oslo code, which paths) is in the
message's description, shown by ``pylint --help-msg``, in the SARIF rule
and on its page in docs/messages. Code quoted from the linted file is
shortened to ``CODE_LIMIT`` characters so that long expressions cannot
push a message over the limit.
"""

from __future__ import annotations

#: The longest message text, in characters (tests/test_message_text.py).
LIMIT = 200
#: The longest piece of quoted source code in a message.
CODE_LIMIT = 48


def code(text: str, limit: int = CODE_LIMIT) -> str:
    """*text* (source code), cut to *limit* characters with ' ...' at the end."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 4].rstrip() + " ..."
