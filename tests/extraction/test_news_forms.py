"""Forms of the news read in context (issue 22, fourth round), in English, French and Spanish: a goal stated before
whoever set it, the items under an introduction of a party's objectives, and a Spanish sum whose subject is dropped.
The sentences were written for these tests (never taken from the real evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


# "C'est l'objectif que s'est fixé ...": a goal stated before whoever set it; a national body set it for the State
# the paragraph speaks of.
STATED_GOAL = [
    (
        "en",
        "By 2028 Chile wants no more mine victims on its territory. That is the goal the national demining "
        "commission has set itself, with a plan of 3 million dollars.",
    ),
    (
        "fr",
        "D'ici à 2028, le Chili ne veut plus aucune victime des mines sur son territoire. C'est l'objectif que s'est "
        "fixé le comité national de déminage, qui a adopté un plan de 3 millions de dollars.",
    ),
    (
        "es",
        "Para 2028, Chile no quiere más víctimas de minas en su territorio. Esa es la meta que se ha fijado la "
        "comisión nacional de desminado, que aprobó un plan de 3 millones de dólares.",
    ),
]


@pytest.mark.parametrize(("language", "text"), STATED_GOAL, ids=[case[0] for case in STATED_GOAL])
def test_a_goal_stated_before_whoever_set_it_is_a_commitment_of_the_state(language, text):
    assert proposed(language, "news", text) == [("commitment", ["CHL"])]


# "Au nombre des objectifs de la Norvège figurent :": each item is that party's commitment, whatever it names.
OBJECTIVES = [
    (
        "en",
        "Norway ratified the Convention in 1998. Among Norway's priorities for the next five years are:",
        "support for affected States that must finish clearance by 2030;",
    ),
    (
        "fr",
        "La Norvège a ratifié la Convention en 1998. Au nombre des priorités de la Norvège pour les cinq prochaines "
        "années figurent :",
        "l'appui aux États touchés qui doivent achever le déminage d'ici à 2030 ;",
    ),
    (
        "es",
        "Noruega ratificó la Convención en 1998. Entre las prioridades de Noruega para los próximos cinco años "
        "figuran:",
        "el apoyo a los Estados afectados que deben terminar el desminado antes de 2030;",
    ),
]


@pytest.mark.parametrize(("language", "introduction", "item"), OBJECTIVES, ids=[case[0] for case in OBJECTIVES])
def test_an_item_under_a_partys_objectives_is_its_commitment(language, introduction, item):
    assert proposed(language, "press_release", introduction, item) == [("commitment", ["NOR"])]


def test_the_objectives_of_an_event_commit_no_one():
    assert proposed("en", "news", "The objectives of the workshop were:", "an exchange of views on survey;") == []


def test_a_spanish_sum_whose_subject_is_dropped_is_given_by_the_state_named_before():
    before = "Noruega es uno de los principales donantes de la acción contra las minas."
    assert proposed("es", "news", before, "Aportará otros 2 millones de dólares el próximo año.") == [
        ("offer", ["NOR"])
    ]
    # without a sum, a future that opens the sentence names its subject after it
    assert proposed("es", "news", before, "Participarán en la reunión más de cien países.") == []


# "The national government", "le gouvernement", "el Gobierno Nacional": the State named before.
GOVERNMENT = [
    (
        "en",
        "Colombia presented its annual report in Geneva.",
        "The national government reaffirmed its commitment to free its territory from mines by 2025.",
    ),
    (
        "fr",
        "La Colombie a présenté son rapport annuel à Genève.",
        "Le gouvernement a réaffirmé son engagement à libérer son territoire des mines d'ici à 2025.",
    ),
    (
        "es",
        "Colombia presentó su informe anual en Ginebra.",
        "El Gobierno Nacional reafirmó su compromiso de liberar el territorio de minas antes de 2025.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), GOVERNMENT, ids=[case[0] for case in GOVERNMENT])
def test_the_government_is_the_state_named_before(language, before, text):
    assert proposed(language, "press_release", before, text) == [("commitment", ["COL"])]


# Fifth round: a quoted "we" is the speaker named before the quotation ("... said X, director of the ICBL. “We, as
# campaigners, commit to ...”"); a call on States not party with no caller in its sentence is the actor named before.
QUOTED_WE = [
    (
        "en",
        "“The plan shows the way,” said Ana Ruiz, director of the International Campaign to Ban Landmines (ICBL). "
        "“We, as campaigners, commit to remain watchful until the last mine is gone.”",
    ),
    (
        "fr",
        "« Le plan montre la voie », a déclaré Ana Ruiz, directrice de la Campagne internationale pour interdire les "
        "mines (ICBL). « Nous nous engageons à rester vigilants jusqu'à la dernière mine. »",
    ),
    (
        "es",
        "“El plan muestra el camino”, dijo Ana Ruiz, directora de la Campaña Internacional para Prohibir las Minas "
        "(ICBL). “Nos comprometemos a seguir vigilantes hasta la última mina.”",
    ),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_WE, ids=[case[0] for case in QUOTED_WE])
def test_a_quoted_we_is_the_speaker_named_before_the_quotation(language, text):
    assert proposed(language, "press_release", text) == [("commitment", ["ICBL"])]


CALL_ON_THOSE_OUTSIDE = [
    (
        "en",
        "One year on, the ICBL urges States Parties to finish clearance on time.",
        "We also call for an end to all use of mines and for States still outside the Convention to join it.",
    ),
    (
        "fr",
        "Un an après, l'ICBL exhorte les États parties à achever le déminage à temps.",
        "Nous appelons aussi les États encore en dehors de la Convention à y adhérer sans tarder.",
    ),
    (
        "es",
        "Un año después, la ICBL exhorta a los Estados Partes a terminar el desminado a tiempo.",
        "Exhortamos también a los Estados aún fuera de la Convención a adherirse sin demora.",
    ),
]


@pytest.mark.parametrize(
    ("language", "before", "text"), CALL_ON_THOSE_OUTSIDE, ids=[case[0] for case in CALL_ON_THOSE_OUTSIDE]
)
def test_a_call_on_states_outside_with_no_caller_named_is_the_actors_named_before(language, before, text):
    assert proposed(language, "web_page", before, text) == [("call", ["ICBL"])]


# A relative clause with its own subject after a main clause that only describes ("The meeting ended with ...
# the Declaration, in which the States Parties committed to ..."): read on its own, owned by its subject.
RELATIVE_PLEDGE = [
    (
        "en",
        "The meeting ended with ministers signing the Lima Declaration, in which the States Parties committed to "
        "speed up clearance.",
    ),
    (
        "fr",
        "La réunion s'est achevée avec la signature de la Déclaration de Lima, dans laquelle les États parties se sont "
        "engagés à accélérer le déminage.",
    ),
    (
        "es",
        "La reunión concluyó con la firma de la Declaración de Lima, en la que los Estados Partes se comprometieron a "
        "acelerar el desminado.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_PLEDGE, ids=[case[0] for case in RELATIVE_PLEDGE])
def test_a_pledge_in_a_relative_clause_after_a_description_is_read(language, text):
    assert proposed(language, "press_release", text) == [("commitment", ["states-parties"])]
