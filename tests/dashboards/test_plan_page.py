"""The action plan page shows what is known (facts, sections, commitments citing the plan, with counts) and no
placeholder rows; a commitment naming the plan without an action number links to it."""

import pytest

from dashboards import summary
from tests.factories import CommitmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def citing(data):
    commitment = CommitmentFactory(text="Contribuiremos en línea con el Plan de Acción de Oslo.")
    summary.refresh()
    return commitment


def test_the_plan_page_shows_its_facts_and_what_cites_it_without_placeholders(client, data, citing):
    page = client.get("/action-plans/oslo-2019/").content.decode()
    assert "Fourth Review Conference (Oslo Review Conference)" in page and "2020–2024" in page
    assert "Actions #33 to #41" in page  # victim assistance, a section known for certain
    assert "2 commitments cite the plan" in page  # one by its Action #42, one by name
    assert "en línea con el Plan de Acción de Oslo" in page
    assert "The text of this action is shown once the plan is ingested" not in page
    assert page.count('class="action"') == 1  # only Action #42, which has a commitment


def test_a_commitment_naming_the_plan_links_to_it(client, citing):
    page = client.get(citing.get_absolute_url()).content.decode()
    assert 'href="/action-plans/oslo-2019/"' in page


def test_the_plan_page_in_french_and_spanish(client, data, citing):
    assert "commitments cite the plan" not in client.get("/fr/action-plans/oslo-2019/").content.decode()
    assert "commitments cite the plan" not in client.get("/es/action-plans/oslo-2019/").content.decode()
