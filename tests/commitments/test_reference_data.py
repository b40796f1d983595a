import csv
import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command

from actors.models import Actor
from actors.reference_data import STATES_PARTIES_CSV
from commitments.models import Action, ActionPlan, Theme

pytestmark = pytest.mark.django_db


def csv_rows() -> list[dict]:
    return list(csv.DictReader(STATES_PARTIES_CSV.open(encoding="utf-8")))


def test_every_iso_country_is_a_state_with_names_in_three_languages():
    states = Actor.objects.states()
    assert states.count() == 249
    mexico = states.get(iso3="MEX")
    assert (mexico.name_en, mexico.name_fr, mexico.name_es) == ("Mexico", "Mexique", "México")
    assert not states.filter(name_fr="").exists()
    assert not states.filter(name_es="").exists()


def test_every_state_that_has_been_a_party_is_loaded_with_its_dates():
    rows = csv_rows()
    assert len(rows) == 166
    on_the_csv_date = datetime.date(2026, 12, 1)  # the CSV's status column is as of that day
    parties = {row["iso3"] for row in rows if row["status"] == "state_party"}
    assert set(Actor.objects.parties_on(on_the_csv_date).values_list("iso3", flat=True)) == parties
    for row in rows:
        state = Actor.objects.get(iso3=row["iso3"])
        assert state.status_on(on_the_csv_date) == row["status"]
        assert str(state.ratification_year or "") == row["ratification_year"]
        assert str(state.ratification_date or "") == row["date_of_ratification_or_accession"]
        assert str(state.withdrawal_effective or "") == row["withdrawal_effective"]
        if row["entry_into_force"]:
            assert str(state.entry_into_force) == row["entry_into_force"]
    assert Actor.objects.get(iso3="USA").status_on(on_the_csv_date) == Actor.TreatyStatus.NOT_PARTY


def test_the_oslo_action_plan_has_fifty_actions_without_invented_text():
    plan = ActionPlan.objects.get(code="OAP")
    assert plan.symbol == "APLC/CONF/2019/5/Add.1"
    assert (plan.period_start, plan.period_end) == (2020, 2024)
    assert plan.meeting.slug == "4revcon-oslo-2019"
    assert list(plan.actions.values_list("number", flat=True)) == list(range(1, 51))
    assert not plan.actions.exclude(text="").exists()
    victim_assistance = set(plan.actions.filter(themes__slug="victim-assistance").values_list("number", flat=True))
    assert victim_assistance == set(range(33, 42))


def test_the_siem_reap_angkor_plan_follows_the_oslo_plan():
    assert ActionPlan.objects.get(code="SRAP").predecessor.code == "OAP"
    assert (ActionPlan.objects.get(code="SRAP").period_start, ActionPlan.objects.get(code="SRAP").period_end) == (
        2025,
        2029,
    )


def test_themes_and_groups_are_loaded():
    assert Theme.objects.filter(slug="victim-assistance", name_fr="Assistance aux victimes").exists()
    groups = set(Actor.objects.filter(kind="group").values_list("slug", flat=True))
    assert {
        "states-parties",
        "states-parties-in-a-position",
        "affected-states-parties",
        "conference-participants",
    } <= groups
    assert Actor.objects.get(slug="states-parties").expands_to_states_parties


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_loading_twice_changes_nothing_not_even_the_history():
    before = _row_counts()
    out = io.StringIO()
    call_command("load_reference_data", stdout=out)
    assert _row_counts() == before
    assert "(0 rows created or changed)" in out.getvalue()


def test_loading_restores_a_deleted_action_and_a_corrected_name():
    Action.objects.filter(plan__code="OAP", number=7).delete()
    Actor.objects.filter(iso3="COL").update(name_es="Colombie")
    call_command("load_reference_data", stdout=io.StringIO())
    assert Action.objects.filter(plan__code="OAP", number=7).exists()
    assert Actor.objects.get(iso3="COL").name_es == "Colombia"


def test_changes_made_by_the_loader_are_attributed_to_the_system_account():
    Actor.objects.filter(iso3="PER").update(name_fr="?")
    call_command("load_reference_data", stdout=io.StringIO())
    latest = Actor.objects.get(iso3="PER").history.first()
    assert latest.history_user.username == "system"
