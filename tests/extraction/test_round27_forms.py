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


# Round 28.


# A message whose title names the Secretary-General is the UN's: its call on States not party to join is the UN's.
SECRETARY_GENERALS_MESSAGE = [
    (
        "en",
        "Secretary-General Says in Message to States Parties",
        "I call on all States that have not yet done so to join the Convention without delay.",
    ),
    (
        "fr",
        "Le Secrétaire général dit que les mines n'ont pas leur place dans le monde",
        "J'appelle tous les États qui ne l'ont pas encore fait à adhérer sans tarder à la Convention.",
    ),
    (
        "es",
        "El Secretario General llama a erradicar las minas",
        "Hago un llamamiento a todos los Estados que aún no "
        "lo han hecho para que se adhieran sin demora a la Convención.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "text"), SECRETARY_GENERALS_MESSAGE, ids=[c[0] for c in SECRETARY_GENERALS_MESSAGE]
)
def test_the_secretary_generals_message_speaks_for_the_un(language, title, text):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("call", ["UN"])]}


# Help asked of a donor it names: that donor is asked.
HELP_OF_A_DONOR = [
    ("en", "The director of the national centre then sought the help of Japan to meet the remaining challenges."),
    ("fr", "Le directeur du centre national a ensuite sollicité l'aide du Japon pour relever les défis restants."),
    ("es", "El director del centro nacional solicitó también la ayuda de Japón para superar los desafíos pendientes."),
]


@pytest.mark.parametrize(("language", "text"), HELP_OF_A_DONOR, ids=[c[0] for c in HELP_OF_A_DONOR])
def test_help_asked_of_a_named_donor_is_a_call_on_that_donor(language, text):
    assert proposed_by_position(language, "web_page", [text], title="Visit") == {1: [("call", ["JPN"])]}


# An extension given, in the passive: a decision on that State.
EXTENSION_GIVEN = [
    ("en", "The United Kingdom was given an extension until 1 April 2024."),
    ("fr", "Le Royaume-Uni s'est vu accorder une prolongation jusqu'au 1er avril 2024."),
    ("es", "El Reino Unido recibió una prórroga hasta el 1 de abril de 2024."),
]


@pytest.mark.parametrize(("language", "text"), EXTENSION_GIVEN, ids=[c[0] for c in EXTENSION_GIVEN])
def test_an_extension_given_in_the_passive_is_a_decision_on_that_state(language, text):
    assert proposed_by_position(language, "web_page", [text], title="Meeting") == {1: [("conclusion", ["GBR"])]}


# Two parties concluding or signing an agreement: both commit.
AGREEMENT_SIGNED = [
    ("en", "The European Union and Ukraine signed an agreement on the destruction of PFM-1 mine stockpiles."),
    ("fr", "L'Union européenne et l'Ukraine ont conclu un accord sur la destruction des stocks de mines PFM-1."),
    ("es", "La Unión Europea y Ucrania firmaron un acuerdo para la destrucción de las reservas de minas PFM-1."),
]


@pytest.mark.parametrize(("language", "text"), AGREEMENT_SIGNED, ids=[c[0] for c in AGREEMENT_SIGNED])
def test_an_agreement_concluded_by_two_parties_commits_both(language, text):
    assert proposed_by_position(language, "web_page", [text], title="Stockpiles") == {
        1: [("commitment", ["EU", "UKR"])]
    }


def test_an_agreement_signed_in_a_past_year_is_background():
    text = "Ecuador and Peru signed a peace agreement in 1998."
    assert proposed_by_position("en", "news", [text], title="Border") == {}


# A day used to announce a sum: the donor's pledge.
USED_TO_ANNOUNCE = [
    ("en", "Global Affairs Canada used today's anniversary to announce a new $12 million contribution to mine action."),
    (
        "fr",
        "Affaires mondiales Canada a profité de l'anniversaire pour annoncer une contribution de 12 millions de "
        "dollars.",
    ),
    ("es", "El Gobierno de Canadá aprovechó el aniversario para anunciar un aporte de 12 millones de dólares."),
]


@pytest.mark.parametrize(("language", "text"), USED_TO_ANNOUNCE, ids=[c[0] for c in USED_TO_ANNOUNCE])
def test_a_day_used_to_announce_a_sum_is_the_donors_pledge(language, text):
    assert proposed_by_position(language, "news", [text], title="Funding") == {1: [("commitment", ["CAN"])]}


# "We are determined to": the speakers' pledge, quoted or not.
DETERMINED_TO = [
    ("en", "“We are determined to promote the full implementation of the Convention,” the Swiss Ambassador said."),
    (
        "fr",
        "« Nous sommes déterminés à promouvoir la pleine mise en œuvre de la Convention », a dit l'ambassadeur suisse.",
    ),
    ("es", "“Estamos determinados a promover la total implementación de la Convención”, dijo el Embajador suizo."),
]


@pytest.mark.parametrize(("language", "text"), DETERMINED_TO, ids=[c[0] for c in DETERMINED_TO])
def test_being_determined_to_act_is_a_pledge(language, text):
    assert proposed_by_position(language, "press_release", [text], title="Summit") == {1: [("commitment", ["CHE"])]}


# Asked "formally, through a resolution, that": the request reaches past the insertion.
ASKED_PAST_AN_INSERTION = [
    ("en", "Switzerland has formally asked, through a UN resolution, that States not party provide information."),
    (
        "fr",
        "La Suisse a demandé officiellement, par une résolution de l'ONU, que les États non parties fournissent "
        "des informations.",
    ),
    (
        "es",
        "Suiza ha pedido formalmente, a través de una resolución de la ONU, que los Estados que aún no se han "
        "unido a la Convención provean información.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ASKED_PAST_AN_INSERTION, ids=[c[0] for c in ASKED_PAST_AN_INSERTION])
def test_a_request_past_an_insertion_is_a_call_by_the_party_on_states_not_party(language, text):
    assert proposed_by_position(language, "press_release", [text], title="Summit") == {1: [("call", ["CHE"])]}


# "Our country has decided": the State the story opens on (of two named as often, the first).
OUR_COUNTRY = [
    (
        "en",
        [
            "Belgium chairs the Convention in 2015; Chile will take over in 2016.",
            "At the forefront of the fight against mines, our country has decided to give an extra 330,000 euros.",
        ],
    ),
    (
        "fr",
        [
            "La Belgique préside en 2015 cette Convention, le Chili prendra son relais en 2016.",
            "En pointe dans la lutte contre les mines, notre pays a décidé de consacrer une contribution de 330.000 "
            "euros.",
        ],
    ),
    (
        "es",
        [
            "Bélgica preside la Convención en 2015; Chile tomará el relevo en 2016.",
            "A la vanguardia de la lucha contra las minas, nuestro país ha decidido aportar 330.000 euros.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), OUR_COUNTRY, ids=[c[0] for c in OUR_COUNTRY])
def test_our_country_is_the_state_the_story_opens_on(language, texts):
    found = proposed_by_position(language, "web_page", texts, title="Geneva")
    assert found[2] == [("commitment", ["BEL"])]


def test_a_progressive_going_on_to_a_call_is_the_subjects_call():
    text = (
        "Geneva, 1 March 2016 – Chile, the current Presidency of the Convention, is marking seventeen years of "
        "successes, and calling on all parties to redouble their efforts."
    )
    assert proposed_by_position("en", "press_release", [text], title="Last Stretch") == {
        1: [("call", ["states-parties"])]
    }


# "Both ministers signed a declaration in which they committed to": the two States named before.
PAIR_IN_A_RELATIVE = [
    (
        "en",
        [
            "Peru's minister will meet the minister of Ecuador in Guayaquil.",
            "Both ministers signed a joint declaration in which they committed to step up demining.",
        ],
    ),
    (
        "fr",
        [
            "Le ministre du Pérou rencontrera son homologue de l'Équateur à Guayaquil.",
            "Les deux ministres ont signé une déclaration conjointe dans laquelle ils se sont engagés à intensifier le "
            "déminage.",
        ],
    ),
    (
        "es",
        [
            "El ministro del Perú se reunirá con su par del Ecuador en Guayaquil.",
            "Ambos ministros suscribieron una declaración conjunta en la que se comprometieron a intensificar el "
            "desminado.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), PAIR_IN_A_RELATIVE, ids=[c[0] for c in PAIR_IN_A_RELATIVE])
def test_a_pair_that_commits_in_a_relative_clause_is_the_two_states_named_before(language, texts):
    found = proposed_by_position(language, "news", texts, title="Demining")
    assert sorted(owner for _kind, owners in found[2] for owner in owners) == ["ECU", "PER"]


# A person's call on States not party, in a story that names no caller before it: the State the story is about.
CALL_ON_OUTSIDERS_IN_A_STATES_STORY = [
    (
        "en",
        [
            "Switzerland hosts the Fourth Meeting of the States Parties in Geneva.",
            "“I call on all States that have not yet joined to take this path,” the Federal Councillor said.",
        ],
    ),
    (
        "fr",
        [
            "La Suisse accueille à Genève la quatrième Réunion des États parties.",
            "« J'en appelle à tous les États qui n'ont pas encore adhéré à emprunter ce chemin », a déclaré le "
            "conseiller fédéral.",
        ],
    ),
    (
        "es",
        [
            "Suiza acoge en Ginebra la cuarta Reunión de los Estados Partes.",
            "“Hago un llamamiento a todos los Estados que aún no se han adherido a seguir este camino”, dijo el "
            "consejero federal.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("language", "texts"), CALL_ON_OUTSIDERS_IN_A_STATES_STORY, ids=[c[0] for c in CALL_ON_OUTSIDERS_IN_A_STATES_STORY]
)
def test_a_call_on_states_not_party_with_no_caller_named_is_the_storys_state(language, texts):
    assert proposed_by_position(language, "news", texts, title="Geneva")[2] == [("call", ["CHE"])]


# Round 29.

# A State that "will be free of mines" by a date pledges to finish.
MINE_FREE_BY = [
    ("en", "Chile said the country will be free of mines by 2020."),
    ("fr", "Le Chili a indiqué que le pays sera libre de mines en 2020."),
    ("es", "Chile aseguró que el país estará libre de minas antipersonal en 2020."),
]


@pytest.mark.parametrize(("language", "text"), MINE_FREE_BY, ids=[c[0] for c in MINE_FREE_BY])
def test_a_state_that_will_be_free_of_mines_by_a_date_pledges_to_finish(language, text):
    assert proposed_by_position(language, "news", [text], title="Clearance") == {1: [("commitment", ["CHL"])]}


def test_a_participle_clause_calling_on_the_parties_is_the_subjects_call_on_them():
    text = "Afghanistan chaired the convention in 2018, calling on the parties to recognize the threat of new mines."
    assert proposed_by_position("en", "news", [text], title="Meeting") == {1: [("call", ["states-parties"])]}


def test_a_minister_stressing_her_countrys_commitment_to_support_a_state_commits_both():
    text = (
        "In her turn, the Minister of Foreign Affairs of Belgium stressed her country's commitment to continue to "
        "support Angola in the demining process."
    )
    assert proposed_by_position("en", "news", [text], title="Demining") == {1: [("commitment", ["AGO", "BEL"])]}


def test_participants_pressing_states_that_have_not_signed_call_on_them_as_the_participants():
    text = (
        "Les participants au Sommet pressent d'ailleurs les pays qui n'ont pas encore signé la Convention d'Ottawa "
        "de parapher le texte sans délai."
    )
    found = proposed_by_position("fr", "news", [text], title="Sommet")
    assert found == {1: [("call", ["conference-participants"])]}


# A Secretary-General's message that names another organisation speaks for that one (the OAS's, not the UN's).
def test_a_secretary_generals_message_speaks_for_the_organisation_its_text_names():
    texts = [
        "De nuestra parte continuaremos nuestros esfuerzos por eliminar la amenaza que representan las minas.",
        "La OEA respondió al llamado de los Estados centroamericanos con un programa de asistencia al desminado.",
    ]
    found = proposed_by_position("es", "statement", texts, title="Mensaje del Secretario General")
    assert found[1] == [("commitment", ["OAS"])]


# Round 30: a list of new deadlines and its items ("Afganistán hasta el 1 de marzo de 2025;"), each a decision on its
# State, with or without "until".
NEW_DEADLINES_LISTED = [
    (
        "en",
        "Four States Parties were granted new deadlines as follows:",
        ["Afghanistan until 1 March 2025;", "Ecuador 31 December 2025;", "Yemen until 1 March 2028."],
    ),
    (
        "fr",
        "Quatre États parties ont obtenu de nouveaux délais, comme suit :",
        ["Afghanistan jusqu'au 1er mars 2025 ;", "Équateur 31 décembre 2025 ;", "Yémen jusqu'au 1er mars 2028."],
    ),
    (
        "es",
        "Cuatro países recibieron nuevos plazos para la remoción de minas de la siguiente manera:",
        [
            "Afganistán hasta el 1 de marzo de 2025;",
            "Ecuador 31 de diciembre de 2025;",
            "Yemen hasta el 1 de marzo de 2028.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("language", "chapeau", "items"), NEW_DEADLINES_LISTED, ids=[c[0] for c in NEW_DEADLINES_LISTED]
)
def test_each_item_of_a_list_of_new_deadlines_is_a_decision_on_its_state(language, chapeau, items):
    found = proposed_by_position(language, "news", [chapeau, *items], title="Extensions")
    assert {position: found.get(position) for position in (2, 3, 4)} == {
        2: [("conclusion", ["AFG"])],
        3: [("conclusion", ["ECU"])],
        4: [("conclusion", ["YEM"])],
    }
