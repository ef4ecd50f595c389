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

"""Number formatting shared by the renderers, so all of them agree."""

from __future__ import annotations


def ratio(value: float | None) -> str:
    """A ratio to two decimals, or 'n/a'."""
    return "n/a" if value is None else f"{value:.2f}"


def seconds(value: float | None) -> str:
    """Seconds to one decimal, or 'n/a'."""
    return "n/a" if value is None else f"{value:.1f}"


def mebibytes(kib: int | None) -> str:
    """A size given in KiB, as whole MiB, or 'n/a'."""
    return "n/a" if kib is None else f"{kib / 1024:.0f}"


def signed(value: int) -> str:
    """An integer with its sign: +3, -2, 0."""
    return f"{value:+d}" if value else "0"


def parallel_result(status: str, jobs: list[int] | None = None) -> str:
    """The -j check in words: "-j1 vs -j2: identical", "DIFFERENT", ...."""
    words = status if status in ("identical", "not run") else status.upper()
    if jobs and status != "not run":
        return f"-j{jobs[0]} vs -j{jobs[1]}: {words}"
    return words
