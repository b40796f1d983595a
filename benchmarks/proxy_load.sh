#!/usr/bin/env bash
# Load through the proxy on one machine, as docker-compose runs the stack, without docker (issue 24):
# a fresh PostgreSQL database, migrated, with the demo data (load_demo); two redis-servers of its own, the broker
# (kept on disk) and the cache (memory only), as compose's "broker" and "cache"; the static files collected; then
# benchmarks/load_test.py --proxy starts gunicorn (5 workers x 4 threads, DEMO_MODE=false, TRUSTED_PROXY_COUNT=1)
# and nginx with deploy/nginx.conf (only upstream, port and folders changed; its own prefix, temporary folders
# and logs, never the system's configuration) and drives nginx with wrk. Prints requests, errors, p50/p95/p99 and
# the share answered by nginx's cache or 304, and the load average at the start and the end. Stops everything it
# started and drops the database (KEEP_DB=1 keeps it).
#
# The full run, with no option: 100 clients, ~1 s think time, 5 minutes; half the API requests with a token
# (private, never cached), a fifth of the anonymous ones revisits (If-None-Match). Run it on a quiet machine:
#     benchmarks/proxy_load.sh
# A smoke run on a busy machine:
#     benchmarks/proxy_load.sh --clients 20 --duration 45
# Any other option goes to load_test.py and replaces these (--token-share 1, --revalidate-share 0, --json ...).
#
# Environment (defaults in brackets): PORT_BASE [18340]: gunicorn on PORT_BASE, nginx on +1, the broker on +2,
# the cache on +3; DB_NAME [proxy_load]; PG [postgres://postgres@127.0.0.1:5432] (a server and a role that
# may create databases); PYTHON [.venv/bin/python]; KEEP_DB [0]. Needs wrk, nginx and redis-server
# (Debian: apt-get install wrk nginx redis-server); nginx is only run from here, its service may stay stopped.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT_BASE="${PORT_BASE:-18340}"
APP_PORT="$PORT_BASE"
PROXY_PORT="$((PORT_BASE + 1))"
BROKER_PORT="$((PORT_BASE + 2))"
CACHE_PORT="$((PORT_BASE + 3))"
DB_NAME="${DB_NAME:-proxy_load}"
PG="${PG:-postgres://postgres@127.0.0.1:5432}"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
KEEP_DB="${KEEP_DB:-0}"

CLIENTS=100
DURATION=300
PASS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --clients) CLIENTS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) PASS+=("$1"); shift ;;
    esac
done

for tool in wrk nginx redis-server psql; do
    command -v "$tool" >/dev/null || { echo "proxy_load.sh: $tool is needed (see the header)" >&2; exit 2; }
done
for port in "$APP_PORT" "$PROXY_PORT" "$BROKER_PORT" "$CACHE_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "proxy_load.sh: port $port is taken; choose another PORT_BASE" >&2
        exit 2
    fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/proxy-load.XXXXXX")"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [[ "$KEEP_DB" != 1 ]]; then
        psql "$PG/postgres" -q -c "DROP DATABASE IF EXISTS \"$DB_NAME\"" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

loadavg() { echo "$(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }
echo "start: $(loadavg)"

# compose's two Redis services: the broker keeps its tasks (append-only file), the cache is memory only.
mkdir -p "$WORK/broker" "$WORK/cache"
redis-server --bind 127.0.0.1 --port "$BROKER_PORT" --dir "$WORK/broker" --appendonly yes --save "" \
    --logfile "$WORK/broker/redis.log" &
PIDS+=("$!")
redis-server --bind 127.0.0.1 --port "$CACHE_PORT" --dir "$WORK/cache" --save "" --appendonly no \
    --maxmemory 256mb --maxmemory-policy allkeys-lru --logfile "$WORK/cache/redis.log" &
PIDS+=("$!")

# docker-compose's environment for the web service (.env.example's values where compose reads .env).
export DEMO_MODE=false
export DATABASE_URL="$PG/$DB_NAME"
export CELERY_BROKER_URL="redis://127.0.0.1:$BROKER_PORT/0"
export CELERY_RESULT_BACKEND="redis://127.0.0.1:$BROKER_PORT/1"
export CACHE_URL="redis://127.0.0.1:$CACHE_PORT/0"
export TRUSTED_PROXY_COUNT=1 APP_PORT_PUBLISHED=false
export SECRET_KEY="proxy-load-benchmark-only-$(date +%s)-$RANDOM$RANDOM"
export ALLOWED_HOSTS=127.0.0.1,localhost
export HTTPS=false  # plain HTTP on loopback (compose's note: in production TLS stands before nginx)
export MEDIA_ROOT="$WORK/media" STATIC_ROOT="$WORK/static"
export SITE_URL="http://127.0.0.1:$PROXY_PORT" TIME_ZONE=Europe/Zurich

for _ in $(seq 50); do
    redis-cli -p "$BROKER_PORT" ping >/dev/null 2>&1 && redis-cli -p "$CACHE_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
done

PGOPTIONS="-c client_min_messages=warning" psql "$PG/postgres" -q -c "DROP DATABASE IF EXISTS \"$DB_NAME\"" -c "CREATE DATABASE \"$DB_NAME\"" >/dev/null
echo "database $DB_NAME: migrate, load_demo, collectstatic"
"$PYTHON" manage.py migrate --noinput -v0
"$PYTHON" manage.py load_demo | tail -n 2
"$PYTHON" manage.py collectstatic --noinput -v0

echo "load: $CLIENTS clients for $DURATION s through nginx on 127.0.0.1:$PROXY_PORT (gunicorn on $APP_PORT)"
status=0
"$PYTHON" benchmarks/load_test.py --proxy --port "$APP_PORT" --proxy-port "$PROXY_PORT" \
    --clients "$CLIENTS" --duration "$DURATION" --think-ms 1000 --workers 5 --threads 4 \
    --token-share 0.5 --revalidate-share 0.2 ${PASS[@]+"${PASS[@]}"} \
    || status=$?
echo "end: $(loadavg)"
exit "$status"
