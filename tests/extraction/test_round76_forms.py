"""Forms read in context (issue 22, round 76), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import datetime

import pytest

from tests.extraction.proposing import case_ids, proposed, proposed_by_position

pytestmark = pytest.mark.django_db


# A sum of a State's funding as the subject of a future: that State pledges it.
SUM_OF_FUNDING = [
    ("en", "A further £5 million of UK funding will allow clearance teams to keep working across the world.", "GBR"),
    ("es", "Otros 2 millones de euros de financiación española permitirán a los equipos seguir trabajando.", "ESP"),
    ("fr", "Une enveloppe de 3 millions d'euros de financement suisse permettra aux équipes de poursuivre.", "CHE"),
]


@pytest.mark.parametrize(("language", "text", "donor"), SUM_OF_FUNDING, ids=case_ids(SUM_OF_FUNDING))
def test_a_sum_of_a_states_funding_as_subject_is_its_pledge(language, text, donor):
    assert proposed(language, "news", text) == [("commitment", [donor])]


# Where the help goes: the places a pledge singles out, where the work goes, what is cleaned up where, Gaza.
BENEFICIARIES = [
    (
        "en",
        "Norway will fund a regional initiative to remove landmines from the area, especially in Chad and Niger.",
        ["NER", "NOR", "TCD"],
    ),
    (
        "fr",
        "La France financera une initiative régionale pour éliminer les mines de la zone, notamment au Tchad et au "
        "Niger.",
        ["FRA", "NER", "TCD"],
    ),
    (
        "es",
        "España financiará una iniciativa regional para eliminar las minas de la zona, especialmente en Colombia y "
        "el Perú.",
        ["COL", "ESP", "PER"],
    ),
    (
        "en",
        "Through the support announced today, Japan will work in Angola to clear the remaining minefields.",
        ["AGO", "JPN"],
    ),
    ("en", "The Netherlands will extend its demining work to protect farmers in Colombia.", ["COL", "NLD"]),
    ("en", "South Africa will contribute R12 million to cleaning up mines in Mozambique.", ["MOZ", "ZAF"]),
    ("en", "The United Kingdom will provide £4 million to support demining efforts in the Gaza Strip.", ["GBR", "PSE"]),
    (
        "fr",
        "Le Royaume-Uni va débloquer 4 millions de livres pour soutenir le déminage de la bande de Gaza.",
        ["GBR", "PSE"],
    ),
    ("es", "El Reino Unido destinará 4 millones de libras al desminado de la Franja de Gaza.", ["GBR", "PSE"]),
    (
        "en",
        "The EU already funds several demining initiatives in Colombia and will extend its support next year.",
        ["COL", "EU"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), BENEFICIARIES, ids=case_ids(BENEFICIARIES))
def test_the_states_helped_are_added_to_the_donor(language, text, owners):
    assert proposed(language, "news", text) == [("commitment", owners)]


def test_a_long_list_of_states_helped_is_read_to_its_end():
    text = (
        "The funding from Norway will help Afghanistan, Angola, Cambodia, Iraq, Somalia, Sudan, South Sudan, "
        "Sri Lanka, Yemen, and Zimbabwe."
    )
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "commitment" and {"AFG", "ZWE"} <= set(owners)


# "Those with the capacity to do so" are the States in a position to do so, after "all States, in particular".
IN_A_POSITION = [
    ("en", "We call on all States, in particular those with the capacity to do so, to support affected States."),
    ("fr", "Nous appelons tous les États, en particulier ceux qui en ont les moyens, à soutenir les États touchés."),
    (
        "es",
        "Instamos a todos los Estados, en particular los que tengan la capacidad de hacerlo, a apoyar a los "
        "Estados afectados.",
    ),
]


@pytest.mark.parametrize(("language", "text"), IN_A_POSITION, ids=case_ids(IN_A_POSITION))
def test_those_with_the_capacity_to_do_so_are_those_in_a_position(language, text):
    assert proposed(language, "statement", text) == [("call", ["states-parties-in-a-position"])]


# A call for support of a kind only donors give, or for more investment: those in a position to give it.
SUPPORT_ASKED = [
    ("en", "The director called for financial support for demining activities."),
    ("fr", "Le directeur a appelé à un soutien financier pour les activités de déminage."),
    ("es", "El director pidió un apoyo financiero para las actividades de desminado."),
    ("en", "Unicef asked for more investment from governments and donors in clearance."),
    ("fr", "L'Unicef a demandé davantage de moyens aux donateurs pour le déminage."),
    ("es", "Unicef pidió mayores inversiones a los gobiernos y donantes para la retirada de restos explosivos."),
]


@pytest.mark.parametrize(("language", "text"), SUPPORT_ASKED, ids=case_ids(SUPPORT_ASKED))
def test_support_asked_is_asked_of_those_in_a_position(language, text):
    assert proposed(language, "news", text) == [("call", ["states-parties-in-a-position"])]


def test_the_un_called_on_with_the_international_community_is_an_addressee():
    text = "LibMAC called on the UN and the international community to continue supporting clearance in Iraq."
    assert proposed("en", "press_release", text) == [("call", ["IRQ", "UN", "states-parties-in-a-position"])]


# Who speaks: a saying verb more ("puntualizó", "a fait savoir"), an old wire's ``quotes``, a subject Spanish drops
# after "Sin embargo", a statement whose one State opens a paragraph.
SPEAKERS = [
    (
        "es",
        [
            "El canciller australiano, Bob Carr, puntualizó que su gobierno destinará 5 millones de dólares al "
            "desminado."
        ],
        ("commitment", ["AUS"]),
    ),
    (
        "fr",
        ["Le ministre canadien a fait savoir que son gouvernement versera 2 millions de dollars au déminage."],
        ("commitment", ["CAN"]),
    ),
    (
        "en",
        [
            "South Africa's deputy minister spoke on Monday at the demonstration.",
            "``We are prepared to place our expertise at the disposal of the international community,'' he said.",
        ],
        ("offer", ["ZAF"]),
    ),
    (
        "es",
        [
            "Estados Unidos anunció el martes una nueva política.",
            "Sin embargo, prometió aumentar en un 50 por ciento el financiamiento del desminado.",
        ],
        ("commitment", ["USA"]),
    ),
]


@pytest.mark.parametrize(("language", "texts", "expected"), SPEAKERS, ids=case_ids(SPEAKERS))
def test_who_speaks_is_found(language, texts, expected):
    assert proposed(language, "news", *texts) == [expected]


def test_the_one_state_opening_a_paragraph_of_a_statement_speaks_for_its_we():
    texts = [
        "Türkiye, as a country that plays an active role in mine action, supports the Convention.",
        "We share the concerns of countries such as Afghanistan.",
        "Our support for countries combating the mine threat will continue with determination.",
    ]
    title = "Press release on the International Day for Mine Awareness"
    assert proposed("en", "statement", *texts, title=title) == [("commitment", ["TUR"])]


def test_two_bodies_named_before_should_are_advised():
    texts = ["The DMA and the Kurdistan Mine Action Authority (KMAA) should adopt multi-year clearance plans."]
    found = proposed("en", "web_page", *texts, title="Iraq: mine action recommendations")
    assert found == [("recommendation", ["IRQ"])]


def test_a_call_on_the_countries_that_still_havent_done_so_is_its_callers():
    text = '"I encourage the countries that still haven\'t done so to join the treaty without delay," the Pope said.'
    assert proposed("en", "news", text) == [("call", ["VAT"])]


# Readiness that stands ("remains poised to", "je suis prêt à", "sigue dispuesto a") is an offer.
READY = [
    ("en", "UNFICYP remains poised to facilitate talks on a mine-free island, should both sides wish it.", "UN"),
    ("fr", "« Je suis prêt à examiner une coopération dans le déminage », a déclaré l'ambassadeur du Japon.", "JPN"),
    ("es", "El Gobierno de Chile sigue dispuesto a cooperar con los países vecinos en el desminado.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "offerer"), READY, ids=case_ids(READY))
def test_readiness_that_stands_is_an_offer(language, text, offerer):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "offer" and offerer in owners


# Nothing to record: a past announced with pleasure, a meeting's participants and deliberations.
NOTHING_RECORDED = [
    ("es", "press_release", "La República Helénica se complace en anunciar que ha destruido 1.600 minas almacenadas."),
    ("fr", "press_release", "Des représentants de l'Union africaine prendront également part à la réunion."),
    ("es", "news", "Representantes de la Unión Africana tomarán también parte en la conferencia."),
    ("en", "news", "Over 100 delegates attend the conference. Together, they will deliberate on improvised mines."),
    ("fr", "news", "Plus de cent délégués assistent à la conférence. Ensemble, ils débattront des mines improvisées."),
    ("es", "news", "Más de cien delegados asisten a la conferencia. Juntos, debatirán sobre las minas improvisadas."),
    # an event's purpose, a State that will go on using mines
    ("en", "press_release", "The summit was held to encourage children to think about the landmine issue."),
    ("fr", "press_release", "Le sommet a été organisé pour encourager les enfants à réfléchir au problème des mines."),
    ("es", "press_release", "La cumbre fue organizada para alentar a los niños a reflexionar sobre las minas."),
    ("en", "press_release", "Worst of all, it says the United States will continue using landmines indefinitely."),
    ("fr", "news", "Selon le texte, la Russie continuera à utiliser des mines à ses frontières."),
    ("es", "news", "Según el texto, Rusia seguirá usando minas en sus fronteras."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_pledge_announced_with_pleasure_is_still_recorded():
    text = "La República Helénica se complace en anunciar que destruirá 1.600 minas almacenadas en 2027."
    assert proposed("es", "press_release", text) == [("commitment", ["GRC"])]


def test_common_will_is_a_noun_not_a_future():
    text = "Common energy and will must be mobilised to progress towards a mine-free world."
    assert proposed("en", "statement", text) == [("recommendation", ["states-parties"])]


# A goal a body sets itself, in the present ("se donne comme objectif de", "has set itself the goal of").
GOALS = [
    ("en", "UNIFIL has set itself the goal of clearing the entire Blue Line by 2012."),
    ("fr", "La FINUL se donne comme objectif de déminer la totalité de la ligne bleue d'ici 2012."),
    ("es", "La FINUL se fijó como meta desminar toda la Línea Azul para 2012."),
]


@pytest.mark.parametrize(("language", "text"), GOALS, ids=case_ids(GOALS))
def test_a_goal_a_body_sets_itself_is_its_commitment(language, text):
    assert proposed(language, "news", text) == [("commitment", ["UN"])]


# A future inside "how ... will" is a plan told or asked about, as one inside "what ... will" is.
HOW_IT_WILL = [
    ("en", "The Council has not yet detailed how it will implement the Decision."),
    ("fr", "Le Conseil n'a pas encore précisé comment il mettra en œuvre la décision."),
    ("es", "El Consejo aún no ha detallado cómo aplicará la decisión."),
]


@pytest.mark.parametrize(("language", "text"), HOW_IT_WILL, ids=case_ids(HOW_IT_WILL))
def test_a_future_after_how_is_no_pledge_the_reader_reads(language, text):
    from extraction.reader.clauses import read_clauses

    assert not any(clause.kind == "commitment" for clause in read_clauses(text, language, "news"))


# A call in a participle clause after the main one ("voiced concern, urging Angola to"): the State named is called on,
# whatever the main clause says.
PARTICIPLE_CALLS = [
    ("en", "The minister voiced concern, urging Angola to speed up clearance."),
    ("fr", "Le ministre s'est dit préoccupé, exhortant l'Angola à accélérer le déminage."),
    ("es", "El ministro se mostró preocupado, instando a Angola a acelerar el desminado."),
]


@pytest.mark.parametrize(("language", "text"), PARTICIPLE_CALLS, ids=case_ids(PARTICIPLE_CALLS))
def test_a_call_in_a_participle_clause_is_the_named_states(language, text):
    assert proposed(language, "news", text) == [("call", ["AGO"])]


def test_a_call_on_a_state_outside_in_a_participle_clause_is_the_callers():
    text = "UN Secretary-General Antonio Guterres said he was concerned, urging Poland to stop any step to withdraw."
    assert proposed("en", "news", text, date=datetime.date(2026, 6, 1)) == [("call", ["UN"])]


def test_greater_backing_asked_is_asked_of_those_in_a_position():
    text = "Annan solicitó un mayor respaldo financiero a la comunidad internacional de donantes."
    assert proposed("es", "news", text) == [("call", ["states-parties-in-a-position"])]


# A belief told ("I have no doubt that our country will join") and a consent recalled ("agreed to the initiative").
BELIEFS_AND_CONSENTS = [
    ("en", '"I have no doubt that our country eventually will join other nations in a ban," the President said.'),
    ("fr", "« Je ne doute pas que la France rejoindra bientôt le traité », a déclaré le ministre."),
    ("es", '"No tengo duda de que Chile cumplirá con el tratado", dijo el ministro.'),
    ("en", "Croatia supported the idea of a full ban from the start and agreed to the initiative, the envoy said."),
]


@pytest.mark.parametrize(("language", "text"), BELIEFS_AND_CONSENTS, ids=case_ids(BELIEFS_AND_CONSENTS))
def test_a_belief_or_a_consent_recalled_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}
