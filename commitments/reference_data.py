"""Reference data: themes, Review Conferences, action plans and the Convention's deadlines (and, through
``actors``, States and groups).

Loaded by ``manage.py load_reference_data``; loading twice changes nothing. Facts only: the wording of the
actions is never written here, it comes from ingesting each plan's document.
"""

from __future__ import annotations

import csv
import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django_celery_beat.models import CrontabSchedule, PeriodicTask

from actors.reference_data import load_organisations_and_groups, load_states
from commitments.models import Action, ActionPlan, Status, Theme
from commitments.services import withdrawals_apply
from commitments.services.deadlines import deadline_rows_read, obligation_events_load, reports_open
from documents.models import Meeting
from tracker.db import LoadReport, upsert

ISU_STAFF_GROUP = "ISU staff"
FOCAL_POINT_GROUP = "Delegation focal points"
# What a focal point may do beyond reading published data: propose updates for its State, see its proposals
# (the services check that the State is its own), and keep a watch list.
FOCAL_POINT_PERMISSIONS = [
    ("commitments", "add_statusproposal"),
    ("commitments", "view_statusproposal"),
    ("notifications", "add_watch"),
    ("notifications", "view_watch"),
    ("notifications", "delete_watch"),
]

# The keys the code relies on; administrators can extend the vocabulary.
DEFAULT_STATUSES = [
    # key, English, French, Spanish, progress, closed, needs narrative or evidence
    ("not_started", "Not started", "Pas commencé", "No iniciado", 0, False, False),
    ("in_progress", "In progress", "En cours", "En curso", 50, False, False),
    ("completed", "Completed", "Achevé", "Cumplido", 100, True, True),
    ("ongoing", "Ongoing", "Permanent", "Permanente", 50, False, False),
    ("no_longer_applicable", "No longer applicable", "Sans objet", "Ya no aplicable", None, True, True),
    ("not_reported", "Not reported", "Non communiqué", "No informado", 0, False, False),
]


def load_statuses(report: LoadReport) -> None:
    """The default vocabulary, created where missing: staff may have changed it since, and those edits stay."""
    for position, (key, en, fr, es, progress, closed, justify) in enumerate(DEFAULT_STATUSES, start=1):
        _status, created = Status.objects.get_or_create(
            key=key,
            defaults={
                "name_en": en,
                "name_fr": fr,
                "name_es": es,
                "progress": progress,
                "is_closed": closed,
                "requires_justification": justify,
                "position": position,
            },
        )
        report.count("statuses", created)


# slug, English, French, Spanish
THEMES = [
    ("universalization", "Universalization", "Universalisation", "Universalización"),
    ("stockpile-destruction", "Stockpile destruction", "Destruction des stocks", "Destrucción de existencias"),
    ("survey-and-clearance", "Survey and clearance", "Relevé et déminage", "Reconocimiento y desminado"),
    (
        "risk-education",
        "Mine risk education and reduction",
        "Éducation au risque des mines et réduction des risques",
        "Educación sobre el riesgo de las minas y reducción del riesgo",
    ),
    ("victim-assistance", "Victim assistance", "Assistance aux victimes", "Asistencia a las víctimas"),
    (
        "cooperation-and-assistance",
        "International cooperation and assistance",
        "Coopération et assistance internationales",
        "Cooperación y asistencia internacionales",
    ),
    (
        "transparency-and-compliance",
        "Transparency and compliance",
        "Transparence et respect des obligations",
        "Transparencia y cumplimiento",
    ),
    (
        "national-implementation",
        "National implementation measures",
        "Mesures d'application nationales",
        "Medidas de aplicación nacionales",
    ),
    ("gender-and-diversity", "Gender and diversity", "Genre et diversité", "Género y diversidad"),
    (
        "mine-action-and-development",
        "Mine action and sustainable development",
        "Action contre les mines et développement durable",
        "Acción contra las minas y desarrollo sostenible",
    ),
]


@dataclass(frozen=True)
class ReviewConference:
    slug: str
    number: int
    title: str
    city: str
    country: str
    start: datetime.date
    end: datetime.date


REVIEW_CONFERENCES = [
    ReviewConference(
        "1revcon-nairobi-2004",
        1,
        "First Review Conference (Nairobi Summit on a Mine-Free World)",
        "Nairobi",
        "KE",
        datetime.date(2004, 11, 29),
        datetime.date(2004, 12, 3),
    ),
    ReviewConference(
        "2revcon-cartagena-2009",
        2,
        "Second Review Conference (Cartagena Summit on a Mine-Free World)",
        "Cartagena de Indias",
        "CO",
        datetime.date(2009, 11, 30),
        datetime.date(2009, 12, 4),
    ),
    ReviewConference(
        "3revcon-maputo-2014",
        3,
        "Third Review Conference (Maputo Review Conference)",
        "Maputo",
        "MZ",
        datetime.date(2014, 6, 23),
        datetime.date(2014, 6, 27),
    ),
    ReviewConference(
        "4revcon-oslo-2019",
        4,
        "Fourth Review Conference (Oslo Review Conference)",
        "Oslo",
        "NO",
        datetime.date(2019, 11, 25),
        datetime.date(2019, 11, 29),
    ),
    ReviewConference(
        "5revcon-siem-reap-2024",
        5,
        "Fifth Review Conference (Siem Reap-Angkor Summit)",
        "Siem Reap",
        "KH",
        datetime.date(2024, 11, 25),
        datetime.date(2024, 11, 29),
    ),
]


@dataclass(frozen=True)
class PlanFacts:
    code: str
    names: tuple[str, str, str]
    meeting_slug: str
    period: tuple[int, int]
    symbol: str = ""
    adopted_on: datetime.date | None = None
    action_count: int | None = None
    predecessor: str | None = None
    # action numbers -> theme slug, where the plan's structure is known for certain
    action_themes: dict[str, range] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        """Where and when it was adopted, as its page's address says it: "4revcon-oslo-2019" -> "oslo-2019"."""
        return self.meeting_slug.split("-", 1)[1]


ACTION_PLANS = [
    PlanFacts(
        "NAP",
        ("Nairobi Action Plan", "Plan d'action de Nairobi", "Plan de Acción de Nairobi"),
        "1revcon-nairobi-2004",
        (2005, 2009),
    ),
    PlanFacts(
        "CAP",
        ("Cartagena Action Plan", "Plan d'action de Carthagène", "Plan de Acción de Cartagena"),
        "2revcon-cartagena-2009",
        (2010, 2014),
        predecessor="NAP",
    ),
    PlanFacts(
        "MAP",
        ("Maputo Action Plan", "Plan d'action de Maputo", "Plan de Acción de Maputo"),
        "3revcon-maputo-2014",
        (2014, 2019),
        adopted_on=datetime.date(2014, 6, 27),
        action_count=31,
        predecessor="CAP",
    ),
    PlanFacts(
        "OAP",
        ("Oslo Action Plan", "Plan d'action d'Oslo", "Plan de Acción de Oslo"),
        "4revcon-oslo-2019",
        (2020, 2024),
        symbol="APLC/CONF/2019/5/Add.1",
        adopted_on=datetime.date(2019, 11, 29),
        action_count=50,
        predecessor="MAP",
        action_themes={"victim-assistance": range(33, 42), "national-implementation": range(50, 51)},
    ),
    PlanFacts(
        "SRAP",
        ("Siem Reap-Angkor Action Plan", "Plan d'action de Siem Reap-Angkor", "Plan de Acción de Siem Reap-Angkor"),
        "5revcon-siem-reap-2024",
        (2025, 2029),
        predecessor="OAP",
    ),
]

# Plans whose numbered actions are created from the facts, before their text is ingested.
PLANS_WITH_ACTIONS = ("OAP",)


def load_themes(report: LoadReport) -> None:
    for position, (slug, en, fr, es) in enumerate(THEMES, start=1):
        values = {"name_en": en, "name_fr": fr, "name_es": es, "position": position}
        report.count("themes", upsert(Theme, {"slug": slug}, values)[1])


def load_review_conferences(report: LoadReport) -> None:
    for conference in REVIEW_CONFERENCES:
        values = {
            "kind": Meeting.Kind.REVIEW_CONFERENCE,
            "number": conference.number,
            "title": conference.title,
            "city": conference.city,
            "country": conference.country,
            "start_date": conference.start,
            "end_date": conference.end,
        }
        report.count("meetings", upsert(Meeting, {"slug": conference.slug}, values)[1])


def load_action_plans(report: LoadReport) -> None:
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for facts in ACTION_PLANS:
        en, fr, es = facts.names
        values = {
            "name_en": en,
            "name_fr": fr,
            "name_es": es,
            "slug": facts.slug,
            "symbol": facts.symbol,
            "meeting": Meeting.objects.get(slug=facts.meeting_slug),
            "adopted_on": facts.adopted_on,
            "period_start": facts.period[0],
            "period_end": facts.period[1],
            "expected_action_count": facts.action_count,
            "predecessor": ActionPlan.objects.get(code=facts.predecessor) if facts.predecessor else None,
        }
        plan, changed = upsert(ActionPlan, {"code": facts.code}, values)
        report.count("action plans", changed)
        if facts.code in PLANS_WITH_ACTIONS:
            _load_numbered_actions(plan, facts, themes, report)


def _load_numbered_actions(plan: ActionPlan, facts: PlanFacts, themes: dict, report: LoadReport) -> None:
    existing = set(plan.actions.values_list("number", flat=True))
    missing = [Action(plan=plan, number=n) for n in range(1, facts.action_count + 1) if n not in existing]
    Action.objects.bulk_create(missing)
    report.count("actions", bool(missing))
    for slug, numbers in facts.action_themes.items():
        for action in plan.actions.filter(number__in=numbers).exclude(themes=themes[slug]):
            action.themes.add(themes[slug])
            report.count("actions", True)


def load_focal_point_group(report: LoadReport) -> None:
    group, created = Group.objects.get_or_create(name=FOCAL_POINT_GROUP)
    wanted = Permission.objects.none()
    for app_label, codename in FOCAL_POINT_PERMISSIONS:
        wanted |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    missing = wanted.exclude(pk__in=group.permissions.values("pk"))
    if missing.exists():
        group.permissions.add(*missing)
        created = True
    report.count("groups of users", created)


def load_staff_group(report: LoadReport) -> None:
    """The 'ISU staff' group: everything on sources and commitments, viewing users, issuing and revoking API tokens.
    History stays append-only."""
    group, created = Group.objects.get_or_create(name=ISU_STAFF_GROUP)
    wanted = Permission.objects.filter(
        content_type__app_label__in=["actors", "documents", "commitments", "notifications"]
    ).exclude(
        codename__in=["change_statusupdate", "delete_statusupdate", "delete_evidence"]
    ) | Permission.objects.filter(
        content_type__app_label="accounts",
        codename__in=["view_user", "add_apitoken", "change_apitoken", "view_apitoken"],
    )
    missing = wanted.exclude(pk__in=group.permissions.values("pk"))
    if missing.exists():
        group.permissions.add(*missing)
        created = True
    report.count("groups of users", created)


DEADLINES_CSV = Path(__file__).resolve().parent / "reference" / "deadlines.csv"


def load_obligations(report: LoadReport, path: Path = DEADLINES_CSV) -> None:
    """Articles 4 and 5: the sourced deadlines, extensions and completions of ``reference/deadlines.csv``.
    Article 7: the initial and the latest annual reports expected of every State Party."""
    report.count("sourced deadline events", obligation_events_load(deadline_rows_read(path)))
    report.count("transparency reports expected", reports_open())


RULES_DIR = Path(__file__).resolve().parent / "extraction" / "rules"
# Shipped rules since revised: switched off where an earlier load left them (staff's own rules are untouched).
RETIRED_RULES = Path(__file__).resolve().parent / "extraction" / "retired_rules.csv"


def load_extraction_rules(report: LoadReport) -> None:
    """The per-language pattern tables (``extraction/rules/<language>.csv``). Rules staff added stay."""
    from commitments.models import ExtractionRule

    for path in sorted(RULES_DIR.glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                values = {"kind": row["kind"], "weight": float(row["weight"]), "note": row["note"] or ""}
                report.count(
                    "extraction rules",
                    upsert(ExtractionRule, {"language": path.stem, "pattern": row["pattern"]}, values)[1],
                )
    with RETIRED_RULES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            retired = ExtractionRule.objects.filter(language=row["language"], pattern=row["pattern"], is_active=True)
            report.count("retired extraction rules", retired.update(is_active=False))


# name -> (task, crontab minute, hour[, day of week, keyword arguments]): editable in the admin (Periodic tasks)
# once created; the reminders' period (days without an update) is their "days" argument.
PERIODIC_TASKS = {
    "Weekly digest of changes to followers (Mondays)": ("notifications.tasks.send_digests", "0", "6", "1", {"days": 7}),
    "Remind of commitments past their target date with no update": (
        "notifications.tasks.send_reminders",
        "30",
        "6",
        "1",
        {"days": 90},
    ),
    "Close the ownerships of States whose withdrawal took effect": ("commitments.tasks.apply_withdrawals", "15", "2"),
    "Send the tasks the broker did not take (outbox)": ("tracker.outbox.drain_outbox", "*", "*"),
    "Recompute the dashboards' figures (after a broker outage)": ("dashboards.tasks.refresh_summaries", "*/10", "*"),
    "Fail ingestion jobs whose worker died, queue lost ones again": (
        "documents.tasks.sweep_ingestion_jobs",
        "*/5",
        "*",
    ),
}


def load_periodic_tasks(report: LoadReport) -> None:
    """The celery beat schedule, as rows of django-celery-beat: created once, then left to the ISU."""
    for name, (task, minute, hour, *rest) in PERIODIC_TASKS.items():
        if PeriodicTask.objects.filter(name=name).exists():
            continue
        day_of_week, kwargs = rest if rest else ("*", {})
        schedule, _ = CrontabSchedule.objects.get_or_create(
            minute=minute, hour=hour, day_of_week=day_of_week, day_of_month="*", month_of_year="*"
        )
        PeriodicTask.objects.create(name=name, task=task, crontab=schedule, kwargs=json.dumps(kwargs))
        report.count("periodic tasks", True)


@transaction.atomic
def load_reference_data() -> LoadReport:
    report = LoadReport()
    load_statuses(report)
    load_states(report)
    load_organisations_and_groups(report)
    load_themes(report)
    load_review_conferences(report)
    load_action_plans(report)
    load_obligations(report)
    load_extraction_rules(report)
    load_staff_group(report)
    load_focal_point_group(report)
    load_periodic_tasks(report)
    # A withdrawal that took effect since the last load closes the State's open ownerships, once.
    report.count("ownerships closed by a withdrawal", withdrawals_apply())
    return report
