"""The documents API: documents with their paragraphs, paragraphs in reading order, uploads and jobs."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.models import IngestionJob
from tests.api_support import API, write_client
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


def test_document_detail_has_its_paragraphs(api, data):
    document = data["pledge"].paragraph.document
    body = api.get(f"{API}/documents/{document.pk}/").json()
    assert [p["id"] for p in body["paragraphs"]] == list(
        document.paragraphs.order_by("position").values_list("id", flat=True)
    )


def test_paragraphs_are_walked_by_cursor_in_reading_order(api):
    first, second = DocumentFactory(), DocumentFactory()
    for position in (3, 1, 2, 5, 4):  # stored out of order
        ParagraphFactory(document=second, position=position)
        ParagraphFactory(document=first, position=position)
    seen, url = [], f"{API}/paragraphs/?page_size=2"
    while url:
        body = api.get(url).json()
        assert "count" not in body  # no COUNT(*) over the corpus
        seen += [(row["document"], row["position"]) for row in body["results"]]
        url = body["next"]
    assert seen == sorted(seen) and len(seen) == 10
    one = api.get(f"{API}/paragraphs/", {"document": second.pk}).json()["results"]
    assert [row["position"] for row in one] == [1, 2, 3, 4, 5]


def test_uploading_a_document_answers_202_with_its_ingestion_job(staff_user, django_capture_on_commit_callbacks):
    client = write_client(staff_user)
    upload = SimpleUploadedFile("note.txt", b"1. We will clear all mined areas by 2030.\n")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{API}/documents/", {"file": upload, "kind": "statement"}, format="multipart")
    assert response.status_code == 202
    job_url = response["Location"]
    job = client.get(job_url).json()
    assert job["state"] == "done" and job["document"]
    assert IngestionJob.objects.get().created_by == staff_user
    bad = client.post(f"{API}/documents/", {"file": SimpleUploadedFile("x.xls", b"data")}, format="multipart")
    assert bad.status_code == 415 and "Unsupported file type" in bad.json()["file"][0]


def test_ingestion_jobs_are_not_public(api, staff_user):
    assert api.get(f"{API}/ingestion-jobs/").status_code == 401
    api.force_authenticate(staff_user)
    assert api.get(f"{API}/ingestion-jobs/").status_code == 200


def test_document_detail_paginates_its_paragraphs(api, monkeypatch):
    monkeypatch.setattr("documents.selectors.PARAGRAPHS_PER_PAGE", 2)
    document = DocumentFactory()
    for position in range(1, 6):
        ParagraphFactory(document=document, position=position)
    first = api.get(f"{API}/documents/{document.pk}/").json()
    assert [row["position"] for row in first["paragraphs"]] == [1, 2]
    assert {key: first["paragraphs_page"][key] for key in ("number", "pages", "count", "size")} == {
        "number": 1,
        "pages": 3,
        "count": 5,
        "size": 2,
    }
    assert first["paragraphs_page"]["previous"] is None
    last = api.get(first["paragraphs_page"]["next"].replace("paragraphs_page=2", "paragraphs_page=3")).json()
    assert [row["position"] for row in last["paragraphs"]] == [5] and last["paragraphs_page"]["next"] is None
    assert "paragraphs_page=2" in last["paragraphs_page"]["previous"]


@pytest.mark.parametrize("page", ["0", "4", "abc"])
def test_a_page_of_paragraphs_that_does_not_exist_is_a_json_404(api, monkeypatch, page):
    monkeypatch.setattr("documents.selectors.PARAGRAPHS_PER_PAGE", 2)
    document = DocumentFactory()
    for position in range(1, 6):
        ParagraphFactory(document=document, position=position)
    response = api.get(f"{API}/documents/{document.pk}/?paragraphs_page={page}")
    assert response.status_code == 404 and "page of paragraphs" in response.json()["detail"]
