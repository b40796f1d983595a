#!/usr/bin/env bash
# schemathesis against a production-like local server (gunicorn, DEMO_MODE=false, DEBUG off), every check, every
# operation of /api/schema/, anonymous and with a write token of an ISU staff member. docs/security.md has figures.
#
#   DATABASE_URL=postgres://... benchmarks/schemathesis_run.sh [PORT] [EXAMPLES]
#   CLIENTS=token ...   (one of the two runs only)
#
# The database should hold data (the demo: `manage.py load_demo`, or a restored package). The throttles are
# raised for the run (thousands of requests a minute). Exit status: 0 when both runs report no failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8180}"
EXAMPLES="${2:-100}"
PYTHON="${PYTHON:-.venv/bin/python}"
BIN="$(dirname "$PYTHON")"
REPORTS="${REPORTS:-/tmp/schemathesis-$PORT}"
mkdir -p "$REPORTS"

export DEMO_MODE=false DEBUG=false HTTPS=false ALLOWED_HOSTS=127.0.0.1,localhost
export SECRET_KEY="${SECRET_KEY:-schemathesis-run-not-a-deployment-key-0123456789abcdefghijklmnop}"
export API_THROTTLE_ANON=100000000/minute API_THROTTLE_CLIENT=100000000/minute
export LOGIN_USERNAME_FAILURE_LIMIT=1000000

TOKEN="$("$PYTHON" manage.py shell -c '
from django.contrib.auth.models import Group
from accounts.models import ApiToken, User
from commitments.reference_data import ISU_STAFF_GROUP
user, _ = User.objects.get_or_create(username="schemathesis", defaults={"is_staff": True})
user.groups.add(Group.objects.get(name=ISU_STAFF_GROUP))
print(ApiToken.issue(user=user, name="schemathesis", scope="write")[1])' 2>/dev/null | tail -1)"

"$BIN/gunicorn" tracker.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 --timeout 120 \
    --access-logfile /dev/null --error-logfile "$REPORTS/gunicorn.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done

status=0
for who in ${CLIENTS:-anonymous token}; do
    headers=()
    [ "$who" = token ] && headers=(-H "Authorization: Token $TOKEN")
    SECONDS=0
    "$BIN/schemathesis" --config-file benchmarks/schemathesis.toml \
        run "http://127.0.0.1:$PORT/api/schema/?format=json" --checks all \
        --max-examples "$EXAMPLES" --workers 2 --seed 24 --suppress-health-check all --warnings off \
        --report junit --report-junit-path "$REPORTS/$who.xml" "${headers[@]}" \
        >"$REPORTS/$who.txt" 2>&1 || status=1
    echo "$who: $(tail -n 3 "$REPORTS/$who.txt" | tr '\n' ' ') (${SECONDS}s)"
done
echo "Reports in $REPORTS (text, JUnit; gunicorn.log for server errors)."
exit $status
