"""Load test: gunicorn on loopback, the scale data, 50 clients for 5 minutes, with wrk.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_scale CACHE_URL=redis://127.0.0.1:6379/12 \\
        DEMO_MODE=false HTTPS=false SECRET_KEY=bench ALLOWED_HOSTS=127.0.0.1 \\
        .venv/bin/python benchmarks/load_test.py [--clients 50] [--duration 300] [--think-ms 1000] [--json]

Needs Debian's ``wrk`` and the data of ``generate_scale_data`` in that database (made at scale 1 if missing).

``--proxy`` puts nginx in front, with deploy/nginx.conf (only the upstream, the port and the paths changed): the
clients talk to nginx, which serves static files and caches anonymous answers as the app's Cache-Control allows.
``--token-share`` is the share of API requests sent with a token (private, never cached; default 1). The report
then says which share of requests the proxy's cache answered (HIT, REVALIDATED or 304) from nginx's access log.
``--revalidate-share`` is the share of anonymous requests sent as a browser revisits a page: with the ETag the
address had at warm-up in ``If-None-Match`` (default 0); nginx or the app then answers 304 with no body.
``benchmarks/proxy_load.sh`` runs all of it on a fresh PostgreSQL database with the demo data, Redis as broker
and cache, and the settings of docker-compose.
Starts gunicorn (2 x cores + 1 sync workers) and sends a mix: 70% API lists and filters (compact rows, 100 per
page), 15% API details, 10% public dashboard pages, 5% filtered CSV exports. Each client waits a random time
around ``--think-ms`` between its requests, as people and sync jobs do; ``--think-ms 0`` measures saturation
instead. The API throttles are raised for the run: this measures capacity, not the throttle. Reports requests/s,
p50/p95/p99 latency and errors (any status from 400 up, and socket errors). Goal (issue 14): no error and p95 at
most 250 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from accounts.models import ApiToken, User  # noqa: E402
from actors.models import Actor  # noqa: E402
from commitments.models import Commitment, Theme  # noqa: E402
from dashboards import summary  # noqa: E402

LUA = """
local paths = {%(paths)s}
local token = "%(token)s"
local think = %(think)d
local token_share = %(token_share)f
local revalidate_share = %(revalidate_share)f
local etags = {%(etags)s}
function init(args) math.randomseed(os.time() + math.floor(os.clock() * 1000000)) end
function delay() if think == 0 then return 0 end return math.random(think / 2, think * 3 / 2) end
function request()
  local path = paths[math.random(#paths)]
  local headers = {}
  if string.sub(path, 1, 5) == "/api/" and math.random() < token_share then
    headers["Authorization"] = "Token " .. token
  elseif etags[path] and math.random() < revalidate_share then
    headers["If-None-Match"] = etags[path]
  end
  return wrk.format("GET", path, headers)
end
function done(summary, latency, requests)
  -- errors.status counts responses outside 2xx and 3xx; a Lua response() callback would count them too, but
  -- makes wrk read every body into Lua and its own delay would show up as latency.
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format(
    'RESULT {"requests": %%d, "seconds": %%.1f, "requests_per_second": %%.1f, "p50_ms": %%.1f, "p95_ms": %%.1f,'
    .. ' "p99_ms": %%.1f, "max_ms": %%.1f, "errors": %%d}\\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, failed))
end
"""


def request_mix(rng: random.Random) -> list[str]:
    """100 addresses in the proportions of the mix; wrk picks among them at random."""
    ids = list(Commitment.objects.order_by("?").values_list("pk", flat=True)[:200])
    states = list(Actor.objects.states().exclude(iso3="").values_list("iso3", flat=True))
    themes = list(Theme.objects.values_list("slug", flat=True))
    statuses = ["not_started", "in_progress", "completed", "ongoing"]
    lists = []
    for _ in range(70):
        query = rng.choice(
            [
                "page_size=100&compact=true",
                f"page_size=100&compact=true&owner={rng.choice(states)}",
                f"page_size=100&compact=true&owner={rng.choice(states)}&status={rng.choice(statuses)}",
                f"page_size=100&compact=true&theme={rng.choice(themes)}&status={rng.choice(statuses)}",
                f"page_size=100&compact=true&kind=offer&year_min=2010&page={rng.randint(1, 5)}",
            ]
        )
        lists.append(f"/api/v1/commitments/?{query}")
    details = [f"/api/v1/commitments/{rng.choice(ids)}/" for _ in range(15)]
    pages = ["/", f"/states/{rng.choice(states)}/", f"/commitments/{rng.choice(ids)}/", "/action-plans/oslo-2019/"]
    pages += ["/fr/", f"/es/states/{rng.choice(states)}/", "/commitments/?theme=victim-assistance", "/states/"]
    pages += [f"/fr/commitments/{rng.choice(ids)}/", "/documents/"]
    exports = [
        f"/api/v1/commitments/?format=csv&owner={rng.choice(states)}&theme={rng.choice(themes)}"
        f"&status={rng.choice(statuses)}"
        for _ in range(5)
    ]
    return lists + details + pages + exports


def wait_until_up(url: str, seconds: int = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer at {url}")


NGINX_LOG_FORMAT = "log_format cache '$upstream_cache_status $status $request_time';"


def nginx_config(upstream_port: int, port: int, workdir: Path) -> Path:
    """deploy/nginx.conf with this machine's upstream, port and folders (everything else as deployed)."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    static_root = os.environ.get("STATIC_ROOT", str(ROOT / "staticfiles"))
    replacements = {
        "server web:8000;": f"server 127.0.0.1:{upstream_port};",
        "listen 80;": f"listen 127.0.0.1:{port};",
        "alias /app/staticfiles/;": f"alias {static_root}/;",
        "pid /tmp/nginx.pid;": f"pid {workdir}/nginx.pid;",
        "/tmp/nginx-": f"{workdir}/nginx-",
        "access_log /dev/stdout;": f"{NGINX_LOG_FORMAT}\n    access_log {workdir}/access.log cache;",
        "error_log /dev/stderr warn;": f"error_log {workdir}/error.log warn;",
        "include /etc/nginx/mime.types;": "include /etc/nginx/mime.types;",
    }
    for old, new in replacements.items():
        assert old in conf, old
        conf = conf.replace(old, new)
    if os.geteuid() == 0:  # run by root here: its workers may read the checkout and write the temporary folder
        conf = "user root;\n" + conf
    path = workdir / "nginx.conf"
    path.write_text(conf)
    return path


def warm_etags(base: str, paths: list[str]) -> dict[str, str]:
    """The ETag of each address as an anonymous visitor gets it (what a revisiting browser sends back)."""
    etags = {}
    for path in sorted(set(paths)):
        with urllib.request.urlopen(base + path) as response:
            response.read()
            if response.headers.get("ETag"):
                etags[path] = response.headers["ETag"]
    return etags


def lua_table(mapping: dict[str, str]) -> str:
    return ", ".join(f"[{json.dumps(key)}] = {json.dumps(value)}" for key, value in mapping.items())


def cache_share(log: Path) -> dict:
    """From nginx's access log: how many answers came from its cache (HIT, REVALIDATED: the app said 304)."""
    counts: dict[str, int] = {}
    total = 0
    for line in log.read_text().splitlines():
        cache_status, status, _seconds = line.split()
        total += 1
        key = "304" if status == "304" else cache_status
        counts[key] = counts.get(key, 0) + 1
    cached = counts.get("HIT", 0) + counts.get("REVALIDATED", 0) + counts.get("UPDATING", 0) + counts.get("304", 0)
    return {"proxy_requests": total, "proxy_cache": counts, "cached_share": round(cached / max(total, 1), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=int, default=300, help="seconds")
    parser.add_argument("--think-ms", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8911)
    parser.add_argument("--access-log", help="a file for gunicorn's access log: path, status, microseconds")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--proxy", action="store_true", help="nginx in front, with deploy/nginx.conf")
    parser.add_argument("--proxy-port", type=int, default=8912)
    parser.add_argument("--token-share", type=float, default=1.0, help="share of API requests with a token")
    parser.add_argument(
        "--revalidate-share", type=float, default=0.0, help="share of anonymous requests with If-None-Match"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    call_command("collectstatic", interactive=False, verbosity=0)
    if not Commitment.objects.exists():
        call_command("load_reference_data")
        call_command("generate_scale_data", scale=1.0)
    summary.refresh()
    user, _created = User.objects.get_or_create(username="load-test", defaults={"is_staff": False})
    _token, key = ApiToken.issue(user=user, name="load test", scope="read", issued_by=user)
    paths = request_mix(random.Random(1))
    env = {**os.environ, "API_THROTTLE_CLIENT": "1000000/minute", "API_THROTTLE_ANON": "1000000/minute"}
    command = [sys.executable, "-m", "gunicorn", "tracker.wsgi:application", "--bind", f"127.0.0.1:{args.port}"]
    # Threads: a sync worker would sit blocked on a client's idle keep-alive connection (in production a proxy
    # buffers requests for it); gthread workers wait on idle connections without holding a thread.
    command += ["--workers", str(args.workers), "--threads", str(args.threads), "--log-level", "warning"]
    if args.access_log:
        command += ["--access-logfile", args.access_log, "--access-logformat", "%(U)s?%(q)s %(s)s %(D)s"]
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{args.port}"
    workdir = Path(tempfile.mkdtemp(prefix="load-test-"))
    proxy = script = None
    try:
        wait_until_up(base + "/healthz")
        if args.proxy:
            conf = nginx_config(args.port, args.proxy_port, workdir)
            # Its own prefix and error log from the start: nothing of the system's nginx is read or written.
            nginx = ["nginx", "-p", str(workdir), "-e", str(workdir / "error.log"), "-c", str(conf)]
            proxy = subprocess.Popen([*nginx, "-g", "daemon off;"], cwd=workdir)
            base = f"http://127.0.0.1:{args.proxy_port}"
            wait_until_up(base + "/healthz")
        for path in set(paths):  # warm every worker's caches a little
            urllib.request.urlopen(urllib.request.Request(base + path, headers={"Authorization": f"Token {key}"}))
        etags = warm_etags(base, paths) if args.revalidate_share else {}
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            quoted = ", ".join(json.dumps(path) for path in paths)
            script.write(
                LUA
                % {
                    "paths": quoted,
                    "token": key,
                    "think": args.think_ms,
                    "token_share": args.token_share,
                    "revalidate_share": args.revalidate_share,
                    "etags": lua_table(etags),
                }
            )
        if proxy is not None:
            (workdir / "access.log").write_text("")  # count the measured requests only, not the warm-up
        threads = min(args.clients, 2)
        command = ["wrk", f"-t{threads}", f"-c{args.clients}", f"-d{args.duration}s", "--timeout", "10s"]
        output = subprocess.run([*command, "-s", script.name, base], capture_output=True, text=True, check=True).stdout
    finally:
        if proxy is not None:
            proxy.send_signal(signal.SIGQUIT)  # graceful: finishes writing its log
            proxy.wait(timeout=30)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        _token.revoke(by=user)
        if script is not None:
            os.unlink(script.name)
    result = json.loads(output.split("RESULT ", 1)[1])
    if args.proxy:
        result.update(
            cache_share(workdir / "access.log"), token_share=args.token_share, revalidate_share=args.revalidate_share
        )
    shutil.rmtree(workdir, ignore_errors=True)
    result.update(
        clients=args.clients, think_ms=args.think_ms, workers=args.workers, threads=args.threads, cores=os.cpu_count()
    )
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{args.clients} clients, think time ~{args.think_ms} ms, {args.workers} gunicorn workers x {args.threads} "
        f"threads on "
        f"{os.cpu_count()} cores, {result['seconds']:.0f} s: {result['requests']:,} requests, "
        f"{result['requests_per_second']:.1f}/s; p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
        f"p99 {result['p99_ms']:.0f} ms, max {result['max_ms']:.0f} ms; errors {result['errors']}"
        + (f"; through nginx, {result['cached_share']:.0%} answered by its cache or 304" if args.proxy else "")
        + (f" (token share {args.token_share:g}, revalidate share {args.revalidate_share:g})" if args.proxy else "")
    )
    if args.proxy:
        counts = ", ".join(f"{key} {count:,}" for key, count in sorted(result["proxy_cache"].items()))
        print(f"nginx's log: {result['proxy_requests']:,} requests by cache status (304: answered 304): {counts}")


if __name__ == "__main__":
    main()
