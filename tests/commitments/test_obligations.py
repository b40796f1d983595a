"""The Convention's obligations: deadlines by its rules, extensions, completion, transparency reports, the
calendar in the API, and decisions found in ingested reports."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from actors.models import Actor
from commitments.models import Obligation, ObligationKind, ObligationState
from commitments.selectors import obligation_indicators
from commitments.services import (
    annual_reports_open,
    obligation_create,
    obligation_extend,
    transparency_reports_import,
)
from documents.ingestion.pipeline import IngestionRequest, Overrides, ingest
from documents.ingestion.sources import Source
from extraction.models import Candidate
from extraction.obligations import find_obligation_decision
from extraction.owners import ActorDirectory
from extraction.propose import document_propose
from extraction.review import candidate_accept
from tests.api_support import API

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture(autouse=True)
def no_reference_obligations(db):
    """These tests build each State's obligations from the Convention's rules: the reference data's sourced
    deadlines and expected reports (tested in test_deadlines_reference.py) are set aside."""
    Obligation.objects.all().delete()


def state(code: str) -> Actor:
    return Actor.objects.get(iso3=code)


# Deadlines by the Convention's rules


def test_deadlines_follow_the_articles_from_entry_into_force():
    cambodia = state("KHM")  # in force 1 January 2000, stated by a source
    assert cambodia.entry_into_force == D(2000, 1, 1) and not cambodia.entry_into_force_derived
    deadlines = {
        kind: obligation_create(actor=cambodia, kind=kind).original_deadline
        for kind in (ObligationKind.STOCKPILE_DESTRUCTION, ObligationKind.CLEARANCE, ObligationKind.INITIAL_REPORT)
    }
    assert deadlines == {
        ObligationKind.STOCKPILE_DESTRUCTION: D(2004, 1, 1),  # Article 4: four years
        ObligationKind.CLEARANCE: D(2010, 1, 1),  # Article 5(1): ten years
        ObligationKind.INITIAL_REPORT: D(2000, 6, 29),  # Article 7(1): 180 days
    }
    annual = obligation_create(actor=cambodia, kind=ObligationKind.ANNUAL_REPORT, period=2025)
    assert annual.deadline == D(2026, 4, 30)  # Article 7(2): 30 April, covering the previous calendar year


def test_a_deadline_from_a_derived_entry_into_force_is_marked_derived():
    angola = state("AGO")  # deposit 5 July 2002; in force derived by Article 17(2): 1 January 2003
    assert angola.entry_into_force == D(2003, 1, 1) and angola.entry_into_force_derived
    clearance = obligation_create(actor=angola, kind=ObligationKind.CLEARANCE)
    assert clearance.deadline == D(2013, 1, 1) and clearance.deadline_derived


def test_without_a_known_entry_into_force_the_deadline_is_unknown():
    afghanistan = state("AFG")  # only the year of ratification is known
    assert obligation_create(actor=afghanistan, kind=ObligationKind.CLEARANCE).deadline is None


def test_obligations_point_to_the_convention_when_it_is_ingested():
    text = (
        "Article 5 — Destruction of anti-personnel mines in mined areas\n\n1. Each State Party undertakes to destroy."
    )
    ingest(IngestionRequest(source=Source("convention.md", text.encode()), overrides=Overrides(kind="treaty")))
    clearance = obligation_create(actor=state("KHM"), kind=ObligationKind.CLEARANCE)
    assert clearance.source_paragraph.text == "Each State Party undertakes to destroy."


# Extensions


def test_a_deadline_extended_twice(staff_user):
    clearance = obligation_create(actor=state("KHM"), kind=ObligationKind.CLEARANCE)
    obligation_extend(obligation=clearance, new_deadline=D(2020, 1, 1), recorded_by=staff_user)
    obligation_extend(obligation=clearance, new_deadline=D(2025, 12, 31), recorded_by=staff_user)
    clearance.refresh_from_db()
    assert (clearance.original_deadline, clearance.deadline) == (D(2010, 1, 1), D(2025, 12, 31))
    history = [(e.previous_deadline, e.new_deadline) for e in clearance.extensions.order_by("new_deadline")]
    assert history == [(D(2010, 1, 1), D(2020, 1, 1)), (D(2020, 1, 1), D(2025, 12, 31))]
    assert clearance.state_on(D(2025, 6, 1)) == ObligationState.EXTENDED
    # passed with no later decision in the data: not known to be missed
    assert clearance.state_on(D(2026, 1, 1)) == ObligationState.NOT_RECORDED
    with pytest.raises(ValidationError):
        obligation_extend(obligation=clearance, new_deadline=D(2024, 1, 1), recorded_by=staff_user)


REPORT = """Final report of the Twenty-Second Meeting of the States Parties

1. The Meeting was held in Geneva.

2. The Meeting agreed to grant the request submitted by Cambodia for an extension of its deadline until
31 December 2030, as contained in its request.

3. The Meeting welcomed that Mauritania declared the completion of its Article 5 obligations.
"""


def test_an_extension_decision_in_a_report_is_proposed_and_accepting_it_moves_the_deadline(staff_user):
    cambodia = state("KHM")
    obligation_create(actor=cambodia, kind=ObligationKind.CLEARANCE)
    outcome = ingest(
        IngestionRequest(
            source=Source("22msp-report.txt", REPORT.encode()),
            overrides=Overrides(kind="report", date=D(2024, 11, 29)),
        )
    )
    document_propose(outcome.document)
    candidate = Candidate.objects.get(paragraph__label="2.")
    assert candidate.suggestions["obligation"] == {
        "action": "extend",
        "state": "KHM",
        "kind": "clearance",
        "date": "2030-12-31",
    }
    assert list(candidate.owners.all()) == [cambodia]
    commitment = candidate_accept(candidate, user=staff_user)
    clearance = Obligation.objects.get(actor=cambodia, kind=ObligationKind.CLEARANCE)
    assert clearance.deadline == D(2030, 12, 31)
    assert clearance.extensions.get().paragraph == candidate.paragraph
    assert commitment.target_date == D(2030, 12, 31)

    completion = Candidate.objects.get(paragraph__label="3.")
    candidate_accept(completion, user=staff_user)
    done = Obligation.objects.get(actor=state("MRT"), kind=ObligationKind.CLEARANCE)
    assert done.completed_on == D(2024, 11, 29) and done.state == ObligationState.COMPLETED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Réunion a décidé d'accéder à la demande de prolongation du délai présentée par le Cambodge, "
            "jusqu'au 1er mars 2028.",
            ("extend", "KHM", "2028-03-01"),
        ),
        (
            "La Reunión convino en conceder la solicitud de prórroga presentada por Colombia, hasta el 1 de marzo "
            "de 2031.",
            ("extend", "COL", "2031-03-01"),
        ),
        (
            "Chile declaró la conclusión de sus obligaciones de desminado en virtud del artículo 5.",
            ("complete", "CHL", "2024-11-29"),
        ),
        (
            "Mauritanie a déclaré avoir achevé le déminage de toutes les zones minées.",
            ("complete", "MRT", "2024-11-29"),
        ),
        ("The Meeting noted the request submitted by Cambodia.", None),
    ],
)
def test_decisions_in_french_and_spanish(text, expected):
    found = find_obligation_decision(text, ActorDirectory.load(), D(2024, 11, 29))
    if expected is None:
        assert found is None
    else:
        assert (found.action, found.state_code, found.date.isoformat()) == expected


# Transparency reports (Article 7)


def test_reports_of_a_year_received_on_time_late_and_missing():
    assert annual_reports_open(period=2025) == Actor.objects.parties_on(D(2026, 4, 30)).count()
    assert annual_reports_open(period=2025) == 0  # opening twice expects nothing more
    transparency_reports_import(period=2025, rows=[("MEX", "2026-04-12"), ("COL", "2026-06-01")])
    reports = Obligation.objects.filter(kind=ObligationKind.ANNUAL_REPORT, period=2025)
    assert reports.get(actor__iso3="MEX").on_time is True
    assert reports.get(actor__iso3="COL").on_time is False
    missing = reports.get(actor__iso3="KHM")
    assert missing.completed_on is None and missing.state_on(D(2026, 5, 1)) == ObligationState.OVERDUE
    assert not reports.filter(actor__iso3="EST").exists()  # withdrawn before the report was due


def test_a_bad_line_imports_nothing():
    with pytest.raises(ValidationError, match="line 2"):
        transparency_reports_import(period=2025, rows=[("MEX", "2026-04-12"), ("ZZZ", "yesterday")])
    assert not Obligation.objects.exists()


def test_the_command_imports_a_whole_year(tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text("code,received\nMEX,2026-04-12\nCOL,2026-04-30\n")
    call_command("transparency_reports", "2025", str(path), stdout=io.StringIO())
    assert Obligation.objects.filter(period=2025, completed_on__isnull=False).count() == 2


# The calendar in the API


@pytest.fixture
def calendar(staff_user):
    today = datetime.date.today()
    soon = obligation_create(actor=state("KHM"), kind=ObligationKind.CLEARANCE)
    obligation_extend(obligation=soon, new_deadline=today + datetime.timedelta(days=90), recorded_by=staff_user)
    late = obligation_create(actor=state("AGO"), kind=ObligationKind.CLEARANCE)  # 2013: passed, status not recorded
    done = obligation_create(actor=state("COL"), kind=ObligationKind.INITIAL_REPORT, completed_on=D(2001, 8, 1))
    return {"soon": soon, "late": late, "done": done}


def test_the_calendar_filters(api, calendar):
    def ids(params):
        return {row["id"] for row in api.get(f"{API}/obligations/", params).json()["results"]}

    assert ids({"due_within": 365}) == {calendar["soon"].pk}
    assert ids({"overdue": "true"}) == {calendar["late"].pk}
    assert ids({"status": "completed"}) == {calendar["done"].pk}
    assert ids({"state": "KHM", "article": 5}) == {calendar["soon"].pk}
    row = api.get(f"{API}/obligations/{calendar['soon'].pk}/").json()
    assert row["status"] == "extended" and row["state"]["code"] == "KHM" and row["article"] == 5
    assert len(row["extensions"]) == 1


def test_the_calendar_as_csv_and_icalendar(api, calendar):
    response = api.get(f"{API}/obligations/", {"format": "csv", "overdue": "true"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(row["state"], row["status"]) for row in rows] == [("AGO", "not_recorded")]
    ics = api.get(f"{API}/obligations/", {"format": "ics", "state": "KHM"})
    assert ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    assert body.count("BEGIN:VEVENT") == 1 and "SUMMARY:KHM: Mine clearance (Article 5)" in body
    assert api.get(f"{API}/obligations/", {"format": "ics", "article": "9"}).status_code == 400


def test_indicators_come_with_their_definitions(api, calendar):
    indicators = {row["key"]: row for row in api.get(f"{API}/obligations/indicators/").json()}
    beyond = indicators["clearance_deadlines_beyond_plan"]
    assert (beyond["numerator"], beyond["denominator"]) == (1, 2)  # Cambodia's extended deadline is after 2024
    assert "31 December 2024" in beyond["definition"]
    assert indicators["initial_reports_on_time"]["denominator"] == 1
    assert obligation_indicators() == api.get(f"{API}/obligations/indicators/").json()


# The admin


def test_staff_add_an_obligation_and_extend_it_in_the_admin(staff_client):
    from django.urls import reverse

    from tests.forms import form_fields

    add_url = reverse("admin:commitments_obligation_add")
    data = form_fields(staff_client.get(add_url).content.decode(), "obligation_form")
    data.update({"actor": state("KHM").pk, "kind": ObligationKind.CLEARANCE})
    assert staff_client.post(add_url, data).status_code == 302
    clearance = Obligation.objects.get(actor__iso3="KHM")
    assert clearance.deadline == D(2010, 1, 1)  # computed, not typed

    change_url = reverse("admin:commitments_obligation_change", args=[clearance.pk])
    data = form_fields(staff_client.get(change_url).content.decode(), "obligation_form")
    data["extensions-TOTAL_FORMS"] = "1"
    data.update({"extensions-0-new_deadline": "2020-01-01", "extensions-0-granted_on": "2009-12-04"})
    assert staff_client.post(change_url, data).status_code == 302
    clearance.refresh_from_db()
    assert clearance.deadline == D(2020, 1, 1)
    listing = staff_client.get(reverse("admin:commitments_obligation_changelist"), {"state": "not_recorded"})
    assert [row.pk for row in listing.context["cl"].result_list] == [clearance.pk]
