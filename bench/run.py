"""`make bench`: run every bench/bench_*.py against a fresh throw-away database and print the figures.

Each module defines `run(report)`; `report(name, value, unit)` prints one figure. The database is the one
DATABASE_URL names (a test copy of it is created and dropped), SQLite in memory by default.
"""

from __future__ import annotations

import importlib
import os
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def report(name: str, value: float, unit: str) -> None:
    print(f"  {name:<70} {value:>12.2f} {unit}", flush=True)


def timed(function, *, repeat: int = 20) -> tuple[float, float]:
    """Median and max wall time of `function` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def run_modules(names: list[str], load=lambda name: importlib.import_module(f"bench.{name}")) -> list[str]:
    """Run each bench module in turn; one that fails prints its traceback and the next one still runs.
    Returns the names of those that failed."""
    failed = []
    for name in names:
        module = load(name)
        print(f"\n{name} ({module.__doc__.strip().splitlines()[0] if module.__doc__ else ''})", flush=True)
        try:
            module.run(report)
        except Exception:
            traceback.print_exc()
            failed.append(name)
    return failed


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    # The broker the benches that start a real worker publish to (the test settings keep tasks eager
    # otherwise): a Celery app whose broker is switched after start-up keeps publishing to the first one.
    os.environ.setdefault(
        "CELERY_BROKER_URL", os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/12")
    )
    import django

    django.setup()
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    selected = sys.argv[1:]
    modules = sorted(path.stem for path in (ROOT / "bench").glob("bench_*.py"))
    if selected:
        modules = [name for name in modules if any(part in name for part in selected)]
    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        failed = run_modules(modules)
    finally:
        teardown_databases(old_config, verbosity=0)
    if failed:
        print(f"\nFailed: {', '.join(failed)} (tracebacks above); the other figures stand.", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
