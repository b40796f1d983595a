"""One public shape of a commitment: API rows, the schema, both exports and the admin's import agree."""

import csv
import io

import pytest
import tablib
import yaml
from django.core.management import call_command

from actors.models import Actor
from commitments.models import Commitment
from commitments.resources import CommitmentResource
from commitments.shape import EXPORT_COLUMNS, FIELDS, IMPORT_COLUMNS
from tests.api_support import API

pytestmark = pytest.mark.django_db


def test_api_rows_carry_the_public_fields_in_order(api, data):
    row = api.get(f"{API}/commitments/{data['offer'].pk}/").json()
    assert list(row) == FIELDS


def test_the_schema_documents_the_same_fields(tmp_path):
    path = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(path))
    schema = yaml.safe_load(path.read_text())
    compact = ["owner_count", "owner_statuses", "owners_url"]
    assert list(schema["components"]["schemas"]["Commitment"]["properties"]) == [*FIELDS, *compact]


def test_api_and_admin_exports_have_the_same_columns(api, data):
    response = api.get(f"{API}/commitments/export/", {"format": "csv"})
    api_header = next(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    admin_header = CommitmentResource(root="http://testserver").export(Commitment.objects.all()).headers
    assert api_header == admin_header == EXPORT_COLUMNS


def test_an_admin_export_imports_back(data, staff_user):
    """The importable columns of an export are read back (owners written ``MEX:in_progress`` included)."""
    exported = CommitmentResource().export(Commitment.objects.filter(pk=data["call"].pk))
    assert set(IMPORT_COLUMNS) <= set(exported.headers)
    rows = exported.dict
    rows[0]["id"], rows[0]["text"] = "", "The same call, imported again."
    result = CommitmentResource().import_data(tablib.Dataset().load(_csv(rows), format="csv"), user=staff_user)
    assert not result.has_errors() and not result.has_validation_errors()
    copy = Commitment.objects.get(text="The same call, imported again.")
    assert set(copy.owners.values_list("iso3", flat=True)) == {"MEX", "COL"}
    assert copy.paragraph == data["call"].paragraph


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def test_a_compact_list_counts_owners_by_status_with_a_link_to_them(api, data, mexico, statuses):
    import datetime

    from commitments.services import commitment_create
    from tests.factories import DocumentFactory, ParagraphFactory

    paragraph = ParagraphFactory(document=DocumentFactory(date=datetime.date(2024, 12, 31)))
    collective = commitment_create(
        paragraph=paragraph,
        kind="commitment",
        text=paragraph.text,
        owners=[Actor.objects.get(slug="states-parties")],
        status=statuses["not_started"],
        recorded_by=None,
    )
    collective.record_status(actor=mexico, status=statuses["in_progress"], recorded_by=None)
    full = api.get(f"{API}/commitments/", {"document": paragraph.document_id})
    compact = api.get(f"{API}/commitments/", {"document": paragraph.document_id, "compact": "true"})
    [row] = compact.json()["results"]
    assert "owners" not in row
    assert row["owner_count"] == collective.owner_links.count() == 164
    # the five that withdrew since are closed
    assert row["owner_statuses"] == {"in_progress": 1, "no_longer_applicable": 5, "not_started": 158}
    assert len(compact.content) * 10 < len(full.content)  # a fraction of the weight
    owners = api.get(row["owners_url"]).json()["owners"]
    assert len(owners) == 164
    assert api.get(f"{API}/commitments/", {"compact": "maybe"}).status_code == 400
