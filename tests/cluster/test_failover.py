"""Kill a web node mid-run: nginx passes the next requests (and those the dead node dropped) to the other
one, and the cluster's supervisor starts the node again after its unit's RestartSec."""

import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
import requests

from .conftest import wait_for

pytestmark = pytest.mark.cluster

PATHS = ["/", "/so-tay/", "/tai-khoan/login/"]


def test_killing_one_node_mid_run_the_next_requests_succeed_on_the_other(cluster):
    cluster.reload()
    for base in (cluster.a, cluster.b):  # warm: each node's workers have served a page
        for path in PATHS:
            assert _status(base + path) == 200, base + path
    victim = cluster.state["pids"]["web-b"]
    log = Path(cluster.state["run_dir"]) / "nginx-access.log"
    log_start = log.stat().st_size if log.exists() else 0
    results: list[tuple[float, int | str]] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + 8
    killed_at: list[float] = []

    def reader(offset: int) -> None:
        http = requests.Session()
        n = offset
        while time.monotonic() < stop_at:
            sent = time.monotonic()
            try:
                status = http.get(cluster.url + PATHS[n % len(PATHS)], timeout=30).status_code
            except requests.RequestException as error:
                status = repr(error)
            with lock:
                results.append((sent, status))
            n += 1

    threads = [threading.Thread(target=reader, args=(index,)) for index in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    os.killpg(victim, signal.SIGKILL)  # gunicorn's master and its workers, with requests in flight
    killed_at.append(time.monotonic())
    for thread in threads:
        thread.join()

    # Every request sent after the kill succeeds. One that node B was already streaming when it died can be
    # cut (nginx has passed its headers on and cannot retry it): at most one per client thread.
    after = [status for sent, status in results if sent > killed_at[0]]
    assert len(after) >= 10, f"only {len(after)} requests after the kill"
    assert [status for status in after if status != 200] == []
    cut = [status for sent, status in results if sent <= killed_at[0] and status != 200]
    assert len(cut) <= len(threads), cut

    if log.exists():
        with open(log, "rb") as handle:
            handle.seek(log_start)
            lines = handle.read().decode(errors="replace").splitlines()
        # The upstream address(es) nginx logged for each request (make cluster's log format): the node that
        # answered is the last one.
        tried = [
            found for line in lines if (found := re.findall(r"127\.0\.0\.1:\d+", line.split('"', 2)[-1]))
        ]
        if tried:
            node_b = cluster.b.removeprefix("http://")
            assert any(node_b in nodes for nodes in tried), (
                "nginx sent nothing to node B before it was killed"
            )
            assert tried[-1][-1] == cluster.a.removeprefix("http://")

    # The supervisor (as systemd, Restart=always) starts node B again; the cluster is whole for what follows.
    wait_for(lambda: _status(cluster.b + "/") == 200, seconds=90, every=1, what="node B started again")
    cluster.reload()
    assert cluster.state["pids"]["web-b"] != victim


def _status(url: str) -> int | None:
    try:
        return requests.get(url, timeout=5).status_code
    except requests.RequestException:
        return None
