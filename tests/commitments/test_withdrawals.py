"""A State's withdrawal closes its open ownerships through the history; a State that joins later takes on
earlier collective commitments only when the ISU decides so."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor
from commitments.models import StatusUpdate
from commitments.services import commitment_create, withdrawals_apply
from tests.factories import CommitmentFactory, DocumentFactory, ParagraphFactory, with_owners

pytestmark = pytest.mark.django_db


def collective(day: datetime.date, statuses, user=None):
    paragraph = ParagraphFactory(document=DocumentFactory(date=day))
    return commitment_create(
        paragraph=paragraph,
        kind="commitment",
        text=paragraph.text,
        owners=[Actor.objects.get(slug="states-parties")],
        status=statuses["not_started"],
        recorded_by=user,
    )


def test_a_state_that_has_withdrawn_since_owns_an_earlier_text_only_until_its_withdrawal(statuses):
    commitment = collective(datetime.date(2009, 12, 4), statuses)
    assert commitment.owner_links.count() == 156
    closed = commitment.owner_links.filter(status__key="no_longer_applicable")
    assert set(closed.values_list("actor__iso3", flat=True)) == {"EST", "LVA", "LTU"}
    update = StatusUpdate.objects.get(commitment=commitment, actor__iso3="EST", to_status__key="no_longer_applicable")
    assert "withdrew from the Convention with effect from 2025-12-27" in update.narrative
    assert update.from_status.key == "not_started"  # the start of its history stays
    commitment.refresh_from_db()
    assert commitment.progress == 0 and commitment.overall_status.key == "not_started"  # closed pairs left out


def test_withdrawal_closes_open_ownerships_on_the_day_it_took_effect_and_keeps_the_record(statuses, staff_user):
    finland = Actor.objects.get(iso3="FIN")
    commitment = with_owners(CommitmentFactory(), finland, at=timezone.now().replace(year=2023))
    reported = timezone.make_aware(datetime.datetime(2025, 3, 1, 12))
    commitment.record_status(
        actor=finland, status=statuses["in_progress"], recorded_by=staff_user, effective_at=reported
    )
    assert withdrawals_apply() >= 1
    history = list(commitment.status_updates.filter(actor=finland).order_by("effective_at"))
    assert [update.to_status.key for update in history] == ["not_started", "in_progress", "no_longer_applicable"]
    assert timezone.localdate(history[-1].effective_at) == datetime.date(2026, 1, 10)
    assert history[-1].from_status.key == "in_progress"
    assert withdrawals_apply() == 0  # nothing left to close: a second run writes nothing
    assert commitment.status_updates.count() == 3


def test_a_withdrawal_not_yet_in_effect_changes_nothing(statuses):
    state = Actor.objects.get(iso3="MEX")
    commitment = with_owners(CommitmentFactory(), state)
    Actor.objects.filter(pk=state.pk).update(withdrawal_effective=timezone.localdate() + datetime.timedelta(days=30))
    assert withdrawals_apply() == 0
    assert commitment.owner_links.get().status.key == "not_started"


def test_reloading_reference_data_applies_withdrawals_once(statuses):
    estonia = Actor.objects.get(iso3="EST")
    commitment = with_owners(CommitmentFactory(), estonia, at=timezone.now().replace(year=2024))
    call_command("load_reference_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert commitment.owner_links.get().status.key == "no_longer_applicable"
    before = StatusUpdate.objects.count()
    call_command("load_reference_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert StatusUpdate.objects.count() == before


def test_staff_extend_earlier_collective_commitments_to_a_state_that_joined_later(staff_client, statuses, mexico):
    earlier = collective(datetime.date(2009, 12, 4), statuses)
    own_pledge = with_owners(CommitmentFactory(), mexico)
    tonga = Actor.objects.get(iso3="TON")
    assert not earlier.owner_links.filter(actor=tonga).exists()  # never silently
    response = staff_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {
            "action": "extend_to_new_parties",
            "_selected_action": [earlier.pk, own_pledge.pk],
            "apply": "1",
            "states": [tonga.pk],
        },
        follow=True,
    )
    assert "Added 1 ownership." in response.content.decode()
    assert earlier.owner_links.filter(actor=tonga, status__key="not_started").exists()
    assert not own_pledge.owner_links.filter(actor=tonga).exists()


def test_a_closing_written_on_adding_is_dated_on_the_day_the_withdrawal_took_effect(statuses):
    commitment = collective(datetime.date(2009, 12, 4), statuses)
    history = list(commitment.status_updates.filter(actor__iso3="LTU").order_by("effective_at"))
    assert [timezone.localdate(update.effective_at) for update in history] == [
        datetime.date(2009, 12, 4),  # a party when the text was adopted
        datetime.date(2025, 12, 27),  # not the day the text was loaded
    ]
    assert commitment.owner_links.get(actor__iso3="LTU").status_effective_at == history[-1].effective_at
    mexico = commitment.status_updates.get(actor__iso3="MEX")  # the parties that stay start on the day it is loaded
    assert timezone.localdate(mexico.effective_at) == timezone.localdate()
    call_command("load_reference_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    reloaded = commitment.status_updates.filter(actor__iso3="LTU").order_by("effective_at")
    assert [(u.pk, u.effective_at) for u in reloaded] == [(u.pk, u.effective_at) for u in history]


def redate_as_the_migration_does() -> None:
    """Run the data migration's function with the models as they stand at that migration."""
    from importlib import import_module

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = "0013_withdrawal_closings_dated_on_effect"
    state = MigrationLoader(connection).project_state(("commitments", name))
    import_module(f"commitments.migrations.{name}").date_withdrawal_closings(state.apps, None)


def test_a_migration_dates_the_closings_written_on_the_day_of_loading_once(statuses, staff_user):
    latvia, lithuania = Actor.objects.get(iso3="LVA"), Actor.objects.get(iso3="LTU")
    loaded = timezone.now() - datetime.timedelta(hours=1)  # how texts loaded before this version were closed
    commitment = with_owners(CommitmentFactory(), latvia, lithuania, at=loaded)  # adopted 25 November 2022
    commitment.record_status(  # Latvia's focal point reported after the text was loaded: its history stays
        actor=latvia, status=statuses["in_progress"], recorded_by=staff_user, effective_at=loaded + ONE_MINUTE
    )
    assert withdrawals_apply() == 2
    redate_as_the_migration_does()
    history = commitment.status_updates.filter(actor=lithuania).order_by("effective_at")
    assert [timezone.localdate(update.effective_at) for update in history] == [
        datetime.date(2022, 11, 25),
        datetime.date(2025, 12, 27),
    ]
    assert commitment.owner_links.get(actor=lithuania).status_effective_at == history.last().effective_at
    kept = commitment.status_updates.filter(actor=latvia).order_by("effective_at").last()
    assert kept.narrative_key == "withdrawal" and kept.effective_at > loaded
    before = [(update.pk, update.effective_at) for update in commitment.status_updates.all()]
    redate_as_the_migration_does()
    call_command("load_reference_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [(update.pk, update.effective_at) for update in commitment.status_updates.all()] == before


ONE_MINUTE = datetime.timedelta(minutes=1)
