"""Reads that several callers need and that are more than a queryset method: computed figures."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Actor
from commitments.models import ActionPlan, Obligation, ObligationEvent, ObligationKind, ObligationState


def _share(key: str, name: str, definition: str, numerator: int, denominator: int) -> dict:
    value = round(numerator / denominator, 3) if denominator else None
    return {
        "key": key,
        "name": name,
        "definition": definition,
        "numerator": numerator,
        "denominator": denominator,
        "value": value,
    }


def obligation_indicators(today: datetime.date | None = None) -> list[dict]:
    """Oslo Action Plan indicators that follow from the obligations recorded, each with its definition."""
    today = today or timezone.localdate()
    plan = ActionPlan.objects.filter(code="OAP").first()
    plan_end = datetime.date(plan.period_end, 12, 31) if plan and plan.period_end else None
    parties = Actor.objects.parties_on(today).values("pk")
    open_clearance = Obligation.objects.open().filter(
        kind=ObligationKind.CLEARANCE, actor__in=parties, deadline__isnull=False
    )
    beyond = open_clearance.filter(deadline__gt=plan_end).count() if plan_end else 0
    recorded = Obligation.objects.with_state(today).filter(deadline__lt=today, current_state__in=KNOWN_OUTCOME)
    latest = (
        recorded.filter(kind=ObligationKind.ANNUAL_REPORT).order_by("-period").values_list("period", flat=True).first()
    )
    latest_reports = list(recorded.filter(kind=ObligationKind.ANNUAL_REPORT, period=latest))
    initial = list(recorded.filter(kind=ObligationKind.INITIAL_REPORT))
    return [
        _share(
            "clearance_deadlines_beyond_plan",
            _("States with Article 5 deadlines beyond the Oslo Action Plan"),
            _(
                "States Parties with an open Article 5 (clearance) obligation whose current deadline falls after "
                "31 December %(end)s, the end of the Oslo Action Plan, out of all States Parties with an open "
                "Article 5 obligation that has a deadline."
            )
            % {"end": plan_end.year if plan_end else 2024},
            beyond,
            open_clearance.count(),
        ),
        _share(
            "annual_reports_on_time",
            _("Article 7 annual reports submitted on time"),
            _annual_definition(latest),
            sum(1 for report in latest_reports if report.on_time),
            len(latest_reports),
        ),
        _share(
            "initial_reports_on_time",
            _("Article 7 initial reports submitted on time"),
            _(
                "Initial transparency reports received within 180 days of entry into force, out of the initial "
                "reports whose deadline has passed and whose receipt (or absence) is recorded."
            ),
            sum(1 for report in initial if report.on_time),
            len(initial),
        ),
    ]


# Outcomes the data record: a report received (on time or late) or known to be missing. A passed deadline with no
# record either way is left out of the shares: counting it as missed would report what nobody recorded.
KNOWN_OUTCOME = (ObligationState.COMPLETED, ObligationState.OVERDUE)


def _annual_definition(year: int | None) -> str:
    if year is None:
        return _(
            "Annual transparency reports received by 30 April of the year after the one they cover, out of the "
            "reports due: no year's receipts are recorded yet (manage.py transparency_reports)."
        )
    return _(
        "Annual transparency reports covering %(year)s received by 30 April %(next)s, out of all the reports "
        "covering that year that were due (the latest year whose receipts are recorded)."
    ) % {"year": year, "next": year + 1}


@dataclass
class Deadline:
    """One obligation as a State's page shows it: its deadline in force with the fact (and source) that set it,
    its completion, the requests still pending and the sources that disagree."""

    obligation: Obligation
    state: str  # an ObligationState
    basis: ObligationEvent | None = None  # None: the deadline is the Convention's own (computed)
    completion: ObligationEvent | None = None
    pending: list[ObligationEvent] = field(default_factory=list)
    conflicts: list[ObligationEvent] = field(default_factory=list)

    @property
    def state_label(self) -> str:
        return ObligationState(self.state).label

    @property
    def passed_unrecorded(self) -> bool:
        return self.state == ObligationState.NOT_RECORDED


def _deadline(obligation: Obligation) -> Deadline:
    events = sorted(
        obligation.events.all(),
        key=lambda e: (e.kind != ObligationEvent.Kind.ORIGINAL, e.event_on or datetime.date.min),
    )
    line = Deadline(obligation, obligation.current_state)
    for event in events:
        if event.doubtful:
            line.conflicts.append(event)
        elif event.sets_deadline and event.deadline == obligation.deadline:
            line.basis, line.pending = event, []
        elif event.kind == ObligationEvent.Kind.REQUEST_PENDING:
            line.pending.append(event)
        elif event.kind == ObligationEvent.Kind.COMPLETION and obligation.completed_on:
            line.completion = event
    return line


# Oldest first; original deadlines (no date) before all (PostgreSQL would put them last).
EVENTS_IN_ORDER = ObligationEvent.objects.order_by(F("event_on").asc(nulls_first=True), "id")

# What a State's page lists: the Convention's substantive deadlines, then its reports, latest first.
DEADLINE_ORDER = [ObligationKind.CLEARANCE, ObligationKind.STOCKPILE_DESTRUCTION, ObligationKind.INITIAL_REPORT]


def state_deadlines(actor: Actor, today: datetime.date | None = None) -> dict:
    """A State's obligations with their sources (two queries): ``next`` is the soonest open deadline still ahead,
    ``substantive`` the open Article 5 and 4 obligations besides, ``lines`` every obligation (Articles 5 and 4,
    the initial report, the annual reports, latest first)."""
    today = today or timezone.localdate()
    obligations = (
        Obligation.objects.filter(actor=actor).with_state(today).prefetch_related(Prefetch("events", EVENTS_IN_ORDER))
    )
    lines = [_deadline(obligation) for obligation in obligations]
    rank = {kind: position for position, kind in enumerate(DEADLINE_ORDER)}
    lines.sort(key=lambda line: (rank.get(line.obligation.kind, 9), -(line.obligation.period or 0)))
    ahead = [line for line in lines if line.obligation.deadline and line.obligation.deadline >= today]
    ahead = [line for line in ahead if not line.obligation.completed_on]
    upcoming = min(ahead, key=lambda line: line.obligation.deadline, default=None)
    substantive = [
        line
        for line in lines
        if line.obligation.kind in SUBSTANTIVE and not line.obligation.completed_on and line is not upcoming
    ]
    return {"next": upcoming, "substantive": substantive, "lines": lines}


# Open clearance and stockpile obligations are shown at the top of a State's page even when a report falls due first.
SUBSTANTIVE = (ObligationKind.CLEARANCE, ObligationKind.STOCKPILE_DESTRUCTION)


def plan_name_filter(plan: ActionPlan, path: str = "text") -> Q:
    """Texts that name the plan in English, French or Spanish ("en línea con el Plan de Acción de Oslo")."""
    names = {name for name in (plan.name_en, plan.name_fr, plan.name_es) if name}
    condition = Q()
    for name in names:
        condition |= Q(**{f"{path}__icontains": name})
    return condition


def plan_citations(plan: ActionPlan):
    """Published commitments that cite the plan: linked to one of its actions, or naming the plan in their text.
    Each once, newest first."""
    from commitments.models import Commitment

    linked = Q(actions__plan=plan)
    ids = Commitment.objects.published().filter(linked | plan_name_filter(plan)).values("pk")
    return Commitment.objects.filter(pk__in=ids).select_related("overall_status").order_by("-id")


def plans_cited_by(text: str) -> list[ActionPlan]:
    """The action plans a text names (in any of the three languages): a commitment citing a plan without an
    action number links to the plan's page."""
    lowered = text.lower()
    return [
        plan
        for plan in ActionPlan.objects.order_by("adopted_on", "code")
        if any(name and name.lower() in lowered for name in (plan.name_en, plan.name_fr, plan.name_es))
    ]
