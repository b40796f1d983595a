"""The public shape of a commitment, defined once.

The API's rows (``api/rows.py``) carry these fields in this order; the OpenAPI schema's ``Commitment`` is built
from them; the CSV/XLSX exports, of the API and of the admin, have the columns below; and the admin's import
reads the importable ones. A field added here reaches all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rest_framework import serializers

from actors.api.serializers import ActorBriefSerializer
from commitments.models.choices import CommitmentKind, OwnerResponse


class ParagraphRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    document = serializers.IntegerField()
    label = serializers.CharField(allow_null=True)
    permalink = serializers.URLField()


class OwnerStatusSerializer(serializers.Serializer):
    actor = ActorBriefSerializer()
    status = serializers.CharField(help_text="Status key.")
    since = serializers.DateTimeField(help_text="When this status became effective: when it was last reported.")
    response = serializers.ChoiceField(choices=OwnerResponse.choices, allow_null=True)


@dataclass(frozen=True)
class PublicField:
    name: str
    schema: Callable[[], serializers.Field]


# What a compact list row (?compact=true) has in place of ``owners``.
COMPACT_SPEC: tuple[PublicField, ...] = (
    PublicField("owner_count", lambda: serializers.IntegerField(required=False)),
    PublicField(
        "owner_statuses",
        lambda: serializers.DictField(
            child=serializers.IntegerField(), required=False, help_text="How many owners are in each status."
        ),
    ),
    PublicField(
        "owners_url", lambda: serializers.URLField(required=False, help_text="This commitment with its owners.")
    ),
)


# In the order of the API's rows.
FIELDS_SPEC: tuple[PublicField, ...] = (
    PublicField("id", serializers.IntegerField),
    PublicField("url", serializers.URLField),
    PublicField("kind", lambda: serializers.ChoiceField(choices=CommitmentKind.choices)),
    PublicField("text", serializers.CharField),
    PublicField("paragraph", ParagraphRefSerializer),
    PublicField("owners", lambda: OwnerStatusSerializer(many=True, required=False)),
    PublicField("overall_status", lambda: serializers.CharField(allow_null=True)),
    PublicField("progress", lambda: serializers.IntegerField(allow_null=True)),
    PublicField("themes", lambda: serializers.ListField(child=serializers.SlugField())),
    PublicField(
        "actions",
        lambda: serializers.ListField(child=serializers.CharField(), help_text="References such as OAP-23."),
    ),
    PublicField("references", lambda: serializers.ListField(child=serializers.DictField())),
    PublicField("target_date", lambda: serializers.DateField(allow_null=True)),
    PublicField("created_at", serializers.DateTimeField),
    PublicField("updated_at", serializers.DateTimeField),
)
FIELDS = [field.name for field in FIELDS_SPEC]


def schema_serializer(*, selectable: bool = False) -> type[serializers.Serializer]:
    """The ``Commitment`` of the OpenAPI schema: the rows are built without serializers, so this only documents.
    ``selectable``: a row of the list, where ``?fields=`` leaves out every field not asked for (``CommitmentRow``)."""
    attributes = {field.name: field.schema() for field in (*FIELDS_SPEC, *COMPACT_SPEC)}
    if selectable:
        for field in attributes.values():
            field._kwargs["required"] = False  # a serializer's fields are copies built again from these kwargs
    attributes["__doc__"] = "The shape of a commitment in every response (built by ``commitments.api.rows``)."
    if selectable:
        attributes["__doc__"] += " In a list, ``fields`` gives the fields asked for only."
    name = "CommitmentRowSerializer" if selectable else "CommitmentSerializer"
    return type(name, (serializers.Serializer,), attributes)


@dataclass(frozen=True)
class Column:
    name: str
    cell: Callable[[dict], object]
    importable: bool = False  # read back by the admin's import


def _owners(row: dict) -> str:
    if "owners_cell" in row:  # exports: built by the database (commitments/api/rows.py)
        return row["owners_cell"]
    return "; ".join(f"{owner['actor']['code']}:{owner['status']}" for owner in row["owners"])


# One row of a CSV/XLSX export, from an API row. On import, owners are read as codes ("MEX; COL", or the
# exported "MEX:in_progress; ..." whose statuses are left out: a status changes through its history only).
COLUMNS: tuple[Column, ...] = (
    Column("id", lambda row: row["id"], importable=True),
    Column("kind", lambda row: row["kind"], importable=True),
    Column("text", lambda row: row["text"], importable=True),
    Column("document", lambda row: row["paragraph"]["document"]),
    Column("paragraph", lambda row: row["paragraph"]["id"], importable=True),
    Column("paragraph_label", lambda row: row["paragraph"]["label"] or ""),
    Column("permalink", lambda row: row["paragraph"]["permalink"]),
    Column("owners", _owners, importable=True),
    Column("overall_status", lambda row: row["overall_status"] or ""),
    Column("progress", lambda row: row["progress"]),
    Column("themes", lambda row: "; ".join(row["themes"]), importable=True),
    Column("actions", lambda row: "; ".join(row["actions"]), importable=True),
    Column("target_date", lambda row: row["target_date"] or "", importable=True),
    Column("updated_at", lambda row: row["updated_at"].isoformat()),
)
EXPORT_COLUMNS = [column.name for column in COLUMNS]
IMPORT_COLUMNS = [column.name for column in COLUMNS if column.importable]


def export_cells(row: dict) -> list:
    return [column.cell(row) for column in COLUMNS]


# Added to an export filtered by one owner (``?owner=MEX``): that owner's own status, beside the owners' cell.
OWNER_COLUMNS = ["owner_status", "owner_status_since"]


def owner_cells(row: dict) -> list:
    since = row.get("owner_status_since")
    return [row.get("owner_status", ""), since.isoformat() if since else ""]
