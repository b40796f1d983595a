"""Commitments as API rows, built from a few ``values()`` queries per page.

Measured (benchmarks/api_speed.py): building model instances, not DRF, is where the textbook list spends its time.
A page is four queries whatever its size: the commitments, their owners, their themes and their actions. (Letting
PostgreSQL aggregate owners, themes and actions per commitment in one query was measured slower: 2.5-2.8x raw SQL
for a page of 100, against 1.9-2.1x for these four simple queries.)
"""

from __future__ import annotations

from collections import defaultdict

from django.db import connection
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
    owners = _owners(ids) if "owners" in wanted else {}
    if connection.vendor == "postgresql":
        base, themes, actions = _base_with_links(ids)
    else:
        base = {row[0]: row for row in Commitment.objects.filter(pk__in=ids).values_list(*BASE_COLUMNS)}
        themes = _linked(ids, Commitment.themes.through, "theme__slug") if "themes" in wanted else {}
        actions = _actions(ids) if "actions" in wanted else {}
    root = request.build_absolute_uri("/")[:-1]
    # One reverse() per page, not per row.
    url_pattern = root + reverse("api:commitment-detail", args=[0]).replace("/0/", "/{}/")
    rows = []
    for pk in ids:
        row = base.get(pk)
        if row is None:
            continue
        (
            _id,
            kind,
            text,
            target_date,
            progress,
            references,
            created_at,
            updated_at,
            overall_status,
            paragraph_id,
            label,
            anchor,
            document_id,
        ) = row
        full = {
            "id": pk,
            "url": url_pattern.format(pk),
            "kind": kind,
            "text": text,
            "paragraph": {
                "id": paragraph_id,
                "document": document_id,
                "label": label or None,
                "permalink": f"{root}/documents/{document_id}/#{anchor}",
            },
            "owners": owners.get(pk, []),
            "overall_status": overall_status,
            "progress": progress,
            "themes": themes.get(pk, []),
            "actions": actions.get(pk, []),
            "references": references,
            "target_date": target_date,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        rows.append({key: value for key, value in full.items() if key in wanted})
    return rows


BASE_COLUMNS = (
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


def _base_with_links(ids: list[int]):
    """On PostgreSQL, themes and actions come as arrays in the commitments' own query: one round trip less each."""
    from django.contrib.postgres.expressions import ArraySubquery
    from django.db.models import CharField, OuterRef, Value
    from django.db.models.functions import Cast, Concat

    themes = Commitment.themes.through.objects.filter(commitment=OuterRef("pk")).order_by("theme__slug")
    actions = Commitment.actions.through.objects.filter(commitment=OuterRef("pk")).order_by(
        "action__plan__code", "action__number"
    )
    reference = Concat("action__plan__code", Value("-"), Cast("action__number", CharField()))
    rows = (
        Commitment.objects.filter(pk__in=ids)
        .annotate(
            theme_list=ArraySubquery(themes.values("theme__slug")),
            action_list=ArraySubquery(actions.values(ref=reference)),
        )
        .values_list(*BASE_COLUMNS, "theme_list", "action_list")
    )
    base, theme_lists, action_lists = {}, {}, {}
    for row in rows:
        base[row[0]], theme_lists[row[0]], action_lists[row[0]] = row[:-2], row[-2], row[-1]
    return base, theme_lists, action_lists


def _owners(ids: list[int]) -> dict[int, list[dict]]:
    owners: dict[int, list[dict]] = defaultdict(list)
    links = CommitmentOwner.objects.filter(commitment_id__in=ids).order_by("commitment_id", "actor__name_en")
    for commitment_id, actor_id, iso3, acronym, slug, name, status, since, response in links.values_list(
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
        owners[commitment_id].append(
            {
                "actor": {"id": actor_id, "code": iso3 or acronym or slug, "name": name},
                "status": status,
                "since": since,
                "response": response or None,
            }
        )
    return owners


def _linked(ids: list[int], through, field: str) -> dict[int, list[str]]:
    linked: dict[int, list[str]] = defaultdict(list)
    for commitment_id, value in (
        through.objects.filter(commitment_id__in=ids).order_by(field).values_list("commitment_id", field)
    ):
        linked[commitment_id].append(value)
    return linked


def _actions(ids: list[int]) -> dict[int, list[str]]:
    actions: dict[int, list[str]] = defaultdict(list)
    rows = (
        Commitment.actions.through.objects.filter(commitment_id__in=ids)
        .order_by("action__plan__code", "action__number")
        .values_list("commitment_id", "action__plan__code", "action__number")
    )
    for commitment_id, code, number in rows:
        actions[commitment_id].append(f"{code}-{number}")
    return actions
