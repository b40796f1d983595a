"""Who is a State Party on which day: derived from the dates of each State (Articles 17 and 20)."""

import datetime

import pytest

from actors.membership import entry_into_force_for, withdrawal_takes_effect
from actors.models import Actor
from tests.api_support import API

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("day", "count"),
    [
        (datetime.date(2009, 12, 4), 156),  # the Cartagena Declaration's own count
        (datetime.date(2024, 12, 31), 164),
        (datetime.date(2026, 12, 1), 161),  # after two accessions and five withdrawals
    ],
)
def test_parties_on_a_day(day, count):
    assert Actor.objects.parties_on(day).count() == count


def test_a_withdrawal_ends_membership_on_its_effective_day():
    estonia = Actor.objects.get(iso3="EST")
    assert estonia.status_on(datetime.date(2025, 12, 26)) == Actor.TreatyStatus.STATE_PARTY
    assert estonia.status_on(datetime.date(2025, 12, 27)) == Actor.TreatyStatus.WITHDRAWN
    assert not Actor.objects.parties_on(datetime.date(2026, 2, 20)).filter(iso3="POL").exists()
    assert Actor.objects.parties_on(datetime.date(2026, 2, 19)).filter(iso3="POL").exists()


def test_a_new_party_counts_from_its_entry_into_force():
    tonga = Actor.objects.get(iso3="TON")
    assert tonga.status_on(datetime.date(2025, 11, 30)) == Actor.TreatyStatus.NOT_PARTY
    assert tonga.status_on(datetime.date(2025, 12, 1)) == Actor.TreatyStatus.STATE_PARTY


@pytest.mark.parametrize(
    ("deposit", "in_force"),
    [
        ("1998-06-29", "1999-03-01"),  # among the first 40 instruments: Article 17(1)
        ("2001-08-01", "2002-02-01"),  # the first day of the sixth month after deposit: Article 17(2)
        ("1999-07-28", "2000-01-01"),
        ("2012-12-27", "2013-06-01"),
    ],
)
def test_entry_into_force_by_article_17(deposit, in_force):
    assert entry_into_force_for(datetime.date.fromisoformat(deposit)) == datetime.date.fromisoformat(in_force)


def test_withdrawal_takes_effect_six_months_after_notification():
    assert withdrawal_takes_effect(datetime.date(2025, 6, 27)) == datetime.date(2025, 12, 27)
    assert withdrawal_takes_effect(datetime.date(2025, 8, 31)) == datetime.date(2026, 2, 28)


def test_an_unknown_entry_into_force_is_derived_and_marked():
    derived = Actor.objects.filter(entry_into_force_derived=True)
    assert derived.exists()
    for state in derived:
        assert state.entry_into_force == entry_into_force_for(state.ratification_date)
    assert not Actor.objects.get(iso3="FIN").entry_into_force_derived  # stated by a source


def test_timeline_counts_parties_joins_and_withdrawals():
    timeline = {row["year"]: row for row in Actor.objects.membership_timeline(until=2026)}
    assert timeline[2009]["parties"] == 156
    assert timeline[2024]["parties"] == 164
    assert set(timeline[2025]["joined"]) == {"MHL", "TON"}
    assert set(timeline[2025]["withdrew"]) == {"EST", "LVA", "LTU"}
    assert set(timeline[2026]["withdrew"]) == {"FIN", "POL"}
    assert timeline[2026]["parties"] == 161


def test_the_api_answers_who_was_a_party_on_a_day(api):
    body = api.get(f"{API}/actors/", {"party_on": "2009-12-04", "page_size": 500}).json()
    assert len(body["results"]) == 156
    timeline = api.get(f"{API}/membership/").json()
    assert any(row["year"] == 2025 and "TON" in row["joined"] for row in timeline)
