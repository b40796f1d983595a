"""Forms read in context (issue 22, round 32), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# In a declaration its participants adopted, "The States Parties will ..." is the States Parties' (not the "we" of
# those who adopted it).
STATES_PARTIES_IN_A_DECLARATION = [
    ("en", "The States Parties will promote formal adherence to the Convention by States not party to it."),
    ("fr", "Les États parties favoriseront l'adhésion officielle à la Convention des États non parties."),
    ("es", "Los Estados Partes promoverán la adhesión formal a la Convención de los Estados no partes."),
]


@pytest.mark.parametrize(
    ("language", "text"), STATES_PARTIES_IN_A_DECLARATION, ids=case_ids(STATES_PARTIES_IN_A_DECLARATION)
)
def test_the_states_parties_as_subject_in_a_declaration_are_its_owner(language, text):
    assert proposed_by_position(language, "declaration", [text]) == {1: [("commitment", ["states-parties"])]}


# A place that opens a sentence giving a sum is where the money goes: helped.
PLACE_THEN_SUM = [
    (
        "en",
        "In Bosnia, a country where Canadian peacekeepers served, Canada will spend up to $10 million over five years "
        "to support mine action.",
        ["BIH", "CAN"],
    ),
    (
        "fr",
        "En Angola, pays parmi les plus touchés, la Belgique versera 2 millions d'euros pour le déminage.",
        ["AGO", "BEL"],
    ),
    (
        "es",
        "En Colombia, uno de los países más afectados, España aportará 2 millones de euros para el desminado.",
        ["COL", "ESP"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), PLACE_THEN_SUM, ids=case_ids(PLACE_THEN_SUM))
def test_a_place_opening_a_sentence_that_gives_a_sum_is_helped(language, text, owners):
    by_position = proposed_by_position(language, "press_release", [text], title="Mine action")
    assert kinds_and_owners(by_position) == {1: [("commitment", owners)]}


# Projects "in several countries, such as ..." help each State listed.
SEVERAL_COUNTRIES_SUCH_AS = [
    (
        "en",
        "Belgium will provide 6 million euros for mine action. Demining projects will be carried out in several "
        "countries, such as Mozambique, Burundi and Angola.",
    ),
    (
        "fr",
        "La Belgique versera 6 millions d'euros pour la lutte contre les mines. Des projets de déminage seront menés "
        "dans plusieurs pays, comme le Mozambique, le Burundi et l'Angola.",
    ),
    (
        "es",
        "Bélgica aportará 6 millones de euros a la acción contra las minas. Se realizarán proyectos de desminado en "
        "varios países, como Mozambique, Burundi y Angola.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SEVERAL_COUNTRIES_SUCH_AS, ids=case_ids(SEVERAL_COUNTRIES_SUCH_AS))
def test_the_countries_listed_where_funded_projects_go_are_helped(language, text):
    by_position = proposed_by_position(language, "press_release", [text], title="Mine action")
    assert kinds_and_owners(by_position) == {1: [("commitment", ["AGO", "BDI", "BEL", "MOZ"])]}


def test_a_minister_titled_before_the_name_announcing_funding_speaks_for_the_release_s_state():
    text = (
        "Foreign Affairs Minister Jane Doe today announced funding in support of mine action in Bosnia, Cambodia and "
        "Afghanistan."
    )
    # (funding reported in a release, even with no sum: recorded as a pledge)
    by_position = proposed_by_position("en", "press_release", [text], title="Canada announces new initiatives")
    assert kinds_and_owners(by_position) == {1: [("commitment", ["AFG", "BIH", "CAN", "KHM"])]}


def test_a_donor_named_by_its_adjective_is_not_replaced_by_the_state_named_most():
    text = "Foreign Affairs Minister Jane Doe today announced a Canadian contribution of $2.8 million for Cambodia."
    by_position = proposed_by_position("en", "press_release", [text], title="Cambodia: new mine action projects")
    assert [owners for _kind, owners in by_position[1]] == [["CAN", "KHM"]]


# What a minister will say at a conference, and what a conference will be about, are its programme.
SPEECH_PROGRAMME = [
    (
        "en",
        "Minister Doe will emphasize the importance of partnerships with civil society. The conference will focus on "
        "the impact of the Ottawa Process.",
    ),
    (
        "fr",
        "Le ministre Dupont soulignera l'importance des partenariats avec la société civile. La conférence portera sur "
        "l'incidence du processus d'Ottawa.",
    ),
    (
        "es",
        "El ministro Pérez destacará la importancia de las alianzas con la sociedad civil. La conferencia se centrará "
        "en el impacto del proceso de Ottawa.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SPEECH_PROGRAMME, ids=case_ids(SPEECH_PROGRAMME))
def test_what_a_minister_will_stress_at_a_conference_is_its_programme(language, text):
    assert proposed_by_position(language, "press_release", [text], title="A conference") == {}


# A page telling States what they should do calls on them.
STATES_SHOULD = [
    ("en", "States Parties should prepare progress reports on all relevant areas of the treaty."),
    ("fr", "Les États parties devraient préparer des rapports sur tous les aspects pertinents du traité."),
    ("es", "Los Estados Partes deberían preparar informes sobre todos los aspectos pertinentes del tratado."),
]


@pytest.mark.parametrize(("language", "text"), STATES_SHOULD, ids=case_ids(STATES_SHOULD))
def test_a_page_saying_what_states_should_do_calls_on_them(language, text):
    by_position = proposed_by_position(language, "web_page", [text], title="What is expected of States")
    assert by_position == {1: [("call", ["states-parties"])]}


def test_a_call_on_non_states_parties_is_the_speakers():
    text = "We call upon all non-States Parties to follow a moratorium on the use of anti-personnel mines."
    by_position = proposed_by_position("en", "statement", [text], title="Statement by the European Union")
    assert by_position == {1: [("call", ["EU"])]}


def test_a_secretary_general_titled_in_capitals_without_accents_speaks_for_the_un():
    text = "Je demande aux États qui n'ont pas encore ratifié la Convention de se joindre au plus vite à ce processus."
    title = "LE SECRETAIRE GENERAL INVITE TOUS LES ETATS A RATIFIER LA CONVENTION"
    assert proposed_by_position("fr", "statement", [text], title=title) == {1: [("call", ["UN"])]}


def test_the_confederation_is_switzerland():
    text = "La Confédération entend aussi soutenir directement sur le terrain les États affectés."
    by_position = proposed_by_position("fr", "news", [text], title="Mines : un nouveau plan d'action")
    assert by_position == {1: [("commitment", ["CHE"])]}
