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

"""``python -m tools.benchmark``: plugin/bare CPU-time ratios, in one run.

Every run is its own pylint process, measured with ``os.wait4`` (user +
system CPU of that process alone, see ``tools/corpus/runner.py``), with
the corpus's rc options (``tools/corpus/corpus.toml`` ``[settings]``) and,
for the plugin, the plugin's own symbols enabled as the corpus run does.
The runs of a case are interleaved: each round runs every run of the case
once, starting one further along each round, so that load drifting over
time falls on both sides. A ratio is the median over rounds of that
round's ratio.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import sys
import tempfile

from tools.benchmark import cases as benchmark_cases
from tools.corpus import config, plugin_info, sources
from tools.corpus.runner import Command, PylintOptions, child_environment, run_measured


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark", description=__doc__.split("\n")[0])
    parser.add_argument("--case", action="append", dest="cases", metavar="NAME",
                        help="small, nova-db, neutron-db or nova-objects; repeatable (default: all)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds per case; each runs every run of the case once (default 5)")
    parser.add_argument("--cache", help="the corpus cache directory (as for python -m tools.corpus)")
    parser.add_argument("--keep", type=pathlib.Path,
                        help="keep pylint's outputs in this directory instead of a temporary one")
    return parser


def _measure(run: benchmark_cases.Run, options: PylintOptions, work: pathlib.Path, index: int) -> float:
    pylint_home = work / "pylint-home"
    pylint_home.mkdir(parents=True, exist_ok=True)
    environment = child_environment(dict(os.environ), list(run.python_path), pylint_home)
    argv = tuple(options.argv(run.targets, sys.executable))
    output = work / f"{run.label}-{index}.json"
    measurement = run_measured(Command(argv, run.root, environment), output, work / f"{run.label}-{index}.stderr")
    if measurement.returncode >= 32 or measurement.timed_out:
        raise RuntimeError(f"{run.label}: pylint failed (exit {measurement.returncode}), see {output}")
    return measurement.cpu_seconds


def run_case(case: benchmark_cases.Case, rounds: int, bare: PylintOptions, plugin: PylintOptions,
             work: pathlib.Path, progress=print) -> dict[str, list[float]]:
    """CPU seconds of every run of *case*, one per round, in run label order."""
    cpu: dict[str, list[float]] = {run.label: [] for run in case.runs}
    for index in range(rounds):
        shift = index % len(case.runs)
        for run in case.runs[shift:] + case.runs[:shift]:
            options = plugin if run.variant == benchmark_cases.PLUGIN else bare
            seconds = _measure(run, options, work, index)
            cpu[run.label].append(seconds)
            progress(f"  round {index + 1}: {run.label} {seconds:.2f} s CPU")
    return cpu


def ratios(case: benchmark_cases.Case, cpu: dict[str, list[float]]) -> list[tuple[benchmark_cases.Ratio, float]]:
    """Each ratio of *case*: the median over rounds of numerator/denominator."""
    return [
        (ratio, statistics.median(
            top / bottom for top, bottom in zip(cpu[ratio.numerator], cpu[ratio.denominator])
        ))
        for ratio in case.ratios
    ]


def report(case: benchmark_cases.Case, cpu: dict[str, list[float]]) -> list[str]:
    lines = [f"{case.name}: {case.description}"]
    for label, values in cpu.items():
        lines.append(f"  {label:<24} median {statistics.median(values):7.2f} s CPU  "
                     f"({', '.join(f'{value:.2f}' for value in values)})")
    for ratio, value in ratios(case, cpu):
        target = f"  target <= {ratio.target}: {'met' if value <= ratio.target else 'NOT met'}" \
            if ratio.target is not None else ""
        lines.append(f"  {ratio.name:<40} {value:6.3f}{target}")
    return lines


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    corpus = config.load_corpus()
    repo_root = pathlib.Path(__file__).resolve().parents[2]
    source_root = sources.resolve_cache_dir(options.cache, dict(os.environ), repo_root) / "src"
    with tempfile.TemporaryDirectory(prefix="pylint-oslo-benchmark-") as temporary:
        work = options.keep or pathlib.Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        small = work / "small"
        benchmark_cases.write_small_modules(small)
        rcfile = work / "empty.pylintrc"
        rcfile.write_text("")
        bare = PylintOptions(str(rcfile), tuple(corpus.settings.rc_options))
        plugin = PylintOptions(str(rcfile), tuple(corpus.settings.rc_options),
                               plugin=plugin_info.PLUGIN_MODULE,
                               plugin_symbols=tuple(plugin_info.plugin_symbols()))
        every = benchmark_cases.cases(source_root, small)
        unknown = [name for name in options.cases or () if name not in every]
        if unknown:
            print(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(every)}", file=sys.stderr)
            return 2
        lines = []
        for name in options.cases or list(every):
            case = every[name]
            missing = [run.root for run in case.runs if not run.root.is_dir()]
            if missing:
                print(f"{name}: {missing[0]} is missing (python -m tools.corpus fetch)", file=sys.stderr)
                return 2
            print(f"{name}: {options.rounds} rounds", flush=True)
            cpu = run_case(case, options.rounds, bare, plugin, work,
                           progress=lambda line: print(line, flush=True))
            lines.extend(report(case, cpu))
        print("\n".join(lines))
    return 0
