"""The audit log: every change to commitments, documents, users and their rights, with who made it, from what to
what; seen by staff in the admin and exported as CSV."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from accounts.models import User
from tests.factories import CommitmentFactory, with_owners
from tracker.audit import acting_as, audit_rows
from tracker.reference_data import FOCAL_POINT_GROUP

pytestmark = pytest.mark.django_db


def test_changes_to_commitments_and_rights_are_recorded_with_who_and_what(staff_user, mexico):
    commitment = with_owners(CommitmentFactory(text="Before."), mexico)
    with acting_as(staff_user):
        commitment.text = "After."
        commitment.save()
        delegate = User.objects.create_user("delegate")
        delegate.groups.add(Group.objects.get(name=FOCAL_POINT_GROUP))
    rows = list(audit_rows())
    edit = [row for row in rows if row[2] == "commitments.Commitment" and row[6] == "text"]
    assert edit and edit[0][1] == "officer" and (edit[0][7], edit[0][8]) == ("Before.", "After.")
    groups = [row for row in rows if row[2] == "accounts.User" and row[6] == "groups"]
    assert groups and groups[0][1] == "officer"


def test_a_status_change_is_in_the_log_by_name(staff_user, mexico, statuses):
    commitment = with_owners(CommitmentFactory(), mexico)
    with acting_as(staff_user):
        commitment.record_status(actor=mexico, status=statuses["completed"], recorded_by=staff_user, narrative="Done.")
    [row] = [row for row in audit_rows(label="commitments.CommitmentOwner") if row[6] == "status"]
    assert (row[1], row[7], row[8]) == ("officer", "Not started", "Completed")


def test_staff_see_the_log_and_export_it(staff_client, staff_user, mexico, outsider):
    with acting_as(staff_user):
        with_owners(CommitmentFactory(text="Exported."), mexico)
    page = staff_client.get("/admin/audit/?model=commitments.Commitment")
    assert page.status_code == 200 and b"Exported." in page.content
    export = staff_client.get("/admin/audit/?format=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0] == ["when", "who", "model", "object_id", "object", "change", "field", "from", "to"]
    assert any(row[2] == "commitments.Commitment" and row[5] == "created" for row in rows[1:])
    assert Client().get("/admin/audit/").status_code == 302  # to the sign-in page
    client = Client()
    client.force_login(outsider)
    assert client.get("/admin/audit/").status_code == 302  # not staff
