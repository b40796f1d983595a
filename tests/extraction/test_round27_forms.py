"""Forms read in context (issue 22, rounds 27 and later), in English, French and Spanish. The sentences were written
for these tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed_by_position

pytestmark = pytest.mark.django_db

FIRST = {
    "en": "Peru has cleared 80 per cent of its northern border, officials said on Monday.",
    "fr": "Le Pérou a déminé 80 pour cent de sa frontière nord, ont indiqué lundi les autorités.",
    "es": "Perú ha despejado el 80 por ciento de su frontera norte, informaron el lunes las autoridades.",
}

# The State's executive named by an office, after an opening phrase or not: the State the story named before.
THE_STATES_EXECUTIVE = [
    ("en", "To that end, the Government will launch a new national victim assistance plan."),
    ("en", "The Ministry of Defence plans to clear 50 more hectares next year."),
    ("en", "The authorities hope to complete clearance by the end of 2026."),
    ("fr", "À cette fin, le gouvernement lancera un nouveau plan national d'assistance aux victimes."),
    ("fr", "Le ministère de la Défense prévoit de déminer 50 hectares supplémentaires l'an prochain."),
    ("fr", "Les autorités espèrent achever le déminage d'ici fin 2026."),
    ("es", "Con ese fin, el Ejecutivo pondrá en marcha un nuevo plan nacional de asistencia a víctimas."),
    ("es", "El Ministerio de Defensa prevé desminar 50 hectáreas adicionales durante el próximo año."),
    ("es", "Las autoridades esperan concluir las labores de desminado a finales de 2026."),
]


@pytest.mark.parametrize(("language", "text"), THE_STATES_EXECUTIVE, ids=[c[0] for c in THE_STATES_EXECUTIVE])
def test_a_government_office_or_the_authorities_commit_the_state_named_before(language, text):
    by_position = proposed_by_position(language, "news", [FIRST[language], text], title="Mine action")
    assert by_position == {2: [("commitment", ["PER"])]}


# A President who announces what "his government" will do is a head of State, not a meeting's President deciding.
HEAD_OF_STATE_ANNOUNCES = [
    ("en", "The President announced that his government will sign a cooperation agreement with Norway on demining."),
    (
        "fr",
        "Le président a annoncé que son gouvernement signera un accord de coopération avec la Norvège sur le déminage.",
    ),
    ("es", "El presidente anunció que su gobierno firmará un acuerdo de cooperación con Noruega para el desminado."),
]


@pytest.mark.parametrize(("language", "text"), HEAD_OF_STATE_ANNOUNCES, ids=[c[0] for c in HEAD_OF_STATE_ANNOUNCES])
def test_a_president_announcing_what_his_government_will_do_commits_his_state(language, text):
    by_position = proposed_by_position(language, "news", [FIRST[language], text], title="Mine action")
    assert by_position == {2: [("commitment", ["PER"])]}


# Asking donors to act is a call on those in a position to give.
ASKING_DONORS = [
    ("en", "The director asked donors to maintain their support for demining programmes."),
    ("fr", "Le directeur a demandé aux donateurs de maintenir leur soutien aux programmes de déminage."),
    ("es", "El director pidió a los donantes mantener su apoyo a los programas de desminado."),
]


@pytest.mark.parametrize(("language", "text"), ASKING_DONORS, ids=[c[0] for c in ASKING_DONORS])
def test_asking_donors_is_a_call_on_the_states_in_a_position_to_give(language, text):
    by_position = proposed_by_position(language, "news", [FIRST[language], text], title="Mine action")
    assert by_position == {2: [("call", ["states-parties-in-a-position"])]}


# A stored web copy that glued two paragraphs ("arsenales.Al inaugurar"): the second sentence is read on its own.
GLUED_SENTENCES = [
    (
        "en",
        "Delegates met in Geneva on Monday to review progress.At the opening, Norway called on States to step up "
        "clearance.",
        ["states-parties"],
    ),
    (
        "fr",
        "Les délégués se sont réunis lundi à Genève pour faire le point.À l'ouverture, la Norvège a appelé les "
        "États à intensifier le déminage.",
        ["states-parties"],
    ),
    (
        "es",
        "Unos 700 delegados se reunieron el lunes en Ginebra para analizar los avances.Al inaugurar la reunión, "
        "Noruega hizo un llamado para que los Estados intensifiquen el desminado.",
        ["states-parties"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), GLUED_SENTENCES, ids=[c[0] for c in GLUED_SENTENCES])
def test_two_sentences_glued_by_a_web_copy_are_read_apart(language, text, owners):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("call", owners)]}


# A news agency's credit before the story's first words is no part of the subject.
AGENCY_CREDIT = [
    ("en", "(AFP) - Switzerland has the will to strengthen the Ottawa Convention, the Federal Councillor said."),
    (
        "fr",
        "(Keystone-ATS) La Suisse a la volonté de renforcer la Convention d'Ottawa, a déclaré le conseiller fédéral.",
    ),
    ("es", "(EFE) Suiza tiene la voluntad de reforzar la Convención de Ottawa, declaró el consejero federal."),
]


@pytest.mark.parametrize(("language", "text"), AGENCY_CREDIT, ids=[c[0] for c in AGENCY_CREDIT])
def test_a_news_agencys_credit_does_not_hide_the_subject(language, text):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("commitment", ["CHE"])]}


def test_a_word_the_stored_copy_cut_is_no_future():
    text = "Elles étaient un obstacle au développement et bloquaient les activités telles que le pâtura"
    assert proposed_by_position("fr", "press_release", [text], title="Déminage") == {}


# The Secretary-General speaks for the United Nations: calling States not party to join is the UN's call.
SECRETARY_GENERAL_CALLS = [
    ("en", "The UN Secretary-General urged all States that have not yet done so to join the Convention."),
    (
        "fr",
        "Le Secrétaire général de l'ONU a exhorté les États qui ne l'ont pas encore fait à adhérer à la Convention.",
    ),
    (
        "es",
        "El Secretario General de la ONU urgió a todos los que no lo hayan hecho a firmar y ratificar la Convención.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SECRETARY_GENERAL_CALLS, ids=[c[0] for c in SECRETARY_GENERAL_CALLS])
def test_the_secretary_generals_call_on_states_not_party_is_the_uns(language, text):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("call", ["UN"])]}


# All the States Parties, counted ("the Convention's 158 States Parties"), agreeing: theirs.
ALL_STATES_PARTIES_COUNTED = [
    ("en", "He said that the Convention's 158 States Parties agreed to recommit to a world without mines."),
    ("fr", "Il a indiqué que les 164 États parties ont convenu de se réengager pour un monde sans mines."),
    ("es", "Dijo que los 156 Estados Parte acordaron renovar su compromiso con un mundo sin minas."),
]


@pytest.mark.parametrize(
    ("language", "text"), ALL_STATES_PARTIES_COUNTED, ids=[c[0] for c in ALL_STATES_PARTIES_COUNTED]
)
def test_all_the_states_parties_counted_own_what_they_agree(language, text):
    found = proposed_by_position(language, "news", [text], title="Mine action")
    assert [owners for _kind, owners in found[1]] == [["states-parties"]]


# Requests for extension approved in the passive: the States named, else the affected States Parties.
EXTENSIONS_APPROVED = [
    ("en", "Requests for extensions from 12 States Parties (Angola, Cambodia, etc.) were approved.", ["AGO", "KHM"]),
    ("en", "Requests for extensions of mine clearance deadlines were also approved.", ["affected-states-parties"]),
    (
        "fr",
        "Les demandes de prolongation de 12 États parties (Angola, Cambodge, etc.) ont été acceptées.",
        ["AGO", "KHM"],
    ),
    ("fr", "Des demandes de prolongation des délais de déminage ont été approuvées.", ["affected-states-parties"]),
    (
        "es",
        "Las solicitudes de prórroga de 12 Estados Parte (Angola, Camboya, etc.) fueron aprobadas.",
        ["AGO", "KHM"],
    ),
    ("es", "Las solicitudes de prórroga de los plazos de desminado fueron aprobadas.", ["affected-states-parties"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), EXTENSIONS_APPROVED, ids=[c[0] for c in EXTENSIONS_APPROVED])
def test_extension_requests_approved_in_the_passive_are_a_decision_on_those_who_asked(language, text, owners):
    assert proposed_by_position(language, "web_page", [text], title="Meeting") == {1: [("conclusion", owners)]}


# A relative clause whose date has a comma ("as of April 30, 2008,") still stands between subject and verb.
def test_a_date_comma_inside_a_relative_clause_keeps_the_subject():
    text = (
        "Greece, which declared 1.6 million mines as of April 30, 2008, reiterated plans to transfer its stockpile "
        "for destruction by mid-2009."
    )
    assert proposed_by_position("en", "news", [text], title="Stockpiles") == {1: [("commitment", ["GRC"])]}


# "They" after a sentence on States in general: the States Parties.
THEY_AFTER_STATES = [
    ("en", "More than 120 States adopted the plan. They undertake to ensure that victims have access to services."),
    ("fr", "Plus de 120 États ont adopté ce plan. Ils s'engagent à garantir l'accès des victimes aux services."),
    (
        "es",
        "Más de 120 Estados adoptaron el plan. Ellos se comprometen a garantizar el acceso de las víctimas a los "
        "servicios.",
    ),
]


@pytest.mark.parametrize(("language", "text"), THEY_AFTER_STATES, ids=[c[0] for c in THEY_AFTER_STATES])
def test_they_after_a_sentence_on_states_are_the_states_parties(language, text):
    assert proposed_by_position(language, "news", [text], title="Victims") == {1: [("commitment", ["states-parties"])]}


# A State's parliament or its lawmakers pledging: the State named before.
LAWMAKERS_PLEDGE = [
    ("en", "Lawmakers pledged that any use of landmines in wartime would be thoroughly documented."),
    ("fr", "Le parlement s'est engagé à ce que toute utilisation de mines soit soigneusement documentée."),
    ("es", "Los legisladores se comprometieron a documentar minuciosamente cualquier uso de minas."),
]


@pytest.mark.parametrize(("language", "text"), LAWMAKERS_PLEDGE, ids=[c[0] for c in LAWMAKERS_PLEDGE])
def test_a_parliament_pledging_commits_the_state_named_before(language, text):
    first = {
        "en": "Finland's parliament approved the withdrawal on Tuesday.",
        "fr": "Le parlement finlandais a approuvé mardi le retrait de la Finlande.",
        "es": "El parlamento de Finlandia aprobó el martes la retirada.",
    }[language]
    assert proposed_by_position(language, "news", [first, text], title="Withdrawal") == {2: [("commitment", ["FIN"])]}


# The opening "we" of a declaration, gathered to reaffirm its commitments: the States Parties' commitment.
GATHERED_TO_REAFFIRM = [
    (
        "en",
        "We, the States Parties to the Convention, have gathered in Zagreb to reaffirm the commitments made at "
        "Nairobi.",
    ),
    (
        "fr",
        "Nous, États parties à la Convention, sommes réunis à Zagreb pour réaffirmer les engagements pris à Nairobi.",
    ),
    (
        "es",
        "Nosotros, los Estados Partes en la Convención, reunidos en Zagreb para reafirmar los compromisos "
        "contraídos en Nairobi.",
    ),
]


@pytest.mark.parametrize(("language", "text"), GATHERED_TO_REAFFIRM, ids=[c[0] for c in GATHERED_TO_REAFFIRM])
def test_a_declarations_we_gathered_to_reaffirm_its_commitments_commits_the_states_parties(language, text):
    found = proposed_by_position(language, "declaration", [text], title="Declaration")
    assert found == {1: [("commitment", ["states-parties"])]}


# "We hope that this country will ...": a call on the State named before.
HOPE_ADDRESSED_TO_A_STATE = [
    (
        "en",
        'Venezuela requested an extension, Brigot added. "We hope that this country will take this obligation '
        'seriously," she said.',
    ),
    (
        "fr",
        "Le Venezuela a demandé une prolongation, a ajouté Brigot. « Nous espérons que ce pays commencera "
        "sérieusement cette obligation », a-t-elle dit.",
    ),
    (
        "es",
        'Venezuela solicitó una prórroga, añadió Brigot. "Esperamos que este país inicie muy seriamente esta '
        'obligación", apuntó.',
    ),
]


@pytest.mark.parametrize(("language", "text"), HOPE_ADDRESSED_TO_A_STATE, ids=[c[0] for c in HOPE_ADDRESSED_TO_A_STATE])
def test_a_hope_that_this_country_will_act_is_a_call_on_that_state(language, text):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("call", ["VEN"])]}
