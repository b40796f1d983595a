"""Server time of every public page type at scale, against the SQL floor of its main aggregate.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_scale DEMO_MODE=false HTTPS=false SECRET_KEY=bench \\
        ALLOWED_HOSTS=testserver .venv/bin/python benchmarks/dashboards.py [--scale 1] [--repeat 30] [--json]

On the database DATABASE_URL names: if it holds fewer commitments than the scale asks (100,000 at scale 1), loads
the reference data and runs ``generate_scale_data --scale F``; then refreshes the summaries (timed) and times,
interleaved round by round, each page through Django's full stack (middleware, view, template) and the raw SQL of
the aggregate that page would need without summaries (its floor). Reports median and p95 of each, the median CPU time
of this process per page (Python and templates, without the database's own time nor the time spent waiting for a
core: the figure that moves least on a busy machine), the number of queries a page runs, whether the median is
within the goal, and the load average before and after. Goal (issues 11 and 23): every page at most 50 ms median
at scale 1, queries per page flat (the same at any size: tests/dashboards/test_pages.py).

--json prints a list with one object per page type:
{"operation", "median_ms", "p95_ms", "cpu_median_ms", "floor_median_ms", "queries", "target_ms", "within_target"}.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from actors.models import Actor  # noqa: E402
from commitments.models import Commitment, CommitmentOwner  # noqa: E402
from dashboards import summary  # noqa: E402
from documents.models import Document  # noqa: E402

# The aggregate each page would compute from the base tables if it had no summary table: its floor.
FLOORS = {
    "overview": "SELECT overall_status_id, count(*) FROM commitments_commitment GROUP BY 1",
    "map": "SELECT actor_id, status_id, count(*) FROM commitments_commitmentowner GROUP BY 1, 2",
    "state": "SELECT status_id, count(*) FROM commitments_commitmentowner WHERE actor_id = %(actor)s GROUP BY 1",
    "state_list": "SELECT actor_id, status_id, count(*) FROM commitments_commitmentowner GROUP BY 1, 2",
    "document": (
        "SELECT c.overall_status_id, count(*) FROM commitments_commitment c JOIN documents_paragraph p"
        " ON p.id = c.paragraph_id WHERE p.document_id = %(document)s GROUP BY 1"
    ),
    "document_list": (
        "SELECT p.document_id, c.overall_status_id, count(*) FROM commitments_commitment c"
        " JOIN documents_paragraph p ON p.id = c.paragraph_id GROUP BY 1, 2"
    ),
    "action_plan": (
        "SELECT ca.action_id, c.overall_status_id, count(*) FROM commitments_commitment_actions ca"
        " JOIN commitments_commitment c ON c.id = ca.commitment_id JOIN commitments_action a ON a.id = ca.action_id"
        " WHERE a.plan_id = %(plan)s GROUP BY 1, 2"
    ),
    "commitment": (
        "SELECT o.actor_id, o.status_id FROM commitments_commitmentowner o WHERE o.commitment_id = %(commitment)s"
    ),
    "commitment_list": "SELECT count(*) FROM commitments_commitment",
    "search": (
        "SELECT count(*) FROM documents_paragraph WHERE language = 'en' AND to_tsvector('tracker_en'::regconfig,"
        " COALESCE(text, '')) @@ websearch_to_tsquery('tracker_en'::regconfig, 'victim assistance')"
    ),
    "state_list_search": "SELECT actor_id, status_id, count(*) FROM commitments_commitmentowner GROUP BY 1, 2",
    "commitment_list_filtered": (
        "SELECT count(*) FROM commitments_commitment c WHERE EXISTS (SELECT 1 FROM commitments_commitmentowner o"
        " WHERE o.commitment_id = c.id AND o.actor_id = %(actor)s)"
    ),
}


def ensure_data(scale: float) -> None:
    call_command("collectstatic", interactive=False, verbosity=0)  # the pages link hashed static files, as served
    call_command("migrate", verbosity=0)  # before counting: a new, empty database has no tables yet
    if Commitment.objects.count() >= round(100_000 * scale):
        return
    call_command("load_reference_data", stdout=io.StringIO())
    call_command("generate_scale_data", scale=scale)
    if connection.vendor == "postgresql":
        # Fresh tables have no statistics: planned blind, the State page took 654 ms (median) here, 110 once analysed.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def pages() -> tuple[dict[str, str], dict]:
    """One address per page type, chosen among the largest of their kind (the worst case a visitor meets)."""
    state = Actor.objects.get(iso3="MEX")
    document = (
        Document.objects.annotate(n=Count("paragraphs__commitments")).order_by("-n").values_list("pk", flat=True)[0]
    )
    busiest = (
        CommitmentOwner.objects.values("commitment")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("commitment", flat=True)[0]
    )
    from commitments.models import ActionPlan

    plan = ActionPlan.objects.get(slug="oslo-2019")
    params = {"actor": state.pk, "document": document, "commitment": busiest, "plan": plan.pk}
    return (
        {
            "overview": "/",
            "map": "/map.svg",
            "state": "/states/MEX/",
            "state_list": "/states/",
            "document": f"/documents/{document}/",
            "document_list": "/documents/",
            "action_plan": "/action-plans/oslo-2019/",
            "commitment": f"/commitments/{busiest}/",
            "commitment_list": "/commitments/",
            "commitment_list_filtered": "/commitments/?owner=MEX&status=in_progress&theme=victim-assistance",
            "search": "/search/?q=victim+assistance",
            "state_list_search": "/states/?q=ma&sort=progress",
        },
        params,
    )


TARGET_MS = 50  # median per page at scale 1


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def timed_with_cpu(function) -> tuple[float, float]:
    """(wall ms, CPU ms of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    function()
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    ensure_data(args.scale)
    load_before = load_average()
    refresh_ms = timed(summary.refresh)
    paths, params = pages()
    client = Client()
    queries, page_times, floor_times = {}, {name: [] for name in paths}, {name: [] for name in paths}
    cpu_times = {name: [] for name in paths}
    for name, path in paths.items():  # warm: templates, caches of charts, the database's buffers
        with CaptureQueriesContext(connection) as context:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        queries[name] = len(context.captured_queries)
    with connection.cursor() as cursor:
        for _round in range(args.repeat):
            for name, path in paths.items():
                floor_times[name].append(timed(lambda name=name: cursor.execute(FLOORS[name], params)))
                cursor.fetchall()
                wall, cpu = timed_with_cpu(lambda path=path: client.get(path))
                page_times[name].append(wall)
                cpu_times[name].append(cpu)
    results = [
        {
            "operation": name,
            "median_ms": round(statistics.median(page_times[name]), 2),
            "p95_ms": round(percentile(page_times[name], 0.95), 2),
            "cpu_median_ms": round(statistics.median(cpu_times[name]), 2),
            "floor_median_ms": round(statistics.median(floor_times[name]), 2),
            "queries": queries[name],
            "target_ms": TARGET_MS,
            "within_target": statistics.median(page_times[name]) <= TARGET_MS,
        }
        for name in paths
    ]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"scale {args.scale}: {Commitment.objects.count():,} commitments; summaries refreshed in {refresh_ms:.0f} ms")
    print(f"{args.repeat} rounds; load average (1, 5, 15 min) {load_before} before, {load_average()} after")
    print(f"{'page':<26}{'median ms':>10}{'p95 ms':>10}{'cpu ms':>10}{'floor ms':>10}{'queries':>9}  target")
    for row in results:
        verdict = f"<= {TARGET_MS} ms" if row["within_target"] else f"ABOVE {TARGET_MS} ms"
        print(
            f"{row['operation']:<26}{row['median_ms']:>10.1f}{row['p95_ms']:>10.1f}{row['cpu_median_ms']:>10.1f}"
            f"{row['floor_median_ms']:>10.1f}{row['queries']:>9}  {verdict}"
        )


if __name__ == "__main__":
    main()
