import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from actors.models import Actor
from commitments.models import Commitment, CommitmentOwner, Evidence, Status, StatusUpdate
from commitments.services import commitment_create, commitments_edit_links, status_set_many, status_vocabulary_save
from documents.models import Meeting
from tests.factories import CommitmentFactory, DocumentFactory, ParagraphFactory, with_owners
from tracker.outbox import dispatch

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def days_ago(days: int) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


# Bad input: refused with a clear message, nothing saved.


def test_invalid_iso_code_is_refused_with_a_message():
    actor = Actor(kind=Actor.Kind.STATE, slug="xyz", iso3="XYZ", name_en="Nowhere")
    with pytest.raises(ValidationError) as error:
        actor.full_clean()
    assert "XYZ is not an ISO 3166-1 alpha-3 country code." in error.value.message_dict["iso3"]
    assert not Actor.objects.filter(slug="xyz").exists()


def test_badly_formed_iso_code_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.create(kind=Actor.Kind.STATE, slug="mexico-lower", iso3="mx1", name_en="Bad")


def test_state_without_iso_code_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.create(kind=Actor.Kind.STATE, slug="no-code", name_en="No code")


def test_meeting_ending_before_it_starts_is_refused():
    meeting = Meeting(
        slug="bad", kind="msp", title="Bad", start_date=datetime.date(2020, 5, 2), end_date=datetime.date(2020, 5, 1)
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert error.value.message_dict["end_date"] == ["A meeting cannot end before it starts."]
    with pytest.raises(IntegrityError), transaction.atomic():
        meeting.save()
    assert not Meeting.objects.filter(slug="bad").exists()


def test_commitment_without_paragraph_is_refused():
    commitment = Commitment(kind="commitment", text="We will.")
    with pytest.raises(ValidationError) as error:
        commitment.full_clean()
    assert "paragraph" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        commitment.save()
    assert Commitment.objects.count() == 0


def test_commitment_kind_outside_the_vocabulary_is_refused_by_the_database():
    paragraph = ParagraphFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.create(kind="promise", text="We will.", paragraph=paragraph)


def test_status_update_with_unknown_status_is_refused(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    update = StatusUpdate(
        commitment=commitment, actor=mexico, from_status=statuses["not_started"], to_status_id=987654, effective_at=NOW
    )
    with pytest.raises(ValidationError) as error:
        update.full_clean()
    assert "to_status" in error.value.message_dict
    assert commitment.status_updates.count() == 1


def test_second_update_with_the_same_effective_time_is_refused(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    commitment.record_status(actor=mexico, status=statuses["in_progress"], recorded_by=None, effective_at=days_ago(5))
    with pytest.raises(ValidationError) as error:
        commitment.record_status(actor=mexico, status=statuses["ongoing"], recorded_by=None, effective_at=days_ago(5))
    assert "effective_at" in error.value.message_dict
    assert commitment.status_updates.count() == 2
    assert CommitmentOwner.objects.get(commitment=commitment, actor=mexico).status == statuses["in_progress"]


def test_same_effective_time_is_also_refused_by_the_database(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico, at=days_ago(10))
    with pytest.raises(IntegrityError), transaction.atomic():
        StatusUpdate.objects.create(
            commitment=commitment, actor=mexico, to_status=statuses["completed"], effective_at=days_ago(10)
        )


def test_recording_a_status_for_an_actor_that_is_not_an_owner_is_refused(mexico, colombia, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    with pytest.raises(ValidationError) as error:
        commitment.record_status(actor=colombia, status=statuses["in_progress"], recorded_by=None)
    assert "is not an owner" in error.value.message_dict["actor"][0]


# History: append-only, and the current status always equals the latest update.


def test_current_status_equals_the_latest_update(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    for days, key in [(30, "in_progress"), (20, "ongoing"), (10, "in_progress")]:
        commitment.record_status(actor=mexico, status=statuses[key], recorded_by=None, effective_at=days_ago(days))
    owner = CommitmentOwner.objects.get(commitment=commitment, actor=mexico)
    latest = commitment.status_updates.latest_first().first()
    assert owner.status == latest.to_status == statuses["in_progress"]
    assert owner.status_effective_at == latest.effective_at
    history = list(commitment.status_updates.order_by("effective_at").values_list("from_status__key", "to_status__key"))
    assert history == [
        (None, "not_started"),
        ("not_started", "in_progress"),
        ("in_progress", "ongoing"),
        ("ongoing", "in_progress"),
    ]


def test_an_update_dated_before_the_latest_one_is_refused(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico, at=days_ago(10))
    with pytest.raises(ValidationError) as error:
        commitment.record_status(
            actor=mexico, status=statuses["in_progress"], recorded_by=None, effective_at=days_ago(11)
        )
    assert "must be later" in error.value.message_dict["effective_at"][0]


def test_status_history_cannot_be_edited_or_deleted(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    update = commitment.status_updates.get()
    update.narrative = "rewritten"
    with pytest.raises(ValidationError):
        update.save()
    with pytest.raises(ValidationError):
        update.delete()
    with pytest.raises(TypeError):
        StatusUpdate.objects.filter(pk=update.pk).update(narrative="rewritten")
    with pytest.raises(TypeError):
        StatusUpdate.objects.filter(pk=update.pk).delete()
    assert StatusUpdate.objects.get(pk=update.pk).narrative == ""


def test_a_commitment_with_history_cannot_be_deleted(mexico):
    from django.db.models import ProtectedError

    commitment = with_owners(CommitmentFactory(), mexico)
    with pytest.raises(ProtectedError):
        commitment.delete()


def test_moving_to_completed_needs_a_narrative_or_evidence(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    with pytest.raises(ValidationError) as error:
        commitment.record_status(actor=mexico, status=statuses["completed"], recorded_by=None)
    assert "needs a narrative or evidence" in error.value.message_dict["narrative"][0]
    assert commitment.status_updates.count() == 1

    commitment.record_status(
        actor=mexico,
        status=statuses["completed"],
        recorded_by=None,
        effective_at=days_ago(2),
        evidence=[Evidence(url="https://example.org/article7-report.pdf", is_public=False)],
    )
    update = commitment.status_updates.latest_first().first()
    assert update.to_status == statuses["completed"]
    assert list(update.evidence.values_list("url", "is_public")) == [("https://example.org/article7-report.pdf", False)]


def test_completed_with_a_narrative_alone_is_accepted(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    commitment.record_status(
        actor=mexico,
        status=statuses["completed"],
        recorded_by=None,
        narrative="Reported completed in the 2023 Article 7 report.",
    )
    assert commitment.owner_links.get().status == statuses["completed"]


def test_evidence_without_content_is_refused(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    with pytest.raises(ValidationError):
        commitment.record_status(
            actor=mexico,
            status=statuses["in_progress"],
            recorded_by=None,
            evidence=[Evidence(description="nothing attached")],
        )
    assert commitment.status_updates.count() == 1
    assert commitment.owner_links.get().status == statuses["not_started"]


# Overall status and progress, derived from the owners.


def test_overall_status_is_the_common_status_and_progress_the_average(mexico, colombia, statuses):
    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    commitment.refresh_from_db()
    assert (commitment.overall_status, commitment.progress) == (statuses["not_started"], 0)

    commitment.record_status(actor=mexico, status=statuses["completed"], recorded_by=None, narrative="done")
    commitment.refresh_from_db()
    assert (commitment.overall_status, commitment.progress) == (statuses["in_progress"], 50)

    commitment.record_status(actor=colombia, status=statuses["completed"], recorded_by=None, narrative="done")
    commitment.refresh_from_db()
    assert (commitment.overall_status, commitment.progress) == (statuses["completed"], 100)


def test_no_longer_applicable_owners_are_left_out_of_progress(mexico, colombia, statuses):
    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    commitment.record_status(actor=mexico, status=statuses["in_progress"], recorded_by=None)
    commitment.record_status(
        actor=colombia,
        status=statuses["no_longer_applicable"],
        recorded_by=None,
        narrative="Completed its clearance obligations in 2021.",
    )
    commitment.refresh_from_db()
    assert (commitment.overall_status, commitment.progress) == (statuses["in_progress"], 50)


def test_one_owner_moving_makes_a_large_collective_commitment_in_progress(statuses):
    states = list(Actor.objects.states_parties()[:40])
    commitment = with_owners(CommitmentFactory(), *states)
    commitment.record_status(actor=states[0], status=statuses["in_progress"], recorded_by=None)
    commitment.refresh_from_db()
    assert commitment.overall_status == statuses["in_progress"]
    assert commitment.progress == 1


def test_a_status_change_marks_the_commitment_as_updated_for_sync_clients(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    Commitment.objects.filter(pk=commitment.pk).update(updated_at=days_ago(3))
    commitment.record_status(actor=mexico, status=statuses["in_progress"], recorded_by=None)
    commitment.refresh_from_db()
    assert commitment.updated_at > days_ago(1)


def test_changing_a_status_progress_recomputes_commitments(
    mexico, colombia, statuses, django_capture_on_commit_callbacks
):
    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    commitment.record_status(actor=mexico, status=statuses["ongoing"], recorded_by=None)
    commitment.refresh_from_db()
    assert commitment.progress == 25
    ongoing = statuses["ongoing"]
    ongoing.progress = 80
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        status_vocabulary_save(status=ongoing)
    # One recomputation sent through the outbox (the dashboards then ask for fresh summaries after it).
    assert [getattr(callback, "func", None) for callback in callbacks].count(dispatch) == 1
    commitment.refresh_from_db()
    assert commitment.progress == 40


def test_renaming_a_status_does_not_schedule_a_recomputation(statuses, django_capture_on_commit_callbacks):
    status = statuses["ongoing"]
    status.name_fr = "En continu"
    with django_capture_on_commit_callbacks() as callbacks:
        status_vocabulary_save(status=status)
    assert callbacks == []


# Collective commitments are tracked State by State.


def test_a_commitment_of_all_states_parties_is_owned_by_each_state_party_at_the_document_date(statuses, staff_user):
    paragraph = ParagraphFactory(document=DocumentFactory(date=datetime.date(2009, 12, 4)))
    all_parties = Actor.objects.get(slug="states-parties")
    commitment = commitment_create(
        paragraph=paragraph,
        kind="commitment",
        text=paragraph.text,
        owners=[all_parties],
        status=statuses["not_started"],
        recorded_by=staff_user,
    )
    # The Cartagena Declaration itself counts 156 States Parties in December 2009.
    assert commitment.owner_links.count() == 156
    assert commitment.speaker == all_parties
    assert not commitment.owner_links.filter(actor__iso3="FIN").exists()  # Finland acceded in 2012
    assert commitment.status_updates.filter(recorded_by=staff_user).count() == 156


def test_a_group_that_is_not_all_states_parties_stays_one_owner(statuses):
    paragraph = ParagraphFactory()
    in_a_position = Actor.objects.get(slug="states-parties-in-a-position")
    commitment = commitment_create(
        paragraph=paragraph,
        kind="call",
        text=paragraph.text,
        owners=[in_a_position],
        status=statuses["ongoing"],
        recorded_by=None,
    )
    assert list(commitment.owners.all()) == [in_a_position]


def test_adding_an_owner_twice_keeps_one_row_and_one_start_of_history(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    assert commitment.add_owners([mexico], status=statuses["in_progress"], recorded_by=None) == []
    assert commitment.owner_links.get().status == statuses["not_started"]
    assert commitment.status_updates.count() == 1


def test_the_database_keeps_owner_pairs_unique(mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    with pytest.raises(IntegrityError), transaction.atomic():
        CommitmentOwner.objects.create(
            commitment=commitment, actor=mexico, status=statuses["not_started"], status_effective_at=timezone.now()
        )


# Batch jobs.


def test_set_status_on_many_pairs_records_one_update_each(mexico, colombia, statuses, staff_user):
    first = with_owners(CommitmentFactory(), mexico, colombia)
    second = with_owners(CommitmentFactory(), mexico)
    pairs = CommitmentOwner.objects.filter(commitment__in=[first, second])
    updates = status_set_many(
        pairs=pairs,
        status=statuses["in_progress"],
        recorded_by=staff_user,
        narrative="Reported at the intersessional meetings.",
        evidence_url="https://example.org/statement.pdf",
    )
    assert len(updates) == 3
    assert all(update.recorded_by == staff_user for update in updates)
    assert Evidence.objects.filter(url="https://example.org/statement.pdf").count() == 3
    assert set(pairs.values_list("status__key", flat=True)) == {"in_progress"}


def test_set_status_on_many_pairs_is_all_or_nothing(mexico, colombia, statuses):
    first = with_owners(CommitmentFactory(), mexico, at=days_ago(10))
    second = with_owners(CommitmentFactory(), colombia, at=days_ago(1))
    pairs = CommitmentOwner.objects.filter(commitment__in=[first, second]).order_by("commitment_id")
    with pytest.raises(ValidationError) as error:
        status_set_many(pairs=pairs, status=statuses["in_progress"], recorded_by=None, effective_at=days_ago(5))
    assert "Colombia" in error.value.messages[0]
    assert StatusUpdate.objects.filter(to_status=statuses["in_progress"]).count() == 0
    assert set(CommitmentOwner.objects.values_list("status__key", flat=True)) == {"not_started"}


def test_batch_edit_of_themes_and_actions(mexico):
    from commitments.models import Action, Theme

    commitments = [with_owners(CommitmentFactory(), mexico) for _ in range(3)]
    victim_assistance = Theme.objects.get(slug="victim-assistance")
    action = Action.objects.get(plan__code="OAP", number=33)
    count = commitments_edit_links(
        commitments=Commitment.objects.all(), add_themes=[victim_assistance], add_actions=[action]
    )
    assert count == 3
    assert all(list(c.themes.all()) == [victim_assistance] and list(c.actions.all()) == [action] for c in commitments)
    commitments_edit_links(commitments=Commitment.objects.all(), remove_themes=[victim_assistance])
    assert not Commitment.objects.filter(themes=victim_assistance).exists()


def test_action_reference():
    from commitments.models import Action

    assert Action.objects.get(plan__code="OAP", number=23).ref == "OAP-23"


def test_status_rollup_with_no_owners_is_empty():
    assert Status.rollup([]) == (None, None)
