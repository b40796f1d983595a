"""A versioned data package of the tracker's records: one JSON file (Django's serialization, which restores) and
one CSV file (for reading in a spreadsheet) per table, and a manifest with row counts and SHA-256 checksums.

``export_data DIR`` writes it; ``import_data DIR`` restores it into an empty database after checking every
checksum. For full backups of a running server, use pg_dump (docs/operations-backup.md); this package is for moving,
archiving and inspecting the record, and it leaves out secrets (password hashes, API token digests).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.dispatch import Signal

from tracker.spreadsheets import csv_row

FORMAT = "apmbc-tracker-data"
VERSION = 2
# Every table a restored tracker needs, in an order that restores: what a row points to comes before it. Not
# here: sessions, login attempts, API tokens (secrets: clients get new tokens), the outbox, the audit history
# (pg_dump keeps it) and the dashboards' summaries, which are rebuilt after an import (``package_imported``).
TABLES = [
    "auth.Group",
    "accounts.User",
    "actors.Actor",
    "actors.FocalPoint",
    "documents.Meeting",
    "documents.Document",
    "documents.Paragraph",
    "documents.Footnote",
    "commitments.Theme",
    "commitments.ActionPlan",
    "commitments.ActionPlanSection",
    "commitments.Action",
    "commitments.Status",
    "commitments.Commitment",
    "commitments.CommitmentOwner",
    "commitments.StatusUpdate",
    "commitments.Evidence",
    "extraction.ExtractionRule",
    "extraction.Candidate",
    "commitments.Obligation",
    "commitments.ObligationEvent",
    "commitments.DeadlineExtension",
    "commitments.StatusProposal",
    "notifications.Watch",
    "notifications.SentEmail",
    "notifications.WebhookEndpoint",
    "notifications.WebhookDelivery",
]
# Left out of the package: password hashes (a restored user sets a new password).
SECRET_FIELDS = {"accounts.User": ["password"]}
# In the JSON (a restored webhook keeps signing as its client expects) but not in the CSV, which is for reading.
UNLISTED_FIELDS = {"notifications.WebhookEndpoint": ["secret"]}
# Permissions are named by (codename, app, model) and groups by name: permission ids differ between databases.
NATURAL_KEYS = {"auth.Group", "accounts.User"}
# Sent with the tables restored (``counts``), after the import's transaction: derived data is rebuilt.
package_imported = Signal()


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a status history ordered by its times needs every digit. Times
    are written in UTC, however the database handed them back: the same instant is always the same text."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return _utc(o).isoformat()
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


def _utc(value: datetime.datetime) -> datetime.datetime:
    return value.astimezone(datetime.UTC) if value.tzinfo is not None else value


class PackageError(Exception):
    """A package that cannot be imported, with the reason."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_package(folder: Path) -> dict:
    """Write every table; returns the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {"format": FORMAT, "version": VERSION, "exported_at": _now(), "tables": {}}
    for label in TABLES:
        model = apps.get_model(label)
        rows = model._default_manager.order_by("pk")
        fields = [field.name for field in model._meta.concrete_fields if field.name not in SECRET_FIELDS.get(label, [])]
        data = _json(label, rows, fields + [field.name for field in model._meta.many_to_many])
        (folder / f"{label}.json").write_bytes(data)
        listed = [name for name in fields if name not in UNLISTED_FIELDS.get(label, [])]
        table = _csv(rows, listed)
        (folder / f"{label}.csv").write_bytes(table)
        manifest["tables"][label] = {"rows": rows.count(), "json_sha256": _sha256(data), "csv_sha256": _sha256(table)}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def _json(label: str, rows, fields: list[str]) -> bytes:
    """Django's serialization, with many-to-many lists sorted: two exports of the same rows are the same bytes."""
    natural = label in NATURAL_KEYS
    objects = serializers.serialize(
        "python",
        rows.iterator(chunk_size=2000),
        fields=fields,
        use_natural_foreign_keys=natural,
    )
    many = {field.name for field in rows.model._meta.many_to_many}
    for item in objects:
        for name in many & item["fields"].keys():
            item["fields"][name] = sorted(item["fields"][name])
    # Keys sorted: PostgreSQL hands JSON fields back in its own key order, SQLite in the order written.
    return json.dumps(objects, indent=1, cls=FullPrecisionEncoder, ensure_ascii=False, sort_keys=True).encode()


def _csv(rows, fields: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(fields)
    for row in rows.values_list(*[_column(rows.model, name) for name in fields]):
        writer.writerow(csv_row(_cell(value) for value in row))
    return buffer.getvalue().encode()


def _cell(value):
    """A JSON field's value as JSON with sorted keys: PostgreSQL and SQLite hand its keys back in different orders.
    A time in UTC, as in the JSON."""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    if isinstance(value, datetime.datetime):
        return _utc(value)
    return value


def _column(model, name: str) -> str:
    field = model._meta.get_field(name)
    return field.attname


def import_package(folder: Path) -> dict[str, int]:
    """Restore a package into an empty (freshly migrated) database, all or nothing. Returns rows per table."""
    manifest = _manifest(folder)
    for label in TABLES:
        if label != "accounts.User" and apps.get_model(label)._default_manager.exists():
            raise PackageError(f"The database is not empty ({label} has rows): import into an empty database.")
    counts = {}
    with transaction.atomic():
        for label in TABLES:
            counts[label] = _restore_table(folder, label, manifest["tables"][label])
        _reset_sequences()
    package_imported.send(sender=import_package, counts=counts)
    return counts


def _restore_table(folder: Path, label: str, expected: dict) -> int:
    data = (folder / f"{label}.json").read_bytes()
    if _sha256(data) != expected["json_sha256"]:
        raise PackageError(f"{label}.json does not match its checksum in the manifest.")
    try:
        objects = list(serializers.deserialize("json", data, handle_forward_references=True))
    except serializers.base.DeserializationError as error:
        raise PackageError(f"{label}.json cannot be read: {error}") from error
    for item in objects:
        if label == "accounts.User":
            item.object.set_unusable_password()  # passwords are not in packages
        item.save()
    for item in objects:
        if item.deferred_fields:  # a row pointing to a later row of its own table (a translation, a parent)
            item.save_deferred_fields()
    if len(objects) != expected["rows"]:
        raise PackageError(f"{label}: {len(objects)} rows where the manifest says {expected['rows']}.")
    return len(objects)


def _reset_sequences() -> None:
    """Rows came with their ids: the next id the database hands out must come after them (PostgreSQL)."""
    models = [apps.get_model(label) for label in TABLES]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PackageError(f"No readable manifest.json in {folder}: {error}") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise PackageError(
            f"Not a {FORMAT} package of version {VERSION} (version {manifest.get('version')}): export it again "
            "with this version of the tracker."
        )
    missing = [label for label in TABLES if label not in manifest.get("tables", {})]
    if missing:
        raise PackageError(f"The manifest lacks {', '.join(missing)}.")
    return manifest


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()
