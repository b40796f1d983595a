"""Two writers proposing for the same (commitment, State) pair at once: one proposal is stored and every other
writer gets a JSON 409, never a 500 from the database's one-pending constraint."""

import io
import threading

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from rest_framework.test import APIClient

from accounts.models import ApiToken, User
from actors.models import Actor, FocalPoint
from commitments.models import Status, StatusProposal
from commitments.reference_data import FOCAL_POINT_GROUP
from tests.factories import CommitmentFactory, with_owners

BODY = {"status": "in_progress", "narrative": "Survey started."}


def _client(user) -> APIClient:
    _token, key = ApiToken.issue(user=user, name="racer", scope="write")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.mark.django_db
def test_a_proposal_committed_between_the_check_and_the_save_is_a_409(focal_point, mexico, statuses, monkeypatch):
    """What a concurrent writer does, replayed in one thread: its proposal lands after our check passed."""
    commitment = with_owners(CommitmentFactory(), mexico)
    full_clean = StatusProposal.full_clean

    def rival_commits_first(proposal, *args, **kwargs):
        full_clean(proposal, *args, **kwargs)
        StatusProposal.objects.create(
            commitment=proposal.commitment, actor=mexico, status=statuses["completed"], proposed_by=focal_point
        )

    monkeypatch.setattr(StatusProposal, "full_clean", rival_commits_first)
    answer = _client(focal_point).post("/api/v1/proposals/", {**BODY, "commitment": commitment.pk}, format="json")
    assert answer.status_code == 409, answer.content
    assert answer["Content-Type"].startswith("application/json")
    assert "already waiting" in str(answer.json()["commitment"])
    # Replayed in one thread, the rival shared our transaction and went with it; ours was never half-written.
    assert not StatusProposal.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_proposals_store_one_and_answer_409_to_the_rest():
    call_command("load_reference_data", stdout=io.StringIO())
    mexico = Actor.objects.get(iso3="MEX")
    user = User.objects.create_user("focal-race", password="pw-focal-race-1")
    user.groups.add(Group.objects.get(name=FOCAL_POINT_GROUP))
    FocalPoint.objects.create(user=user, actor=mexico)
    commitment = with_owners(CommitmentFactory(), mexico)
    assert Status.objects.filter(key="in_progress").exists()
    clients = [_client(user) for _ in range(20)]
    results, barrier = [], threading.Barrier(20)

    def propose(client: APIClient) -> None:
        barrier.wait()
        answer = client.post("/api/v1/proposals/", {**BODY, "commitment": commitment.pk}, format="json")
        results.append((answer.status_code, answer["Content-Type"]))
        connection.close()

    threads = [threading.Thread(target=propose, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(code for code, _type in results) == [201] + [409] * 19
    assert all(kind.startswith("application/json") for _code, kind in results)
    assert StatusProposal.objects.filter(commitment=commitment).count() == 1
