"""Reads that several callers need and that are more than a queryset method: computed figures."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Actor
from commitments.models import ActionPlan, Obligation, ObligationKind


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
    due_reports = Obligation.objects.filter(kind=ObligationKind.ANNUAL_REPORT, deadline__lt=today)
    latest = due_reports.order_by("-period").values_list("period", flat=True).first()
    latest_reports = due_reports.filter(period=latest)
    on_time = sum(1 for report in latest_reports if report.on_time)
    initial = Obligation.objects.filter(kind=ObligationKind.INITIAL_REPORT, deadline__lt=today)
    return [
        _share(
            "clearance_deadlines_beyond_plan",
            _("States with Article 5 deadlines beyond the Oslo Action Plan"),
            _(
                "States Parties with an open Article 5 (clearance) obligation whose current deadline falls after "
                "31 December %(end)s, the end of the Oslo Action Plan, out of all States Parties with an open "
                "Article 5 obligation that has a deadline."
            )
            % {"end": plan_end.year if plan_end else "—"},
            beyond,
            open_clearance.count(),
        ),
        _share(
            "annual_reports_on_time",
            _("Article 7 annual reports submitted on time"),
            _(
                "Annual transparency reports covering %(year)s received by 30 April %(next)s, out of all the reports "
                "covering that year that were due (the latest year whose deadline has passed)."
            )
            % {"year": latest or "—", "next": latest + 1 if latest else "—"},
            on_time,
            latest_reports.count(),
        ),
        _share(
            "initial_reports_on_time",
            _("Article 7 initial reports submitted on time"),
            _(
                "Initial transparency reports received within 180 days of entry into force, out of all initial "
                "reports whose deadline has passed."
            ),
            sum(1 for report in initial if report.on_time),
            initial.count(),
        ),
    ]
