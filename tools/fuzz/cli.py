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

"""Command line of the fuzzer: ``python -m tools.fuzz`` (``tox -e fuzz``).

Mutant *i* of seed *s* is drawn from ``random.Random(f"{s}:{i}")`` alone,
so ``--seed s --start i --count 1`` rebuilds one mutant exactly. Mutants
are written into a copy of the fixture tree (so that package-relative
imports still resolve), linted one by one, and deleted; a crashing one is
kept under ``--keep`` with the edits that made it, then re-linted with an
empty astroid cache (does it crash alone?) and, in another process,
without the plugin (is it pylint's bug rather than ours?).

Exit status: 1 when the plugin crashed on some mutant, else 0.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import astroid

from tools.fuzz import harness, mutations

FUNCTIONAL = harness.FIXTURES / "functional"


def fixture_files(roots: list[Path]) -> list[Path]:
    """The real-shaped sources to mutate, in a fixed order."""
    return sorted(path for root in roots for path in root.rglob("*.py") if path.name != "__init__.py")


@dataclasses.dataclass
class Summary:
    """What a fuzz run did."""

    linted: int = 0
    #: Mutants that found no edit that still compiles.
    skipped: int = 0
    seconds: float = 0.0
    edits: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    crashes: list[harness.Crash] = dataclasses.field(default_factory=list)
    #: Mutant path -> the edits that made it, for crashing mutants.
    recipes: dict[str, list[str]] = dataclasses.field(default_factory=dict)

    @property
    def ours(self) -> list[harness.Crash]:
        """Crashes with the plugin on the stack."""
        return [crash for crash in self.crashes if crash.ours]


def run(
    seed: int,
    count: int,
    start: int = 0,
    edits: int = 2,
    roots: list[Path] | None = None,
    keep: Path | None = None,
    timeout: float = 60.0,
    clear_every: int = 50,
    log=None,
) -> Summary:
    """Lint mutants *start* .. *start* + *count* - 1 of *seed*."""
    harness.prepare()
    roots = roots or [FUNCTIONAL]
    sources = fixture_files(roots)
    summary = Summary()
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pylint-oslo-fuzz-") as scratch:
        copies = {}
        for root in roots:
            copy = Path(scratch) / root.name
            shutil.copytree(root, copy)
            copies[root] = copy
        for index in range(start, start + count):
            rng = random.Random(f"{seed}:{index}")
            source = rng.choice(sources)
            result = mutations.mutate(source.read_text(encoding="utf-8"), rng, edits=edits)
            if result is None:
                summary.skipped += 1
                continue
            text, done = result
            root = next(r for r in roots if source.is_relative_to(r))
            mutant = copies[root] / source.relative_to(root).with_name(f"{source.stem}__fuzz{index}.py")
            mutant.write_text(text, encoding="utf-8")
            if clear_every and summary.linted % clear_every == 0:
                # Mutants write attributes onto shared classes: start afresh now and then.
                astroid.MANAGER.clear_cache()
            crashes = harness.lint(mutant, timeout)
            summary.linted += 1
            summary.edits.update(step.split(":", 1)[0] for step in done)
            if crashes:
                saved = _keep(mutant, text, done, seed, index, keep)
                summary.recipes[str(saved)] = done
                summary.crashes += [dataclasses.replace(c, path=str(saved)) for c in crashes]
                if log:
                    log(f"mutant {index} ({source.name}): {crashes[0].exception} at {crashes[0].where}")
            mutant.unlink()
    summary.seconds = time.monotonic() - began
    return summary


def _keep(mutant: Path, text: str, done: list[str], seed: int, index: int, keep: Path | None) -> Path:
    if keep is None:
        return mutant
    keep.mkdir(parents=True, exist_ok=True)
    saved = keep / mutant.name
    header = "".join(f"# {step}\n" for step in [f"seed {seed}, mutant {index}", *done])
    saved.write_text(header + text, encoding="utf-8")
    return saved


def report(summary: Summary, confirm: bool) -> str:
    """A plain-text summary; with *confirm*, each distinct crash re-checked."""
    lines = [
        f"{summary.linted} mutants linted, {summary.skipped} skipped (no compiling edit), "
        f"{summary.seconds:.0f} s",
        "edits: " + ", ".join(f"{name} {n}" for name, n in sorted(summary.edits.items())),
        f"crashes: {len(summary.crashes)} ({len(summary.ours)} with the plugin on the stack)",
    ]
    seen = {}
    for crash in summary.crashes:
        seen.setdefault(crash.identity, crash)
    for crash in seen.values():
        lines.append(f"- [{crash.kind}] {crash.exception}\n  at {crash.where}\n  mutant {crash.path}")
        if confirm and Path(crash.path).exists():
            astroid.MANAGER.clear_cache()
            alone = bool(harness.lint(Path(crash.path)))
            upstream = harness.crashes_without_plugin(Path(crash.path))
            lines.append(f"  crashes alone: {alone}; crashes without the plugin: {upstream}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; 1 when the plugin crashed."""
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=500, help="how many mutants (default 500)")
    parser.add_argument("--start", type=int, default=0, help="index of the first mutant")
    parser.add_argument("--edits", type=int, default=2, help="at most this many edits per mutant")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per mutant")
    parser.add_argument("--keep", type=Path, default=Path("fuzz-crashes"), help="where crashing mutants go")
    parser.add_argument("--verbose", action="store_true", help="print the traceback of each distinct crash")
    parser.add_argument("roots", nargs="*", type=Path, help=f"fixture trees (default {FUNCTIONAL})")
    args = parser.parse_args(argv)
    roots = [root.resolve() for root in args.roots] or None
    summary = run(args.seed, args.count, args.start, args.edits, roots, args.keep, args.timeout,
                  log=lambda line: print(line, flush=True))
    print(report(summary, confirm=True))
    if args.verbose:
        shown = set()
        for crash in summary.crashes:
            if crash.identity not in shown:
                shown.add(crash.identity)
                print(crash.traceback)
    return 1 if summary.ours else 0


if __name__ == "__main__":
    sys.exit(main())
