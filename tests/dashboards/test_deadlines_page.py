"""A State's page leads with its next deadline under the Convention, each deadline with the fact and source that
set it, in the reader's language; a passed deadline with no later decision is 'not recorded', never 'overdue'."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_page_leads_with_the_next_deadline_and_the_article_5_deadline_with_its_source(client):
    page = client.get("/states/KHM/").content.decode()
    lead = page[page.index('id="next-deadline"') : page.index("</section>", page.index('id="next-deadline"'))]
    assert "30 April 2027" in lead  # the annual report covering 2026
    assert "31 December 2030" in lead and "granted at the 22nd Meeting of the States Parties, December 2025" in lead
    assert "source: asianews.network" in lead
    assert page.index('id="next-deadline"') < page.index('id="progress"')


@pytest.mark.parametrize(
    ("prefix", "granted", "not_recorded"),
    [
        ("", "granted at the 16th Meeting of the States Parties", "Status after 31 December 2025 not recorded"),
        ("/fr", "accordée à la 16e Assemblée des États parties", "Statut après le 31 décembre 2025 non enregistré"),
        ("/es", "concedida en la 16.ª Reunión de los Estados Partes", "Situación después del 31 de diciembre de 2025"),
    ],
)
def test_a_passed_deadline_is_not_recorded_in_every_language(client, prefix, granted, not_recorded):
    page = client.get(f"{prefix}/states/AGO/").content.decode()
    assert granted in page and not_recorded in page
    assert "Overdue" not in page and "En retard" not in page and "Vencido" not in page


def test_conflicting_sources_are_both_shown(client):
    page = client.get("/states/ECU/").content.decode()
    assert "Sources disagree:" in page
    assert "source: notimundo.com.ec" in page and "source: americaeconomia.com" in page


def test_the_state_page_reads_its_deadlines_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        client.get("/states/KHM/")
    with django_assert_max_num_queries(40):
        client.get("/states/ECU/")
