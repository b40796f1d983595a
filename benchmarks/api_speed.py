"""Commitment list speed on PostgreSQL, against a raw SQL baseline measured in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench SECRET_KEY=bench ALLOWED_HOSTS=testserver \\
        .venv/bin/python benchmarks/api_speed.py [--commitments 100000] [--repeat 15]

Creates (once, in the database named by DATABASE_URL) a data set of N commitments with their paragraphs, owners,
themes and actions, then times, interleaved, the median of:

- **raw SQL**: one query that produces the same JSON page with json_agg (the floor: no Python at all); like the API
  for a reader who is not staff, it leaves out commitments and documents that are not published;
- **the API**: ``GET /api/v1/commitments/?owner=MEX&status=in_progress&page_size=P`` through DRF;
- **textbook DRF**: a ModelViewSet with nested ModelSerializers and select_related/prefetch_related, on the same
  published commitments.

Targets (issue 21): for a page of 100 the API at most 1.3x raw SQL and at least 4x faster than textbook DRF; for a
page of 1,000 at most 1.6x raw SQL and at least 2.5x faster. Also streams the CSV export of every commitment and
reports the peak memory of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ.setdefault("DEBUG", "false")  # as deployed: no SQL logged per query

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from rest_framework import serializers, viewsets  # noqa: E402
from rest_framework.test import APIClient, APIRequestFactory  # noqa: E402

from actors.models import Actor  # noqa: E402
from commitments.filtersets import CommitmentFilterSet  # noqa: E402
from commitments.models import Commitment, CommitmentOwner, Status  # noqa: E402
from commitments.shape import FIELDS  # noqa: E402

RAW_PAGE = """
WITH page AS (
    SELECT c.* FROM commitments_commitment c
    JOIN documents_paragraph cp ON cp.id = c.paragraph_id JOIN documents_document cd ON cd.id = cp.document_id
    WHERE c.is_published AND cd.is_published
      AND EXISTS (SELECT 1 FROM commitments_commitmentowner o
                  WHERE o.commitment_id = c.id AND o.actor_id = %(actor)s AND o.status_id = %(status)s)
    ORDER BY c.updated_at DESC, c.id DESC LIMIT %(limit)s
)
SELECT json_agg(json_build_object(
    'id', p.id, 'kind', p.kind, 'text', p.text,
    'paragraph', json_build_object('id', par.id, 'document', par.document_id, 'label', NULLIF(par.label, ''),
                                   'anchor', par.anchor),
    'owners', (SELECT json_agg(json_build_object(
                   'actor', json_build_object('id', a.id, 'code', COALESCE(a.iso3, NULLIF(a.acronym, ''), a.slug),
                                              'name', a.name_en),
                   'status', s.key, 'since', o.status_effective_at, 'response', NULLIF(o.response, ''))
                   ORDER BY a.name_en)
               FROM commitments_commitmentowner o JOIN actors_actor a ON a.id = o.actor_id
               JOIN commitments_status s ON s.id = o.status_id WHERE o.commitment_id = p.id),
    'overall_status', st.key, 'progress', p.progress,
    'themes', COALESCE((SELECT json_agg(t.slug ORDER BY t.slug) FROM commitments_commitment_themes ct
                        JOIN commitments_theme t ON t.id = ct.theme_id WHERE ct.commitment_id = p.id), '[]'),
    'actions', COALESCE((SELECT json_agg(pl.code || '-' || ac.number ORDER BY pl.code, ac.number)
                         FROM commitments_commitment_actions ca JOIN commitments_action ac ON ac.id = ca.action_id
                         JOIN commitments_actionplan pl ON pl.id = ac.plan_id WHERE ca.commitment_id = p.id), '[]'),
    'references', p.references, 'target_date', p.target_date, 'created_at', p.created_at,
    'updated_at', p.updated_at) ORDER BY p.updated_at DESC, p.id DESC)::text
FROM page p JOIN documents_paragraph par ON par.id = p.paragraph_id
LEFT JOIN commitments_status st ON st.id = p.overall_status_id
"""


def build_data(count: int) -> None:
    """N commitments, one paragraph each, 2-3 owners (Mexico in a third of them), a theme, some actions."""
    if Commitment.objects.count() >= count:
        return
    print(f"building {count:,} commitments...", flush=True)
    call_command("load_reference_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    states = list(Actor.objects.states_parties().order_by("id").values_list("id", flat=True))
    statuses = list(
        Status.objects.filter(key__in=["not_started", "in_progress", "ongoing"]).values_list("id", flat=True)
    )
    mexico = Actor.objects.get(iso3="MEX").pk
    with connection.cursor() as cursor:
        cursor.execute("""
            INSERT INTO documents_meeting (slug, kind, number, title, title_fr, title_es, city, country, start_date,
                                           end_date)
            VALUES ('bench', 'msp', NULL, 'Benchmark meeting', '', '', 'Geneva', 'CH', '2022-11-21', '2022-11-25')
            ON CONFLICT DO NOTHING""")
        cursor.execute("""
            INSERT INTO documents_document (symbol, title, title_fr, title_es, kind, date, language, source_url,
                                            source_file, checksum, created_at, updated_at, meeting_id)
            SELECT '', 'Benchmark document ' || g, '', '', 'declaration', DATE '2010-01-01' + g, 'en', '', '', '',
                   now(), now(), (SELECT id FROM documents_meeting WHERE slug = 'bench')
            FROM generate_series(1, 100) g""")
        cursor.execute(
            """
            INSERT INTO documents_paragraph (document_id, position, label, heading, language, text, anchor)
            SELECT d.id, g, g || '.', '', 'en',
                   'We will strengthen cooperation and assistance to survivors, paragraph ' || g, 'p' || g
            FROM documents_document d, generate_series(1, %s) g WHERE d.title LIKE 'Benchmark document %%'""",
            [count // 100],
        )
        cursor.execute(
            """
            INSERT INTO commitments_commitment (kind, text, paragraph_id, target_date, progress, "references",
                                                created_at, updated_at, overall_status_id)
            SELECT 'commitment', p.text, p.id, NULL, 0, '[]', now(), now() - (p.id || ' seconds')::interval, %s
            FROM documents_paragraph p JOIN documents_document d ON d.id = p.document_id
            WHERE d.title LIKE 'Benchmark document %%'""",
            [statuses[0]],
        )
        cursor.execute(
            """
            INSERT INTO commitments_commitmentowner (commitment_id, actor_id, status_id, status_effective_at, response)
            SELECT c.id, (%(states)s::bigint[])[1 + (c.id * 7) %% %(n)s], (%(statuses)s::bigint[])[1 + c.id %% 3],
                   now(), ''
            FROM commitments_commitment c
            UNION ALL
            SELECT c.id, (%(states)s::bigint[])[1 + (c.id * 13 + 5) %% %(n)s],
                   (%(statuses)s::bigint[])[1 + (c.id / 3) %% 3], now(), ''
            FROM commitments_commitment c
            ON CONFLICT DO NOTHING""",
            {"states": states, "n": len(states), "statuses": statuses},
        )
        cursor.execute(
            """
            INSERT INTO commitments_commitmentowner (commitment_id, actor_id, status_id, status_effective_at, response)
            SELECT c.id, %(mexico)s, (%(statuses)s::bigint[])[1 + (c.id / 7) %% 3], now(), ''
            FROM commitments_commitment c WHERE c.id %% 3 = 0
            ON CONFLICT DO NOTHING""",
            {"mexico": mexico, "statuses": statuses},
        )
        cursor.execute(
            """
            INSERT INTO commitments_commitment_themes (commitment_id, theme_id)
            SELECT c.id, (SELECT id FROM commitments_theme ORDER BY id OFFSET (c.id %% 10) LIMIT 1)
            FROM commitments_commitment c""",
            [],
        )
        cursor.execute(
            """
            INSERT INTO commitments_commitment_actions (commitment_id, action_id)
            SELECT c.id, (SELECT id FROM commitments_action ORDER BY id OFFSET (c.id %% 50) LIMIT 1)
            FROM commitments_commitment c WHERE c.id %% 2 = 0""",
            [],
        )
        cursor.execute("ANALYZE")


class TextbookOwnerSerializer(serializers.ModelSerializer):
    actor = serializers.SerializerMethodField()
    status = serializers.SlugRelatedField(slug_field="key", read_only=True)

    class Meta:
        model = CommitmentOwner
        fields = ["actor", "status", "status_effective_at", "response"]

    def get_actor(self, link):
        return {"id": link.actor_id, "code": link.actor.code, "name": link.actor.name_en}


class TextbookCommitmentSerializer(serializers.ModelSerializer):
    owners = TextbookOwnerSerializer(source="owner_links", many=True, read_only=True)
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    actions = serializers.StringRelatedField(many=True)
    overall_status = serializers.SlugRelatedField(slug_field="key", read_only=True)

    class Meta:
        model = Commitment
        # The public shape, less the URL (the textbook list has none).
        fields = [name for name in FIELDS if name != "url"]


class TextbookViewSet(viewsets.ReadOnlyModelViewSet):
    """How the list is usually written: ModelViewSet + ModelSerializer + select/prefetch_related."""

    serializer_class = TextbookCommitmentSerializer
    filterset_class = CommitmentFilterSet
    pagination_class = __import__("tracker.api.pagination", fromlist=["x"]).SyncCursorPagination
    # What a reader who is not staff may see, as the API and the floor serve it.
    queryset = (
        Commitment.objects.published()
        .select_related("overall_status", "paragraph")
        .prefetch_related("owner_links__actor", "owner_links__status", "themes", "actions__plan")
    )


def median_seconds(function, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    arguments = parser.parse_args()
    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        sys.exit("Run on PostgreSQL: set DATABASE_URL (see the docstring).")
    setup_test_environment()
    build_data(arguments.commitments)
    mexico, in_progress = Actor.objects.get(iso3="MEX").pk, Status.by_key("in_progress").pk
    client, factory = APIClient(), APIRequestFactory()
    textbook = TextbookViewSet.as_view({"get": "list"})
    print(
        f"data: {Commitment.objects.count():,} commitments, {CommitmentOwner.objects.count():,} owner rows; "
        f"Mexico in progress: {CommitmentOwner.objects.filter(actor_id=mexico, status_id=in_progress).count():,}"
    )

    for page_size, target, faster in ((100, 1.3, 4.0), (1000, 1.6, 2.5)):
        params = {"owner": "MEX", "status": "in_progress", "page_size": page_size}

        def raw(page_size=page_size):
            with connection.cursor() as cursor:
                cursor.execute(RAW_PAGE, {"actor": mexico, "status": in_progress, "limit": page_size})
                return cursor.fetchone()[0]

        def api(params=params):
            response = client.get("/api/v1/commitments/", params)
            assert response.status_code == 200
            return response.content

        def classic(params=params):
            response = textbook(factory.get("/api/v1/commitments/", params))
            response.render()
            return response.content

        for function in (raw, api, classic):  # warm up
            function()
        assert len(__import__("json").loads(api())["results"]) == page_size
        timings = {"raw": [], "api": [], "textbook": []}
        for _ in range(arguments.repeat):  # interleaved, so that load on the machine hits all three alike
            timings["raw"].append(median_seconds(raw, 1))
            timings["api"].append(median_seconds(api, 1))
            timings["textbook"].append(median_seconds(classic, 1))
        raw_s, api_s, text_s = (statistics.median(timings[key]) for key in ("raw", "api", "textbook"))
        print(
            f"page of {page_size}: raw SQL {raw_s * 1000:.1f} ms, API {api_s * 1000:.1f} ms "
            f"({api_s / raw_s:.2f}x raw, target <= {target}), textbook DRF {text_s * 1000:.1f} ms "
            f"(API {text_s / api_s:.2f}x faster, target >= {faster})"
        )

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    response = client.get("/api/v1/commitments/export/", {"format": "csv"})
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"CSV export: {lines - 1:,} rows in {time.perf_counter() - start:.1f} s; peak memory "
        f"{before / 1024:.0f} MB before, {after / 1024:.0f} MB after (grew {(after - before) / 1024:.0f} MB)"
    )


if __name__ == "__main__":
    main()
