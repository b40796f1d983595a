"""Shared by the API tests of every app: a client, a small data set, tokens."""

import datetime

import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken
from commitments.models import Action, Evidence, Theme
from tests.factories import CommitmentFactory, DocumentFactory, ParagraphFactory, with_owners

API = "/api/v1"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def data(mexico, colombia, statuses, staff_user):
    """Three commitments: Mexico's offer (in progress, with internal evidence), a Colombian pledge, a call."""
    old = DocumentFactory(date=datetime.date(2009, 12, 4), title="Cartagena")
    recent = DocumentFactory(date=datetime.date(2020, 6, 30), title="Statement")
    offer = with_owners(
        CommitmentFactory(
            kind="offer", text="We offer technical assistance in demining.", paragraph=ParagraphFactory(document=recent)
        ),
        mexico,
    )
    offer.record_status(
        actor=mexico,
        status=statuses["in_progress"],
        recorded_by=staff_user,
        evidence=[
            Evidence(url="https://example.org/public.pdf"),
            Evidence(url="https://example.org/internal.pdf", is_public=False),
        ],
    )
    offer.themes.add(Theme.objects.get(slug="cooperation-and-assistance"))
    offer.actions.add(Action.objects.get(plan__code="OAP", number=42))
    pledge = with_owners(
        CommitmentFactory(
            text="We will ensure survivors are included.",
            paragraph=ParagraphFactory(document=old),
            target_date=datetime.date(2014, 12, 31),
        ),
        colombia,
    )
    call = with_owners(
        CommitmentFactory(kind="call", text="We call on all States to join.", paragraph=ParagraphFactory(document=old)),
        mexico,
        colombia,
    )
    return {"offer": offer, "pledge": pledge, "call": call}


def ids(response) -> set[int]:
    return {row["id"] for row in response.json()["results"]}


def write_client(user, scope="write") -> APIClient:
    client = APIClient()
    _token, key = ApiToken.issue(user=user, name="test client", scope=scope)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client
