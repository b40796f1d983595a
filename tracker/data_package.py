"""A versioned data package of the tracker's records: one JSON file (Django's serialization, which restores) and
one CSV file (for reading in a spreadsheet) per table, and a manifest with row counts and SHA-256 checksums.

``export_data DIR`` writes it; ``import_data DIR`` restores it into an empty database after checking every
checksum. For full backups of a running server, use pg_dump (README); this package is for moving, archiving and
inspecting the record, and it leaves out secrets (password hashes, API token digests).
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

from tracker.spreadsheets import csv_row

FORMAT = "apmbc-tracker-data"
VERSION = 1
# In an order that restores: what a row points to comes before it.
TABLES = [
    "accounts.User",
    "actors.Actor",
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
    "commitments.DeadlineExtension",
]
SECRET_FIELDS = {"accounts.User": ["password"]}


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a status history ordered by its times needs every digit."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


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
        fields += [field.name for field in model._meta.many_to_many]
        data = serializers.serialize("json", rows, fields=fields, indent=1, cls=FullPrecisionEncoder).encode()
        (folder / f"{label}.json").write_bytes(data)
        table = _csv(rows, [field for field in fields if field in {f.name for f in model._meta.concrete_fields}])
        (folder / f"{label}.csv").write_bytes(table)
        manifest["tables"][label] = {"rows": rows.count(), "json_sha256": _sha256(data), "csv_sha256": _sha256(table)}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def _csv(rows, fields: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(fields)
    for row in rows.values_list(*[_column(rows.model, name) for name in fields]):
        writer.writerow(csv_row(row))
    return buffer.getvalue().encode()


def _column(model, name: str) -> str:
    field = model._meta.get_field(name)
    return field.attname


def import_package(folder: Path) -> dict[str, int]:
    """Restore a package into an empty database, all or nothing. Returns rows per table."""
    manifest = _manifest(folder)
    for label in TABLES:
        if apps.get_model(label)._default_manager.exists() and label != "accounts.User":
            raise PackageError(f"The database is not empty ({label} has rows): import into an empty database.")
    counts = {}
    with transaction.atomic():
        for label in TABLES:
            data = (folder / f"{label}.json").read_bytes()
            if _sha256(data) != manifest["tables"][label]["json_sha256"]:
                raise PackageError(f"{label}.json does not match its checksum in the manifest.")
            objects = list(serializers.deserialize("json", data, handle_forward_references=True))
            for item in objects:
                if label == "accounts.User":
                    item.object.set_unusable_password()  # passwords are not in packages
                item.save()
            counts[label] = len(objects)
            expected = manifest["tables"][label]["rows"]
            if counts[label] != expected:
                raise PackageError(f"{label}: {counts[label]} rows where the manifest says {expected}.")
        _reset_sequences()
    return counts


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
        raise PackageError(f"Not a {FORMAT} package of version {VERSION}.")
    missing = [label for label in TABLES if label not in manifest.get("tables", {})]
    if missing:
        raise PackageError(f"The manifest lacks {', '.join(missing)}.")
    return manifest


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()
