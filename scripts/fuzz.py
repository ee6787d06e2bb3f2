#!/usr/bin/env python3
"""Coverage-guided fuzzing of the byte parsers (atheris + libFuzzer), one subprocess per target.

Usage::

    .venv/bin/python scripts/fuzz.py                          # every target, 10 s each
    .venv/bin/python scripts/fuzz.py --seconds-per-target 8   # the CI budget
    .venv/bin/python scripts/fuzz.py --targets scan,config --seconds-per-target 120

The targets are the functions of ``tests/fuzz/atheris_targets.py`` (their seeds start each
corpus). Each runs in its own process under ``atheris.instrument_imports()`` over the project's
packages, for ``-max_total_time`` seconds, with ``-print_final_stats=1`` so the number of inputs
tried (``stat::number_of_executed_units``) is read from libFuzzer's last lines. A crash (an
exception other than the target's documented error, a broken invariant, a timeout of one input,
memory past the limit) stops that target; its input is saved under ``tests/fuzz/crashes/`` as
``<target>-crash-<sha1>``, where ``tests/fuzz/test_atheris_targets.py`` replays it from then on.

Prints a table (target, seconds, inputs tried, crashes, saved input) and exits 1 on any crash,
0 otherwise. Without atheris (it ships wheels for Linux only) it says so and exits 2, or 0 with
``--allow-missing``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRASH_DIR = ROOT / "tests" / "fuzz" / "crashes"
# what the instrumentation covers: our packages (not the libraries: their coverage would drown ours)
INSTRUMENTED = ["kiosk", "devices", "tests.fuzz"]
_EXECS = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_ARTIFACT = re.compile(r"Test unit written to (\S+)")


@dataclass
class Result:
    target: str
    seconds: float
    execs: int | None
    crashes: int
    saved: str
    note: str = ""


def _child(name: str, libfuzzer_args: list[str]) -> None:
    """In the subprocess: instrument the project's modules, then fuzz one target."""
    import logging

    import atheris

    logging.disable(logging.CRITICAL)  # drivers log every odd frame; libFuzzer's output is the report
    sys.path.insert(0, str(ROOT))
    with atheris.instrument_imports(include=INSTRUMENTED):
        from tests.fuzz import atheris_targets
    target = atheris_targets.TARGETS[name]
    atheris.Setup([sys.argv[0], *libfuzzer_args], target)
    atheris.Fuzz()


def _run(name: str, seconds: int, work: Path, timeout_per_input: int, rss_mb: int) -> Result:
    from tests.fuzz.atheris_targets import seeds

    corpus = work / f"corpus-{name}"
    corpus.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(seeds(name)):
        (corpus / f"seed-{i}").write_bytes(seed)
    artifacts = work / f"artifacts-{name}"
    artifacts.mkdir(exist_ok=True)
    args = [f"-max_total_time={seconds}", "-print_final_stats=1", f"-timeout={timeout_per_input}",
            f"-rss_limit_mb={rss_mb}", f"-artifact_prefix={artifacts}/", "-max_len=4096", str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_HOME": str(work / f"home-{name}")}
    started = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", name, "--", *args],
                              cwd=ROOT, env=env, capture_output=True, text=True, errors="replace",
                              timeout=seconds + 120)
        output, code = proc.stdout + proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:  # libFuzzer did not stop itself: a hang outside one input
        output = (exc.stdout or b"").decode("utf-8", "replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        output += "\n(the fuzzer did not stop within its time: killed)"
        code = -9
    elapsed = time.monotonic() - started
    (work / f"{name}.log").write_text(output, encoding="utf-8")
    found = _EXECS.findall(output)
    execs = int(found[-1]) if found else None
    saved: list[str] = []
    CRASH_DIR.mkdir(parents=True, exist_ok=True)
    for artifact in sorted(artifacts.iterdir()):
        dest = CRASH_DIR / f"{name}-{artifact.name}"
        shutil.copyfile(artifact, dest)
        saved.append(str(dest.relative_to(ROOT)))
    crashes = len(saved) or (1 if code != 0 else 0)
    note = ""
    if code != 0:
        lines = [ln for ln in output.splitlines() if ln.strip()]
        cause = next((ln for ln in reversed(lines) if "Error" in ln or "Exception" in ln), lines[-1] if lines else "")
        note = cause.strip()[:160]
    return Result(name, elapsed, execs, crashes, ", ".join(saved) or "-", note)


def _table(results: list[Result]) -> str:
    rows = [("target", "seconds", "inputs tried", "crashes", "saved input")]
    rows += [(r.target, f"{r.seconds:.1f}", "?" if r.execs is None else f"{r.execs:,}", str(r.crashes), r.saved)
             for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    total_execs = sum(r.execs or 0 for r in results)
    lines.append(f"total: {sum(r.seconds for r in results):.1f} s, {total_execs:,} inputs, "
                 f"{sum(r.crashes for r in results)} crash(es)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        name = argv[1]
        rest = argv[argv.index("--") + 1:] if "--" in argv else []
        _child(name, rest)
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.fuzz.atheris_targets import TARGETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds-per-target", type=int, default=10, metavar="N")
    parser.add_argument("--targets", default=",".join(TARGETS),
                        help=f"comma-separated, of: {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--allow-missing", action="store_true",
                        help="exit 0 (not 2) when atheris is not installed")
    parser.add_argument("--timeout-per-input", type=int, default=10, metavar="S",
                        help="an input running longer is a hang: a crash (default 10 s)")
    parser.add_argument("--rss-limit-mb", type=int, default=2048)
    parser.add_argument("--keep-work", action="store_true", help="keep the corpora and logs (printed path)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.targets.split(",") if n.strip()]
    unknown = [n for n in names if n not in TARGETS]
    if unknown or args.seconds_per_target < 1:
        parser.error(f"unknown target(s) {unknown}" if unknown else "--seconds-per-target must be at least 1")
    if importlib.util.find_spec("atheris") is None:
        print("atheris is not installed, nothing fuzzed: pip install 'atheris>=2.3' (wheels for "
              "Linux; elsewhere it builds from source against a clang that has libFuzzer)."
              + (" --allow-missing: exit 0." if args.allow_missing else ""), file=sys.stderr)
        return 0 if args.allow_missing else 2
    work = Path(tempfile.mkdtemp(prefix="kiosk-fuzz-"))
    results: list[Result] = []
    try:
        for name in names:
            print(f"fuzzing {name} for {args.seconds_per_target} s…", flush=True)
            result = _run(name, args.seconds_per_target, work, args.timeout_per_input, args.rss_limit_mb)
            if result.note:
                print(f"  CRASH {name}: {result.note}", flush=True)
            results.append(result)
    finally:
        if args.keep_work:
            print(f"corpora and logs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(_table(results))
    return 1 if any(r.crashes for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
