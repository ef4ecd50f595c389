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

A mutant that takes longer than ``--timeout`` is linted again alone; if it
times out again it counts as a hang. Exit status: 1 when the plugin
crashed or hung on some mutant, else 0.
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

    @property
    def timeouts(self) -> list[harness.Crash]:
        """Mutants that took longer than the timeout (slow, or a hang)."""
        return [crash for crash in self.crashes if crash.kind == "timeout"]


@dataclasses.dataclass(frozen=True)
class Settings:
    """How mutants are made and linted."""

    #: At most this many edits per mutant.
    edits: int = 2
    #: Seconds per mutant.
    timeout: float = 300.0
    #: Empty astroid's cache every this many mutants (0: never).
    clear_every: int = 50
    #: Where crashing mutants are kept (None: nowhere).
    keep: Path | None = None


def run(
    seed: int, mutants: range, roots: list[Path] | None = None, settings: Settings = Settings(), log=None
) -> Summary:
    """Lint the *mutants* (indices) of *seed*."""
    harness.prepare()
    roots = roots or [FUNCTIONAL]
    sources = fixture_files(roots)
    summary = Summary(seconds=time.monotonic())
    with tempfile.TemporaryDirectory(prefix="pylint-oslo-fuzz-") as scratch:
        place = _copies(roots, Path(scratch))
        for index in mutants:
            source, result = _make(seed, index, sources, settings.edits)
            if result is None:
                summary.skipped += 1
                continue
            mutant = place(source).with_name(f"{source.stem}__fuzz{index}.py")
            crashes = _lint_mutant(mutant, result, summary, settings)
            if crashes:
                saved = _keep(mutant, result, seed, index, settings.keep)
                summary.recipes[str(saved)] = result[1]
                summary.crashes += [dataclasses.replace(c, path=str(saved)) for c in crashes]
                if log:
                    log(f"mutant {index} ({source.name}): {crashes[0].exception} at {crashes[0].where}")
            mutant.unlink()
    summary.seconds = time.monotonic() - summary.seconds
    return summary


def _make(seed: int, index: int, sources: list[Path], edits: int) -> tuple[Path, tuple[str, list[str]] | None]:
    """Mutant *index* of *seed*: its fixture, and its text and edits (None: none compiled)."""
    rng = random.Random(f"{seed}:{index}")
    source = rng.choice(sources)
    return source, mutations.mutate(source.read_text(encoding="utf-8"), rng, edits=edits)


def _copies(roots: list[Path], scratch: Path):
    """Copy the fixture trees into *scratch*; map a source to its copy."""
    copies = {}
    for root in roots:
        copies[root] = scratch / root.name
        shutil.copytree(root, copies[root])

    def place(source: Path) -> Path:
        root = next(r for r in roots if source.is_relative_to(r))
        return copies[root] / source.relative_to(root)

    return place


def _lint_mutant(mutant: Path, result: tuple[str, list[str]], summary: Summary, settings: Settings) -> list:
    text, done = result
    mutant.write_text(text, encoding="utf-8")
    if settings.clear_every and summary.linted % settings.clear_every == 0:
        # Mutants write attributes onto shared classes: start afresh now and then.
        astroid.MANAGER.clear_cache()
    crashes = harness.lint(mutant, settings.timeout)
    summary.linted += 1
    summary.edits.update(step.split(":", 1)[0] for step in done)
    return crashes


def _keep(mutant: Path, result: tuple[str, list[str]], seed: int, index: int, keep: Path | None) -> Path:
    text, done = result
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
        f"crashes: {len(summary.crashes) - len(summary.timeouts)} "
        f"({len(summary.ours)} with the plugin on the stack); timeouts: {len(summary.timeouts)}",
    ]
    seen = {}
    for crash in summary.crashes:
        seen.setdefault(crash.identity, crash)
    for crash in seen.values():
        lines.append(f"- [{crash.kind}] {crash.exception}\n  at {crash.where}\n  mutant {crash.path}")
        if confirm and Path(crash.path).exists():
            astroid.MANAGER.clear_cache()
            began = time.monotonic()
            alone = harness.lint(Path(crash.path))
            if crash.kind == "timeout":
                # A loaded machine, or the cold start after a cache clear, can be slow.
                lines.append(f"  alone: {'times out again' if alone else 'fine'} "
                             f"({time.monotonic() - began:.0f} s)")
                continue
            upstream = harness.crashes_without_plugin(Path(crash.path))
            lines.append(f"  crashes alone: {bool(alone)}; crashes without the plugin: {upstream}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; 1 when the plugin crashed."""
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__.split("\n\n", maxsplit=1)[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=500, help="how many mutants (default 500)")
    parser.add_argument("--start", type=int, default=0, help="index of the first mutant")
    parser.add_argument("--edits", type=int, default=2, help="at most this many edits per mutant")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per mutant (default 300)")
    parser.add_argument("--keep", type=Path, default=Path("fuzz-crashes"), help="where crashing mutants go")
    parser.add_argument("--verbose", action="store_true", help="print the traceback of each distinct crash")
    parser.add_argument("roots", nargs="*", type=Path, help=f"fixture trees (default {FUNCTIONAL})")
    args = parser.parse_args(argv)
    roots = [root.resolve() for root in args.roots] or None
    settings = Settings(edits=args.edits, timeout=args.timeout, keep=args.keep)
    mutants = range(args.start, args.start + args.count)
    summary = run(args.seed, mutants, roots, settings, log=lambda line: print(line, flush=True))
    print(report(summary, confirm=True))
    if args.verbose:
        shown = set()
        for crash in summary.crashes:
            if crash.identity not in shown:
                shown.add(crash.identity)
                print(crash.traceback)
    hangs = [crash for crash in summary.timeouts if harness.lint(Path(crash.path), args.timeout)]
    return 1 if summary.ours or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
