"""Reference data of commitments: statuses, themes, Review Conferences, action plans and the Convention's deadlines;
who may do what.

Loaded by ``manage.py load_reference_data``; loading twice changes nothing. Facts only: the wording of the
actions is never written here, it comes from ingesting each plan's document.
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass, field
from pathlib import Path

from commitments.models import Action, ActionPlan, Status, Theme
from commitments.services import withdrawals_apply
from commitments.services.deadlines import deadline_rows_read, obligation_events_load, reports_open
from documents.models import Meeting
from tracker.db import LoadReport, upsert
from tracker.reference_data import (
    FOCAL_POINT_GROUP,
    ISU_STAFF_GROUP,
    app_permissions,
    grant,
    named_permissions,
    schedule,
)

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


MEETING_TITLES_CSV = Path(__file__).resolve().parent / "reference" / "meeting-titles.csv"


def meeting_titles_read(path: Path = MEETING_TITLES_CSV) -> dict[str, dict[str, str]]:
    """slug -> {"title_fr": ..., "title_es": ...}: the sourced names of ``meeting-titles.csv`` (see its README)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for language in ("fr", "es"):
            if row[f"title_{language}"] and not row[f"source_{language}"].startswith(("https://", "http://")):
                raise ValueError(f"{path.name}: {row['slug']}: a {language} title without a source address")
    return {row["slug"]: {"title_fr": row["title_fr"], "title_es": row["title_es"]} for row in rows}


def load_review_conferences(report: LoadReport) -> None:
    titles = meeting_titles_read()
    for conference in REVIEW_CONFERENCES:
        values = {
            "kind": Meeting.Kind.REVIEW_CONFERENCE,
            "number": conference.number,
            "title": conference.title,
            **titles.get(conference.slug, {"title_fr": "", "title_es": ""}),
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


def load_groups(report: LoadReport) -> None:
    """What ISU staff and focal points may do with commitments. History stays append-only for staff; a focal point
    proposes updates for its State and sees its proposals (the services check that the State is its own)."""
    history = ("change_statusupdate", "delete_statusupdate", "delete_evidence")
    grant(report, ISU_STAFF_GROUP, app_permissions("commitments", exclude=history))
    grant(report, FOCAL_POINT_GROUP, named_permissions("commitments", ["add_statusproposal", "view_statusproposal"]))


DEADLINES_CSV = Path(__file__).resolve().parent / "reference" / "deadlines.csv"


def load_obligations(report: LoadReport, path: Path = DEADLINES_CSV) -> None:
    """Articles 4 and 5: the sourced deadlines, extensions and completions of ``reference/deadlines.csv``.
    Article 7: the initial and the latest annual reports expected of every State Party."""
    report.count("sourced deadline events", obligation_events_load(deadline_rows_read(path)))
    report.count("transparency reports expected", reports_open())


PERIODIC_TASKS = {
    "Close the ownerships of States whose withdrawal took effect": ("commitments.tasks.apply_withdrawals", "15", "2"),
}


def load_reference_data(report: LoadReport) -> None:
    load_statuses(report)
    load_themes(report)
    load_review_conferences(report)
    load_action_plans(report)
    load_obligations(report)
    load_groups(report)
    schedule(report, PERIODIC_TASKS)
    # A withdrawal that took effect since the last load closes the State's open ownerships, once.
    report.count("ownerships closed by a withdrawal", withdrawals_apply())
