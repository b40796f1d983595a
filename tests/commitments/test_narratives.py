"""Automatic narratives are stored as a key with parameters and read in the reader's language."""

import pytest
from django.utils import translation

from actors.models import Actor
from commitments.models import StatusUpdate
from commitments.services import commitment_owners_add
from tests.factories import CommitmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(staff_user):
    lithuania = Actor.objects.get(iso3="LTU")  # withdrawal effective 27 December 2025
    commitment_owners_add(commitment=CommitmentFactory(), actors=[lithuania], recorded_by=staff_user)
    return StatusUpdate.objects.filter(actor=lithuania, narrative_key="withdrawal").get()


def test_a_withdrawal_is_stored_as_a_key_with_its_parameters(closed):
    assert closed.narrative_params == {"state": "LTU", "date": "2025-12-27"}
    assert closed.narrative.startswith("Lithuania withdrew from the Convention with effect from 2025-12-27")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lithuania withdrew from the Convention with effect from 27 December 2025 (Article 20)"),
        ("fr", "Lituanie s'est retiré(e) de la Convention avec effet au 27 décembre 2025 (article 20)"),
        ("es", "Lituania se retiró de la Convención con efecto a partir del 27 de diciembre de 2025 (artículo 20)"),
    ],
)
def test_it_reads_in_the_reader_s_language(closed, language, text):
    with translation.override(language):
        assert closed.narrative_text.startswith(text)


def test_the_timeline_shows_it_in_the_reader_s_language(closed):
    from django.template.loader import render_to_string

    with translation.override("fr"):
        html = render_to_string("dashboards/includes/timeline.html", {"updates": [closed]})
    assert "Lituanie s&#x27;est retiré(e) de la Convention avec effet au 27 décembre 2025" in html
    assert "withdrew" not in html


def test_the_latest_changes_dated_on_the_withdrawal_mark_the_commitment_s_words_with_their_language(client, staff_user):
    lithuania = Actor.objects.get(iso3="LTU")
    commitment = CommitmentFactory(text="We will clear the mined areas under our jurisdiction.")
    commitment_owners_add(commitment=commitment, actors=[lithuania], recorded_by=staff_user)
    page = client.get("/fr/").content.decode()
    latest = page[page.index('id="latest"') :]  # the block "Derniers changements de statut"
    assert "27 décembre 2025" in latest  # the day the withdrawal took effect, not the day of loading
    assert 'lang="en">We will clear the mined areas under our jurisdiction.</a>' in latest
