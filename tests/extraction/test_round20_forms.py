"""Forms read in context (issue 22, rounds 20 and later), in English, French and Spanish. The sentences were written
for these tests (never taken from an evaluation set)."""

import pytest

from extraction.owners import ActorDirectory
from tests.extraction.proposing import proposed, proposed_by_position

pytestmark = pytest.mark.django_db


AID_IN_THE_PASSIVE = [
    (
        "en",
        "The European Union today announced a new mine action programme.",
        "Support will be provided to Angola and Cambodia to complete clearance of their territory.",
    ),
    (
        "fr",
        "L'Union européenne a annoncé aujourd'hui un nouveau programme de lutte antimines.",
        "Un soutien sera apporté à l'Angola et au Cambodge pour achever le déminage de leur territoire.",
    ),
    (
        "es",
        "La Unión Europea anunció hoy un nuevo programa de acción contra las minas.",
        "Se prestará apoyo a Angola y Camboya para completar la limpieza de sus territorios.",
    ),
    (
        "es",
        "La Unión Europea anunció hoy un nuevo programa de acción contra las minas.",
        "Los fondos serán destinados a Angola y Camboya para completar la limpieza de sus territorios.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "after"), AID_IN_THE_PASSIVE, ids=[c[0] for c in AID_IN_THE_PASSIVE])
def test_aid_given_in_the_passive_is_the_donor_named_before_with_the_states_helped(language, lead, after):
    assert proposed(language, "press_release", lead, after) == [("commitment", ["AGO", "EU", "KHM"])]


def test_aid_in_the_passive_with_no_donor_named_before_is_no_ones():
    assert proposed("en", "news", "The meeting opened in Geneva.", "Assistance will be provided to survivors.") == []


PRESIDENT_STRESSES_THE_NEED = [
    (
        "en",
        "The Summit President, Susan Eckey of Norway, opened the meeting.",
        "Early in the week, the President welcomed the States not party that attended and reiterated the need for "
        "those States that have not done so to accede to the Convention.",
    ),
    (
        "fr",
        "La présidente du Sommet, Susan Eckey, de la Norvège, a ouvert la réunion.",
        "La présidente a souligné la nécessité pour les États qui ne l'ont pas encore fait d'adhérer à la Convention.",
    ),
    (
        "es",
        "La presidenta de la Cumbre, Susan Eckey, de Noruega, abrió la reunión.",
        "La presidenta reiteró la necesidad de que los Estados que aún no lo han hecho se adhieran a la Convención.",
    ),
]


@pytest.mark.parametrize(
    ("language", "lead", "after"), PRESIDENT_STRESSES_THE_NEED, ids=[c[0] for c in PRESIDENT_STRESSES_THE_NEED]
)
def test_stressing_the_need_for_states_not_party_to_join_is_the_callers_call(language, lead, after):
    assert proposed(language, "press_release", lead, after) == [("call", ["NOR"])]


REAFFIRMED_THEN_CALLED = [
    ("en", "The ICRC remains firmly committed to the Convention's aims. The ICRC urges all States Parties to act."),
    (
        "fr",
        "Le CICR reste pleinement engagé envers les buts de la Convention. "
        "Le CICR exhorte tous les États parties à agir.",
    ),
    (
        "es",
        "El CICR sigue plenamente comprometido con los fines de la Convención. "
        "El CICR insta a todos los Estados Partes a actuar.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REAFFIRMED_THEN_CALLED, ids=[c[0] for c in REAFFIRMED_THEN_CALLED])
def test_a_restated_commitment_beside_a_call_is_the_calls_setting_not_a_second_statement(language, text):
    assert proposed(language, "web_page", text) == [("call", ["states-parties"])]


SPEAKERS_VIEW = [
    ("en", "In this regard, it would seem positive to us to hold the meetings of the two conventions back to back."),
    ("fr", "Dans ce cadre, il nous semblerait positif de mettre dos à dos les réunions des deux conventions."),
    (
        "es",
        "En este sentido, nos parecería positivo celebrar las reuniones de las dos convenciones en la misma semana.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SPEAKERS_VIEW, ids=[c[0] for c in SPEAKERS_VIEW])
def test_a_states_view_in_the_first_person_advises_the_states_parties(language, text):
    france = ActorDirectory.load().state("FRA")
    assert proposed_by_position(language, "statement", [text], author=france) == {
        1: [("recommendation", ["states-parties"])]
    }


CALLED_ON_THOSE_WHO_USE_MINES = [
    (
        "en",
        "The States Parties welcomed the progress made. They called on all those who still use anti-personnel mines "
        "to stop now.",
    ),
    (
        "fr",
        "Les États parties se félicitent des progrès accomplis. Ils déplorent la poursuite de l'utilisation des mines "
        "et appellent tous ceux qui continuent à employer des mines à arrêter dès maintenant.",
    ),
    (
        "es",
        "Los Estados Partes celebraron los avances. Exhortaron a todos los que siguen empleando minas antipersonal a "
        "que dejen de hacerlo.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"), CALLED_ON_THOSE_WHO_USE_MINES, ids=[c[0] for c in CALLED_ON_THOSE_WHO_USE_MINES]
)
def test_a_call_on_those_who_use_mines_is_owned_by_who_makes_it(language, text):
    assert proposed(language, "news", text) == [("call", ["states-parties"])]


DELEGATES_QUOTED = [
    (
        "en",
        '"We will strengthen our efforts to clear mined areas and destroy stockpiled mines," the delegates said in '
        "their Nairobi Declaration.",
    ),
    (
        "fr",
        "« Nous intensifierons nos efforts pour déminer les zones minées et détruire les stocks de mines », ont "
        "déclaré les délégués dans leur Déclaration de Nairobi.",
    ),
    (
        "es",
        '"Intensificaremos nuestros esfuerzos para limpiar las zonas minadas y destruir las existencias", afirmaron '
        "los delegados en su Declaración de Nairobi.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DELEGATES_QUOTED, ids=[c[0] for c in DELEGATES_QUOTED])
def test_a_quoted_we_of_the_delegates_declaration_is_the_participants(language, text):
    assert proposed(language, "news", "Nations embrace an action plan.", text) == [
        ("commitment", ["conference-participants"])
    ]


MINISTER_SAYS_THE_COUNTRY_WILL = [
    (
        "en",
        "Angola today asked for financial help to clear its territory before 2028.",
        "The Minister of Foreign Affairs announced that the country was going to present a new national plan.",
        "Norway's ambassador said that his country will give 3 million dollars for demining in Angola.",
    ),
    (
        "fr",
        "L'Angola a demandé aujourd'hui une aide financière pour déminer son territoire avant 2028.",
        "Le ministre des Affaires étrangères a annoncé que le pays allait présenter un nouveau plan national.",
        "L'ambassadeur de Norvège a indiqué que son pays versera 3 millions de dollars pour le déminage en Angola.",
    ),
    (
        "es",
        "Angola pidió hoy ayuda financiera para desminar su territorio antes de 2028.",
        "El ministro de Relaciones Exteriores anunció que el país iba a presentar un nuevo plan nacional.",
        "El embajador de Noruega señaló que su país aportará 3 millones de dólares para el desminado en Angola.",
    ),
]


@pytest.mark.parametrize(
    ("language", "first", "minister", "donor"),
    MINISTER_SAYS_THE_COUNTRY_WILL,
    ids=[c[0] for c in MINISTER_SAYS_THE_COUNTRY_WILL],
)
def test_a_minister_saying_the_country_will_speaks_for_that_state_only(language, first, minister, donor):
    by_position = proposed_by_position(language, "news", [first, minister, donor], title="Mine action")
    owners = {position: found[0][1] for position, found in by_position.items()}
    assert owners == {1: ["AGO", "states-parties-in-a-position"], 2: ["AGO"], 3: ["AGO", "NOR"]}
