"""Data safety: the record exported as a documented package and restored into an empty database, identical."""

import datetime
import io
import json
import zoneinfo

import pytest
from django.core.management import CommandError, call_command

from commitments.models import Commitment, StatusUpdate
from tests.factories import CommitmentFactory, with_owners
from tracker.data_package import FullPrecisionEncoder


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
    assert first["format"] == "apmbc-tracker-data" and first["version"] == 2
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


def _people_and_follow_ups(commitment) -> None:
    """What the demo lacks and a restored tracker needs: a focal point (in its group, with the group's
    permissions), a proposal, a watch, a webhook with a delivery, an obligation with an extension, a sent email."""
    import datetime

    from django.contrib.auth.models import Group

    from accounts.models import User
    from actors.models import Actor, FocalPoint
    from commitments.models import Status, StatusProposal
    from commitments.reference_data import FOCAL_POINT_GROUP
    from commitments.services import obligation_create, obligation_extend
    from notifications.models import SentEmail, Watch, WebhookDelivery, WebhookEndpoint

    mexico = Actor.objects.get(iso3="MEX")
    focal = User.objects.create_user("focal-restore", email="focal@restore.example", password="pw-focal-restore")
    focal.groups.add(Group.objects.get(name=FOCAL_POINT_GROUP))
    FocalPoint.objects.create(user=focal, actor=mexico)
    if not commitment.owner_links.filter(actor=mexico).exists():
        with_owners(commitment, mexico)
    StatusProposal.objects.create(
        commitment=commitment, actor=mexico, status=Status.by_key("completed"), proposed_by=focal, narrative="Done."
    )
    Watch.objects.create(user=focal, commitment=commitment)
    Watch.objects.create(user=focal, actor=mexico)
    endpoint = WebhookEndpoint.objects.create(user=focal, url="https://hooks.example.org/tracker")
    update = commitment.status_updates.order_by("pk").first()
    WebhookDelivery.objects.create(
        endpoint=endpoint, status_update=update, payload={"id": update.pk}, state="delivered"
    )
    SentEmail.objects.create(user=focal, kind="digest", key="2026-W49", subject="Weekly digest")
    obligation = obligation_create(actor=mexico, kind="clearance")
    staff = User.objects.filter(is_staff=True).first() or focal
    obligation_extend(obligation=obligation, new_deadline=datetime.date(2031, 3, 1), recorded_by=staff)


def _round_trip(tmp_path) -> tuple[dict, dict]:
    """Export, empty the database as a fresh migration leaves it, import, export again: both manifests' tables."""
    from django.contrib.auth.models import Group, Permission

    permissions_before = {
        group.name: sorted(group.permissions.values_list("codename", flat=True)) for group in Group.objects.all()
    }
    call_command("export_data", str(tmp_path / "first"), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)  # permissions come back under new ids
    assert Permission.objects.exists() and not Group.objects.exists()
    call_command("import_data", str(tmp_path / "first"), stdout=io.StringIO())
    permissions_after = {
        group.name: sorted(group.permissions.values_list("codename", flat=True)) for group in Group.objects.all()
    }
    assert permissions_after == permissions_before and permissions_before
    call_command("export_data", str(tmp_path / "second"), stdout=io.StringIO())
    first = json.loads((tmp_path / "first" / "manifest.json").read_text())["tables"]
    second = json.loads((tmp_path / "second" / "manifest.json").read_text())["tables"]
    return first, second


def _assert_restored(first: dict, second: dict) -> None:
    from accounts.models import User
    from dashboards.models import ProgressCount

    assert second == first  # every table, byte for byte (checksums)
    for label in (
        "auth.Group",
        "actors.FocalPoint",
        "commitments.StatusProposal",
        "notifications.Watch",
        "notifications.WebhookEndpoint",
        "notifications.WebhookDelivery",
        "commitments.Obligation",
        "commitments.DeadlineExtension",
        "notifications.SentEmail",
    ):
        assert first[label]["rows"] > 0, label
    focal = User.objects.get(username="focal-restore")
    assert focal.groups.exists() and not focal.has_usable_password()
    assert focal.has_perm("commitments.add_statusproposal")
    assert ProgressCount.objects.exists()  # the summaries were rebuilt


def test_groups_people_and_follow_ups_are_restored(record, tmp_path):
    _people_and_follow_ups(record)
    _assert_restored(*_round_trip(tmp_path))


@pytest.mark.slow
def test_the_demo_database_round_trips_with_identical_checksums(transactional_db, tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    _people_and_follow_ups(Commitment.objects.order_by("pk").first())
    first, second = _round_trip(tmp_path)
    _assert_restored(first, second)
    assert sum(table["rows"] for table in first.values()) > 6000


@pytest.mark.slow
def test_scale_data_round_trips_with_identical_checksums(transactional_db, tmp_path):
    call_command("load_reference_data", stdout=io.StringIO())
    call_command("generate_scale_data", "--scale", "0.002", "--seed", "5", stdout=io.StringIO())
    _people_and_follow_ups(Commitment.objects.order_by("pk").first())
    first, second = _round_trip(tmp_path)
    _assert_restored(first, second)
    assert first["commitments.StatusUpdate"]["rows"] > 1000


def test_times_are_exported_in_utc_whatever_offset_the_database_hands_back():
    noon_in_geneva = datetime.datetime(2000, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Zurich"))
    assert json.dumps(noon_in_geneva, cls=FullPrecisionEncoder) == '"2000-01-01T11:00:00+00:00"'
    assert json.dumps(noon_in_geneva.replace(microsecond=7), cls=FullPrecisionEncoder).endswith('00.000007+00:00"')


def test_scale_rows_are_stored_as_the_orm_stores_them(db, mexico, statuses):
    """The scale data's first statuses come at noon in Geneva: read back, they are the same instant in UTC, as a
    row the ORM wrote (on SQLite, the sqlite3 module wrote them with +01:00, and an import then changed them)."""
    from commitments.management.commands.generate_scale_data import OWNER_COLUMNS, copy_rows
    from commitments.models import CommitmentOwner

    commitment = CommitmentFactory()
    noon_in_geneva = datetime.datetime(2000, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Zurich"))
    copy_rows(CommitmentOwner, OWNER_COLUMNS, [(commitment.pk, mexico.pk, statuses["ongoing"].pk, noon_in_geneva, "")])
    stored = CommitmentOwner.objects.get(commitment=commitment).status_effective_at
    assert stored == noon_in_geneva and stored.utcoffset() == datetime.timedelta(0)


def test_a_package_of_another_version_is_refused_with_the_reason(record, tmp_path):
    call_command("export_data", str(tmp_path), stdout=io.StringIO())
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    (tmp_path / "manifest.json").write_text(json.dumps({**manifest, "version": 1}))
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="version 1"):
        call_command("import_data", str(tmp_path), stdout=io.StringIO())
