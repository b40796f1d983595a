"""Commitments as API rows, built from a few plain queries per page.

Measured (benchmarks/api_speed.py): building model instances, not DRF, is where the textbook list spends its time.
A page is a fixed number of queries whatever its size: the commitments, their owners, their themes and their
actions (on PostgreSQL themes and actions come as arrays in the commitments' query). On PostgreSQL these are
written as SQL with the page's ids as one array parameter, prepared once per database session: compiling the same
ORM queries cost about 3 ms for a page of 100, a quarter of the whole request (measured against the SQL Django
generated for them), and planning them about 0.6 ms. On SQLite, the embedded default, the ORM builds them.
(Letting PostgreSQL aggregate owners per commitment as JSON was measured slower: 2.5-2.8x raw SQL for a page of
100.)
"""

from __future__ import annotations

from collections import defaultdict

import orjson
from django.db import connection
from django.db.models import Count
from django.urls import reverse

from commitments.models import Commitment, CommitmentOwner, Status
from commitments.shape import FIELDS
from tracker.db import prepared_rows

EXPORT_CHUNK = 2000


def site_root(request) -> str:
    """``https://host`` of the request: the API's links are absolute."""
    return request.build_absolute_uri("/")[:-1]


def commitment_rows(
    ids: list[int],
    request=None,
    fields: set[str] | None = None,
    *,
    root: str = "",
    compact: bool = False,
    for_export: bool = False,
) -> list[dict]:
    """Rows for ``ids``, in that order, with only ``fields`` when given (``?fields=``). Links start with the
    request's root, else ``root``. ``compact`` gives owner counts by status instead of every owner (a collective
    commitment has one per State Party), with ``owners_url`` to fetch them. ``for_export`` gives the owners as the
    export's cell (``MEX:in_progress; ...``) under ``owners_cell``, built by the database: an export of collective
    commitments carries hundreds of thousands of owners."""
    wanted = set(fields or FIELDS)
    owners_wanted = "owners" in wanted
    owners = _owners(ids) if owners_wanted and not compact and not for_export else {}
    base, themes, actions = _base(ids, wanted)
    links = _Links(site_root(request) if request is not None else root)
    rows = []
    for pk in ids:
        if pk not in base:
            continue
        row = _row(base[pk], owners.get(pk, []), themes.get(pk, []), actions.get(pk, []), links)
        rows.append(row if fields is None else {key: value for key, value in row.items() if key in wanted})
    if for_export:
        cells = _owner_cells(ids)
        for row in rows:
            row["owners_cell"] = cells.get(row["id"], "")
    if compact and owners_wanted:
        _compact_owners(rows, _owner_counts(ids), links)
    return rows


class _Links:
    """The row's absolute links: one ``reverse()`` per page, not per row."""

    def __init__(self, root: str):
        self.root = root
        self.pattern = root + reverse("api:commitment-detail", args=[0]).replace("/0/", "/{}/")

    def commitment(self, pk: int) -> str:
        return self.pattern.format(pk)


def _row(base: tuple, owners: list, themes: list, actions: list, links: _Links) -> dict:
    """One commitment in the public shape (``shape.FIELDS``, in order)."""
    (
        pk,
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
    ) = base
    return {
        "id": pk,
        "url": links.commitment(pk),
        "kind": kind,
        "text": text,
        "paragraph": {
            "id": paragraph_id,
            "document": document_id,
            "label": label or None,
            "permalink": f"{links.root}/documents/{document_id}/#{anchor}",
        },
        "owners": owners,
        "overall_status": overall_status,
        "progress": progress,
        "themes": themes,
        "actions": actions,
        "references": references,
        "target_date": target_date,
        "created_at": created_at,
        "updated_at": updated_at,
    }


def _compact_owners(rows: list[dict], counts: dict[int, dict[str, int]], links: _Links) -> None:
    """``?compact=true``: owner counts by status and a link to the owners, in place of the owners."""
    for row in rows:
        del row["owners"]
        by_status = counts.get(row["id"], {})
        row["owner_count"] = sum(by_status.values())
        row["owner_statuses"] = by_status
        row["owners_url"] = links.commitment(row["id"]) + "?fields=owners"


def _base(ids: list[int], wanted: set[str]) -> tuple[dict[int, tuple], dict, dict]:
    """Per commitment, its columns (``BASE_COLUMNS``), its theme slugs and its action references."""
    if connection.vendor == "postgresql":
        return _base_with_links(ids)
    base = {row[0]: row for row in Commitment.objects.filter(pk__in=ids).values_list(*BASE_COLUMNS)}
    themes = _linked(ids, Commitment.themes.through, "theme__slug") if "themes" in wanted else {}
    actions = _actions(ids) if "actions" in wanted else {}
    return base, themes, actions


# The same columns through the ORM, on SQLite.
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


# Each query takes the page's ids as one array, so that it is prepared once (tracker.db.prepared_rows).
BASE_SQL = """
SELECT c.id, c.kind, c.text, c.target_date, c.progress, c."references", c.created_at, c.updated_at, s.key,
       c.paragraph_id, p.label, p.anchor, p.document_id,
       ARRAY(SELECT t.slug FROM commitments_commitment_themes ct JOIN commitments_theme t ON t.id = ct.theme_id
             WHERE ct.commitment_id = c.id ORDER BY t.slug),
       ARRAY(SELECT pl.code || '-' || a.number FROM commitments_commitment_actions ca
             JOIN commitments_action a ON a.id = ca.action_id JOIN commitments_actionplan pl ON pl.id = a.plan_id
             WHERE ca.commitment_id = c.id ORDER BY pl.code, a.number)
FROM commitments_commitment c
JOIN documents_paragraph p ON p.id = c.paragraph_id
LEFT JOIN commitments_status s ON s.id = c.overall_status_id
WHERE c.id = ANY($1)
"""
OWNERS_SQL = """
SELECT o.commitment_id, o.actor_id, a.iso3, a.acronym, a.slug, a.name_en, s.key, o.status_effective_at, o.response
FROM commitments_commitmentowner o
JOIN actors_actor a ON a.id = o.actor_id
JOIN commitments_status s ON s.id = o.status_id
WHERE o.commitment_id = ANY($1)
ORDER BY o.commitment_id, a.name_en
"""


def _base_with_links(ids: list[int]):
    """PostgreSQL: commitments with their themes and actions as arrays, one round trip."""
    base, theme_lists, action_lists = {}, {}, {}
    for row in prepared_rows("commitment_rows_base", BASE_SQL, [list(ids)]):
        # Django's connection hands jsonb over as text, for the field to decode.
        base[row[0]] = (*row[:5], orjson.loads(row[5]), *row[6:-2])
        theme_lists[row[0]], action_lists[row[0]] = row[-2], row[-1]
    return base, theme_lists, action_lists


def _owner_counts(ids: list[int]) -> dict[int, dict[str, int]]:
    """Per commitment, how many owners are in each status: one grouped query, answered from the index on
    (commitment, status) alone; status keys are looked up afterwards, from the small vocabulary."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = (
        CommitmentOwner.objects.filter(commitment_id__in=ids)
        .values_list("commitment_id", "status_id")
        .annotate(count=Count("*"))
        .order_by()
    )
    rows = list(rows)
    keys = dict(Status.objects.filter(pk__in={status for _pk, status, _n in rows}).values_list("pk", "key"))
    for commitment_id, status_id, count in sorted(rows, key=lambda row: (row[0], keys[row[1]])):
        counts[commitment_id][keys[status_id]] = count
    return counts


OWNER_CELLS_SQL = """
SELECT o.commitment_id,
       string_agg(COALESCE(a.iso3, NULLIF(a.acronym, ''), a.slug) || ':' || s.key, '; ' ORDER BY a.name_en)
FROM commitments_commitmentowner o
JOIN actors_actor a ON a.id = o.actor_id
JOIN commitments_status s ON s.id = o.status_id
WHERE o.commitment_id = ANY($1)
GROUP BY o.commitment_id
"""


def _owner_cells(ids: list[int]) -> dict[int, str]:
    """Per commitment, its owners as the export writes them, in the order of the API's rows."""
    if connection.vendor == "postgresql":
        return dict(prepared_rows("commitment_rows_owner_cells", OWNER_CELLS_SQL, [list(ids)]))
    cells: dict[int, list[str]] = defaultdict(list)
    rows = (
        CommitmentOwner.objects.filter(commitment_id__in=ids)
        .order_by("commitment_id", "actor__name_en")
        .values_list("commitment_id", "actor__iso3", "actor__acronym", "actor__slug", "status__key")
    )
    for commitment_id, iso3, acronym, slug, status in rows:
        cells[commitment_id].append(f"{iso3 or acronym or slug}:{status}")
    return {commitment_id: "; ".join(items) for commitment_id, items in cells.items()}


def _owners(ids: list[int]) -> dict[int, list[dict]]:
    if connection.vendor == "postgresql":
        rows = prepared_rows("commitment_rows_owners", OWNERS_SQL, [list(ids)])
    else:
        rows = (
            CommitmentOwner.objects.filter(commitment_id__in=ids)
            .order_by("commitment_id", "actor__name_en")
            .values_list(
                "commitment_id",
                "actor_id",
                "actor__iso3",
                "actor__acronym",
                "actor__slug",
                "actor__name_en",
                "status__key",
                "status_effective_at",
                "response",
            )
        )
    owners: dict[int, list[dict]] = defaultdict(list)
    for commitment_id, actor_id, iso3, acronym, slug, name, status, since, response in rows:
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


def commitment_row_chunks(ids, *, root: str, owner: int | None = None):
    """Rows in chunks of ids, walking a queryset of ids in order: memory stays flat whatever the number of rows.
    With ``owner`` (an actor's id), each row also carries that owner's own status and since when."""
    last = 0
    while True:
        chunk = list(ids.filter(id__gt=last)[:EXPORT_CHUNK])
        if not chunk:
            return
        rows = commitment_rows(chunk, root=root, for_export=True)
        if owner is not None:
            mine = {
                commitment_id: (key, since)
                for commitment_id, key, since in CommitmentOwner.objects.filter(
                    actor_id=owner, commitment_id__in=chunk
                ).values_list("commitment_id", "status__key", "status_effective_at")
            }
            for row in rows:
                row["owner_status"], row["owner_status_since"] = mine.get(row["id"], ("", None))
        yield rows
        last = chunk[-1]
