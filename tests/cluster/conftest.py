"""Fixtures of the cluster tests: they run against `make cluster`'s processes (tools/cluster.py), never start it.

Set CLUSTER_URL (nginx's address) to run them, with CLUSTER_READY_FILE pointing at the cluster's ready.json
(default .cluster/ready.json): it names the two nodes, the environment file and the process ids. Without
CLUSTER_URL they are skipped, so `make test` on a fresh machine never tries to start a cluster. `.ci/run`
starts one and runs `pytest -m cluster`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent.parent
DEMO_PASSWORD = "Demo@2026"
ADMIN = "admin@demo.lophoc.vn"
MANAGER = "quanly@demo.lophoc.vn"
TRAINEE = "hocvien@demo.lophoc.vn"


@dataclass
class Cluster:
    url: str
    nodes: dict[str, str]
    env: dict[str, str]
    state: dict

    @property
    def a(self) -> str:
        return self.nodes["a"]

    @property
    def b(self) -> str:
        return self.nodes["b"]

    def reload(self) -> None:
        self.state = json.loads(Path(self.state["ready_file"]).read_text()) | {
            "ready_file": self.state["ready_file"]
        }

    def django(self, code: str, *, timeout: float = 120) -> dict:
        """Run `code` in the cluster's environment (its database, cache, broker, storage) with Django set up;
        the code assigns `result`, returned from JSON. For arranging and checking what HTTP cannot show."""
        script = (
            "import json, django\ndjango.setup()\n"
            + code
            + "\nprint('@@RESULT@@' + json.dumps(result, default=str))\n"
        )
        done = subprocess.run(  # noqa: S603 - this project's interpreter and a script of these tests
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        for line in done.stdout.splitlines():
            if line.startswith("@@RESULT@@"):
                return json.loads(line.removeprefix("@@RESULT@@"))
        raise AssertionError(f"the snippet failed ({done.returncode}):\n{done.stderr[-3000:]}")


def _read_env(path: Path) -> dict[str, str]:
    env = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            env[key.strip()] = value.strip()
    return env


@pytest.fixture(scope="session")
def cluster() -> Cluster:
    url = os.environ.get("CLUSTER_URL")
    if not url:
        pytest.skip("no cluster: start one (make cluster) and set CLUSTER_URL and CLUSTER_READY_FILE")
    ready_file = Path(os.environ.get("CLUSTER_READY_FILE", ROOT / ".cluster" / "ready.json"))
    state = json.loads(ready_file.read_text()) | {"ready_file": str(ready_file)}
    return Cluster(
        url=url.rstrip("/"), nodes=state["nodes"], env=_read_env(Path(state["env_file"])), state=state
    )


class Visitor:
    """One person's browser, reduced to its cookies, sent to whichever node a test names.

    The cookies are kept by hand: production settings mark them Secure, and a cookie jar would not send them
    back over the cluster's plain HTTP on loopback."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}
        self.http = requests.Session()

    def _remember(self, response: requests.Response) -> None:
        for item in response.raw.headers.getlist("Set-Cookie") if response.raw else []:
            name, _, rest = item.partition("=")
            value = rest.split(";", 1)[0]
            if value in ('""', "") or "Max-Age=0" in item:
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value

    def request(self, method: str, base: str, path: str, **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers.setdefault("Accept-Language", "vi")
        if method == "POST":
            headers.setdefault("Referer", base + path)
            headers.setdefault("Origin", base)
        self.http.cookies.clear()
        response = self.http.request(
            method, base + path, headers=headers, allow_redirects=False, timeout=60, **kwargs
        )
        self._remember(response)
        return response

    def get(self, base: str, path: str, **kwargs) -> requests.Response:
        return self.request("GET", base, path, **kwargs)

    def post_form(self, base: str, path: str, data: dict, **kwargs) -> requests.Response:
        """A form post the way a browser makes it after loading the page: the CSRF token from the page."""
        page = self.get(base, path)
        assert page.status_code == 200, (path, page.status_code)
        token = csrf_token(page.text)
        return self.request("POST", base, path, data={"csrfmiddlewaretoken": token, **data}, **kwargs)

    def sign_in(self, base: str, email: str, password: str = DEMO_PASSWORD) -> None:
        response = self.post_form(base, "/tai-khoan/login/", {"login": email, "password": password})
        assert response.status_code == 302, f"sign-in of {email} on {base}: {response.status_code}"


def csrf_token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return unescape(found.group(1))


@pytest.fixture
def visitor() -> Visitor:
    return Visitor()


def marker() -> str:
    return uuid.uuid4().hex[:8]


def wait_for(check, *, seconds: float = 120, every: float = 2, what: str = "it"):
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {seconds:.0f} s")
        time.sleep(every)
