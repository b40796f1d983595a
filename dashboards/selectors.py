"""What each public page shows, read from the summary tables and a few bounded queries.

Every function here runs a fixed number of queries, whatever the size of the data: lists are cut to a page or a
top N, and counts come from ``dashboards.summary``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language

from actors.models import Actor
from commitments.models import (
    ActionPlan,
    ActionPlanSection,
    Commitment,
    CommitmentOwner,
    Evidence,
    Status,
    StatusUpdate,
    Theme,
)
from commitments.querysets import published
from commitments.selectors import plan_citations, plans_cited_by, state_deadlines
from dashboards.models import Scope
from dashboards.search import fold, names_match
from dashboards.summary import COMPLETE, Breakdown, Summary
from dashboards.summary import version as summary_version
from documents.models import Document, Meeting
from documents.selectors import document_paragraphs
from tracker.translation import TRANSLATED_LANGUAGES

TOP = 8  # how many States, meetings... a ranking shows
LATEST = 10  # how many recent status changes the overview lists
STATE_COMMITMENTS = 30  # how many of its commitments a State's page lists (the full list is one link away)
STATE_TIMELINE = 20
ACTION_COMMITMENTS = 3  # commitments shown under each action of a plan
CITATIONS = 20  # commitments citing a plan listed on its page (the count of all is shown)
HISTORY = 40  # status updates shown on a commitment's page (the count of all is shown with them)
OWNERS_LISTED = 12  # above this, a commitment's owners are shown as counts by status, listed on request


@dataclass
class Row:
    """One labelled line of a breakdown: a theme, a State, a meeting..."""

    label: str
    breakdown: Breakdown
    obj: object = None
    share: float | None = None  # completed over what still applies
    progress: float | None = None  # mean progress of what still applies


class Vocabulary(list):
    """The statuses in their order, with their names in the active language looked up once per request."""

    @cached_property
    def names(self) -> dict[int, str]:
        return {status.pk: status.name for status in self}

    @cached_property
    def progress_by_status(self) -> dict[int, int | None]:
        return {status.pk: status.progress for status in self}


def statuses() -> Vocabulary:
    return Vocabulary(Status.objects.order_by("position", "key"))


def changes() -> StatusUpdate:
    """Status updates that moved an owner from one status to another: what a timeline shows (first statuses and
    reports that kept the status are left to the commitment's own history)."""
    return (
        StatusUpdate.objects.published()
        .moves()
        .select_related("actor", "from_status", "to_status", "commitment__paragraph")  # its words' language
        .order_by("-effective_at", "-id")
    )


def state_rows(vocabulary: list[Status]) -> list[Row]:
    """Every State that owns commitments, with its share completed; States Parties without any come last."""
    summary = Summary(Scope.STATE)
    rows = []
    for actor in Actor.objects.states().order_by("name_en"):
        breakdown = summary.get(actor.pk)
        share, progress = breakdown.share_completed(vocabulary), breakdown.average_progress(vocabulary)
        rows.append(Row(actor.name, breakdown, actor, share, progress))
    return rows


@dataclass
class Standing:
    """A place in the ranking of States by progress: shared by every State at the same point (ties are ties)."""

    rank: int  # competition ranking: two States joint 1st, the next is 3rd
    joint: bool
    of: int  # how many States are ranked
    rows: list[Row]


def _ranking_key(row: Row) -> tuple[float, float]:
    return (row.progress, row.share or 0)


def standings(rows: list[Row]) -> list[Standing]:
    """The States that own commitments, grouped by their point (mean progress, then share completed), best first;
    within a group by ISO3 code, which no language changes. Empty when they all stand at the same point, where a
    ranking would say nothing."""
    owning = [row for row in rows if row.progress is not None]
    if len({_ranking_key(row) for row in owning}) < 2:
        return []
    owning.sort(key=lambda row: (-row.progress, -(row.share or 0), row.obj.iso3))
    groups: list[Standing] = []
    for placed, row in enumerate(owning):  # ``placed``: the States before this one, all in groups above it
        if groups and _ranking_key(groups[-1].rows[0]) == _ranking_key(row):
            groups[-1].rows.append(row)
        else:
            groups.append(Standing(1 + placed, False, len(owning), [row]))
    for group in groups:
        group.joint = len(group.rows) > 1
    return groups


def ranked(rows: list[Row]) -> tuple[list[Standing], list[Standing]]:
    """The places with most and least progress: groups of tied States, up to ``TOP`` States (or one group) at each
    end, the second list without what the first shows."""
    groups = standings(rows)

    def take(ordered: list[Standing]) -> list[Standing]:
        taken, count = [], 0
        for group in ordered:
            if taken and count + len(group.rows) > TOP:
                break
            taken.append(group)
            count += len(group.rows)
        return taken

    most = take(groups)
    least = [group for group in take(list(reversed(groups))) if group not in most]
    return most, least


def standing_of(rows: list[Row], actor_pk: int) -> Standing | None:
    return next((group for group in standings(rows) if any(row.obj.pk == actor_pk for row in group.rows)), None)


def years(summary: Summary, vocabulary: list[Status], key: int | None = None) -> list[tuple]:
    """(year, status changes, of which completions, the changes by the status moved to), every year from the first
    to the last."""
    if key is None:
        found = summary.scope_keys()
        pairs = {year: summary.get(year) for year in found}
    else:
        pairs = {year: summary.get(key, year) for year in summary.subkeys(key)}
    if not pairs:
        return []
    rows = []
    for year in range(min(pairs), max(pairs) + 1):
        breakdown = pairs.get(year, Breakdown())
        completed = breakdown.count_of(vocabulary, lambda status: status.progress == COMPLETE)
        rows.append((year, breakdown.total, completed, breakdown))
    return rows


# The orders of the list of States: by name (in the reader's language), or best first, ties by name.
STATE_SORTS = ("name", "progress", "completed", "commitments")


def states_found(rows: list[Row], query: str, sort: str) -> list[Row]:
    """The rows whose name (in any language) or ISO3 code holds ``query``, accents aside, in the order ``sort``."""
    folded = fold(query.strip())
    if folded:
        rows = [
            row
            for row in rows
            if folded == fold(row.obj.iso3)
            or names_match(query, (row.label, row.obj.name_en, row.obj.name_fr, row.obj.name_es))
        ]
    by_name = sorted(rows, key=lambda row: (fold(row.label), row.obj.iso3))
    if sort == "progress":
        return sorted(by_name, key=lambda row: (row.progress is None, -(row.progress or 0), -(row.share or 0)))
    if sort == "completed":
        return sorted(by_name, key=lambda row: (row.share is None, -(row.share or 0)))
    if sort == "commitments":
        return sorted(by_name, key=lambda row: -row.breakdown.total)
    return by_name


def overview(vocabulary: list[Status]) -> dict:
    everything = Summary(Scope.ALL).get()
    themes = Summary(Scope.THEME)
    theme_rows = [Row(theme.name, themes.get(theme.pk), theme) for theme in Theme.objects.order_by("position")]
    meetings = Summary(Scope.MEETING)
    busiest = sorted(meetings.scope_keys(), key=lambda key: -meetings.get(key).total)[:TOP]
    meeting_names = Meeting.objects.in_bulk(busiest)
    meeting_rows = [Row(str(meeting_names[key]), meetings.get(key), meeting_names[key]) for key in busiest]
    trend = years(Summary(Scope.MOVES_YEAR), vocabulary)
    states = state_rows(vocabulary)
    most, least = ranked(states)
    return {
        "everything": everything,
        "share": everything.share_completed(vocabulary),
        "theme_rows": [row for row in theme_rows if row.breakdown.total],
        "meeting_rows": meeting_rows,
        "trend": trend,
        "states": states,
        "most": most,
        "least": least,
        "latest": list(changes()[:LATEST]),
    }


def state_page(iso3: str, vocabulary: list[Status]) -> dict:
    actor = get_object_or_404(Actor.objects.states(), iso3=iso3.upper())
    states = state_rows(vocabulary)
    mine = next(row for row in states if row.obj.pk == actor.pk)
    shares = [row.share for row in states if row.share is not None]
    by_theme = Summary(Scope.STATE_THEME, keys=[actor.pk])
    themes = Theme.objects.in_bulk(by_theme.subkeys(actor.pk))
    theme_rows = [
        Row(themes[key].name, by_theme.get(actor.pk, key), themes[key])
        for key in sorted(themes, key=lambda key: themes[key].position)
    ]
    return {
        "actor": actor,
        "row": mine,
        "average": sum(shares) / len(shares) if shares else None,
        "standing": standing_of(states, actor.pk),
        "trend": years(Summary(Scope.STATE_YEAR, keys=[actor.pk]), vocabulary, actor.pk),
        "theme_rows": theme_rows,
        "grouped": recently_reported(actor),
        "timeline": list(changes().filter(actor=actor)[:STATE_TIMELINE]),
        "deadlines": state_deadlines(actor),
    }


def recently_reported(actor: Actor) -> list[tuple[str, list[CommitmentOwner]]]:
    """The State's commitments whose status it moved (as the timeline shows them), latest first, each once: under
    its first theme, the others' names beside it. A commitment only ever given its first status is not listed."""
    moved = StatusUpdate.objects.moves().filter(commitment=OuterRef("commitment_id"), actor=actor)
    links = (
        CommitmentOwner.objects.published()
        .filter(actor=actor)
        .filter(Exists(moved))
        .select_related("status", "commitment__paragraph__document", "commitment__overall_status")
        .prefetch_related(Prefetch("commitment__themes", Theme.objects.order_by("position")))
        .order_by("-status_effective_at", "-commitment_id")[:STATE_COMMITMENTS]
    )
    grouped: dict[str, list[CommitmentOwner]] = {}
    for link in links:
        names = [theme.name for theme in link.commitment.themes.all()]
        link.other_themes = names[1:]
        grouped.setdefault(names[0] if names else "", []).append(link)
    return sorted(grouped.items(), key=lambda item: (item[0] == "", item[0]))


def document_page(pk: int, page_number=None) -> dict:
    """The document with one page of its paragraphs (``PARAGRAPHS_PER_PAGE``) and the commitments they hold."""
    document = get_object_or_404(Document.objects.published().select_related("meeting", "translation_of"), pk=pk)
    fields = ("document_id", "label", "heading", "text", "anchor", "position", "parent_id", "language")
    page = document_paragraphs(document, fields=fields).get_page(page_number)
    paragraphs = list(page.object_list)
    commitments: dict[int, list[Commitment]] = {}
    for commitment in (
        Commitment.objects.published()
        .filter(paragraph__in=[paragraph.pk for paragraph in paragraphs])
        .select_related("overall_status")
    ):
        commitments.setdefault(commitment.paragraph_id, []).append(commitment)
    for paragraph in paragraphs:
        paragraph.tracked = commitments.get(paragraph.pk, [])
    original = document.translation_of or document
    versions = Document.objects.published().filter(Q(pk=original.pk) | Q(translation_of=original))
    return {
        "document": document,
        "paragraphs": paragraphs,
        "paragraph_page": page,
        "commitment_count": Commitment.objects.published().filter(paragraph__document=document).count(),
        "breakdown": Summary(Scope.DOCUMENT, keys=[document.pk]).get(document.pk),
        "footnotes": list(document.footnotes.order_by("position")),
        "versions": list(versions.exclude(pk=document.pk).order_by("language").only("pk", "language", "title")),
    }


@dataclass(frozen=True)
class Line:
    """A commitment as a list of commitment lines draws it (``commitment_items``): its id, its text and its overall
    status, read as plain values (a plan's page lists some 190: as model instances with their statuses they cost
    more than the queries)."""

    pk: int
    text: str
    overall_status: Status | None


def lines(queryset, ids: list[int], vocabulary: list[Status]) -> dict[int, Line]:
    """{id: line} of the commitments of ``queryset`` among ``ids``, their statuses taken from the vocabulary; no
    query for no ids (as ``in_bulk``)."""
    if not ids:
        return {}
    status_of = {status.pk: status for status in vocabulary}
    rows = queryset.filter(pk__in=ids).values_list("pk", "text", "overall_status_id")
    return {pk: Line(pk, text, status_of.get(status_id)) for pk, text, status_id in rows}


def plans() -> list[ActionPlan]:
    """Every action plan, the latest first, with the number of its actions."""
    return list(ActionPlan.objects.annotate(action_count=Count("actions")))


def plan_page(slug: str, vocabulary: list[Status]) -> dict:
    plan = get_object_or_404(ActionPlan.objects.select_related("meeting", "document", "predecessor"), slug=slug)
    # The page shows each action's paragraph (its language and address: no need of its document) and themes.
    actions = list(plan.actions.select_related("paragraph").prefetch_related("themes").order_by("number"))
    counts = Summary(Scope.ACTION, keys=[action.pk for action in actions])
    version = summary_version()  # one read for both kept lists
    # The latest few commitments of each action: ranked on the link table alone (kept until the summaries, which
    # any change of links refreshes, move on), then fetched by id.
    latest = cache.get_or_set(
        f"plan-latest:{plan.pk}:{version}",
        lambda: list(
            Commitment.actions.through.objects.filter(published("commitment__"), action__plan=plan)
            .annotate(rank=Window(RowNumber(), partition_by=[F("action_id")], order_by=[F("commitment_id").desc()]))
            .filter(rank__lte=ACTION_COMMITMENTS)
            .values_list("action_id", "commitment_id")
        ),
        timeout=24 * 3600,
    )
    fetched = lines(Commitment.objects.published(), [pk for _action, pk in latest], vocabulary)
    shown: dict[int, list[Line]] = {}
    for action_id, commitment_id in latest:
        if commitment_id in fetched:  # one deleted since the list was kept is left out
            shown.setdefault(action_id, []).append(fetched[commitment_id])
    for action in actions:
        action.breakdown = counts.get(action.pk)
        action.shown = shown.get(action.pk, [])
    sections = list(ActionPlanSection.objects.filter(plan=plan).order_by("position"))
    by_section = [(section, [action for action in actions if action.section_id == section.pk]) for section in sections]
    unsectioned = [action for action in actions if action.section_id is None]
    if unsectioned:
        by_section.append((None, unsectioned))
    # No placeholder rows: an action is listed once its text is ingested or a commitment is linked to it.
    known = [(section, [a for a in items if a.text or a.breakdown.total]) for section, items in by_section]
    # A text search over the commitments: kept until the summaries move on (any change of commitments does).
    cited = cache.get_or_set(
        f"plan-citations:{plan.pk}:{version}",
        lambda: list(plan_citations(plan).values_list("pk", flat=True)),
        timeout=24 * 3600,
    )
    shown = lines(Commitment.objects.all(), cited[:CITATIONS], vocabulary)
    return {
        "plan": plan,
        "by_section": [(section, items) for section, items in known if items],
        "breakdown": Summary(Scope.PLAN, keys=[plan.pk]).get(plan.pk),
        "action_count": len(actions),
        "listed_count": sum(len(items) for _section, items in known),
        "theme_ranges": _theme_ranges(actions),
        "citations": [shown[pk] for pk in cited[:CITATIONS] if pk in shown],
        "citation_count": len(cited),
    }


def _theme_ranges(actions) -> list[tuple[str, int, int]]:
    """Runs of consecutive actions that share a theme (the plan's known sections): (theme, first, last)."""
    runs: list[list] = []
    for action in actions:
        for theme in action.themes.all():
            if runs and runs[-1][0] == theme.name and runs[-1][2] == action.number - 1:
                runs[-1][2] = action.number
            else:
                runs.append([theme.name, action.number, action.number])
    return [tuple(run) for run in runs]


def commitment_page(pk: int) -> dict:
    commitment = get_object_or_404(
        Commitment.objects.published().select_related("paragraph__document__meeting", "overall_status", "speaker"),
        pk=pk,
    )
    owners = list(commitment.owner_links.select_related("actor", "status").order_by("actor__name_en"))
    public_evidence = Evidence.objects.filter(is_public=True).select_related("paragraph")
    history = (
        commitment.status_updates.select_related("actor", "from_status", "to_status")
        .prefetch_related(Prefetch("evidence", queryset=public_evidence, to_attr="public"))
        .order_by("-effective_at", "-id")
    )
    return {
        "commitment": commitment,
        "owners": owners,
        "owner_breakdown": Breakdown(_count_by_status(owners)),
        "themes": list(commitment.themes.all()),
        "actions": list(commitment.actions.select_related("plan")),
        "cited_plans": plans_cited_by(commitment.text),
        "history": list(history[:HISTORY]),
        "history_total": commitment.status_updates.count(),
    }


def owners_shown(owners: list[CommitmentOwner], choice: str) -> tuple[bool, list[CommitmentOwner]]:
    """(collapsed, the owners listed): a long list collapses into counts by status; ``choice`` is a status key
    (that status's owners) or ``all``."""
    if len(owners) <= OWNERS_LISTED or choice == "all":
        return False, owners
    return True, [owner for owner in owners if owner.status is not None and owner.status.key == choice]


def _count_by_status(owners: list[CommitmentOwner]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for owner in owners:
        counts[owner.status_id] = counts.get(owner.status_id, 0) + 1
    return counts


def document_rows(documents: list[Document]) -> list[Row]:
    summary = Summary(Scope.DOCUMENT, keys=[document.pk for document in documents])
    return [Row(document.localized_title, summary.get(document.pk), document) for document in documents]


def state_choices() -> list[tuple[str, str]]:
    """(ISO3, name in the active language) of every State, in the order of those names: a filter's options, read
    as plain values (a list of 250 model instances costs more than the rest of the page)."""
    language = (get_language() or "en")[:2]
    field = f"name_{language}" if language in TRANSLATED_LANGUAGES else "name_en"
    rows = Actor.objects.states().values_list("iso3", field, "name_en")
    return sorted(((iso3, name or english) for iso3, name, english in rows), key=lambda row: row[1])
