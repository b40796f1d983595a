"""Realistic synthetic data at scale, for benchmarks and load tests: meetings, documents in en/fr/es with their
paragraphs, commitments (a quarter collective, owned by every State Party of the day), their status histories.

    python manage.py generate_scale_data [--scale 1] [--seed 1]

At scale 1: 60 meetings, 3,000 documents, 120,000 paragraphs, 100,000 commitments, about 1,000,000 status
updates. The same seed gives the same data. Rows are written with COPY on PostgreSQL (bulk inserts elsewhere),
and without per-row history: this is test data, not a record. The texts are synthetic and say so.
"""

from __future__ import annotations

import csv
import datetime
import io
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from actors.models import Actor
from commitments.models import Action, Commitment, CommitmentOwner, Status, StatusUpdate, Theme
from documents.models import Document, Meeting, Paragraph

LANGUAGES = ("en", "fr", "es")
KINDS = ("commitment", "recommendation", "call", "offer", "conclusion")
SENTENCES = {
    "en": "Synthetic test paragraph {n}: the States Parties will report on measure {n}.",
    "fr": "Paragraphe de test synthétique {n} : les États parties rendront compte de la mesure {n}.",
    "es": "Párrafo de prueba sintético {n}: los Estados partes informarán sobre la medida {n}.",
}


OWNER_COLUMNS = ["commitment_id", "actor_id", "status_id", "status_effective_at", "response"]
UPDATE_COLUMNS = ["commitment_id", "actor_id", "from_status_id", "to_status_id", "effective_at", "narrative"]
UPDATE_COLUMNS += ["recorded_by_id", "recorded_at"]


class Command(BaseCommand):
    help = "Create synthetic data at scale (scale 1: 100,000 commitments, about 1,000,000 status updates)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, scale: float, seed: int, **options) -> None:
        if not 0 < scale <= 10:
            raise CommandError("--scale is a number above 0, at most 10.")
        if not Status.objects.exists() or not Actor.objects.exists():
            raise CommandError("Load the reference data first: python manage.py load_reference_data")
        started = timezone.now()
        with transaction.atomic():
            counts = Generator(random.Random(seed), scale).run()
        seconds = (timezone.now() - started).total_seconds()
        summary = ", ".join(f"{count:,} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Created {summary} in {seconds:.0f} s."))


class Generator:
    def __init__(self, rng: random.Random, scale: float):
        self.rng, self.scale = rng, scale
        self.statuses = {status.key: status.pk for status in Status.objects.all()}
        self.themes = list(Theme.objects.values_list("pk", flat=True))
        self.actions = list(Action.objects.values_list("pk", flat=True))
        self.now = timezone.now()

    def n(self, count: int) -> int:
        return max(1, round(count * self.scale))

    def run(self) -> dict[str, int]:
        meetings = self.meetings()
        documents = self.documents(meetings)
        paragraphs = self.paragraphs(documents)
        commitments, updates = self.commitments(paragraphs, documents)
        return {
            "meetings": len(meetings),
            "documents": len(documents),
            "paragraphs": len(paragraphs),
            "commitments": commitments,
            "status updates": updates,
        }

    def meetings(self) -> list[tuple[int, datetime.date]]:
        base = Meeting.objects.count()
        rows = []
        for index in range(self.n(60)):
            start = datetime.date(2000 + index % 26, 1 + index % 12, 1 + index % 25)
            rows.append(
                Meeting(
                    slug=f"synthetic-{base + index}",
                    kind=Meeting.Kind.OTHER,
                    title=f"Synthetic meeting {base + index}",
                    start_date=start,
                    end_date=start + datetime.timedelta(days=4),
                )
            )
        Meeting.objects.bulk_create(rows, batch_size=1000)
        return list(Meeting.objects.filter(slug__startswith="synthetic-").values_list("pk", "start_date"))

    def documents(self, meetings) -> list[tuple[int, datetime.date, str]]:
        rows = []
        for index in range(self.n(3000)):
            meeting_id, start = self.rng.choice(meetings)
            language = LANGUAGES[index % 3]
            rows.append(
                Document(
                    title=f"Synthetic document {index}",
                    kind=Document.Kind.OTHER,
                    meeting_id=meeting_id,
                    date=start,
                    language=language,
                    checksum=f"synthetic-{self.rng.getrandbits(64):016x}-{index}",
                )
            )
        Document.objects.bulk_create(rows, batch_size=2000)
        return list(Document.objects.filter(checksum__startswith="synthetic-").values_list("pk", "date", "language"))

    def paragraphs(self, documents) -> list[tuple[int, int]]:
        per_document = max(1, round(self.n(120_000) / len(documents)))
        columns = ["document_id", "position", "label", "heading", "language", "text", "anchor"]
        rows = []
        for document_id, _date, language in documents:
            for position in range(1, per_document + 1):
                text = SENTENCES[language].format(n=position)
                rows.append((document_id, position, f"{position}.", "", language, text, f"p{position}"))
        copy_rows(Paragraph, columns, rows)
        ids = [document_id for document_id, _date, _language in documents]
        return list(Paragraph.objects.filter(document_id__in=ids).values_list("pk", "document_id"))

    def commitments(self, paragraphs, documents) -> tuple[int, int]:
        dates = {document_id: day for document_id, day, _language in documents}
        parties_by_year = {}
        keys = ["not_started", "in_progress", "ongoing", "completed"]
        commitment_rows, chosen = [], []
        first_id = (Commitment.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        for offset in range(self.n(100_000)):
            paragraph_id, document_id = self.rng.choice(paragraphs)
            kind = self.rng.choice(KINDS)
            status = self.statuses[self.rng.choice(keys)]
            commitment_rows.append(
                (first_id + offset, kind, paragraph_id, f"Synthetic {kind} {offset}.", "[]", status, self.now, self.now)
            )
            chosen.append((first_id + offset, dates[document_id], status))
        copy_rows(
            Commitment,
            ["id", "kind", "paragraph_id", "text", "references", "overall_status_id", "created_at", "updated_at"],
            commitment_rows,
        )
        reset_sequence(Commitment)
        pairs = []
        states = list(Actor.objects.states().values_list("pk", flat=True))
        for commitment_id, day, status in chosen:
            if self.rng.random() < 0.25:  # collective: every State Party of the day
                if day.year not in parties_by_year:
                    parties_by_year[day.year] = list(Actor.objects.parties_on(day).values_list("pk", flat=True))
                actors = parties_by_year[day.year]
            else:
                actors = self.rng.sample(states, self.rng.randint(1, 3))
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
            pairs.extend((commitment_id, actor_id, status, start) for actor_id in actors)
        # About ten updates per commitment in all: the first status of each pair, then monthly reports.
        extra = max(0, self.n(1_000_000) - len(pairs))
        owners, updates = [], []
        for index, (commitment_id, actor_id, status, start) in enumerate(pairs):
            reports = extra // len(pairs) + (1 if index < extra % len(pairs) else 0)
            updates.append((commitment_id, actor_id, None, status, start, "", None, self.now))
            for month in range(1, reports + 1):
                at = start + datetime.timedelta(days=30 * month)
                updates.append((commitment_id, actor_id, status, status, at, "Synthetic report.", None, self.now))
            latest = start + datetime.timedelta(days=30 * reports)
            owners.append((commitment_id, actor_id, status, latest, ""))
        copy_rows(CommitmentOwner, OWNER_COLUMNS, owners)
        copy_rows(StatusUpdate, UPDATE_COLUMNS, updates)
        return len(chosen), len(updates)


def copy_rows(model, columns: list[str], rows: list[tuple]) -> None:
    """COPY on PostgreSQL; plain multi-row INSERTs elsewhere."""
    table = model._meta.db_table
    if connection.vendor == "postgresql":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            writer.writerow(["\\N" if value is None else value for value in row])
        buffer.seek(0)
        with connection.cursor() as cursor:
            quoted = ", ".join(f'"{column}"' for column in columns)
            cursor.copy_expert(f"COPY {table} ({quoted}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)
        return
    placeholders = ", ".join(["%s"] * len(columns))
    quoted = ", ".join(f'"{column}"' for column in columns)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})", rows[start : start + 500])


def reset_sequence(model) -> None:
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [model]):
            cursor.execute(statement)
