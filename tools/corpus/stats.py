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

"""Turn repeated timings into the ratios the report quotes.

Timings on a shared machine are noisy, so each bare run is paired with the
plugin run right after it, each pair gives a ratio, and the report quotes
the median ratio: one slow outlier pair moves it less than it would move a
ratio of sums or of means.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def median_ratio(plugin: Sequence[float], bare: Sequence[float]) -> float | None:
    """The median over pairs of ``plugin[i] / bare[i]``.

    None when there is no pair, the sequences differ in length, or a bare
    value is zero (a ratio to nothing means nothing).
    """
    if not plugin or len(plugin) != len(bare) or any(value <= 0 for value in bare):
        return None
    return statistics.median(p / b for p, b in zip(plugin, bare))


def peak_ratio(plugin: Sequence[float], bare: Sequence[float]) -> float | None:
    """The highest plugin value over the highest bare value.

    Peak memory is nearly deterministic, so the peaks are compared rather
    than a median of per-pair ratios.
    """
    if not plugin or not bare or max(bare) <= 0:
        return None
    return max(plugin) / max(bare)


def median_or_none(values: Sequence[float]) -> float | None:
    """The median of *values*, or None when there are none."""
    return statistics.median(values) if values else None
