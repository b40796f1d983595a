"""The Convention's deadlines as reference data (commitments/reference/deadlines.csv): loaded into obligations and
extensions with their sources, dates as precise as the sources, conflicts kept apart, and the Article 7 reports
expected of every party."""

import datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from actors.models import Actor
from commitments.models import Obligation, ObligationEvent, ObligationKind, ObligationState
from commitments.models.obligations import meeting_name
from commitments.reference_data import load_obligations
from commitments.selectors import obligation_indicators, state_deadlines
from commitments.services.deadlines import deadline_rows_read, partial_date
from tracker.db import LoadReport

pytestmark = pytest.mark.django_db
D = datetime.date
TODAY = D(2026, 12, 3)


def clearance(code: str) -> Obligation:
    return Obligation.objects.with_state(TODAY).get(actor__iso3=code, kind=ObligationKind.CLEARANCE)


def test_an_extension_granted_at_a_meeting_sets_the_deadline_with_its_source():
    cambodia = clearance("KHM")
    assert (cambodia.deadline, cambodia.current_state) == (D(2030, 12, 31), ObligationState.EXTENDED)
    latest = cambodia.extensions.get(new_deadline=D(2030, 12, 31))
    assert (latest.previous_deadline, latest.source.meeting) == (D(2025, 12, 31), "22MSP")
    assert latest.source.source_url.startswith("https://") and latest.source.event_on == D(2025, 12, 1)


def test_a_deadline_passed_with_no_later_decision_is_not_recorded_never_overdue():
    angola = clearance("AGO")
    assert angola.deadline == D(2025, 12, 31) and angola.completed_on is None
    assert angola.current_state == ObligationState.NOT_RECORDED
    assert angola.state_on(TODAY) == ObligationState.NOT_RECORDED
    line = next(line for line in state_deadlines(angola.actor, TODAY)["lines"] if line.obligation.pk == angola.pk)
    assert [request.deadline for request in line.pending] == [D(2030, 12, 31)]  # requested "2030": year only


def test_a_doubtful_source_is_shown_beside_the_other_never_relied_on():
    ecuador = clearance("ECU")
    assert ecuador.deadline == D(2022, 12, 31)  # not the doubtful "31 March 2017"
    line = next(line for line in state_deadlines(ecuador.actor, TODAY)["lines"] if line.obligation.pk == ecuador.pk)
    assert [event.deadline for event in line.conflicts] == [D(2017, 3, 31)]
    assert line.basis.deadline == D(2022, 12, 31) and line.basis.source_url != line.conflicts[0].source_url


def test_a_deadline_known_to_the_month_keeps_its_precision():
    bosnia = clearance("BIH")
    assert (bosnia.deadline, bosnia.deadline_precision) == (D(2027, 3, 31), "month")
    assert partial_date("2027-03", last_day=True) == (D(2027, 3, 31), "month")
    assert partial_date("2030", last_day=False) == (D(2030, 1, 1), "year")


def test_completions_of_articles_4_and_5_come_from_their_sources():
    sudan = Obligation.objects.get(actor__iso3="SDN", kind=ObligationKind.STOCKPILE_DESTRUCTION)
    assert (sudan.deadline, sudan.completed_on, sudan.on_time) == (D(2008, 4, 1), D(2008, 3, 31), True)
    burundi = Obligation.objects.get(actor__iso3="BDI", kind=ObligationKind.STOCKPILE_DESTRUCTION)
    assert burundi.completed_on == D(2008, 3, 17)  # the doubtful 18 March is kept as a conflict only
    assert burundi.events.filter(doubtful=True).count() == 1


def test_every_state_party_is_expected_to_report():
    parties = Actor.objects.parties_on(TODAY)
    reports = Obligation.objects.filter(actor__in=parties)
    assert reports.filter(kind=ObligationKind.INITIAL_REPORT).count() == parties.count()
    assert reports.filter(kind=ObligationKind.ANNUAL_REPORT, period=TODAY.year).count() == parties.count()
    mexico = state_deadlines(Actor.objects.get(iso3="MEX"), TODAY)
    assert mexico["next"].obligation.deadline == D(TODAY.year + 1, 4, 30)


def test_loading_twice_changes_nothing():
    report = LoadReport()
    load_obligations(report)
    assert report.total == 0


def test_a_bad_row_is_named_and_nothing_is_loaded(tmp_path: Path):
    bad = tmp_path / "deadlines.csv"
    bad.write_text(
        "iso3,article,event,event_date,meeting,deadline,source_url,doubtful,note\n"
        "KHM,5,extension,2031-01-01,23MSP,2035-12-31,https://example.org/a,,\n"
        "KHM,5,extension,2025-13,22MSP,2030-12-31,https://example.org/b,,\n"
    )
    before = ObligationEvent.objects.count()
    with pytest.raises(ValidationError, match=r"deadlines\.csv:3"):
        load_obligations(LoadReport(), bad)
    assert ObligationEvent.objects.count() == before
    with pytest.raises(ValidationError):
        deadline_rows_read(bad)


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "22nd Meeting of the States Parties"),
        ("fr", "22e Assemblée des États parties"),
        ("es", "22.ª Reunión de los Estados Partes"),
    ],
)
def test_meetings_are_named_in_the_reader_s_language(language, name):
    with translation.override(language):
        assert meeting_name("22MSP") == name


def test_indicators_are_numbers_with_definitions_free_of_placeholders():
    indicators = {row["key"]: row for row in obligation_indicators(TODAY)}
    beyond = indicators["clearance_deadlines_beyond_plan"]
    assert beyond["denominator"] > 0 and beyond["numerator"] > 0  # Cambodia (2030), Ukraine (2033)...
    assert all("—" not in row["definition"] for row in indicators.values())


def test_the_api_lists_each_obligation_s_sourced_events_oldest_first(api):
    from tests.api_support import API

    row = api.get(f"{API}/obligations/", {"state": "KHM", "article": 5}).json()["results"][0]
    assert (row["deadline"], row["status"], row["deadline_precision"]) == ("2030-12-31", "extended", "day")
    assert row["events"][0]["event"] == "original"
    latest = row["events"][-1]
    assert (latest["event"], latest["meeting"], latest["date"], latest["date_precision"]) == (
        "extension",
        "22MSP",
        "2025-12-01",
        "month",
    )
    assert latest["meeting_name"] == "22nd Meeting of the States Parties" and latest["source_url"].startswith("https")
    assert row["extensions"][-1]["meeting"] == "22MSP"
