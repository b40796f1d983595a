"""Forms read in context (issue 22, round 73), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Background told, described or conditioned: no pledge, call, offer or decision. (language, genre, text)
NOTHING_RECORDED = [
    # time gone by: "It has been ten years since X called upon"
    (
        "en",
        "news",
        "It has been ten years since the Federation called upon its members to campaign for a ban on land mines.",
    ),
    (
        "fr",
        "news",
        "Il y a dix ans que la Fédération a appelé ses membres à faire campagne pour l'interdiction des mines.",
    ),
    (
        "es",
        "news",
        "Hace diez años que la Federación pidió a sus miembros que hicieran campaña por la prohibición de las minas.",
    ),
    # an event's programme
    ("en", "news", "The benefit gala is set for 12 June in Toronto and will feature several singers from Angola."),
    # leaving the treaty for a time
    (
        "en",
        "news",
        "Latvia announced its intention to suspend its obligations under the Convention for the duration of the war.",
    ),
    (
        "fr",
        "news",
        "La Lettonie a annoncé son intention de suspendre ses obligations au titre de la Convention pendant la guerre.",
    ),
    (
        "es",
        "news",
        "Letonia anunció su intención de suspender sus obligaciones en virtud de la Convención durante la guerra.",
    ),
    # an adverb or an adjective opening a page's sentence is no order to the reader
    (
        "en",
        "web_page",
        "Nearly two decades after the treaty entered into force, mines still kill and maim civilians in many regions.",
    ),
    (
        "en",
        "web_page",
        "Ceremonial opening of the Fifth Review ConferenceThe conference began with a message read on its behalf.",
    ),
    # experts' findings
    (
        "en",
        "news",
        "Researchers who studied the satellite images concluded that the mines had been laid during the summer.",
    ),
    (
        "fr",
        "news",
        "Des chercheurs qui ont étudié les images satellites concluent que les mines ont été posées cet été.",
    ),
    (
        "es",
        "news",
        "Los investigadores que estudiaron las imágenes concluyeron que las minas fueron colocadas en verano.",
    ),
    # naming things ("appelant X des Y"), and what an organisation named before does
    ("fr", "news", "Le ministère rejette ces accusations, appelant les objets trouvés des restes de la guerre civile."),
    (
        "es",
        "news",
        "La fundación dirige una red, una organización regional que ofrece asistencia psicológica a las víctimas.",
    ),
    # what a State will host, told in passing
    (
        "en",
        "news",
        "The ambassadors of Norway and of Chile, which will host the Review Conference in November, said the "
        "ceremony would honour the victims.",
    ),
    (
        "fr",
        "news",
        "Les ambassadeurs de la Norvège et du Chili, qui accueillera la conférence d'examen en novembre, ont dit que "
        "la cérémonie rendrait hommage aux victimes.",
    ),
    (
        "es",
        "news",
        "Los embajadores de Noruega y de Chile -país que acogerá en noviembre la conferencia de examen- dijeron que "
        "la ceremonia rendirá homenaje a las víctimas.",
    ),
    # a journey's purpose, and attention drawn to a need
    (
        "en",
        "news",
        "The former minister serves as a goodwill ambassador and has travelled to several countries in Asia to "
        "encourage accession to the treaty.",
    ),
    (
        "en",
        "press_release",
        "During the meeting, the organisation is holding a photo exhibition to draw the attention of delegates to "
        "the need for support to survivors.",
    ),
    # what moves the audience; a condition told
    ("en", "statement", "Think of those who were spared because of what we achieved together. They should inspire us."),
    (
        "en",
        "news",
        "A spokesperson said that once Tonga deposited its instrument of accession with the UN, the accession "
        "would take effect.",
    ),
    # the treaty's obligation recounted, and another treaty
    (
        "en",
        "news",
        "Chile has been a State Party since 2001. Under the Convention, Chile committed to destroy its stockpile "
        "within four years.",
    ),
    (
        "fr",
        "news",
        "Le Chili est État partie depuis 2001. En vertu de celle-ci, le Chili s'est engagé à détruire ses stocks "
        "en quatre ans.",
    ),
    (
        "es",
        "news",
        "Chile es Estado Parte del tratado desde 2001. En virtud del mismo, Chile se comprometió a destruir sus "
        "existencias en cuatro años.",
    ),
    ("es", "news", "El Perú cumplirá con la Convención de Oslo y destruirá sus municiones antes de 2026."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_background_is_not_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# The Pope speaks for the Holy See: his call on those outside the treaty is his.
POPES_CALLS = [
    ("en", "The Pope called on the countries that have not yet joined the Mine Ban Treaty to do so."),
    ("fr", "Le pape a appelé les pays qui n'ont pas encore adhéré au traité d'interdiction des mines à le faire."),
    ("es", "El Papa pidió a los países que aún no se han adherido al tratado de prohibición de minas que lo hagan."),
]


@pytest.mark.parametrize(("language", "text"), POPES_CALLS, ids=case_ids(POPES_CALLS))
def test_the_popes_call_is_the_holy_sees(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["VAT"])]}


# "The EU and its Member States": the EU and the States Parties (its members have no code of their own).
EU_AND_ITS_MEMBERS = [
    ("en", "The EU and its Member States will continue to support mine clearance in affected States."),
    ("fr", "L'Union européenne et ses États membres continueront à soutenir le déminage dans les États touchés."),
    ("es", "La Unión Europea y sus Estados miembros seguirán apoyando el desminado en los Estados afectados."),
]


@pytest.mark.parametrize(("language", "text"), EU_AND_ITS_MEMBERS, ids=case_ids(EU_AND_ITS_MEMBERS))
def test_the_eu_and_its_member_states_commit_together(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found == {1: [("commitment", ["EU", "states-parties"])]}


def test_member_countries_told_what_they_should_do_are_called_on():
    text = (
        "The Monitor found new use in two countries, the Campaign said on Monday. Member countries should condemn "
        "any new use of the weapon."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("call", ["states-parties"])]}


def test_a_state_and_other_countries_outside_told_to_join_are_called_on():
    text = (
        "(Geneva) – Russia and other countries that have not yet banned antipersonnel mines should join the treaty "
        "without delay, the Campaign said today."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text]))[1][0][0] == "call"


def test_a_call_to_join_both_treaties_is_not_about_another_treaty_only():
    text = "The ICBL calls on all states to join the Mine Ban Treaty and the Convention on Cluster Munitions now."
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("call", ["ICBL"])]}
    other = "Spain will join the States applying the Convention on Cluster Munitions next year."
    assert proposed_by_position("en", "press_release", [other]) == {}


def test_a_sum_announced_in_a_participle_is_the_donors():
    text = (
        "Norway is one of the largest donors to mine action, this week announcing a USD 12 million programme for "
        "survivors."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text]))
    assert [owners for _kind, owners in found[1]] == [["NOR"]]


def test_a_resolutions_opening_names_its_author_and_decides_nothing():
    texts = ["L'Assemblée générale,", "PRIE le Secrétaire général de présenter un rapport sur la lutte antimines;"]
    found = proposed_by_position("fr", "declaration", texts)
    assert list(found) == [2]


# A call on each to do their part, the parts listed after a colon: the groups listed.
EACH_THEIR_PART = [
    (
        "es",
        "El nuncio animó a cada quien a asumir su responsabilidad: los países afectados deben despejar sus "
        "territorios, mientras que los países donantes deben mantener su apoyo.",
    ),
    (
        "en",
        "The envoy urged everyone to play their part: affected countries must clear their land and donors must keep "
        "funding the work.",
    ),
]


@pytest.mark.parametrize(("language", "text"), EACH_THEIR_PART, ids=case_ids(EACH_THEIR_PART))
def test_a_call_on_each_to_do_their_part_is_on_the_groups_listed(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", ["affected-states-parties", "states-parties-in-a-position"])]}


# An act begun after a delay ("commencera d'ici à six mois la destruction"): the State's commitment.
BEGUN_AFTER_A_DELAY = [
    ("fr", "Le Cambodge commencera d'ici à six mois la destruction de ses derniers stocks de mines antipersonnel."),
    ("en", "Cambodia will begin within six months the destruction of its last stocks of anti-personnel mines."),
    ("es", "Camboya comenzará dentro de seis meses la destrucción de sus últimas existencias de minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), BEGUN_AFTER_A_DELAY, ids=case_ids(BEGUN_AFTER_A_DELAY))
def test_an_act_begun_after_a_delay_is_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["KHM"])]}


def test_a_call_made_taking_the_opportunity_is_a_call():
    text = "Our members marked the anniversary. We used this opportunity to call for sustained support to survivors."
    assert kinds_and_owners(proposed_by_position("en", "web_page", [text]))[1][0][0] == "call"
