"""A server of this project run for a while on a free loopback port: the benchmarks' gunicorn, the screenshots'
development server. Started from the project's folder with the environment given, stopped when done."""

from __future__ import annotations

import contextlib
import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(
    port: int, path: str = "/", *, server: subprocess.Popen | None = None, seconds: float = 60
) -> None:
    """Return once `path` answers on the loopback `port`; raise if the server exits or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path)
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered on port {port}")


def gunicorn(app: str, port: int, *, workers: int, threads: int = 1) -> list[str]:
    """The command of gunicorn serving the WSGI `app` on the loopback `port`, logging warnings only."""
    return [
        sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers), "--threads", str(threads), "--log-level", "warning",
    ]  # fmt: skip


def runserver(port: int) -> list[str]:
    """The command of Django's development server on the loopback `port`, without the autoreloader."""
    return [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]


@contextlib.contextmanager
def serving(
    command: Callable[[int], list[str]], *, env: dict[str, str], path: str = "/", seconds: float = 60
) -> Iterator[int]:
    """Run `command(port)` on a free port until the block ends; yields the port once `path` answers."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own commands, loopback only
        command(port), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_up(port, path, server=server, seconds=seconds)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
