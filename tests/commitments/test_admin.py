import datetime

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import ApiToken, User
from commitments.models import (
    Action,
    ActionPlan,
    ActionPlanSection,
    Commitment,
    CommitmentOwner,
    Evidence,
    ObligationKind,
    Status,
    StatusUpdate,
    Theme,
)
from commitments.services import obligation_extend
from commitments.services.obligations import obligation_for
from documents.ingestion.pipeline import Overrides
from documents.services import ingestion_job_create
from extraction.models import Candidate
from tests.factories import CommitmentFactory, ParagraphFactory, with_owners
from tests.forms import form_fields, format_choices, post_new_owner_row

pytestmark = pytest.mark.django_db

OUR_APPS = {"accounts", "actors", "documents", "commitments", "notifications"}
REGISTERED = sorted(
    (model for model in admin.site._registry if model._meta.app_label in OUR_APPS), key=lambda m: m._meta.label
)


@pytest.fixture
def one_of_everything(mexico, colombia, statuses, staff_user):
    """At least one row of every model that has an admin page."""
    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    commitment.record_status(
        actor=mexico,
        status=statuses["in_progress"],
        recorded_by=staff_user,
        evidence=[Evidence(url="https://example.org/report.pdf")],
    )
    ActionPlanSection.objects.create(plan=ActionPlan.objects.get(code="OAP"), number="II", title="Section", position=1)
    ingestion_job_create(name="note.txt", data=b"1. We will act.\n", overrides=Overrides(), user=staff_user)
    ApiToken.issue(user=staff_user, name="Landmine Monitor")
    pledge = ParagraphFactory(text="We will clear all mined areas.")
    Candidate.objects.create(
        paragraph=pledge,
        document=pledge.document,
        kind="commitment",
        text=pledge.text,
        confidence=0.9,
        matches=[[0, 7, "commitment"]],
    )
    clearance = obligation_for(colombia, ObligationKind.CLEARANCE)  # in the reference data already
    obligation_extend(obligation=clearance, new_deadline=datetime.date(2031, 3, 1), recorded_by=staff_user)
    _delegations_and_notifications(commitment, mexico, statuses, staff_user)
    return commitment


def _delegations_and_notifications(commitment, mexico, statuses, staff_user):
    from accounts.models import User
    from actors.models import FocalPoint
    from commitments.models import StatusProposal
    from notifications.models import SentEmail, Watch, WebhookDelivery, WebhookEndpoint

    focal = User.objects.create_user("focal-mex", email="focal@example.org")
    FocalPoint.objects.create(user=focal, actor=mexico)
    StatusProposal.objects.create(commitment=commitment, actor=mexico, status=statuses["completed"], proposed_by=focal)
    Watch.objects.create(user=staff_user, actor=mexico)
    SentEmail.objects.create(user=focal, kind="change", key="update:1", subject="A change")
    endpoint = WebhookEndpoint.objects.create(user=staff_user, url="https://client.example.org/hook")
    WebhookDelivery.objects.create(endpoint=endpoint, status_update=StatusUpdate.objects.first(), payload={})


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_every_admin_list_and_change_page_renders_for_staff(staff_client, one_of_everything, model):
    opts = model._meta
    listing = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert listing.status_code == 200
    row = model.objects.order_by("pk").first()
    page = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk]))
    assert page.status_code == 200


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_every_admin_page_is_refused_to_a_non_staff_user(client, outsider, one_of_everything, model):
    client.force_login(outsider)
    opts = model._meta
    row = model.objects.order_by("pk").first()
    for url in (
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(reverse("admin:commitments_commitment_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_commitment_page_shows_source_paragraph_owners_and_history(staff_client, one_of_everything):
    commitment = one_of_everything
    page = staff_client.get(reverse("admin:commitments_commitment_change", args=[commitment.pk])).content.decode()
    assert commitment.paragraph.text in page
    assert "Mexico" in page and "Colombia" in page
    assert "In progress" in page
    assert "https://example.org/report.pdf" in page


def test_changing_a_status_by_adding_a_history_row(staff_client, staff_user, one_of_everything, colombia):
    commitment = one_of_everything
    url = reverse("admin:commitments_commitment_change", args=[commitment.pk])
    data = form_fields(staff_client.get(url).content.decode(), "commitment_form")
    completed = Status.by_key("completed")
    prefix = "status_updates-0"
    initial = int(data["status_updates-INITIAL_FORMS"])
    prefix = f"status_updates-{initial}"
    now = timezone.localtime()
    data.update(
        {
            f"{prefix}-actor": colombia.pk,
            f"{prefix}-to_status": completed.pk,
            f"{prefix}-effective_at_0": now.strftime("%Y-%m-%d"),
            f"{prefix}-effective_at_1": now.strftime("%H:%M:%S"),
            f"{prefix}-narrative": "Declared completion at the 21MSP.",
            f"{prefix}-evidence_url": "https://example.org/21msp-statement.pdf",
            f"{prefix}-evidence_is_public": "on",
        }
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    pair = CommitmentOwner.objects.get(commitment=commitment, actor=colombia)
    assert pair.status == completed
    update = StatusUpdate.objects.filter(commitment=commitment, actor=colombia).latest_first().first()
    assert (update.narrative, update.recorded_by) == ("Declared completion at the 21MSP.", staff_user)
    assert update.evidence.get().url == "https://example.org/21msp-statement.pdf"


def test_moving_to_completed_without_narrative_in_the_admin_shows_the_rule(staff_client, one_of_everything, colombia):
    commitment = one_of_everything
    url = reverse("admin:commitments_commitment_change", args=[commitment.pk])
    data = form_fields(staff_client.get(url).content.decode(), "commitment_form")
    prefix = f"status_updates-{data['status_updates-INITIAL_FORMS']}"
    now = timezone.localtime()
    data.update(
        {
            f"{prefix}-actor": colombia.pk,
            f"{prefix}-to_status": Status.by_key("completed").pk,
            f"{prefix}-effective_at_0": now.strftime("%Y-%m-%d"),
            f"{prefix}-effective_at_1": now.strftime("%H:%M:%S"),
        }
    )
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "needs a narrative or evidence" in response.content.decode()
    assert CommitmentOwner.objects.get(commitment=commitment, actor=colombia).status.key == "not_started"


def test_adding_an_owner_in_the_admin_records_its_first_status(staff_client, staff_user, one_of_everything):
    commitment = one_of_everything
    peru = commitment.owners.model.objects.get(iso3="PER")
    response = post_new_owner_row(staff_client, commitment, peru, Status.by_key("ongoing"))
    assert response.status_code == 302, response.content.decode()[:3000]
    update = StatusUpdate.objects.get(commitment=commitment, actor=peru)
    assert (update.from_status, update.to_status.key, update.recorded_by) == (None, "ongoing", staff_user)


def test_set_status_action_records_one_update_per_owner(staff_client, staff_user, mexico, colombia):
    commitments = [with_owners(CommitmentFactory(), mexico, colombia) for _ in range(2)]
    url = reverse("admin:commitments_commitment_changelist")
    selection = {"action": "set_status", "_selected_action": [c.pk for c in commitments]}
    intermediate = staff_client.post(url, selection)
    assert intermediate.status_code == 200
    assert "4 selected" not in intermediate.content.decode()  # it counts commitments, not pairs
    now = timezone.localtime()
    response = staff_client.post(
        url,
        {
            **selection,
            "apply": "1",
            "status": Status.by_key("in_progress").pk,
            "effective_at_0": now.strftime("%Y-%m-%d"),
            "effective_at_1": now.strftime("%H:%M:%S"),
            "narrative": "Article 7 reports, 2025.",
            "evidence_url": "",
            "evidence_is_public": "on",
        },
    )
    assert response.status_code == 302
    updates = StatusUpdate.objects.filter(to_status__key="in_progress", recorded_by=staff_user)
    assert updates.count() == 4
    assert set(CommitmentOwner.objects.values_list("status__key", flat=True)) == {"in_progress"}


def test_set_status_action_on_owner_pairs_refuses_the_whole_batch_on_one_error(staff_client, mexico, colombia):
    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    pairs = list(commitment.owner_links.values_list("pk", flat=True))
    url = reverse("admin:commitments_commitmentowner_changelist")
    response = staff_client.post(
        url,
        {
            "action": "set_status",
            "_selected_action": pairs,
            "apply": "1",
            "status": Status.by_key("completed").pk,
            "effective_at_0": "2026-01-01",
            "effective_at_1": "10:00:00",
            "narrative": "",
        },
        follow=True,
    )
    assert "needs a narrative or evidence" in response.content.decode()
    assert not StatusUpdate.objects.filter(to_status__key="completed").exists()


def test_edit_links_action_adds_themes_and_actions_to_the_selection(staff_client, mexico):
    commitments = [with_owners(CommitmentFactory(), mexico) for _ in range(3)]
    theme, action = Theme.objects.get(slug="victim-assistance"), Action.objects.get(plan__code="OAP", number=36)
    response = staff_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {
            "action": "edit_links",
            "_selected_action": [c.pk for c in commitments[:2]],
            "apply": "1",
            "add_themes": [theme.pk],
            "add_actions": [action.pk],
        },
    )
    assert response.status_code == 302
    assert set(Commitment.objects.filter(themes=theme, actions=action)) == set(commitments[:2])


def test_not_reported_filter_lists_owners_without_recent_updates(staff_client, mexico, colombia):
    stale = with_owners(CommitmentFactory(text="stale pledge"), mexico, at=timezone.now() - datetime.timedelta(400))
    with_owners(CommitmentFactory(text="fresh pledge"), colombia, at=timezone.now() - datetime.timedelta(10))
    page = staff_client.get(reverse("admin:commitments_commitmentowner_changelist"), {"not_reported_for": "365"})
    html = page.content.decode()
    assert "stale pledge" in html and "fresh pledge" not in html
    listing = staff_client.get(reverse("admin:commitments_commitment_changelist"), {"not_reported_for": "365"})
    assert list(listing.context["cl"].result_list) == [stale]


def test_action_search_by_reference(staff_client):
    response = staff_client.get(reverse("admin:commitments_action_changelist"), {"q": "OAP-23"})
    assert [action.ref for action in response.context["cl"].result_list] == ["OAP-23"]


def test_import_shows_a_dry_run_preview_before_applying(staff_client, staff_user):
    paragraph = ParagraphFactory()
    csv_text = (
        "id,kind,paragraph,text,target_date,themes,actions,owners\n"
        f",offer,{paragraph.pk},We offer technical assistance.,,cooperation-and-assistance,OAP-45,MEX\n"
    )
    upload = SimpleUploadedFile("commitments.csv", csv_text.encode(), content_type="text/csv")
    import_url = reverse("admin:commitments_commitment_import")
    form = form_fields(staff_client.get(import_url).content.decode())
    csv_index = next(value for value in format_choices(staff_client.get(import_url).content.decode()) if value)
    preview = staff_client.post(import_url, {**form, "format": csv_index, "import_file": upload})
    assert preview.status_code == 200
    assert "We offer technical assistance." in preview.content.decode()
    assert Commitment.objects.count() == 0  # nothing applied yet

    confirm = form_fields(preview.content.decode(), None)
    response = staff_client.post(reverse("admin:commitments_commitment_process_import"), confirm)
    assert response.status_code == 302
    commitment = Commitment.objects.get()
    assert commitment.kind == "offer"
    assert list(commitment.owners.values_list("iso3", flat=True)) == ["MEX"]
    assert [a.ref for a in commitment.actions.all()] == ["OAP-45"]
    assert commitment.status_updates.get().recorded_by == staff_user


def test_import_with_an_unknown_owner_reports_the_row_and_saves_nothing(staff_client):
    paragraph = ParagraphFactory()
    csv_text = f"id,kind,paragraph,text,owners\n,offer,{paragraph.pk},We offer.,ZZZ\n"
    upload = SimpleUploadedFile("commitments.csv", csv_text.encode(), content_type="text/csv")
    import_url = reverse("admin:commitments_commitment_import")
    html = staff_client.get(import_url).content.decode()
    csv_index = next(value for value in format_choices(html) if value)
    response = staff_client.post(import_url, {**form_fields(html), "format": csv_index, "import_file": upload})
    assert "Unknown owner(s): ZZZ" in response.content.decode()
    assert Commitment.objects.count() == 0


def test_export_of_commitments_as_csv(staff_client, one_of_everything):
    response = staff_client.post(
        reverse("admin:commitments_commitment_export"),
        {
            "format": "0",
            "resource": "0",
            **{f"commitmentresource_{name}": "on" for name in ("id", "text", "owners")},
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert one_of_everything.text in body and "MEX" in body


def test_history_of_edits_is_visible(staff_client, staff_user, one_of_everything):
    commitment = one_of_everything
    commitment.text = "Edited quotation"
    commitment._history_user = staff_user
    commitment.save()
    page = staff_client.get(reverse("admin:commitments_commitment_history", args=[commitment.pk]))
    assert page.status_code == 200
    assert "officer" in page.content.decode()


@pytest.mark.parametrize("list_name", ["commitments_commitment_changelist", "commitments_commitmentowner_changelist"])
def test_list_queries_do_not_grow_with_rows(staff_client, mexico, colombia, django_assert_max_num_queries, list_name):
    for _ in range(3):
        with_owners(CommitmentFactory(), mexico, colombia)
    url = reverse(f"admin:{list_name}")
    with django_assert_max_num_queries(40) as few:
        staff_client.get(url)
    for _ in range(20):
        with_owners(CommitmentFactory(), mexico, colombia)
    with django_assert_max_num_queries(len(few.captured_queries)):
        staff_client.get(url)


def test_user_history_does_not_store_passwords(staff_user):
    staff_user.set_password("another-secret-9")
    staff_user.save()
    assert not hasattr(User.history.first(), "password")


def test_a_second_editor_working_from_an_old_version_is_refused_and_nothing_is_lost(client, staff_user, mexico):
    from django.contrib.auth.models import Group

    from tests.factories import CommitmentFactory, with_owners
    from tests.forms import form_fields
    from tracker.reference_data import ISU_STAFF_GROUP

    commitment = with_owners(CommitmentFactory(text="We will act."), mexico)
    other = User.objects.create_user("second-officer", password="pw-second-1", is_staff=True)
    other.groups.add(Group.objects.get(name=ISU_STAFF_GROUP))
    url = f"/admin/commitments/commitment/{commitment.pk}/change/"
    first, second = Client(), Client()
    first.force_login(staff_user)
    second.force_login(other)
    first_form = form_fields(first.get(url).content.decode(), "commitment_form")
    second_form = form_fields(second.get(url).content.decode(), "commitment_form")
    assert first_form["version"] == commitment.etag

    first_form["text"] = "We will act by 2030."
    assert first.post(url, first_form).status_code == 302
    second_form["text"] = "We will act soon."
    response = second.post(url, second_form)
    assert response.status_code == 200
    assert "was changed by officer" in response.content.decode()
    commitment.refresh_from_db()
    assert commitment.text == "We will act by 2030."  # the first edit stands, the second was not applied
    # Reloaded, the second editor sees the current version and can save over it.
    second_form = form_fields(second.get(url).content.decode(), "commitment_form")
    second_form["text"] = "We will act by 2030, and report yearly."
    assert second.post(url, second_form).status_code == 302
    commitment.refresh_from_db()
    assert commitment.text == "We will act by 2030, and report yearly."
    assert commitment.history.count() >= 2
