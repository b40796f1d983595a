"""Data safety: the record exported as a documented package and restored into an empty database, identical."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from commitments.models import Commitment, StatusUpdate
from tests.factories import CommitmentFactory, with_owners


@pytest.fixture
def record(transactional_db):
    call_command("load_reference_data", stdout=io.StringIO())
    from accounts.models import User
    from actors.models import Actor
    from commitments.models import Evidence, Status

    staff_user = User.objects.create_user("officer", password="pw-officer-1", is_staff=True)
    mexico, colombia = Actor.objects.get(iso3="MEX"), Actor.objects.get(iso3="COL")
    commitment = with_owners(CommitmentFactory(), mexico, colombia)
    commitment.record_status(
        actor=mexico,
        status=Status.by_key("in_progress"),
        recorded_by=staff_user,
        narrative="Reported at the meeting.",
        evidence=[Evidence(url="https://example.org/report.pdf")],
    )
    return commitment


def test_export_then_import_into_an_empty_database_gives_the_same_record(record, tmp_path):
    call_command("export_data", str(tmp_path / "first"), stdout=io.StringIO())
    first = json.loads((tmp_path / "first" / "manifest.json").read_text())
    assert first["format"] == "apmbc-tracker-data" and first["version"] == 1
    assert first["tables"]["commitments.StatusUpdate"]["rows"] == 3
    assert (tmp_path / "first" / "commitments.Commitment.csv").read_text().startswith("id,kind,paragraph")

    call_command("flush", interactive=False, verbosity=0)
    assert not Commitment.objects.exists()
    call_command("import_data", str(tmp_path / "first"), stdout=io.StringIO())
    assert StatusUpdate.objects.count() == 3

    call_command("export_data", str(tmp_path / "second"), stdout=io.StringIO())
    second = json.loads((tmp_path / "second" / "manifest.json").read_text())
    assert second["tables"] == first["tables"]  # the same rows, byte for byte (checksums)


def test_a_tampered_package_is_refused_and_nothing_is_imported(record, tmp_path):
    call_command("export_data", str(tmp_path), stdout=io.StringIO())
    path = tmp_path / "commitments.Commitment.json"
    path.write_text(path.read_text().replace("Reported", "Invented"))
    call_command("flush", interactive=False, verbosity=0)
    (tmp_path / "commitments.Commitment.json").write_text(path.read_text() + " ")
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("import_data", str(tmp_path), stdout=io.StringIO())
    assert not Commitment.objects.exists()


def test_importing_into_a_database_that_has_records_is_refused(record, tmp_path):
    call_command("export_data", str(tmp_path), stdout=io.StringIO())
    with pytest.raises(CommandError, match="not empty"):
        call_command("import_data", str(tmp_path), stdout=io.StringIO())
