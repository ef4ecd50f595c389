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
"""Keep an unforeseen bug in this plugin from becoming pylint's problem.

pylint turns an exception in a checker into an astroid-error for the
whole file, which hides every other message in it. A visitor wrapped with
:func: reports nothing instead: an unknown shape means silence.
The test suite sets PYLINT_OSLO_REVIEW_STRICT=1 so that such a bug fails
the tests rather than going unnoticed. A RecursionError is such a bug too:
the analyses bound their own depth and catch astroid's RecursionError
where they infer, so one that reaches the guard is loud in strict mode.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import TypeVar

_F = TypeVar("_F", bound=Callable[..., object])

STRICT_ENV = "PYLINT_OSLO_REVIEW_STRICT"


def never_crash(function: _F | None = None, *, default: object = None):
    """Run *function*; on an unexpected exception, return *default*.

    Usable bare (``@never_crash``, for visitors) or with a default
    (``@never_crash(default=False)``, for predicates).
    """
    if function is None:
        return functools.partial(never_crash, default=default)

    @functools.wraps(function)
    def guarded(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except Exception:  # pylint: disable=broad-exception-caught
            if os.environ.get(STRICT_ENV):
                raise
            return default

    return guarded
