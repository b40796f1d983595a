"""Forms read in context (issue 22, round 36), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A State that renounces the use or production of mines, now or from now on, commits (a policy announced).
RENOUNCES = [
    ("en", "The administration announced on Monday that the United States renounces the use of anti-personnel mines."),
    ("fr", "L'administration a annoncé lundi que les États-Unis renoncent à l'utilisation des mines antipersonnel."),
    ("es", "El gobierno anunció el lunes que Estados Unidos renuncia al uso o producción de minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), RENOUNCES, ids=case_ids(RENOUNCES))
def test_a_state_that_renounces_the_use_of_mines_commits(language, text):
    assert proposed_by_position(language, "news", [text], title="Mines") == {1: [("commitment", ["USA"])]}


# ... but a past renunciation told as background is not a pledge made here.
RENOUNCED_BEFORE = [
    ("en", "Since 1997, Canada renounced the use of anti-personnel mines and destroyed its stockpile."),
    ("fr", "Depuis 1997, le Canada a renoncé à l'utilisation des mines antipersonnel et détruit son stock."),
    ("es", "Desde 1997, Canadá renunció al uso de minas antipersonal y destruyó sus existencias."),
]


@pytest.mark.parametrize(("language", "text"), RENOUNCED_BEFORE, ids=case_ids(RENOUNCED_BEFORE))
def test_a_renunciation_told_as_background_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", [text], title="Mines") == {}


# "We, the States Parties, along with other States and organisations, gathered in X, reaffirm our unwavering
# commitment": all who took part commit, whatever stands between "we" and the verb.
WE_ALONG_WITH_OTHERS = [
    (
        "en",
        "We, the States Parties to the Convention, along with other States, international organizations and "
        "non-governmental organizations, gathered in Lima, Peru, reaffirm our unwavering commitment to the total "
        "eradication of anti-personnel mines.",
    ),
    (
        "fr",
        "Nous, les États parties à la Convention, aux côtés d'autres États et des organisations internationales, "
        "réunis à Lima, réaffirmons notre engagement inébranlable en faveur de l'élimination totale des mines.",
    ),
    (
        "es",
        "Nosotros, los Estados Partes en la Convención, junto con otros Estados y organizaciones internacionales, "
        "reunidos en Lima, reafirmamos nuestro compromiso inquebrantable con la eliminación total de las minas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), WE_ALONG_WITH_OTHERS, ids=case_ids(WE_ALONG_WITH_OTHERS))
def test_we_the_states_parties_along_with_others_are_the_participants(language, text):
    by_position = proposed_by_position(language, "declaration", [text], title="Lima Declaration")
    assert by_position == {1: [("commitment", ["conference-participants"])]}


# A pledge whose verb and infinitive are parted by a phrase between commas.
PLEDGE_WITH_INSERTION = [
    (
        "en",
        "Angola and Zambia committed, at a workshop held in Lusaka last May, to destroy all mines in their possession.",
    ),
    (
        "fr",
        "L'Angola et la Zambie se sont engagés, à l'issue d'un atelier tenu à Lusaka en mai dernier, à détruire "
        "toutes les mines en leur possession.",
    ),
    (
        "es",
        "Angola y Zambia se comprometieron, durante un taller celebrado en Lusaka el pasado mes de mayo, a destruir "
        "todas las minas en su poder.",
    ),
]


@pytest.mark.parametrize(("language", "text"), PLEDGE_WITH_INSERTION, ids=case_ids(PLEDGE_WITH_INSERTION))
def test_a_pledge_parted_from_its_infinitive_by_a_phrase_still_commits(language, text):
    by_position = proposed_by_position(language, "news", [text], title="Stockpiles")
    assert by_position == {1: [("commitment", ["AGO", "ZMB"])]}


# A speaker who reiterates the will of their Government to act speaks for the State.
WILL_OF_MY_GOVERNMENT = [
    (
        "en",
        "It is an honour to address you as Malawi hands over the Presidency, to reiterate the determination of my "
        "Government to eradicate this scourge for ever.",
    ),
    (
        "fr",
        "C'est un honneur de m'adresser à vous alors que le Malawi transmet la Présidence, pour réitérer la volonté "
        "de mon gouvernement d'éradiquer à jamais ce fléau.",
    ),
    (
        "es",
        "Es un honor dirigirme a ustedes cuando Malawi hace entrega de la Presidencia, para reiterar la voluntad "
        "expresa de mi gobierno de erradicar para siempre este flagelo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), WILL_OF_MY_GOVERNMENT, ids=case_ids(WILL_OF_MY_GOVERNMENT))
def test_the_will_of_my_government_to_act_is_the_states_commitment(language, text):
    by_position = proposed_by_position(language, "statement", [text], title="Speech")
    assert by_position == {1: [("commitment", ["MWI"])]}


# A statement given "on behalf of" an organisation speaks for it, whatever place the text names more.
ON_BEHALF_OF = [
    (
        "en",
        [
            "On 2 March the campaign delivered a statement on behalf of the ICBL at the meeting held in Cartagena, "
            "Colombia, ahead of the conference in Colombia.",
            "We will continue to take part in national and regional meetings before the conference.",
        ],
    ),
    (
        "fr",
        [
            "Le 2 mars, la campagne a prononcé une déclaration au nom de l'ICBL lors de la réunion tenue à Carthagène, "
            "en Colombie, avant la conférence en Colombie.",
            "Nous continuerons à participer aux réunions nationales et régionales avant la conférence.",
        ],
    ),
    (
        "es",
        [
            "El 2 de marzo la campaña pronunció una declaración en nombre de la ICBL en la reunión celebrada en "
            "Cartagena, Colombia, antes de la conferencia en Colombia.",
            "Seguiremos participando en las reuniones nacionales y regionales antes de la conferencia.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), ON_BEHALF_OF, ids=case_ids(ON_BEHALF_OF))
def test_a_statement_on_behalf_of_an_organisation_speaks_for_it(language, texts):
    by_position = proposed_by_position(language, "statement", texts, title="Expectations 2 March")
    assert by_position == {2: [("commitment", ["ICBL"])]}


# The opening participles of a preamble describe; what follows them ("it is essential to") is no recommendation.
PREAMBLE = [
    (
        "en",
        "Recognizing that mine contamination harms the environment, it is essential to prevent and mitigate its "
        "effects through appropriate measures;",
    ),
    (
        "fr",
        "Reconnaissant que la contamination par les mines nuit à l'environnement, il est essentiel d'en prévenir et "
        "d'en atténuer les effets par des mesures appropriées;",
    ),
    (
        "es",
        "Reconociendo que la contaminación por minas daña el medio ambiente, por lo que es fundamental prevenir y "
        "mitigar sus efectos mediante medidas adecuadas;",
    ),
]


@pytest.mark.parametrize(("language", "text"), PREAMBLE, ids=case_ids(PREAMBLE))
def test_a_preamble_paragraph_is_not_operative(language, text):
    assert proposed_by_position(language, "declaration", [text], title="Declaration") == {}


def test_a_french_possessive_that_ends_like_an_infinitive_is_no_order_on_a_web_page():
    text = (
        "Notre région Sud contaminée par ces engins depuis 1982, l'État du Sénégal a mis en place un centre national "
        "basé à Ziguinchor pour dépolluer la Casamance."
    )
    assert proposed_by_position("fr", "web_page", [text], title="Le centre") == {}


# A visit's programme (a speech, a conference attended) is no pledge; deminers at a workshop together are.
PROGRAMME = [
    (
        "en",
        "Princess Astrid will take part in the Review Conference in Maputo. She will deliver Belgium's speech at the "
        "high-level session.",
    ),
    ("fr", "La princesse Astrid prendra part à la Conférence d'examen et prononcera le discours de la Belgique."),
    ("es", "La princesa Astrid asistirá a la Conferencia de Examen y pronunciará el discurso de Bélgica."),
]


@pytest.mark.parametrize(("language", "text"), PROGRAMME, ids=case_ids(PROGRAMME))
def test_a_visits_programme_is_no_pledge(language, text):
    assert proposed_by_position(language, "web_page", [text], title="Belgium at the Conference") == {}


def test_deminers_attending_a_workshop_together_is_still_cooperation():
    text = (
        "“Next year, Peruvian deminers will attend a workshop on jungle demining that Ecuador is to organise in "
        "El Puyo,” he added."
    )
    [(kind, owners)] = proposed_by_position("en", "news", [text], title="Ecuador and Peru")[1]
    assert kind == "commitment" and "PER" in owners


# "States must ...", "Les États doivent ...", "Los Estados deben ...": an exhortation, in Spanish as in the others.
STATES_MUST = [
    ("en", "States must maintain their financial support to mine action, the campaign said."),
    ("fr", "Les États doivent maintenir leur soutien financier à l'action contre les mines, a affirmé la campagne."),
    ("es", "Los Estados deben mantener su apoyo financiero a la acción contra las minas, afirmó la campaña."),
]


@pytest.mark.parametrize(("language", "text"), STATES_MUST, ids=case_ids(STATES_MUST))
def test_states_must_is_a_call(language, text):
    [(kind, _owners)] = proposed_by_position(language, "news", [text], title="Funding")[1]
    assert kind == "call"


def test_states_that_must_still_do_something_are_described_not_called_on():
    text = "Los Estados que deben todavía destruir sus existencias son cuatro, según el informe."
    assert proposed_by_position("es", "news", [text], title="Existencias") == {}


# A party funding now, in the present: "is providing USD 5 million", "apporte", "aporta".
FUNDING_NOW = [
    ("en", "Japan is contributing 22 million euros to demining in Ukraine this year."),
    ("fr", "Le Japon apporte 22 millions d'euros au déminage en Ukraine cette année."),
    ("es", "Japón aporta 22 millones de euros para el desminado en Ucrania este año."),
]


@pytest.mark.parametrize(("language", "text"), FUNDING_NOW, ids=case_ids(FUNDING_NOW))
def test_a_party_funding_now_commits(language, text):
    assert proposed_by_position(language, "news", [text], title="Japan") == {1: [("commitment", ["JPN", "UKR"])]}


def test_a_sum_given_in_the_past_is_not_read_as_funding_now():
    text = "Since 1999, Japan has provided USD 50 million to demining in Cambodia."
    assert proposed_by_position("en", "news", [text], title="Japan") == {}


# A call on all States to join, with a Spanish infinitive that carries its pronoun ("a adherirse"): the States not
# party answer it, so its caller owns it, in Spanish as in English and French.
ALL_STATES_TO_JOIN = [
    ("en", "Canada urged all States to join the Convention without delay."),
    ("fr", "Le Canada a exhorté tous les États à adhérer sans tarder à la Convention."),
    ("es", "Canadá instó a todos los Estados a adherirse sin demora a la Convención."),
]


@pytest.mark.parametrize(("language", "text"), ALL_STATES_TO_JOIN, ids=case_ids(ALL_STATES_TO_JOIN))
def test_a_call_on_all_states_to_join_is_its_callers(language, text):
    assert proposed_by_position(language, "news", [text], title="Canada") == {1: [("call", ["CAN"])]}
