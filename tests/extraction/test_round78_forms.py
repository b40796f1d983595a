"""Forms read in context (issue 22, round 78), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed

pytestmark = pytest.mark.django_db


# A body named in full whose name ends in "Programme" or "Service" is that body, not a programme's purpose.
BODIES_IN_FULL = [
    ("The United Nations Development Programme pledged to train ten new deminers next year.", ["UNDP"]),
    ("The UN Development Programme pledged to train ten new deminers next year.", ["UNDP"]),
    ("The UN Mine Action Service pledged to train ten new deminers next year.", ["UNMAS"]),
]


@pytest.mark.parametrize(("text", "owners"), BODIES_IN_FULL)
def test_a_body_named_in_full_pledges(text, owners):
    assert proposed("en", "news", text) == [("commitment", owners)]


# A State's navy, senators or deputies act for it.
ORGANS_OF_A_STATE = [
    ("fr", "La Marine colombienne prévoit de déminer trois nouvelles communes cette année.", ["COL"]),
    ("en", "The Colombian Navy will clear three more municipalities this year.", ["COL"]),
    ("es", "La Armada colombiana se comprometió a desminar tres municipios más este año.", ["COL"]),
    ("es", "Los senadores chilenos se comprometieron a tramitar con rapidez la ley de víctimas.", ["CHL"]),
    ("en", "Chilean senators pledged to pass the victims' law quickly.", ["CHL"]),
    ("fr", "Les députés chiliens se sont engagés à adopter rapidement la loi sur les victimes.", ["CHL"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), ORGANS_OF_A_STATE, ids=case_ids(ORGANS_OF_A_STATE))
def test_a_states_navy_or_legislators_pledge_for_it(language, text, owners):
    assert proposed(language, "news", text) == [("commitment", owners)]


# A present of giving more ("We are doubling our funding"): the speaker's pledge.
DOUBLING = [
    ("en", "Statement of Norway", "We are doubling our funding for mine action this year."),
    ("fr", "Déclaration de la Norvège", "Nous doublons notre contribution à l'action contre les mines cette année."),
    ("es", "Declaración de Noruega", "Duplicamos nuestra contribución a la acción contra las minas este año."),
]


@pytest.mark.parametrize(("language", "title", "text"), DOUBLING, ids=case_ids(DOUBLING))
def test_doubling_ones_funding_is_a_pledge(language, title, text):
    assert proposed(language, "statement", text, title=title) == [("commitment", ["NOR"])]


# What States must do, or their duty, told by someone (even when the speaker adds more after): a call. Who the
# future in a relative clause describes ("Countries that will join") pledges nothing.
TOLD_THEIR_DUTY = [
    (
        "en",
        "Countries that will join the treaty must pledge to help the victims and clear their land, the envoy said, "
        "adding that others should follow.",
    ),
    ("fr", "Les pays qui rejoindront le traité doivent s'engager à aider les victimes, a déclaré l'envoyé."),
    ("es", "Los países que apoyaron la guerra tienen el deber de ayudar a retirar las minas, declaró el ministro."),
    ("en", "States that supplied the mines have a duty to help clear them, the minister said."),
    ("fr", "Les pays qui ont fourni les mines ont le devoir d'aider à les retirer, a déclaré le ministre."),
]


@pytest.mark.parametrize(("language", "text"), TOLD_THEIR_DUTY, ids=case_ids(TOLD_THEIR_DUTY))
def test_states_told_their_duty_are_called_on(language, text):
    assert proposed(language, "news", text) == [("call", ["states-parties"])]


# Who helps the subject ("with the help of the GICHD") is not who pledges.
def test_who_helps_is_not_an_owner():
    text = "The government, with the help of the GICHD, will clear the remaining minefields by 2030."
    assert proposed("en", "press_release", text, title="Ethiopia presents its new plan") == [("commitment", ["ETH"])]


# Those called on after "and" ("the international community and the UN"): the UN is asked too.
def test_the_un_called_on_after_and_is_an_owner():
    text = "Peru has called on the international community and the UN to stop the laying of new mines."
    assert proposed("en", "news", text) == [("call", ["UN", "states-parties"])]


# A State's aid agency by its name acts for the State (a State not party here), with the State it helps.
def test_a_states_aid_agency_pledges_for_it():
    text = "KSrelief has pledged to increase its efforts to clear mines in Yemen."
    assert proposed("en", "press_release", text) == [("commitment", ["SAU", "YEM"])]


# Another weapon's treaty, with no word of mines: its pledges are not this Convention's. Beside mines, they are.
ANOTHER_WEAPON = [
    ("en", "We reaffirm our unwavering commitment to the Convention on Cluster Munitions and to its universalisation."),
    ("fr", "Nous réaffirmons notre engagement en faveur de la Convention sur les armes à sous-munitions."),
    ("es", "Reafirmamos nuestro compromiso con la Convención sobre Municiones en Racimo."),
    ("en", "I urge you to continue your work to strengthen the Arms Trade Treaty and its reporting."),
]


@pytest.mark.parametrize(("language", "text"), ANOTHER_WEAPON, ids=case_ids(ANOTHER_WEAPON))
def test_another_weapons_treaty_is_not_this_conventions(language, text):
    assert proposed(language, "statement", text) == []


def test_cluster_munitions_beside_mines_still_count():
    text = "We reaffirm our commitment to clearing landmines and cluster munitions in Laos by 2030."
    assert proposed("en", "statement", text, title="Statement of Norway") == [("commitment", ["LAO", "NOR"])]


# Set aside: a treaty's terms in the present, a conference's programme, a visit, what something brings, a past pledge
# recalled, the United States told what it must do by its own side.
NOTHING_RECORDED = [
    ("en", "news", "The treaty calls for a total ban on use and for the destruction of all stocks within four years."),
    ("fr", "web_page", "La convention engage les parties à s'entraider pour éliminer les mines."),
    ("es", "web_page", "El tratado pide a los Estados destruir sus existencias en un plazo de cuatro años."),
    ("en", "news", "The exhibition featured new detection tools, and the conference showcased drones for survey."),
    ("en", "news", "The Prime Minister invited the Korean ambassador to visit the project sites in Kampot."),
    ("fr", "news", "Le ministre a invité l'ambassadeur japonais à visiter les sites du projet à Kampot."),
    ("es", "news", "El ministro invitó al embajador japonés a visitar los sitios del proyecto en Kampot."),
    ("en", "statement", "We support the new strategy. This will contribute to the aims of the treaty."),
    ("fr", "statement", "Nous appuyons la nouvelle stratégie. Cela contribuera aux objectifs du traité."),
    ("es", "statement", "Apoyamos la nueva estrategia. Esto contribuirá a los objetivos del tratado."),
    ("en", "news", "The envoy recalled the commitments made in 2004 at the Nairobi Summit to end the suffering."),
    (
        "fr",
        "news",
        "L'envoyé a rappelé les engagements pris en 2004 lors du Sommet de Nairobi pour un monde sans mines.",
    ),
    ("es", "news", "El enviado recordó los compromisos asumidos en 2004 durante la Cumbre de Nairobi."),
    (
        "en",
        "statement",
        "The Secretary of State has been clear that the United States must work to end the use of mines.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed(language, genre, text) == []


# A government named by its capital: as the subject right before its verb, or as the seat of its authorities.
CAPITALS = [
    (
        "fr",
        "M. Dupont a annoncé qu'Ottawa dépensera 3 millions pour soutenir le déminage en Ukraine.",
        "commitment",
        ["CAN", "UKR"],
    ),
    (
        "en",
        "Washington will provide $5 million to clear mines in Ukraine, the State Department said.",
        "commitment",
        ["UKR", "USA"],
    ),
    (
        "es",
        "HRW ha instado a las autoridades de Saná a que investiguen el uso de minas por sus combatientes.",
        "call",
        ["YEM"],
    ),
    ("fr", "Les autorités de Kaboul se sont engagées à déminer les écoles.", "commitment", ["AFG"]),
    (
        "es",
        "Kiev pidió a la comunidad internacional que ayude a desminar su territorio.",
        "call",
        ["UKR", "states-parties-in-a-position"],
    ),
]


@pytest.mark.parametrize(("language", "text", "kind", "owners"), CAPITALS, ids=case_ids(CAPITALS))
def test_a_government_named_by_its_capital(language, text, kind, owners):
    assert proposed(language, "news", text) == [(kind, owners)]


# A capital that names a treaty, a meeting's place or an office is no government.
CAPITALS_AS_PLACES = [
    ("en", "The Ottawa Convention will help clear mines in Ukraine.", []),
    ("en", "The meeting in Ottawa will review progress on clearance.", []),
    ("fr", "La Convention d'Ottawa engage les États à détruire leurs stocks.", []),
    ("en", "The Kabul office of the UN will train deminers next year.", []),
    (
        "en",
        "Canada signed the treaty in Ottawa in 1997 and will support clearance in Angola.",
        [("commitment", ["AGO", "CAN"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "found"), CAPITALS_AS_PLACES, ids=case_ids(CAPITALS_AS_PLACES))
def test_a_capital_as_a_place_names_no_owner(language, text, found):
    assert proposed(language, "news", text) == found


# A pledge in a clause opened by "where" ("un acto, donde Corea del Sur se comprometió"): its own subject pledges.
def test_a_pledge_after_where_is_its_subjects():
    text = (
        "Representantes de la agencia celebraron el viernes un acto, donde Corea del Sur se comprometió a aportar 20 "
        "millones de dólares para eliminar minas en Vietnam."
    )
    assert proposed("es", "news", text) == [("commitment", ["KOR"])]


# Who said it, then their name ("..., declaró el ministro, Juan Pérez"): still told by someone, so a call.
def test_a_duty_told_by_a_speaker_named_after_his_title_is_a_call():
    text = (
        "Los países que participaron en la guerra tienen el deber de ayudar a retirar las minas que quedaron, declaró "
        "ayer el ministro de Asuntos Sociales, Juan Pérez Gómez. Durante tres décadas, el país vivió una guerra."
    )
    assert proposed("es", "news", text) == [("call", ["states-parties"])]


# A State's own institution with no State named in its sentence ("la Policía Nacional", "the National Mine Action
# Authority"): it acts for the State of the story.
NATIONAL_BODIES = [
    (
        "es",
        "Desminado en Perú",
        "Durante seis meses, la División Antiminas de la Policía Nacional tendrá a su cargo la destrucción de las "
        "minas en los alrededores de la cárcel.",
        "PER",
    ),
    ("en", "Mine clearance in Angola", "The National Mine Action Authority will clear the last fields by 2028.", "AGO"),
]


@pytest.mark.parametrize(("language", "title", "text", "state"), NATIONAL_BODIES, ids=case_ids(NATIONAL_BODIES))
def test_a_states_institution_acts_for_the_state_of_the_story(language, title, text, state):
    assert proposed(language, "news", text, title=title) == [("commitment", [state])]


# "The State" called on, in a story about one State: that State.
def test_the_state_called_on_is_the_state_of_the_story():
    texts = [
        "L'association des victimes a tenu son assemblée générale samedi à Ziguinchor.",
        "Elle a appelé l'État, à travers son centre national, à renforcer l'éducation aux risques.",
    ]
    assert proposed("fr", "news", *texts, title="Déminage au Sénégal") == [("call", ["SEN"])]


# Contractions: "We'll" is a future, "we're committed" a pledge.
CONTRACTED = [
    "We'll clear the remaining minefields by 2030.",
    "We’ll provide $2 million for clearance in the north.",
    "“And we're committed to clearing them where they remain, with $10 million over five years.",
]


@pytest.mark.parametrize("text", CONTRACTED)
def test_a_contracted_pledge_is_the_speakers(text):
    assert [kind for kind, _owners in proposed("en", "statement", text, title="Statement of Norway")] in (
        [("commitment")],
        [("offer")],
    )


# A meeting that ended with a call: a call.
ENDED_WITH_A_CALL = [
    ("en", "A regional workshop has ended in the capital with an urgent call for renewed efforts by governments."),
    (
        "fr",
        "L'atelier régional s'est achevé vendredi par un appel pressant aux gouvernements à appliquer la Convention.",
    ),
    ("es", "El taller regional concluyó el viernes con un llamado urgente a los gobiernos para aplicar la Convención."),
]


@pytest.mark.parametrize(("language", "text"), ENDED_WITH_A_CALL, ids=case_ids(ENDED_WITH_A_CALL))
def test_a_meeting_that_ended_with_a_call_calls(language, text):
    assert proposed(language, "news", text) == [("call", ["states-parties"])]


# A pledge told in a participle after what was done ("..., vowing to complete"), by the army of the story's State.
VOWING = [
    (
        "en",
        "Sri Lanka to ratify",
        "By December, the army had cleared 2,000 acres, vowing to complete demining by 2020.",
        "LKA",
    ),
    (
        "fr",
        "Mali",
        "Fin décembre, l'armée avait déminé 500 hectares, s'engageant à achever le déminage en 2026.",
        "MLI",
    ),
    (
        "es",
        "Perú",
        "Hasta diciembre, el ejército había despejado 500 hectáreas, comprometiéndose a terminar en 2020.",
        "PER",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "state"), VOWING, ids=case_ids(VOWING))
def test_a_pledge_in_a_participle_is_the_armys_states(language, title, text, state):
    assert proposed(language, "news", text, title=title) == [("commitment", [state])]


# A call whose quotation opens after the verb ("called “on"), a body's commitment affirmed ("affirmant l'engagement
# de l'UNMAS à soutenir"), a State told what it must do after "However".
def test_a_call_with_a_quotation_after_its_verb():
    text = "In its statement, the delegation called “on member states that have not done so to accede to the treaty.”"
    assert [kind for kind, _ in proposed("en", "web_page", text, title="Nigeria")] == ["call"]


def test_a_bodys_commitment_affirmed_is_its_commitment():
    text = "Mme Dupont a souligné les progrès, affirmant l'engagement de l'UNMAS à soutenir les efforts des déplacés."
    assert proposed("fr", "news", text, title="Nigeria") == [("commitment", ["NGA", "UNMAS"])]


def test_a_state_told_what_it_must_do_after_however():
    text = "“This news is cause for celebration. However, Chile must not forget its commitment to survivors”, said X."
    assert [owners for _kind, owners in proposed("en", "news", text)] == [["CHL"]]


# Help a State will ask for: a call on those in a position to help, for it.
WILL_ASK_FOR_HELP = [
    ("es", "Agregó que Nicaragua solicitará apoyo a la comunidad internacional para los países con más víctimas."),
    ("en", "He added that Nicaragua will ask for assistance from the international community for the victims."),
    ("fr", "Il a ajouté que le Nicaragua demandera une aide à la communauté internationale pour les victimes."),
]


@pytest.mark.parametrize(("language", "text"), WILL_ASK_FOR_HELP, ids=case_ids(WILL_ASK_FOR_HELP))
def test_help_a_state_will_ask_for_is_a_call(language, text):
    assert proposed(language, "news", text) == [("call", ["NIC", "states-parties-in-a-position"])]


# Training that will be given by a government: its offer.
OFFERED_BY = [
    ("es", "El curso será ofrecido por el gobierno español en el marco de su programa de cooperación."),
    ("en", "The course will be offered by the Spanish government to deminers from two countries."),
    ("fr", "La formation sera dispensée par le gouvernement espagnol aux démineurs de deux pays."),
]


@pytest.mark.parametrize(("language", "text"), OFFERED_BY, ids=case_ids(OFFERED_BY))
def test_training_given_by_a_government_is_its_offer(language, text):
    assert proposed(language, "news", text) == [("offer", ["ESP"])]


# A State's goal with an aside between the goal and its verb ("El objetivo, a partir de 2018, es liberar").
GOAL_WITH_AN_ASIDE = [
    ("es", "Ecuador pide prórroga", "“El objetivo, a partir del 2018, es liberar 100 000 metros cuadrados”, dijo."),
    ("fr", "Déminage en Équateur", "L'objectif, selon le ministre, est d'achever le déminage de 20 localités en 2026."),
    (
        "en",
        "Ecuador asks for more time",
        "“The goal, from 2018 on, is to release 100,000 square metres,” the minister said.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), GOAL_WITH_AN_ASIDE, ids=case_ids(GOAL_WITH_AN_ASIDE))
def test_a_goal_with_an_aside_is_the_states_commitment(language, title, text):
    assert proposed(language, "news", text, title=title) == [("commitment", ["ECU"])]


# A page's sentence that opens on a State's name is the State's, not an order to the reader; its support extended
# with a sum is its pledge.
def test_a_states_name_opening_a_page_is_its_subject():
    text = "Finland extends a EUR 1.5 million support during 2021-2025 to the UN Mine Action Service in Iraq."
    assert proposed("en", "web_page", text, title="Mine action in Iraq") == [("commitment", ["FIN", "IRQ"])]


# "State Parties" called on: the States Parties.
def test_state_parties_called_on_are_the_states_parties():
    text = "Furthermore, we call on State Parties to the Ottawa Convention to fulfil their obligations."
    assert proposed("en", "statement", text, title="Statement of Slovenia") == [("call", ["states-parties"])]


# A province that bears a country's name in French ("Équateur") tells no other State.
def test_a_countrys_name_is_not_a_province():
    text = "L'objectif, selon le ministre, est d'achever le déminage de 20 localités en 2026."
    assert proposed("fr", "news", text, title="Déminage en Équateur") == [("commitment", ["ECU"])]


# A call coordinated after something recalled ("HRW ha recordado que ... y ha instado a"): the sayer calls.
RECALLED_THEN_CALLED = [
    (
        "es",
        "HRW ha recordado que Yemen está adscrito al Tratado de Ottawa desde 1997 y ha instado a las autoridades de "
        "Saná a que investiguen el uso de minas.",
    ),
    (
        "en",
        "HRW recalled that Yemen has been party to the Ottawa Treaty since 1997 and urged the authorities in Sanaa to "
        "investigate the use of mines.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RECALLED_THEN_CALLED, ids=case_ids(RECALLED_THEN_CALLED))
def test_a_call_after_something_recalled_is_a_call(language, text):
    assert proposed(language, "news", text) == [("call", ["YEM"])]


# A quotation whose "we" ends the subject, after the State named ("“Chad has ended the war and we are now committed
# to”"): the story's State.
QUOTED_WE_AFTER_THE_STATE = [
    ("en", "“Chad has ended the war and we are now committed to destroy all the mines in the country,” X said."),
    ("fr", "« Le Tchad a mis fin à la guerre et nous nous engageons à détruire toutes les mines », a dit X."),
    ("es", "“Chad terminó la guerra y nosotros nos comprometemos ahora a destruir todas las minas”, dijo X."),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_WE_AFTER_THE_STATE, ids=case_ids(QUOTED_WE_AFTER_THE_STATE))
def test_a_quoted_we_after_the_state_is_the_states(language, text):
    assert proposed(language, "news", text, title="Chad ratifies") == [("commitment", ["TCD"])]
