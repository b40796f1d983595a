"""Realistic synthetic data at scale, for benchmarks and load tests: meetings, documents in en/fr/es with their
paragraphs, commitments (a quarter collective, owned by every State Party of the day), their status histories.

    python manage.py generate_scale_data [--scale 1] [--seed 1]

At scale 1: 60 meetings, 3,000 documents, 120,000 paragraphs, 100,000 commitments, about 1,000,000 status
updates. The same seed gives the same data. Rows are written with COPY on PostgreSQL (bulk inserts elsewhere),
and without per-row history: this is test data, not a record. The texts are synthetic and say so.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import itertools
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
UPDATE_COLUMNS += ["recorded_by_id", "recorded_at", "narrative_key", "narrative_params"]


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
        """Commitments on random paragraphs, their owners, about ten status updates each, and their links."""
        chosen = self.commitment_rows(paragraphs, documents)
        pairs = self.owner_pairs(chosen)
        extra = max(0, self.n(1_000_000) - len(pairs))
        owners = (
            (
                commitment_id,
                actor_id,
                status,
                start + datetime.timedelta(days=30 * self.reports(index, pairs, extra)),
                "",
            )
            for index, (commitment_id, actor_id, status, start) in enumerate(pairs)
        )
        counted = {"updates": 0}
        with bulk_load(CommitmentOwner, StatusUpdate):
            copy_rows(CommitmentOwner, OWNER_COLUMNS, owners)
            copy_rows(StatusUpdate, UPDATE_COLUMNS, self.updates(pairs, extra, counted))
        self.links(chosen)
        return len(chosen), counted["updates"]

    def commitment_rows(self, paragraphs, documents) -> list[tuple]:
        """Copy the commitments in; returns (id, document date, status) of each."""
        dates = {document_id: day for document_id, day, _language in documents}
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
        return chosen

    def owner_pairs(self, chosen) -> list[tuple]:
        """(commitment, actor, status, since) of every owner: a quarter collective (every party of the day)."""
        parties_by_year, pairs = {}, []
        states = list(Actor.objects.states().values_list("pk", flat=True))
        for commitment_id, day, status in chosen:
            if self.rng.random() < 0.25:
                if day.year not in parties_by_year:
                    parties_by_year[day.year] = list(Actor.objects.parties_on(day).values_list("pk", flat=True))
                actors = parties_by_year[day.year]
            else:
                actors = self.rng.sample(states, self.rng.randint(1, 3))
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
            pairs.extend((commitment_id, actor_id, status, start) for actor_id in actors)
        return pairs

    def updates(self, pairs, extra: int, counted: dict):
        """The first status of each pair, then monthly reports that move it along its path (not started, then in
        progress, then its status today) and keep it."""
        paths = {
            self.statuses[status]: [self.statuses[key] for key in path]
            for status, path in (
                ("not_started", ["not_started"]),
                ("in_progress", ["not_started", "in_progress"]),
                ("ongoing", ["not_started", "ongoing"]),
                ("completed", ["not_started", "in_progress", "completed"]),
            )
        }
        for index, (commitment_id, actor_id, status, start) in enumerate(pairs):
            reports = self.reports(index, pairs, extra)
            path = paths[status]
            steps = [path[min(len(path) - 1, (step * len(path)) // (reports + 1))] for step in range(reports)]
            steps.append(status)
            yield (commitment_id, actor_id, None, steps[0], start, "", None, self.now, "", "{}")
            for month in range(1, reports + 1):
                at = start + datetime.timedelta(days=30 * month)
                report = (steps[month - 1], steps[month], at, "Synthetic report.", None, self.now, "", "{}")
                yield (commitment_id, actor_id, *report)
            counted["updates"] += reports + 1

    @staticmethod
    def reports(index: int, pairs: list, extra: int) -> int:
        """How many monthly reports follow the first status of the index-th pair (``extra`` spread evenly)."""
        return extra // len(pairs) + (1 if index < extra % len(pairs) else 0)

    def links(self, chosen) -> None:
        """Themes (one or two each) and, for a third of them, an action of the plan."""
        themes, actions = [], []
        for commitment_id, _day, _status in chosen:
            for theme_id in self.rng.sample(self.themes, self.rng.randint(1, 2)):
                themes.append((commitment_id, theme_id))
            if self.actions and self.rng.random() < 0.33:
                actions.append((commitment_id, self.rng.choice(self.actions)))
        copy_rows(Commitment.themes.through, ["commitment_id", "theme_id"], themes)
        copy_rows(Commitment.actions.through, ["commitment_id", "action_id"], actions)


CHUNK = 200_000  # rows per COPY: memory stays bounded while PostgreSQL works on the previous chunk


def copy_rows(model, columns: list[str], rows) -> None:
    """COPY on PostgreSQL, in chunks; plain multi-row INSERTs elsewhere. ``rows`` may be any iterable."""
    table = model._meta.db_table
    quoted = ", ".join(f'"{column}"' for column in columns)
    rows = iter(rows)
    while chunk := list(itertools.islice(rows, CHUNK)):
        if connection.vendor == "postgresql":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerows(["\\N" if value is None else value for value in row] for row in chunk)
            buffer.seek(0)
            with connection.cursor() as cursor:
                cursor.copy_expert(f"COPY {table} ({quoted}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)
            continue
        placeholders = ", ".join(["%s"] * len(columns))
        chunk = [[_as_django_writes(value) for value in row] for row in chunk]
        with connection.cursor() as cursor:
            for start in range(0, len(chunk), 500):
                cursor.executemany(
                    f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})", chunk[start : start + 500]
                )


def _as_django_writes(value):
    """A time as the ORM stores it (on SQLite: text in UTC). The sqlite3 module would write the time's own offset
    (``12:00:00+01:00``), which Django reads back with that offset: an export, an import (written in UTC by the ORM)
    and a second export then differed."""
    if isinstance(value, datetime.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


@contextlib.contextmanager
def bulk_load(*models):
    """On PostgreSQL, load the big tables the way its manual advises: drop their secondary indexes and foreign
    keys, load, then build the indexes in one pass and validate the keys with one join each. Elsewhere, nothing."""
    if connection.vendor != "postgresql":
        yield
        return
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # check the rows already written: no pending trigger events
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = ANY(%s::regclass[]) AND contype IN ('f', 'u')",
            [tables],
        )
        constraints = cursor.fetchall()
        for table, name, _definition in constraints:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes i WHERE tablename = ANY(%s) AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            [tables],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    yield
    with connection.cursor() as cursor:
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in sorted(constraints, key=lambda item: "FOREIGN" in item[2]):
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')


def reset_sequence(model) -> None:
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [model]):
            cursor.execute(statement)
