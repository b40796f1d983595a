"""A State's "most recently reported commitments" lists what the State's status moved on, each commitment once."""

import pytest

from commitments.models import Theme
from dashboards import summary

pytestmark = pytest.mark.django_db


def test_only_commitments_with_a_recorded_status_change_each_once(client, data):
    data["offer"].themes.add(Theme.objects.get(slug="victim-assistance"))  # two themes: still listed once
    summary.refresh()
    page = client.get("/states/MEX/").content.decode()
    section = page[page.index('id="commitments"') : page.index("</section>", page.index('id="commitments"'))]
    assert section.count("We offer technical assistance in demining.") == 1  # moved to in progress
    assert "We call on all States to join." not in section  # never moved from its first status
