"""Forms read in context (issue 22, round 64), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from documents.ingestion.pipeline import Overrides
from tests.extraction.proposing import case_ids, proposed_by_position, uploaded_proposals

pytestmark = pytest.mark.django_db


# States named by their mine victims without "Parties" ("States with mine victims"): the affected States Parties.
STATES_WITH_VICTIMS = [
    ("en", "Delegates urged States with mine victims to include survivors in their national disability plans."),
    ("fr", "Les délégués ont appelé les pays ayant des victimes des mines à intégrer les survivants dans leurs plans."),
    ("es", "Los delegados instaron a los países con víctimas de minas a incluir a los sobrevivientes en sus planes."),
]


@pytest.mark.parametrize(("language", "text"), STATES_WITH_VICTIMS, ids=case_ids(STATES_WITH_VICTIMS))
def test_states_with_mine_victims_are_the_affected_states_parties(language, text):
    found = proposed_by_position(language, "news", [text])
    assert found[1] == [("call", ["affected-states-parties"])]


# A call to do what only States with mined areas can ("to meet their clearance deadlines", "respecter leurs délais de
# déminage", "cumplir sus plazos de desminado"): the affected States Parties', even when the call names them all.
CLEARING_CALLS = [
    ("en", "The campaign urged States Parties to meet their clearance deadlines and to clear all mined areas."),
    ("fr", "La campagne a exhorté les États parties à respecter leurs délais de déminage."),
    ("es", "La campaña instó a los Estados Parte a cumplir sus plazos de desminado."),
]


@pytest.mark.parametrize(("language", "text"), CLEARING_CALLS, ids=case_ids(CLEARING_CALLS))
def test_a_call_to_meet_clearance_deadlines_is_the_affected_states_parties(language, text):
    found = proposed_by_position(language, "news", [text])
    assert found[1] == [("call", ["affected-states-parties"])]


def test_a_declarations_own_aim_of_clearing_mined_areas_stays_everyones():
    text = "We reaffirm our aim of clearing all mined areas as soon as possible and will report on our progress."
    found = proposed_by_position("en", "declaration", [text])
    assert [owners for _kind, owners in found[1]] != [["affected-states-parties"]]


# A speaker asking leave to call ("Let me call on", "Permettez-moi d'appeler", "Permítanme hacer un llamado"), in a
# quotation said by someone named after it: a call, the sayer's when it is on a State not party.
LEAVE_TO_CALL = [
    (
        "en",
        "EU ambassador calls on Myanmar to act",
        '"Let me therefore call on the government to stop laying mines," the EU ambassador said.',
    ),
    (
        "fr",
        "L'ambassadeur de l'UE appelle le Myanmar à agir",
        "« Permettez-moi d'appeler le gouvernement à cesser de poser des mines », a déclaré l'ambassadeur de l'UE.",
    ),
    (
        "es",
        "El embajador de la UE insta a Myanmar",
        "«Permítanme hacer un llamado al gobierno para que deje de sembrar minas», dijo el embajador de la UE.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), LEAVE_TO_CALL, ids=case_ids(LEAVE_TO_CALL))
def test_a_call_made_by_leave_is_the_quoted_sayers_on_a_state_not_party(language, title, text):
    found = proposed_by_position(language, "news", [text], title=title)
    assert found[1] == [("call", ["EU"])]


# What a named party "must" do ("Le Yémen doit aussi prendre des mesures"), or a body named with its acronym ("The
# Thai Mine Action Centre (TMAC) should"): advice to it, as with "should".
MUST_AND_ACRONYMS = [
    ("fr", "Le Yémen doit aussi prendre des mesures pour déminer, insiste un auteur du rapport.", ["YEM"]),
    ("en", "The Thai Mine Action Centre (TMAC) should complete its review of mine action standards.", ["THA"]),
    ("en", "Cambodia must request an extension of its clearance deadline without delay.", ["KHM"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), MUST_AND_ACRONYMS, ids=case_ids(MUST_AND_ACRONYMS))
def test_what_a_named_party_must_do_is_advice_to_it(language, text, owners):
    found = proposed_by_position(language, "web_page", [text], title="Thailand")
    assert found == {1: [("recommendation", owners)]}


def test_advice_to_a_party_named_after_another_is_that_partys_alone():
    texts = [
        "Cambodia must request an extension of its clearance deadline without delay.",
        "Ukraine should request an extension of its clearance deadline without delay.",
    ]
    found = proposed_by_position("en", "web_page", texts)
    assert found == {1: [("recommendation", ["KHM"])], 2: [("recommendation", ["UKR"])]}


# Sentences that look like acts and are not: a country's name read as an imperative ("Thailand still had"), States
# described by a relative ("des États qui reconnaissent"), a project's forecast in a relative ("que se prevé
# terminar"), a conference that States hold under a treaty ("tiennent une conférence"), and what a State believes a
# text will do ("cree firmemente que esta resolución sentará").
NO_ACTS = [
    ("en", "web_page", "Thailand still had 218km2 of hazardous areas at the end of 2019 but has slashed them."),
    (
        "fr",
        "press_release",
        "« Je suis ravi que le Tchad se soit joint à la majorité des États qui reconnaissent dans la Convention le "
        "moyen de lutter contre les mines », a déclaré le ministre.",
    ),
    (
        "es",
        "news",
        "Viet Nam implementa un proyecto de mapeo de las áreas contaminadas, que se prevé terminar en 2014, resaltó.",
    ),
    (
        "fr",
        "press_release",
        "Conformément à l'article 13 du Protocole, les États parties tiennent une conférence annuelle d'examen.",
    ),
    ("es", "news", '"Bolivia cree firmemente que esta resolución sentará un precedente positivo", aseguró.'),
    ("en", "news", '"Bolivia firmly believes that this resolution will set a positive precedent," he said.'),
]


@pytest.mark.parametrize(("language", "genre", "text"), NO_ACTS, ids=case_ids(NO_ACTS))
def test_descriptions_and_beliefs_are_no_acts(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# A party's pledge cut before its verbs, which its items give ("the Campaign will continue to: | Mobilize and
# advocate for ..."): each item is that party's commitment, not an order to the reader.
def test_items_under_a_pledge_that_will_continue_to_are_the_partys_commitments():
    text = (
        "Uphold the norms\n\n"
        "In support of the Summit outcomes, the International Campaign to Ban Landmines will continue to:\n\n"
        "  • Mobilize and advocate for the universalization and implementation of the Mine Ban Treaty\n\n"
        "  • Contribute expertise and research data to inform meetings on the implementation of the treaty\n"
    )
    found = uploaded_proposals("pledge.txt", text, Overrides(kind="web_page"))
    assert found == [("commitment", ["ICBL"])] * 3


# A second quotation opened after the sayer of the first ("...,” he continued “Moreover, it calls upon"): its own
# sentence, so the concern voiced in the first does not weigh on the call.
def test_a_call_in_a_second_quotation_after_its_sayer_is_read_on_its_own():
    text = (
        "“For these reasons, the Holy See is deeply concerned about the intention of certain States Parties to "
        "withdraw,” he continued “Moreover, it calls upon all States that are not yet party to this instrument to "
        "adhere to it urgently.”"
    )
    found = proposed_by_position("en", "news", ["A Vatican diplomat spoke at the meeting.", text])
    assert [kind for kind, _owners in found[2]] == ["call"]


# Words that look like acts and are not: "urge" as a noun, a report named with "Landmine" that "will be released",
# calls that a relative clause says were made before, and an aim in the imperfect with no one reporting it.
NOT_ACTS = [
    ("en", "news", "The urge to meet Russia on the battlefield on an equal footing is understandable."),
    ("en", "press_release", "Landmine Monitor will be released at a press conference hosted by the Monitor."),
    (
        "en",
        "statement",
        "It disregards the pleas of mine victims and affected communities, who have consistently called on states "
        "never to return to these weapons.",
    ),
    (
        "fr",
        "web_page",
        "Cela ignore les victimes et les communautés, qui ont constamment appelé les États à renoncer à ces armes.",
    ),
    (
        "es",
        "web_page",
        "Esto ignora a las víctimas, que han pedido constantemente a los Estados no volver a estas armas.",
    ),
    ("fr", "web_page", "Les réunions ont eu lieu à Genève. Elles visaient à suivre les progrès du traité."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_ACTS, ids=case_ids(NOT_ACTS))
def test_words_that_only_look_like_acts_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# A State's people helped, named in the title ("para ayudar a entrenar a los ucranianos"), and people sent to help:
# the State helped is a beneficiary of the sender's pledge, also when its agency said so in reported speech.
def test_people_sent_to_help_a_states_people_in_the_title_make_it_a_beneficiary():
    texts = [
        "Hun Sen se comprometió a enviar entrenadores durante una conversación telefónica el martes.",
        "El director del centro de Camboya dijo en una publicación de Facebook que, tras consultar con sus socios, su "
        "agencia enviaría su primer equipo a principios de diciembre.",
    ]
    title = "Camboya enviará desminadores para ayudar a entrenar a los ucranianos"
    found = proposed_by_position("es", "news", texts, title=title)
    assert found == {1: [("commitment", ["KHM", "UKR"])], 2: [("commitment", ["KHM", "UKR"])]}


# "Gracias a este acuerdo" is "because of it", no thanks; an agreement signed with its place between commas; a State
# that "is to draft" laws.
AGREEMENTS_AND_PLANS = [
    (
        "es",
        "Las embajadas de Japón y de Noruega firmaron, en Luanda, un acuerdo de 183.042 euros para el desminado. "
        "Gracias a este acuerdo se va a limpiar un área de 117 mil metros cuadrados.",
        ["AGO", "JPN", "NOR"],  # (Angola, where they signed it for its demining, is helped)
    ),
    ("en", "Sri Lanka is to draft new laws to implement the Ottawa Convention.", ["LKA"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), AGREEMENTS_AND_PLANS, ids=case_ids(AGREEMENTS_AND_PLANS))
def test_agreements_signed_and_laws_to_draft_are_commitments(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", owners)]}
