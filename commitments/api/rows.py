"""Commitments as API rows, built from a few ``values()`` queries per page.

Measured (benchmarks/api_speed.py): building model instances, not DRF, is where the textbook list spends its time.
A page is four queries whatever its size: the commitments, their owners, their themes and their actions.
"""

from __future__ import annotations

from collections import defaultdict

from django.urls import reverse

from commitments.models import Commitment, CommitmentOwner

FIELDS = [
    "id",
    "url",
    "kind",
    "text",
    "paragraph",
    "owners",
    "overall_status",
    "progress",
    "themes",
    "actions",
    "references",
    "target_date",
    "created_at",
    "updated_at",
]


def commitment_rows(ids: list[int], request, fields: set[str] | None = None) -> list[dict]:
    """Rows for ``ids``, in that order, with only ``fields`` when given (``?fields=``)."""
    wanted = fields or set(FIELDS)
    base = {
        row["id"]: row
        for row in Commitment.objects.filter(pk__in=ids).values(
            "id",
            "kind",
            "text",
            "target_date",
            "progress",
            "references",
            "created_at",
            "updated_at",
            "overall_status__key",
            "paragraph_id",
            "paragraph__label",
            "paragraph__anchor",
            "paragraph__document_id",
        )
    }
    owners = _owners(ids) if "owners" in wanted else {}
    themes = _linked(ids, Commitment.themes.through, "theme__slug") if "themes" in wanted else {}
    actions = _actions(ids) if "actions" in wanted else {}
    root = request.build_absolute_uri("/")[:-1]
    rows = []
    for pk in ids:
        row = base.get(pk)
        if row is None:
            continue
        full = {
            "id": pk,
            "url": root + reverse("api:commitment-detail", args=[pk]),
            "kind": row["kind"],
            "text": row["text"],
            "paragraph": {
                "id": row["paragraph_id"],
                "document": row["paragraph__document_id"],
                "label": row["paragraph__label"] or None,
                "permalink": f"{root}/documents/{row['paragraph__document_id']}/#{row['paragraph__anchor']}",
            },
            "owners": owners.get(pk, []),
            "overall_status": row["overall_status__key"],
            "progress": row["progress"],
            "themes": themes.get(pk, []),
            "actions": actions.get(pk, []),
            "references": row["references"],
            "target_date": row["target_date"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
        rows.append({key: value for key, value in full.items() if key in wanted})
    return rows


def _owners(ids: list[int]) -> dict[int, list[dict]]:
    owners: dict[int, list[dict]] = defaultdict(list)
    links = CommitmentOwner.objects.filter(commitment_id__in=ids).order_by("commitment_id", "actor__name_en")
    for link in links.values(
        "commitment_id",
        "actor_id",
        "actor__iso3",
        "actor__acronym",
        "actor__slug",
        "actor__name_en",
        "status__key",
        "status_effective_at",
        "response",
    ):
        owners[link["commitment_id"]].append(
            {
                "actor": {
                    "id": link["actor_id"],
                    "code": link["actor__iso3"] or link["actor__acronym"] or link["actor__slug"],
                    "name": link["actor__name_en"],
                },
                "status": link["status__key"],
                "since": link["status_effective_at"],
                "response": link["response"] or None,
            }
        )
    return owners


def _linked(ids: list[int], through, field: str) -> dict[int, list[str]]:
    linked: dict[int, list[str]] = defaultdict(list)
    for row in through.objects.filter(commitment_id__in=ids).order_by(field).values("commitment_id", field):
        linked[row["commitment_id"]].append(row[field])
    return linked


def _actions(ids: list[int]) -> dict[int, list[str]]:
    actions: dict[int, list[str]] = defaultdict(list)
    rows = (
        Commitment.actions.through.objects.filter(commitment_id__in=ids)
        .order_by("action__plan__code", "action__number")
        .values("commitment_id", "action__plan__code", "action__number")
    )
    for row in rows:
        actions[row["commitment_id"]].append(f"{row['action__plan__code']}-{row['action__number']}")
    return actions
