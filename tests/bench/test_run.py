"""`make bench` runs every module even when one fails, and says which failed (its exit status is then 1)."""

from types import SimpleNamespace

from bench.run import run_modules


def _module(doc: str, run):
    return SimpleNamespace(__doc__=doc, run=run)


def test_a_failing_bench_module_does_not_stop_the_others(capsys):
    def broken(report):
        raise RuntimeError("bench_a broke")

    modules = {
        "bench_a": _module("First.", broken),
        "bench_b": _module("Second.", lambda report: report("pages per second", 12.5, "req/s")),
    }
    failed = run_modules(list(modules), load=modules.__getitem__)
    assert failed == ["bench_a"]
    out, err = capsys.readouterr()
    assert "bench_b (Second.)" in out and "pages per second" in out and "12.50 req/s" in out
    assert "RuntimeError: bench_a broke" in err
