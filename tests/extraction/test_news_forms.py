"""Forms of the news read in context (issue 22, fourth round), in English, French and Spanish: a goal stated before
whoever set it, the items under an introduction of a party's objectives, and a Spanish sum whose subject is dropped.
The sentences were written for these tests (never taken from the real evaluation set)."""

import pytest

from extraction.propose import document_proposals
from tests.extraction.proposing import proposed
from tests.factories import DocumentFactory, ParagraphFactory

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
        ("commitment", ["NOR"])
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


# Round 6 (issue 22): general forms of a blind set's error classes, in sentences written for these tests.

# A page's publisher (an organisation named before) never owns the decisions the page reports: a pronoun that opens
# a decision is the meeting, and "its request" is the request of the State named last.
PUBLISHER_BEFORE_A_DECISION = [
    (
        "en",
        "Campaigners of the ICBL followed the work of the Meeting in Geneva this week.",
        "It granted Chad's request for an extension of its deadline until 2027.",
    ),
    (
        "fr",
        "Les militants de l'ICBL ont suivi les travaux de la Réunion à Genève.",
        "Elle a aussi accordé au Tchad une prolongation jusqu'en 2027.",
    ),
    (
        "es",
        "Los activistas de la ICBL siguieron los trabajos de la Reunión en Ginebra.",
        "Ella también concedió al Chad una prórroga hasta 2027.",
    ),
]


@pytest.mark.parametrize(
    ("language", "before", "text"), PUBLISHER_BEFORE_A_DECISION, ids=[c[0] for c in PUBLISHER_BEFORE_A_DECISION]
)
def test_the_publisher_named_before_a_reported_decision_does_not_own_it(language, before, text):
    assert proposed(language, "web_page", before, text) == [("conclusion", ["TCD"])]


ITS_REQUEST = [
    ("en", "The Meeting then granted its request until 2027.", "the delegation of Chad", "the ICBL"),
    ("fr", "La Réunion a ensuite accédé à sa demande jusqu'en 2027.", "la délégation du Tchad", "l'ICBL"),
    ("es", "La Reunión aprobó luego su solicitud hasta 2027.", "la delegación del Chad", "la ICBL"),
]
MET = {
    "en": "{who} met {whom} in Geneva.",
    "fr": "{who} a rencontré {whom} à Genève.",
    "es": "{who} se reunió con {whom}.",
}


@pytest.mark.parametrize(("language", "text", "state", "publisher"), ITS_REQUEST, ids=[c[0] for c in ITS_REQUEST])
def test_its_request_is_the_request_of_the_state_named_last_never_the_publishers(language, text, state, publisher):
    with_state = MET[language].format(who=publisher[:1].upper() + publisher[1:], whom=state)
    assert proposed(language, "web_page", with_state, text) == [("conclusion", ["TCD"])]
    only_publisher = MET[language].format(who=publisher[:1].upper() + publisher[1:], whom="journalists")
    assert proposed(language, "web_page", only_publisher, text) == []  # nobody named whose request it is


# The lead of a press release or news: a Minister announcing a sum (a title, a name in apposition, a time), and a
# State's present of giving with a sum; the State and the beneficiary own it. A sum given every year is ongoing.
LEAD_ANNOUNCEMENTS = [
    (
        "en",
        "Canada's Minister of Foreign Affairs, Jane Doe, today announced $5 million for demining in Angola.",
        "CAN",
        "AGO",
    ),
    (
        "fr",
        "La ministre des Affaires étrangères du Canada, Jeanne Dupont, a annoncé aujourd'hui 5 millions de dollars "
        "pour le déminage en Angola.",
        "CAN",
        "AGO",
    ),
    (
        "es",
        "La ministra de Relaciones Exteriores de Noruega, Juana Pérez, anunció hoy 5 millones de dólares para el "
        "desminado en Angola.",
        "NOR",
        "AGO",
    ),
    ("en", "Norway provides 3 million euros for demining in Colombia.", "NOR", "COL"),
    ("fr", "La Norvège débloque 3 millions d'euros pour le déminage en Colombie.", "NOR", "COL"),
    ("es", "Noruega aporta 3 millones de euros para el desminado en Colombia.", "NOR", "COL"),
]


@pytest.mark.parametrize(
    ("language", "text", "giver", "helped"), LEAD_ANNOUNCEMENTS, ids=[f"{c[0]}-{c[2]}" for c in LEAD_ANNOUNCEMENTS]
)
def test_an_announcement_in_the_lead_is_a_pledge_of_the_state_and_its_beneficiary(language, text, giver, helped):
    assert proposed(language, "news", text) == [("commitment", sorted([giver, helped]))]


YEARLY_LEAD = [
    ("en", "Norway provides 3 million euros each year for demining in Colombia."),
    ("fr", "La Norvège débloque chaque année 3 millions d'euros pour le déminage en Colombie."),
    ("es", "Noruega aporta cada año 3 millones de euros para el desminado en Colombia."),
]


@pytest.mark.parametrize(("language", "text"), YEARLY_LEAD, ids=[c[0] for c in YEARLY_LEAD])
def test_a_sum_given_every_year_in_a_lead_is_ongoing_activity(language, text):
    assert proposed(language, "news", text) == []


# A call on States not party by a meeting or its President ("The Meeting of the States Parties urged ..."): the
# States Parties in the meeting's name do not call, and the publisher named before does not either; the call is
# owned by the States not party it addresses. A State or organisation that calls stays the owner (the labels' rule).
MEETING_CALLS_ON_THOSE_OUTSIDE = [
    (
        "en",
        "The ICBL followed the work of the Meeting in Geneva this week.",
        "The Meeting of the States Parties urged States not party to join the Convention without delay.",
    ),
    (
        "fr",
        "L'ICBL a suivi les travaux de la Réunion à Genève.",
        "Le Président de la Réunion des États parties a exhorté les États non parties à adhérer sans tarder à la "
        "Convention.",
    ),
    (
        "es",
        "La ICBL siguió los trabajos de la Reunión en Ginebra.",
        "La Reunión de los Estados Partes instó a los Estados no partes a adherirse sin demora a la Convención.",
    ),
]


@pytest.mark.parametrize(
    ("language", "before", "text"), MEETING_CALLS_ON_THOSE_OUTSIDE, ids=[c[0] for c in MEETING_CALLS_ON_THOSE_OUTSIDE]
)
def test_a_meetings_call_on_states_not_party_is_owned_by_them(language, before, text):
    assert proposed(language, "web_page", before, text) == [("call", ["states-not-party"])]
    assert proposed(language, "news", text) == [("call", ["states-not-party"])]


STATE_CALLS_ON_THOSE_OUTSIDE = [
    ("en", "At the Meeting of the States Parties, Mexico urged States not party to join the Convention."),
    (
        "fr",
        "Lors de la Réunion des États parties, le Mexique a exhorté les États non parties à adhérer à la Convention.",
    ),
    ("es", "En la Reunión de los Estados Partes, México instó a los Estados no partes a adherirse a la Convención."),
]


@pytest.mark.parametrize(
    ("language", "text"), STATE_CALLS_ON_THOSE_OUTSIDE, ids=[c[0] for c in STATE_CALLS_ON_THOSE_OUTSIDE]
)
def test_a_states_call_on_states_not_party_stays_its_own(language, text):
    assert proposed(language, "news", text) == [("call", ["MEX"])]


# A beneficiary State named after "to" or "in" beyond the sum of a funding pledge, however far.
FAR_BENEFICIARIES = [
    ("en", "Norway will provide an additional contribution of 2 million euros over the next three years to Colombia."),
    ("fr", "La Norvège a annoncé 2 millions d'euros pour des opérations de dépollution des zones minées en Colombie."),
    (
        "es",
        "Noruega aportará una contribución adicional de 2 millones de euros durante los próximos tres años a Colombia.",
    ),
    ("es", "Noruega anunció 2 millones de euros para las labores de limpieza de zonas minadas en Colombia."),
]


@pytest.mark.parametrize(
    ("language", "text"), FAR_BENEFICIARIES, ids=[f"{c[0]}-{n}" for n, c in enumerate(FAR_BENEFICIARIES)]
)
def test_a_beneficiary_after_to_or_in_beyond_the_sum_owns_the_pledge_too(language, text):
    before = {"en": "Mines remain a threat.", "fr": "Les mines restent une menace.", "es": "Las minas siguen ahí."}
    assert proposed(language, "news", before[language], text) == [("commitment", ["COL", "NOR"])]


PROMISED_SUMS = [
    ("en", "Norway promised 2 million euros for demining in Cambodia."),
    ("fr", "La Norvège a promis 2 millions d'euros pour le déminage au Cambodge."),
    ("es", "Noruega prometió 2 millones de euros para el desminado en Camboya."),
]


@pytest.mark.parametrize(("language", "text"), PROMISED_SUMS, ids=[c[0] for c in PROMISED_SUMS])
def test_a_promised_sum_is_a_pledge_with_its_beneficiary(language, text):
    before = {"en": "Mines remain a threat.", "fr": "Les mines restent une menace.", "es": "Las minas siguen ahí."}
    assert proposed(language, "news", before[language], text) == [("commitment", ["KHM", "NOR"])]


# A restated pledge ("reaffirmed its commitment"): real-dev's labels keep reaffirmations borderline, with the reading
# "commitment, owned by whoever restates"; the extractor proposes that reading (so it is right either way).
RESTATED_PLEDGES = [
    ("en", "Norway reaffirmed its commitment to clear all mined areas by 2028."),
    ("fr", "La Norvège a réaffirmé son engagement à déminer toutes les zones minées d'ici à 2028."),
    ("es", "Noruega reiteró su compromiso de limpiar todas las zonas minadas antes de 2028."),
]


@pytest.mark.parametrize(("language", "text"), RESTATED_PLEDGES, ids=[c[0] for c in RESTATED_PLEDGES])
def test_a_restated_pledge_is_read_as_the_borderline_labels_read_it(language, text):
    assert proposed(language, "news", text) == [("commitment", ["NOR"])]


# A speaker's call in the first person singular, and a President's request reported in the news: calls on those asked.
SPEAKERS_AND_PRESIDENTS_ASKING = [
    ("en", "statement", "I ask all States to submit their transparency reports on time."),
    ("fr", "statement", "J'invite tous les États à soumettre leurs rapports de transparence à temps."),
    ("es", "statement", "Pido a todos los Estados que presenten sus informes de transparencia a tiempo."),
    ("en", "news", "The President of the Meeting asked States to submit their transparency reports on time."),
    (
        "fr",
        "news",
        "Le Président de la Réunion a demandé aux États de soumettre leurs rapports de transparence à temps.",
    ),
    (
        "es",
        "news",
        "El Presidente de la Reunión pidió a los Estados que presenten sus informes de transparencia a tiempo.",
    ),
]


@pytest.mark.parametrize(
    ("language", "genre", "text"),
    SPEAKERS_AND_PRESIDENTS_ASKING,
    ids=[f"{c[0]}-{c[1]}" for c in SPEAKERS_AND_PRESIDENTS_ASKING],
)
def test_a_speaker_or_a_president_asking_all_states_calls_on_them(language, genre, text):
    assert proposed(language, genre, text) == [("call", ["states-parties"])]


def test_asking_for_time_in_the_first_person_is_no_call():
    assert proposed("en", "statement", "I ask for more time to finish this work.") == []


# A Minister named by title alone in a lead ("The Minister of Foreign Affairs, Jane Doe, today announced ..."): the
# State the release names (its title, else the State it names most), beside the beneficiary.
MINISTER_WITHOUT_STATE = [
    (
        "en",
        "The Minister of Foreign Affairs, Jane Doe, today announced $5 million for demining in Angola.",
        "Canada has supported mine action for twenty years.",
    ),
    (
        "fr",
        "La ministre des Affaires étrangères, Jeanne Dupont, a annoncé aujourd'hui 5 millions de dollars pour le "
        "déminage en Angola.",
        "Le Canada soutient la lutte contre les mines depuis vingt ans.",
    ),
    (
        "es",
        "La ministra de Relaciones Exteriores, Juana Pérez, anunció hoy 5 millones de dólares para el desminado en "
        "Angola.",
        "Canadá apoya la acción contra las minas desde hace veinte años.",
    ),
]


@pytest.mark.parametrize(
    ("language", "lead", "after"), MINISTER_WITHOUT_STATE, ids=[c[0] for c in MINISTER_WITHOUT_STATE]
)
def test_a_minister_named_by_title_alone_in_a_lead_speaks_for_the_state_the_release_names(language, lead, after):
    document = DocumentFactory(language=language, kind="press_release", title="Mine action")
    first = ParagraphFactory(document=document, text=lead, position=1, language=language)
    ParagraphFactory(document=document, text=after, position=2, language=language)
    proposals, _warnings = document_proposals(document)
    found = [(p.kind, sorted(o.code for o in p.owners)) for p in proposals if p.paragraph == first]
    assert found == [("commitment", ["AGO", "CAN"])]


# A dateline glued to the lead ("OSLO, 4 December 2026 - ", "Bogotá, 4 dic (EFE).- "): the place and date aside.
DATELINED_LEADS = [
    ("en", "OSLO, 4 December 2026 - Norway provides 3 million euros for demining in Colombia."),
    ("fr", "GENÈVE, 4 décembre 2026 - La Norvège débloque 3 millions d'euros pour le déminage en Colombie."),
    (
        "es",
        "Bogotá, 4 dic (EFE).- El canciller de Noruega anunció hoy 3 millones de euros para el desminado en Colombia.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DATELINED_LEADS, ids=[c[0] for c in DATELINED_LEADS])
def test_a_lead_after_its_dateline_is_read(language, text):
    assert proposed(language, "news", text) == [("commitment", ["COL", "NOR"])]


# A first-person pledge quoted after "The Minister said:" is the party the text named before.
QUOTED_AFTER_SAYING = [
    ("en", "Norway hosted the Meeting in Oslo.", 'The Minister said: "We will double our contribution next year."'),
    (
        "fr",
        "La Norvège a accueilli la réunion à Oslo.",
        "Le ministre a déclaré : « Nous doublerons notre contribution l'an prochain. »",
    ),
    (
        "es",
        "Noruega acogió la reunión en Oslo.",
        "El ministro agregó: “Para entonces, duplicaremos nuestra contribución a la acción contra las minas”.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), QUOTED_AFTER_SAYING, ids=[c[0] for c in QUOTED_AFTER_SAYING])
def test_a_pledge_quoted_after_a_verb_of_saying_is_the_party_named_before(language, before, text):
    assert proposed(language, "news", before, text) == [("commitment", ["NOR"])]


# Money as the subject ("These funds will also support", "Esta nueva financiación incluirá") stands for its donor,
# named before; the States it helps are added.
FUNDS_AS_SUBJECT = [
    (
        "en",
        "Canada announced 8 million dollars for mine action.",
        "The new funding will also support clearance in Sri Lanka.",
    ),
    (
        "fr",
        "Le Canada a annoncé une aide de 8 millions de dollars pour la lutte antimines.",
        "Les fonds vont aussi soutenir le déminage au Sri Lanka.",
    ),
    (
        "es",
        "Canadá anunció una inversión de 8 millones de dólares para la acción contra las minas.",
        "Esta nueva financiación apoyará también el desminado en Sri Lanka.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), FUNDS_AS_SUBJECT, ids=[c[0] for c in FUNDS_AS_SUBJECT])
def test_funds_as_a_subject_are_their_donors_named_before(language, before, text):
    assert proposed(language, "news", before, text) == [("commitment", ["CAN", "LKA"])]


# "The country has committed to", "El país se ha comprometido a": the State named before.
THE_COUNTRY = [
    ("en", "Chile took over the presidency in January.", "The country has committed to completing clearance by 2020."),
    ("fr", "Le Chili a pris la présidence en janvier.", "Le pays s'est engagé à achever le déminage d'ici à 2020."),
    ("es", "Chile asumió la presidencia en enero.", "El país se ha comprometido a concluir el desminado en 2020."),
]


@pytest.mark.parametrize(("language", "before", "text"), THE_COUNTRY, ids=[c[0] for c in THE_COUNTRY])
def test_the_country_is_the_state_named_before(language, before, text):
    assert proposed(language, "news", before, text) == [("commitment", ["CHL"])]


# A call on "all state parties", "les parties", "las partes" is on the States Parties, never on whoever calls.
THE_PARTIES = [
    ("en", "Cambodia has shared its expertise with Azerbaijan.", "He urged all state parties to honour their pledges."),
    (
        "fr",
        "Le Cambodge a partagé son expertise avec l'Azerbaïdjan.",
        "Il a appelé les parties à respecter leurs engagements.",
    ),
    (
        "es",
        "Camboya ha compartido su experiencia con Azerbaiyán.",
        "Luego instó a las partes a respetar sus compromisos.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), THE_PARTIES, ids=[c[0] for c in THE_PARTIES])
def test_a_call_on_the_parties_is_on_the_states_parties(language, before, text):
    assert proposed(language, "news", before, text) == [("call", ["states-parties"])]


# A pledge in the first person singular, quoted ("“I pledge my commitment to ...,” he said"), is the party named
# before, whose officer speaks.
FIRST_PERSON_SINGULAR = [
    (
        "en",
        "Cambodia was elected to host the Fifth Review Conference.",
        "“I pledge my commitment to ensuring this goal is met,” he said.",
    ),
    (
        "fr",
        "Le Cambodge a été élu pour accueillir la cinquième Conférence d'examen.",
        "« Je m'engage à ce que cet objectif soit atteint », a-t-il déclaré.",
    ),
    (
        "es",
        "Camboya fue elegida para acoger la Quinta Conferencia de Examen.",
        "“Me comprometo a que se cumpla este objetivo”, dijo.",
    ),
]


@pytest.mark.parametrize(
    ("language", "before", "text"), FIRST_PERSON_SINGULAR, ids=[c[0] for c in FIRST_PERSON_SINGULAR]
)
def test_a_quoted_pledge_in_the_first_person_singular_is_the_party_named_before(language, before, text):
    assert proposed(language, "news", before, text) == [("commitment", ["KHM"])]
