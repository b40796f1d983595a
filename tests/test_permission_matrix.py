"""Every role against every API endpoint and method, and every admin page: each cell stated, each refusal
changing nothing. A new endpoint or admin without a row here fails the suite."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import get_resolver, reverse
from rest_framework.test import APIClient

from accounts.models import ApiToken, User
from commitments.models import Commitment, Obligation, StatusProposal, StatusUpdate
from documents.models import Document, IngestionJob, Paragraph
from extraction.models import Candidate
from notifications.models import Watch, WebhookEndpoint

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "user",
    "focal_point",
    "staff",
    "superuser",
    "read_token",
    "write_token",
    "write_token_of_user",
]
WRITERS = {"staff", "superuser", "write_token"}  # ISU staff, in person or through their read-write token
STAFF_READERS = {"staff", "superuser", "read_token", "write_token"}
REFUSED = {"anonymous": 401, "user": 403, "focal_point": 403, "read_token": 403, "write_token_of_user": 403}

# endpoint name -> what each method does: "public" (anyone reads), "staff" (staff read), "write" (staff write),
# "none" (not allowed to anyone: 405 for those who may write, refused for the others).
API = {
    "api-root": {"GET": "public"},
    "membership-timeline": {"GET": "public"},
    "actor-list": {"GET": "public", "POST": "none"},
    "actor-detail": {"GET": "public", "PATCH": "none", "DELETE": "none"},
    "meeting-list": {"GET": "public", "POST": "none"},
    "meeting-detail": {"GET": "public", "DELETE": "none"},
    "document-list": {"GET": "public", "POST": "write"},
    "document-detail": {"GET": "public", "PATCH": "none", "DELETE": "none"},
    "paragraph-list": {"GET": "public", "POST": "none"},
    "paragraph-detail": {"GET": "public", "DELETE": "none"},
    "ingestionjob-list": {"GET": "staff", "POST": "none"},
    "ingestionjob-detail": {"GET": "staff", "DELETE": "none"},
    "theme-list": {"GET": "public", "POST": "none"},
    "theme-detail": {"GET": "public", "DELETE": "none"},
    "status-list": {"GET": "public", "POST": "none"},
    "status-detail": {"GET": "public", "PATCH": "none"},
    "actionplan-list": {"GET": "public", "POST": "none"},
    "actionplan-detail": {"GET": "public", "DELETE": "none"},
    "action-list": {"GET": "public", "POST": "none"},
    "action-detail": {"GET": "public", "DELETE": "none"},
    "commitment-list": {"GET": "public", "POST": "write"},
    "commitment-detail": {"GET": "public", "PATCH": "write", "PUT": "write", "DELETE": "none"},
    "commitment-status-updates": {"GET": "public", "POST": "write"},
    "commitment-export": {"GET": "public"},
    "statusupdate-list": {"GET": "public", "POST": "none"},
    "statusupdate-detail": {"GET": "public", "DELETE": "none"},
    "obligation-list": {"GET": "public", "POST": "none"},
    "obligation-detail": {"GET": "public", "PATCH": "none", "DELETE": "none"},
    "obligation-indicators": {"GET": "public"},
    # Signed in ("own"): each person's rows only (proposals: a focal point's State, or all for staff); the
    # services judge who may propose what (tests/commitments/test_proposals.py). Review: staff only.
    "proposal-list": {"GET": "own", "POST": "own"},
    "proposal-detail": {"GET": "own", "DELETE": "own"},
    "proposal-approve": {"POST": "write"},
    "proposal-return": {"POST": "write"},
    "watch-list": {"GET": "own", "POST": "own"},
    "watch-detail": {"GET": "own", "DELETE": "own"},
    "webhook-list": {"GET": "own", "POST": "own"},
    "webhook-detail": {"GET": "own", "PATCH": "own", "DELETE": "own"},
}


def api_names() -> set[str]:
    names = set()
    for pattern in get_resolver("tracker.api.urls").url_patterns:
        for inner in getattr(pattern, "url_patterns", [pattern]):
            if inner.name:
                names.add(inner.name)
    return names


def test_every_api_endpoint_has_a_row():
    assert api_names() == set(API)


@pytest.fixture
def clients(staff_user, outsider, focal_point):
    superuser = User.objects.create_superuser("root", password="pw-root-12345")
    _token, read_key = ApiToken.issue(user=staff_user, name="reader", scope="read")
    _token, write_key = ApiToken.issue(user=staff_user, name="writer", scope="write")
    _token, outsider_key = ApiToken.issue(user=outsider, name="outsider", scope="write", issued_by=superuser)
    made = {}
    for role in ROLES:
        client = APIClient()
        person = {"user": outsider, "focal_point": focal_point, "staff": staff_user, "superuser": superuser}.get(role)
        if person is not None:
            client.force_login(person)
        key = {"read_token": read_key, "write_token": write_key, "write_token_of_user": outsider_key}.get(role)
        if key:
            client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        made[role] = client
    return made


def expected(kind: str, role: str, method: str) -> set[int]:
    if kind == "public":
        return {200}
    if kind == "own":
        if role == "anonymous":
            return {401}
        if role == "read_token" and method != "GET":
            return {403}
        # Signed in: one's own rows (a detail of someone else's is 404), a write judged on its body.
        return {200, 201, 204, 400, 403, 404, 405} if method != "GET" else {200, 404}
    if kind == "staff":
        return {200} if role in STAFF_READERS else {REFUSED.get(role, 403)}
    if role not in WRITERS:
        return {REFUSED[role]}
    if kind == "none":
        return {403, 405}  # no permission to (history is append-only), or no such operation
    # Allowed through: then judged on its body and headers (404: it names something that does not exist; 409: the
    # record's rules refuse it; 415: not a file this tracker reads).
    return {200, 201, 202, 400, 404, 409, 412, 415, 428}


def url_for(name: str, data) -> str:
    args = {
        "actor": data["offer"].owners.first().pk,
        "commitment": data["offer"].pk,
        "document": data["offer"].paragraph.document_id,
        "paragraph": data["offer"].paragraph_id,
        "statusupdate": StatusUpdate.objects.first().pk,
        "theme": 1,
        "status": 1,
    }
    if name.startswith(("proposal-", "watch-", "webhook-")) and not name.endswith("-list"):
        base = name.split("-", 1)[0]
        return reverse(f"api:{name}", args=[_first_pk(base)])
    if name.endswith("-detail") or name in ("commitment-status-updates",):
        base = name.rsplit("-", 1)[0] if name.endswith("-detail") else "commitment"
        pk = {"meeting": data["offer"].paragraph.document.meeting_id, "actionplan": 1, "action": 1}.get(base)
        pk = pk or args.get(base) or _first_pk(base)
        return reverse(f"api:{name}", args=[pk])
    return reverse(f"api:{name}") + ("?format=csv" if name == "commitment-export" else "")


def _first_pk(base: str) -> int:
    from commitments.models import StatusProposal
    from notifications.models import Watch, WebhookEndpoint

    model = {
        "ingestionjob": IngestionJob,
        "obligation": Obligation,
        "document": Document,
        "proposal": StatusProposal,
        "watch": Watch,
        "webhook": WebhookEndpoint,
    }[base]
    return model.objects.values_list("pk", flat=True).first()


def fingerprint() -> tuple:
    return (
        Commitment.objects.count(),
        StatusUpdate.objects.count(),
        Document.objects.count(),
        Paragraph.objects.count(),
        IngestionJob.objects.count(),
        Candidate.objects.count(),
        list(StatusProposal.objects.order_by("pk").values_list("state", flat=True)),
        Watch.objects.count(),
        list(WebhookEndpoint.objects.order_by("pk").values_list("url", "is_active")),
        list(Commitment.objects.order_by("pk").values_list("text", "target_date", "updated_at")),
    )


@pytest.mark.parametrize("name", sorted(API))
def test_every_role_on_every_endpoint(clients, data, staff_user, name):
    from commitments.models import ObligationKind
    from commitments.services import obligation_create
    from documents.ingestion.pipeline import Overrides
    from documents.services import ingestion_job_create

    obligation_create(actor=data["offer"].owners.first(), kind=ObligationKind.CLEARANCE)
    ingestion_job_create(
        name="n.txt", data=b"1. We will act.\n", overrides=Overrides(), user=staff_user, dispatch=False
    )
    owner = data["offer"].owner_links.select_related("actor", "status").first()
    StatusProposal.objects.create(
        commitment=data["offer"], actor=owner.actor, status=owner.status, proposed_by=staff_user
    )
    Watch.objects.create(user=staff_user, commitment=data["offer"])
    WebhookEndpoint.objects.create(user=staff_user, url="https://client.example.org/hook")
    url = url_for(name, data)
    for method, kind in API[name].items():
        for role, client in clients.items():
            before = fingerprint()
            response = getattr(client, method.lower())(url, {}, format="json")
            assert response.status_code in expected(kind, role, method), (method, url, role, response.status_code)
            if response.status_code >= 400:
                assert fingerprint() == before, (method, url, role)  # a refusal changes nothing


# The admin: every registered model, for every kind of person.

ADMIN_MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)
# What ISU staff may not do anywhere: history is append-only, proposals come from the extractor, jobs are
# uploads, the outbox and users are the system's.
STAFF_CANNOT = {
    "commitments.StatusUpdate": {"add", "delete"},
    "commitments.CommitmentOwner": {"add", "delete"},
    "extraction.Candidate": {"add"},
    "commitments.StatusProposal": {"add", "delete"},
    "notifications.SentEmail": {"add"},
    "notifications.WebhookDelivery": {"add"},
    "documents.IngestionJob": set(),
    "tracker.OutboxMessage": {"add", "view", "delete"},
    "accounts.User": {"add", "delete"},
    "auth.Group": {"add", "view", "delete"},
    "axes.AccessAttempt": {"add", "view", "delete"},
    "axes.AccessFailureLog": {"add", "view", "delete"},
    "axes.AccessLog": {"add", "view", "delete"},
    "django_celery_beat.PeriodicTask": {"add", "view", "delete"},
    "django_celery_beat.IntervalSchedule": {"add", "view", "delete"},
    "django_celery_beat.CrontabSchedule": {"add", "view", "delete"},
    "django_celery_beat.SolarSchedule": {"add", "view", "delete"},
    "django_celery_beat.ClockedSchedule": {"add", "view", "delete"},
}


def test_every_admin_has_a_row():
    ours = {model._meta.label for model in ADMIN_MODELS}
    stated = ours & set(STAFF_CANNOT) | {label for label in ours if label.split(".")[0] in OUR_APPS}
    assert ours == stated, ours - stated


OUR_APPS = {"accounts", "actors", "documents", "commitments", "extraction", "dashboards", "notifications", "tracker"}


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model._meta.label)
def test_every_person_on_every_admin(model, staff_user, outsider, focal_point):
    opts = model._meta
    superuser = User.objects.create_superuser("root", password="pw-root-12345")
    people = {
        "anonymous": None,
        "user": outsider,
        "focal_point": focal_point,
        "staff": staff_user,
        "superuser": superuser,
    }
    cannot = STAFF_CANNOT.get(opts.label, set())
    for action in ("view", "add"):
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_{'changelist' if action == 'view' else 'add'}")
        for person, account in people.items():
            client = Client()
            if account is not None:
                client.force_login(account)
            status = client.get(url).status_code
            if person in ("anonymous", "user", "focal_point"):
                assert status == 302, (url, person)  # to the login page
            elif person == "superuser" or action not in cannot:
                allowed = model_admin_allows(model, action, account)
                assert status == (200 if allowed else 403), (url, person, status)
            else:
                assert status == 403, (url, person, status)


def model_admin_allows(model, action: str, account) -> bool:
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = account
    model_admin = admin.site._registry[model]
    return getattr(model_admin, f"has_{action}_permission")(request)
