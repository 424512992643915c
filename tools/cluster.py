"""`make cluster`: the platform as a cluster on one machine, with no container runtime.

SeaweedFS (an S3-compatible object store, tools/seaweed.py), PostgreSQL and Redis on loopback, two gunicorn
web nodes, nginx balancing them round-robin with failover, a Celery worker and Celery beat. The web, worker
and beat commands are the ExecStart lines of deploy/systemd and the nginx site is deploy/nginx/lms.conf, so
what runs here is what is deployed (tools/deployment.py reads them). Ports, from the base port P (default 8080):

    P        nginx (the URL to open)         P + 1, P + 2   web nodes A and B (gunicorn)
    P + 10   SeaweedFS S3 API (P + 11 .. P + 18 its other ports)

    python tools/cluster.py [--port 8080] [--db lms_cluster] [--fresh]     # runs until Ctrl-C / SIGTERM
    python tools/cluster.py --detach [...]    # starts it in the background, returns once it answers
    python tools/cluster.py --stop [...]      # stops a detached cluster (same --run-dir)

Everything it starts runs in its own process group and is stopped with it. Files (logs, the rendered nginx
configuration, SeaweedFS's data, the environment file, `ready.json`) live in --run-dir (default .cluster/).
A web node or worker that dies is started again after the unit's RestartSec, as systemd would.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python tools/cluster.py` runs with tools/ first on the path

from tools.deployment import nginx_main_config, render_nginx_site, restart_seconds, unit_command  # noqa: E402
from tools.seaweed import SeaweedFS  # noqa: E402

NODES = ("a", "b")
MEDIA_BUCKET = "lms-media"
PRIVATE_BUCKET = "lms-private"


def log(message: str) -> None:
    print(f"[cluster] {message}", flush=True)  # noqa: T201


# Services this needs -----------------------------------------------------------------------------------------


def ensure_nginx() -> str:
    """The nginx binary; installed from Debian's package when missing and we are root."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SystemExit("nginx is missing: install the Debian package `nginx` (apt-get install nginx)")
    log("installing nginx (Debian package)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx"]
    if subprocess.run(install, env=env, check=False).returncode != 0:  # noqa: S603
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)  # noqa: S603, S607
        subprocess.run(install, env=env, check=True)  # noqa: S603
    # The package's own service (port 80) is not ours: make sure it is not left running.
    subprocess.run(["service", "nginx", "stop"], check=False, capture_output=True)  # noqa: S603, S607
    return shutil.which("nginx") or "/usr/sbin/nginx"


def check_redis(url: str) -> None:
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        raise SystemExit(f"Redis does not answer at {url}: {error} (see README: services)") from error


def prepare_database(database_url: str, *, fresh: bool) -> None:
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    server = f"{parts.scheme}://{parts.netloc}/postgres"
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=5) as connection:
            if fresh:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL does not answer at {server}: {error}") from error


def http_status(url: str, *, timeout: float = 3) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback URLs we built
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


# The cluster -------------------------------------------------------------------------------------------------


class Process:
    """One child in its own process group, its output in a log file, restarted per its unit when it dies."""

    def __init__(self, name: str, argv: list[str], *, env: dict, log_path: Path, unit: str | None = None):
        self.name, self.argv, self.env, self.log_path, self.unit = name, argv, env, log_path, unit
        self.popen: subprocess.Popen | None = None
        self.died_at: float | None = None

    def start(self) -> None:
        with open(self.log_path, "ab") as output:
            self.popen = subprocess.Popen(  # noqa: S603 - our own commands
                self.argv,
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.died_at = None

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen else None

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def signal_group(self, signum: int) -> None:
        if self.popen is None:
            return
        try:
            os.killpg(self.popen.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass

    def stop(self, timeout: float = 30, *, terminate: bool = True) -> None:
        if self.popen is None:
            return
        if terminate:
            self.signal_group(signal.SIGTERM)
        try:
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.signal_group(signal.SIGKILL)
            self.popen.wait(timeout=10)
        self.signal_group(signal.SIGKILL)  # anything of the group left behind (gunicorn's workers)


class Cluster:
    def __init__(
        self,
        *,
        run_dir: Path,
        port: int = 8080,
        database_url: str = "postgres://postgres@127.0.0.1:5432/lms_cluster",
        cache_url: str = "redis://127.0.0.1:6379/3",
        broker_url: str = "redis://127.0.0.1:6379/4",
        fresh: bool = False,
        seed: bool = True,
        web_workers: int = 2,
    ):
        self.run_dir = Path(run_dir).resolve()
        self.port = port
        self.database_url, self.cache_url, self.broker_url = database_url, cache_url, broker_url
        self.fresh, self.seed, self.web_workers = fresh, seed, web_workers
        self.processes: list[Process] = []
        self.seaweed = None
        self.stopping = False
        self.url = f"http://127.0.0.1:{port}"
        self.node_ports = {name: port + 1 + index for index, name in enumerate(NODES)}

    # -- environment

    def environment(self) -> dict[str, str]:
        secret_file = self.run_dir / "secret-key"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(50))
            secret_file.chmod(0o600)
        hosts = "127.0.0.1,localhost"
        env = {
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "SECRET_KEY": secret_file.read_text().strip(),
            "ALLOWED_HOSTS": hosts,
            "CSRF_TRUSTED_ORIGINS": f"{self.url},http://localhost:{self.port}",
            "SITE_URL": self.url,
            # Plain HTTP on loopback: no redirect to HTTPS, no HSTS.
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            # nginx appends the client's address to X-Forwarded-For (rate limits count per client).
            "TRUSTED_PROXY_COUNT": "1",
            "DATABASE_URL": self.database_url,
            "DATABASE_POOL": "1",
            "CACHE_URL": self.cache_url,
            "CELERY_BROKER_URL": self.broker_url,
            "STATIC_ROOT": str(self.run_dir / "static"),
            # Used only while object storage is not configured: one folder for every process of this machine.
            "MEDIA_ROOT": str(self.run_dir / "media"),
            "PRIVATE_ROOT": str(self.run_dir / "private"),
            "CERTIFICATE_DEMO_KEY_DIR": str(self.run_dir / "demo-signing"),
            # Media URLs stay under /media/; the nodes stream them from object storage (nginx passes them on).
            "SERVE_MEDIA": "1",
            "ACCOUNT_EMAIL_VERIFICATION": "mandatory",
            "WEB_CONCURRENCY": str(self.web_workers),
            "LOG_LEVEL": "INFO",
        }
        if self.seaweed is not None:
            env.update(self.seaweed.env())
        return env

    def child_env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DJANGO_", "DATABASE_"))}
        return {**keep, **self.environment(), "PYTHONUNBUFFERED": "1"}

    def write_env_file(self) -> Path:
        path = self.run_dir / "cluster.env"
        lines = ["# Written by tools/cluster.py: the same names as deploy/lms.env.example."]
        lines += [f"{key}={value}" for key, value in sorted(self.environment().items())]
        path.write_text("\n".join(lines) + "\n")
        path.chmod(0o600)
        return path

    # -- steps

    def manage(self, *args: str) -> None:
        log("manage.py " + " ".join(args))
        started = time.monotonic()
        with open(self.run_dir / "manage.log", "ab") as output:
            subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env=self.child_env(),
                stdout=output,
                stderr=subprocess.STDOUT,
                check=True,
            )
        log(f"  {time.monotonic() - started:.0f} s")

    def start_seaweed(self) -> None:
        self.seaweed = SeaweedFS(
            self.run_dir / "seaweed",
            port=self.port + 10,
            buckets=[MEDIA_BUCKET, PRIVATE_BUCKET],
            log_file=self.run_dir / "seaweed.log",
        )
        (self.run_dir / "seaweed").mkdir(parents=True, exist_ok=True)
        log(f"starting SeaweedFS (S3 on {self.seaweed.endpoint_url})")
        self.seaweed.start()

    def spawn(self, name: str, argv: list[str], *, unit: str | None = None) -> Process:
        process = Process(name, argv, env=self.child_env(), log_path=self.run_dir / f"{name}.log", unit=unit)
        process.start()
        self.processes.append(process)
        return process

    def start_node(self, name: str) -> Process:
        port = self.node_ports[name]
        argv = unit_command("lms-web@.service", instance=str(port), run_dir=self.run_dir)
        return self.spawn(f"web-{name}", [*argv, "--name", f"lms-web-{name}"], unit="lms-web@.service")

    def wait_for_node(self, process: Process, port: int, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not process.alive():
                raise SystemExit(f"{process.name} exited; see {process.log_path}")
            status = http_status(f"http://127.0.0.1:{port}/healthz/")
            if status == 200:
                return
            if status == 404 and http_status(f"http://127.0.0.1:{port}/") == 200:
                return  # no health endpoint in this checkout: the home page answers
            time.sleep(0.5)
        raise SystemExit(f"{process.name} did not answer on port {port}; see {process.log_path}")

    def start_nginx(self) -> Process:
        nginx = ensure_nginx()
        site = self.run_dir / "nginx-site.conf"
        site.write_text(
            render_nginx_site(
                [f"127.0.0.1:{port}" for port in self.node_ports.values()],
                listen=f"127.0.0.1:{self.port}",
                server_name="127.0.0.1 localhost",
            )
        )
        for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.run_dir / "nginx-temp" / folder).mkdir(parents=True, exist_ok=True)
        conf = self.run_dir / "nginx.conf"
        conf.write_text(nginx_main_config(site, self.run_dir))
        argv = [nginx, "-p", str(self.run_dir), "-e", str(self.run_dir / "nginx-error.log"), "-c", str(conf)]
        subprocess.run([*argv, "-t", "-q"], check=True)  # noqa: S603
        return self.spawn("nginx", argv)

    def start(self, ready_file: Path | None = None) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.ready_file = ready_file
        for stale in (ready_file, self.run_dir / "ready.json"):  # a previous run's
            if stale is not None:
                stale.unlink(missing_ok=True)
        started = time.monotonic()
        ensure_nginx()
        check_redis(self.cache_url)
        check_redis(self.broker_url)
        prepare_database(self.database_url, fresh=self.fresh)
        redis.Redis.from_url(self.cache_url).flushdb()  # a cold cache: it may hold another database's pages
        if self.fresh:
            redis.Redis.from_url(self.broker_url).flushdb()
        self.start_seaweed()
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        if self.seed:
            self.manage("seed_demo")
        self.spawn(
            "worker", unit_command("lms-worker.service", run_dir=self.run_dir), unit="lms-worker.service"
        )
        self.spawn("beat", unit_command("lms-beat.service", run_dir=self.run_dir), unit="lms-beat.service")
        nodes = {name: self.start_node(name) for name in NODES}
        for name, process in nodes.items():
            self.wait_for_node(process, self.node_ports[name])
        nginx = self.start_nginx()
        self.wait_for_node(nginx, self.port, seconds=30)
        env_file = self.write_env_file()
        self.write_ready(ready_file, env_file)
        log(f"ready in {time.monotonic() - started:.0f} s")
        log(f"Serving {self.url}/  (admin: {self.url}/admin/)")
        for name, port in self.node_ports.items():
            log(f"  node {name.upper()}: http://127.0.0.1:{port}/")
        log(f"  object storage (S3): {self.seaweed.endpoint_url}  environment: {env_file}")
        log("Ctrl-C stops everything.")

    def write_ready(self, ready_file: Path | None, env_file: Path | None = None) -> None:
        state = {
            "url": self.url,
            "nodes": {name: f"http://127.0.0.1:{port}" for name, port in self.node_ports.items()},
            "pids": {process.name: process.pid for process in self.processes},
            "seaweed_pid": self.seaweed.process.pid if self.seaweed and self.seaweed.process else None,
            "env_file": str(env_file or self.run_dir / "cluster.env"),
            "run_dir": str(self.run_dir),
            "s3_endpoint": self.seaweed.endpoint_url if self.seaweed else None,
        }
        for target in {self.run_dir / "ready.json", *([ready_file] if ready_file else [])}:
            temporary = Path(f"{target}.tmp")
            temporary.write_text(json.dumps(state, indent=2))
            temporary.replace(target)
        self.ready_file = ready_file

    def supervise(self) -> int:
        """Until asked to stop: restart a web node or Celery process that died, after its RestartSec."""
        while not self.stopping:
            for process in self.processes:
                if process.alive() or self.stopping:
                    continue
                if process.unit is None:
                    log(f"{process.name} exited ({process.popen.returncode}); stopping the cluster")
                    return 1
                now = time.monotonic()
                if process.died_at is None:
                    process.died_at = now
                    log(f"{process.name} exited; starting it again in {restart_seconds(process.unit):.0f} s")
                elif now - process.died_at >= restart_seconds(process.unit):
                    process.start()
                    log(f"{process.name} started again (pid {process.pid})")
                    self.write_ready(getattr(self, "ready_file", None))
            time.sleep(0.2)
        return 0

    def stop(self) -> None:
        self.stopping = True
        # All at once (nginx, the nodes, beat, the worker), each given up to 30 s to finish what it is doing.
        for process in reversed(self.processes):
            process.signal_group(signal.SIGTERM)
        deadline = time.monotonic() + 30
        for process in self.processes:
            process.stop(timeout=max(0.5, deadline - time.monotonic()), terminate=False)
        if self.seaweed is not None:
            self.seaweed.stop()
        for path in (
            self.run_dir / "ready.json",
            self.run_dir / "cluster.pid",
            getattr(self, "ready_file", None),
        ):
            if path is not None:
                Path(path).unlink(missing_ok=True)
        log("stopped")


# Command line ------------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("CLUSTER_PORT", "8080")))
    parser.add_argument(
        "--db", default=os.environ.get("CLUSTER_DB", "lms_cluster"), help="PostgreSQL database name"
    )
    parser.add_argument(
        "--pg", default=os.environ.get("CLUSTER_PG", "postgres://postgres@127.0.0.1:5432"), help="server URL"
    )
    parser.add_argument(
        "--cache-url", default=os.environ.get("CLUSTER_CACHE_URL", "redis://127.0.0.1:6379/3")
    )
    parser.add_argument(
        "--broker-url", default=os.environ.get("CLUSTER_BROKER_URL", "redis://127.0.0.1:6379/4")
    )
    parser.add_argument("--run-dir", default=os.environ.get("CLUSTER_RUN_DIR", str(ROOT / ".cluster")))
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database first")
    parser.add_argument("--no-seed", action="store_true", help="skip seed_demo")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn workers per node")
    parser.add_argument("--ready-file", help="write the cluster's addresses and pids (JSON) here when ready")
    parser.add_argument("--detach", action="store_true", help="run in the background; return when ready")
    parser.add_argument("--stop", action="store_true", help="stop the cluster running from --run-dir")
    parser.add_argument("--timeout", type=float, default=900, help="seconds --detach waits for it")
    return parser.parse_args(argv)


def stop_detached(run_dir: Path, timeout: float = 90) -> int:
    pid_file = run_dir / "cluster.pid"
    if not pid_file.exists():
        log(f"no cluster running from {run_dir}")
        return 0
    pid = int(pid_file.read_text())
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pid_file.unlink(missing_ok=True)
        return 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            log("stopped")
            return 0
        time.sleep(0.3)
    log(f"cluster process {pid} did not stop within {timeout:.0f} s")
    return 1


def detach(options: argparse.Namespace, argv: list[str]) -> int:
    run_dir = Path(options.run_dir).resolve()
    run_dir.mkdir(parents=True, exist_ok=True)
    ready = Path(options.ready_file).resolve() if options.ready_file else run_dir / "ready.json"
    ready.unlink(missing_ok=True)
    (run_dir / "ready.json").unlink(missing_ok=True)
    args = [arg for arg in argv if arg != "--detach"]
    if not options.ready_file:
        args += ["--ready-file", str(ready)]
    with open(run_dir / "cluster.log", "ab") as output:
        child = subprocess.Popen(  # noqa: S603 - this script again
            [sys.executable, str(Path(__file__).resolve()), *args],
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    deadline = time.monotonic() + options.timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            log(f"the cluster exited ({child.returncode}); see {run_dir / 'cluster.log'}")
            return 1
        if ready.exists():
            state = json.loads(ready.read_text())
            log(f"Serving {state['url']}/ (nodes {', '.join(state['nodes'].values())}); stop: --stop")
            return 0
        time.sleep(1)
    log(f"not ready after {options.timeout:.0f} s; stopping it (see {run_dir / 'cluster.log'})")
    stop_detached(run_dir)
    return 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = parse_args(argv)
    run_dir = Path(options.run_dir).resolve()
    if options.stop:
        return stop_detached(run_dir)
    if options.detach:
        return detach(options, argv)
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "cluster.pid").write_text(str(os.getpid()))
    cluster = Cluster(
        run_dir=run_dir,
        port=options.port,
        database_url=f"{options.pg.rstrip('/')}/{options.db}",
        cache_url=options.cache_url,
        broker_url=options.broker_url,
        fresh=options.fresh,
        seed=not options.no_seed,
        web_workers=options.web_workers,
    )

    def request_stop(signum, _frame):
        if cluster.stopping:
            return
        cluster.stopping = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    status = 0
    try:
        cluster.start(Path(options.ready_file).resolve() if options.ready_file else None)
        status = cluster.supervise()
    except KeyboardInterrupt:
        log("stopping")
    except (subprocess.CalledProcessError, SystemExit, Exception) as error:  # noqa: BLE001 - report, then clean up
        log(f"failed: {error}")
        status = 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        cluster.stop()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
