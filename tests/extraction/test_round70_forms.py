"""Forms read in context (issue 22, round 70), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import datetime

import pytest

from extraction.propose import document_proposals
from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


# A promise reported with a named State ("a promis que la Belgique continuerait à"): that State's pledge, with the
# State it helps.
PROMISES = [
    ("en", "The ambassador promised that Belgium would continue to support demining in Angola."),
    ("fr", "L'ambassadeur a promis que la Belgique continuerait à soutenir le déminage en Angola."),
    ("es", "El embajador prometió que Bélgica seguiría apoyando el desminado en Angola."),
]


@pytest.mark.parametrize(("language", "text"), PROMISES, ids=case_ids(PROMISES))
def test_a_promise_reported_for_a_named_state_is_its_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Angola"))
    assert found == {1: [("commitment", ["AGO", "BEL"])]}


# A web page or an article citing the Convention's own words for a party's obligation: background, no pledge.
TREATY_CITED = [
    ("en", "web_page", 'Each State Party "undertakes to destroy all stockpiled anti-personnel mines it owns".'),
    ("en", "news", "Under Article 4, each State Party undertakes to destroy its stockpiles within four years."),
    ("fr", "web_page", "Chaque État partie « s'engage à détruire tous les stocks de mines antipersonnel »."),
    ("es", "news", 'Cada Estado Parte "se compromete a destruir todas las existencias de minas antipersonal".'),
]


@pytest.mark.parametrize(("language", "genre", "text"), TREATY_CITED, ids=case_ids(TREATY_CITED))
def test_the_conventions_words_cited_in_a_story_are_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_the_same_words_in_a_declaration_still_bind():
    text = "Each State Party undertakes to destroy all stockpiled anti-personnel mines it owns."
    found = kinds_and_owners(proposed_by_position("en", "declaration", [text]))
    assert found[1][0][0] == "commitment"


# States that give a meeting updates on their work: a report of what was said, no decision.
UPDATES_GIVEN = [
    ("en", "The following States Parties provided updates on their efforts to comply with Article 4: Greece, Ukraine."),
    ("fr", "Les États parties suivants ont fait le point sur leurs efforts de destruction : la Grèce, l'Ukraine."),
    ("es", "Los siguientes Estados Partes proporcionaron información sobre sus esfuerzos: Grecia y Ucrania."),
]


@pytest.mark.parametrize(("language", "text"), UPDATES_GIVEN, ids=case_ids(UPDATES_GIVEN))
def test_states_giving_updates_decide_nothing(language, text):
    assert proposed_by_position(language, "report", [text]) == {}


# "Each State" after a sentence naming several States: those States are called on.
EACH_STATE = [
    (
        "en",
        "Greece and Turkey could have finished by now, and Belarus and Ukraine could have been closer. "
        "We encourage each state to do all in its capacity to speed up destruction.",
        ["BLR", "GRC", "TUR", "UKR"],
    ),
    (
        "fr",
        "La Grèce et la Turquie auraient pu finir. Nous encourageons chaque État à faire tout son possible.",
        ["GRC", "TUR"],
    ),
    (
        "es",
        "Grecia y Turquía podrían haber terminado. Alentamos a cada Estado a hacer todo lo posible por acelerar.",
        ["GRC", "TUR"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), EACH_STATE, ids=case_ids(EACH_STATE))
def test_each_state_after_states_named_calls_on_them(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text], title="Stockpile destruction"))
    assert found == {1: [("call", owners)]}


def test_each_state_party_is_still_every_state_party():
    text = "Greece and Turkey could have finished. We encourage each State Party to report on its progress."
    found = kinds_and_owners(proposed_by_position("en", "statement", [text], title="Stockpile destruction"))
    assert found == {1: [("call", ["states-parties"])]}


# An intention stated as a fact ("Its intention is to ..."): a pledge of the party named.
INTENTIONS = [
    ("en", "The army of Colombia announced 2,500 more deminers. Its intention is to train 5,000 by the end of 2026."),
    ("fr", "L'armée colombienne a annoncé 2 500 démineurs de plus. Son intention est de former 5 000 démineurs."),
    ("es", "El ejército de Colombia anunció 2.500 desminadores más. Su intención es que al final de 2026 sean 5.000."),
]


@pytest.mark.parametrize(("language", "text"), INTENTIONS, ids=case_ids(INTENTIONS))
def test_an_intention_stated_as_a_fact_is_a_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Colombia"))
    assert found[1][0] == ("commitment", ["COL"])


# Advocating an increase: a call.
ADVOCATING = [
    ("en", "Norway advocated for increasing the participation of women in mine action at all levels."),
    ("fr", "La Norvège a plaidé pour augmenter la participation des femmes à tous les niveaux."),
    ("es", "Noruega abogó por aumentar la participación de las mujeres en todos los niveles."),
]


@pytest.mark.parametrize(("language", "text"), ADVOCATING, ids=case_ids(ADVOCATING))
def test_advocating_an_increase_is_a_call(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text], title="Gender and mine action"))
    assert found[1][0][0] == "call"


# A partnership described in the gerund ("joining forces to address") is history; "join forces" is a pledge.
def test_joining_forces_in_a_description_is_no_pledge():
    text = (
        "The hallmark of the process has been the partnership between governments and civil society, joining forces "
        "to address this crisis."
    )
    assert proposed_by_position("en", "statement", [text]) == {}


# A State's development agency gives in its name.
AGENCIES = [
    ("en", "The Swiss Agency for Development and Cooperation will fund two new demining teams in Ukraine."),
    ("fr", "La Direction du développement et de la coopération financera deux équipes de déminage en Ukraine."),
    ("es", "La COSUDE financiará dos nuevos equipos de desminado en Ucrania."),
]


@pytest.mark.parametrize(("language", "text"), AGENCIES, ids=case_ids(AGENCIES))
def test_the_swiss_development_agency_gives_for_switzerland(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text], title="Ukraine"))
    assert found == {1: [("commitment", ["CHE", "UKR"])]}


# A monitor's advice after a condition set off ("Where appropriate, Nigeria should"): advice to that State.
CONDITIONAL_ADVICE = [
    ("en", "Where appropriate, Nigeria should encourage the provision of assistance from demining organisations."),
    ("fr", "Dès que possible, le Nigeria devrait demander une prolongation de son délai."),
    ("es", "Cuando las condiciones lo permitan, Nigeria debería solicitar una prórroga."),
]


@pytest.mark.parametrize(("language", "text"), CONDITIONAL_ADVICE, ids=case_ids(CONDITIONAL_ADVICE))
def test_advice_after_a_condition_is_advice_to_the_state_named(language, text):
    found = kinds_and_owners(proposed_by_position(language, "web_page", [text], title="Nigeria"))
    assert found == {1: [("recommendation", ["NGA"])]}


# Countries told what they should do, in a quotation: a call on all States Parties, not on the State condemned.
COUNTRIES_SHOULD = [
    ("en", "“Countries around the world should strongly condemn Russia's use of banned mines,” said the director."),
    ("fr", "« Les pays du monde entier devraient condamner fermement l'emploi de mines par la Russie », a-t-il dit."),
    (
        "es",
        "“Los países de todo el mundo deberían condenar enérgicamente el uso de minas por Rusia”, dijo el director.",
    ),
]


@pytest.mark.parametrize(("language", "text"), COUNTRIES_SHOULD, ids=case_ids(COUNTRIES_SHOULD))
def test_countries_told_what_they_should_do_are_called_on(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Mines"))
    assert found == {1: [("call", ["states-parties"])]}


# The Convention's own words cited in French and Spanish, in the future, opening on a quotation mark.
def test_the_treatys_future_cited_in_spanish_is_no_pledge():
    text = "“Cada Estado Parte que esté en condiciones de hacerlo, proporcionará asistencia (…)”"
    assert proposed_by_position("es", "web_page", [text]) == {}


# A list of figures under a new heading after a list of calls: figures, not asked for.
def test_a_new_heading_ends_the_items_of_a_call():
    texts = [
        "The ICBL calls on donor states to:",
        "Commit to multi-year assistance until the work is done",
        "Japan: $40.7",
    ]
    document = DocumentFactory(language="en", kind="web_page")
    headings = ["CALLS", "CALLS", "TOP CONTRIBUTORS IN 2016"]
    for position, (text, heading, label) in enumerate(zip(texts, headings, ["", "•", "•"], strict=True), start=1):
        ParagraphFactory(document=document, text=text, position=position, language="en", heading=heading, label=label)
    proposals, _warnings = document_proposals(document)
    assert sorted({proposal.paragraph.position for proposal in proposals}) == [1, 2]


# States asking for help, as the addressees of a call: the affected States Parties.
STATES_SEEKING_HELP = [
    ("en", "The ICBL calls on states seeking international assistance to present clear annual plans."),
    ("fr", "L'ICBL appelle les États qui sollicitent une assistance internationale à présenter des plans clairs."),
    ("es", "La ICBL pide a los Estados que solicitan asistencia internacional que presenten planes anuales claros."),
]


@pytest.mark.parametrize(("language", "text"), STATES_SEEKING_HELP, ids=case_ids(STATES_SEEKING_HELP))
def test_states_seeking_assistance_are_the_affected_states(language, text):
    found = kinds_and_owners(proposed_by_position(language, "web_page", [text], title="Cooperation"))
    assert found == {1: [("call", ["affected-states-parties"])]}


# Words that only look like an order to the reader or a call: a State or a number opening a sentence, a noun with a
# verb of its own, an adjective of encouragement after a copula.
NOT_ORDERS = [
    ("en", "web_page", "Russia said in November 2020 that it shares the goals of the treaty."),
    ("en", "web_page", "Data on 2025 will be published by the Monitor in November 2026."),
    ("fr", "web_page", "Quatre rapports de Human Rights Watch ont documenté l'utilisation de mines antipersonnel."),
    ("fr", "news", "« Il est très encourageant de constater que 19 pays ont participé en personne », a-t-il dit."),
    ("es", "news", "«Es muy alentador constatar que 19 países participaron en persona», dijo."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_ORDERS, ids=case_ids(NOT_ORDERS))
def test_words_that_only_look_like_orders_or_calls_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text], title="Mines") == {}


# A title after an adjective ("el alto representante de la UE, Josep Borrell, anunció"), and a demonym after a place
# set off ("held in Tokyo, Japanese Foreign Minister X pledged"): the party that announces or pledges.
def test_the_high_representative_of_the_eu_announces_for_the_eu():
    text = (
        "El alto representante de la Unión Europea (UE) para Asuntos Exteriores, Josep Borrell, anunció este viernes "
        "una nueva ayuda comunitaria de 25 millones de euros para apoyar el desminado."
    )
    found = kinds_and_owners(proposed_by_position("es", "news", [text], title="Ucrania"))
    assert found[1][0][0] == "commitment" and "EU" in found[1][0][1]


RECOVERY_HELPED = [
    (
        "en",
        "At a meeting in Tokyo, Japanese Foreign Minister Ken Sato pledged to contribute to Ukraine's recovery.",
    ),
    ("fr", "Le ministre japonais a promis de promouvoir des efforts pour contribuer au relèvement de l'Ukraine."),
    (
        "es",
        "El canciller japonés prometió contribuir a la recuperación y reconstrucción de Ucrania.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RECOVERY_HELPED, ids=case_ids(RECOVERY_HELPED))
def test_a_pledge_for_a_states_recovery_names_the_pledger_and_that_state(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Mine action"))
    assert found == {1: [("commitment", ["JPN", "UKR"])]}


# A decision in the first person after "That is why" ("C'est pour cela que nous avons décidé de", "Por eso
# decidimos"), quoted in a story on a State: that State's pledge.
WHY_WE_DECIDED = [
    ("en", '"These mines hurt 650 towns," the President said. "That is why we have decided to clear the country."'),
    (
        "fr",
        "« Ces mines ont touché 650 communes », a dit le président. « C'est pour cela que nous avons décidé de "
        "déminer le pays. »",
    ),
    ("es", '"Estas minas afectaron 650 municipios", dijo el presidente. "Por eso decidimos desminar el país".'),
]


@pytest.mark.parametrize(("language", "text"), WHY_WE_DECIDED, ids=case_ids(WHY_WE_DECIDED))
def test_a_decision_after_that_is_why_is_the_storys_state_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Colombia, Colombie"))
    assert found == {1: [("commitment", ["COL"])]}


# The government after a clause set off by a colon: the story's State.
def test_the_government_after_a_colon_is_the_storys_state():
    text = (
        "Mais le pouvoir n'est pas au bout de ses peines : le gouvernement s'est engagé à nettoyer 21 millions de m²."
    )
    found = kinds_and_owners(proposed_by_position("fr", "news", [text], title="Colombie"))
    assert found == {1: [("commitment", ["COL"])]}


# A story telling that a State had declared completion: background, not a decision to record.
def test_a_completion_told_in_a_story_is_background():
    text = "Jordan had declared completion of its Article 5 obligations in 2012, but it has since found mined areas."
    assert proposed_by_position("en", "web_page", [text], date=datetime.date(2017, 11, 1)) == {}


# An intention reported after a first thing announced ("announced that ..., and that the government intends to"):
# the story's State's pledge.
def test_an_intention_after_and_that_is_the_governments():
    text = (
        "President Santos announced on Thursday that 14 municipalities have been cleared, and that the government "
        "intends to complete demining in the country by the end of 2021."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text], title="Colombia"))
    assert found == {1: [("commitment", ["COL"])]}


# A counted subject with an approximation ("nearly 1000 former members will join"), after an impersonal report:
# a forecast of people, no party's pledge.
COUNTED = [
    ("en", "It is also reported that nearly 1000 former fighters will join the demining teams."),
    ("fr", "Près de 1 000 anciens combattants rejoindront les équipes de déminage."),
    ("es", "Cerca de 1.000 excombatientes se unirán a los equipos de desminado."),
]


@pytest.mark.parametrize(("language", "text"), COUNTED, ids=case_ids(COUNTED))
def test_an_approximate_count_of_people_pledges_nothing(language, text):
    assert proposed_by_position(language, "news", [text], title="Colombia") == {}


# Two parties that agreed to act ("se sont entendus pour intensifier"): a pledge of both.
def test_two_parties_that_came_to_an_agreement_pledge():
    text = "Le gouvernement colombien et l'Union européenne se sont entendus jeudi pour intensifier la lutte antimines."
    found = kinds_and_owners(proposed_by_position("fr", "news", [text], title="Colombie"))
    assert found == {1: [("commitment", ["COL", "EU"])]}


# A sum a party plans to give, and a gift made today: pledges.
PLANNED_SUMS = [
    ("en", "The United States has led since 2007, and plans to deliver an additional $2 million in 2010.", "USA"),
    ("fr", "Les États-Unis prévoient de verser 2 millions de dollars supplémentaires en 2010.", "USA"),
    ("es", "Estados Unidos planea entregar 2 millones de dólares adicionales en 2010.", "USA"),
    ("es", "El Ministerio de Relaciones Exteriores de Noruega donó hoy siete perros detectores de minas.", "NOR"),
    ("en", "Norway's Foreign Ministry today donated seven mine detection dogs to the armed forces.", "NOR"),
]


@pytest.mark.parametrize(("language", "text", "owner"), PLANNED_SUMS, ids=case_ids(PLANNED_SUMS))
def test_sums_planned_and_gifts_made_today_are_pledges(language, text, owner):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Mine action"))
    assert found[1][0][0] == "commitment" and owner in found[1][0][1]


# What a State sends somewhere: that place's State is helped.
SENT = [
    ("en", "Cambodia will send three mine detection dogs to Ukraine."),
    ("fr", "Le Cambodge s'apprête à envoyer trois chiens démineurs en Ukraine."),
    ("es", "Camboya enviará tres perros detectores de minas a Ucrania."),
]


@pytest.mark.parametrize(("language", "text"), SENT, ids=case_ids(SENT))
def test_what_a_state_sends_helps_the_state_it_goes_to(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Mine action"))
    assert found == {1: [("commitment", ["KHM", "UKR"])]}


def test_treaty_words_with_their_article_after_them_are_cited():
    text = "ne jamais employer, produire, stocker ou transférer à quiconque de mines antipersonnel (art.I)"
    assert proposed_by_position("fr", "news", [text], title="Traité d'Ottawa") == {}


def test_states_parties_told_what_they_should_do_after_and():
    text = "Bangladesh is a State Party, and all states parties should support Bangladesh in its efforts."
    found = kinds_and_owners(proposed_by_position("en", "web_page", [text], title="Bangladesh"))
    assert found == {1: [("call", ["BGD", "states-parties"])]}


# A call on armed groups (no party to anything): owned by whoever makes it.
ARMED_GROUPS_CALLED = [
    ("en", "The Colombian government called on illegal armed groups to stop laying mines."),
    (
        "fr",
        "Le vice-président colombien a parlé. Il demande aux groupes armés illégaux de cesser de miner le territoire.",
    ),
    ("es", "El gobierno colombiano pidió a los grupos armados que dejen de sembrar minas."),
]


@pytest.mark.parametrize(("language", "text"), ARMED_GROUPS_CALLED, ids=case_ids(ARMED_GROUPS_CALLED))
def test_a_call_on_armed_groups_is_the_callers(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Colombia"))
    assert found[1][0][1] == ["COL"]


# Items under the treaty's words ("selon les termes du traité, chaque État s'engage à : | ne jamais employer ...
# (art.I)"): cited, no party's objectives.
def test_items_citing_the_treatys_articles_are_no_objectives():
    texts = ["Selon les termes du traité, chaque État signataire s'engage à :", "ne jamais employer de mines (art.I)"]
    found = kinds_and_owners(proposed_by_position("fr", "news", texts, title="Traité d'Ottawa"))
    assert 2 not in found


# A minister's order to renounce a weapon: the government's pledge.
ORDERS = [
    ("en", "The Swiss government also ordered the army to renounce the use of the tripwire on its mines."),
    ("fr", "Le Conseil fédéral a également ordonné à l'armée de renoncer à l'utilisation du fil-piège."),
    ("es", "El gobierno suizo ordenó también al ejército renunciar al uso del cable trampa."),
]


@pytest.mark.parametrize(("language", "text"), ORDERS, ids=case_ids(ORDERS))
def test_an_order_to_renounce_a_weapon_is_a_pledge(language, text):
    found = kinds_and_owners(
        proposed_by_position(language, "press_release", [text], title="Switzerland, Suisse, Suiza")
    )
    assert found == {1: [("commitment", ["CHE"])]}


def test_the_government_and_a_rebel_group_pledge_for_the_government():
    text = (
        "«Le gouvernement et les FARC travailleront conjointement pour nettoyer certains territoires», a-t-il déclaré."
    )
    found = kinds_and_owners(proposed_by_position("fr", "news", [text], title="Colombie"))
    assert found == {1: [("commitment", ["COL"])]}


# Money from a donor, said from the receiver's side ("has received a pledge of ... from", "the receipt of a
# contribution ... from"), a pledge that "includes" a sum, and funds that "will be used to": the donor's pledge.
DONORS_SEEN_FROM_THE_RECEIVER = [
    ("The OAS has received a pledge of 282,000 euros (about $355,000) from the government of Italy.", ["ITA"]),
    ("The Centre announces the receipt of a contribution of USD 1 million from the Government of Mexico.", ["MEX"]),
    ("The U.S. pledge includes also a $283,000 grant for victim assistance in Nicaragua.", ["NIC", "USA"]),
]


@pytest.mark.parametrize(("text", "owners"), DONORS_SEEN_FROM_THE_RECEIVER)
def test_a_donor_seen_from_the_receiver_pledges(text, owners):
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text], title="Mine action funding"))
    assert found[1][0][0] == "commitment" and set(owners) <= set(found[1][0][1])


FUNDS_TO_BE_USED = [
    ("en", "In addition, a U.S. contribution of $112,500.00 will be used to assist Chilean authorities."),
    ("fr", "Une contribution des États-Unis de 112 500 dollars sera utilisée pour aider les autorités chiliennes."),
    (
        "es",
        "Una contribución de Estados Unidos de 112.500 dólares será utilizada para ayudar a las autoridades chilenas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FUNDS_TO_BE_USED, ids=case_ids(FUNDS_TO_BE_USED))
def test_funds_that_will_be_used_are_the_donors_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text], title="OAS"))
    assert found[1][0][0] == "commitment" and "USA" in found[1][0][1]


# Recognising a State's role (praise); a meeting's aim; money given, recalled; "the mine ban community".
NONE_OF_THESE = [
    ("fr", "Par cette élection, les États parties reconnaissent le rôle pionnier de l'Algérie."),
    (
        "es",
        "La II Conferencia de Revisión tendrá como principal objetivo convencer a los países que no se han adherido.",
    ),
    ("fr", "La conférence aura pour objectif de convaincre les pays qui n'ont pas encore adhéré."),
    ("es", "Hayden recordó que Estados Unidos entregó 2.300 millones de dólares a más de 90 países."),
]


@pytest.mark.parametrize(("language", "text"), NONE_OF_THESE, ids=case_ids(NONE_OF_THESE))
def test_praise_aims_and_recalled_gifts_are_none(language, text):
    assert proposed_by_position(language, "news", [text], title="Convention") == {}


def test_the_mine_ban_community_is_every_state_party():
    text = "The ICBL is calling on the mine ban community to take up the Completion Challenge."
    found = kinds_and_owners(proposed_by_position("en", "web_page", [text], title="Completion Challenge"))
    assert found == {1: [("call", ["states-parties"])]}


def test_a_demand_on_a_state_is_a_call():
    text = "La Thaïlande exige du Cambodge qu'il exprime ses regrets et qu'il mène une enquête approfondie."
    found = kinds_and_owners(proposed_by_position("fr", "news", [text], title="Thaïlande"))
    assert found == {1: [("call", ["KHM"])]}


def test_mines_removed_somewhere_and_machines_provided_help_those_states():
    text = (
        "Japan also will support a team engaged in the removal of land mines in Cambodia. She also announced that "
        "Japan will provide Ukraine, for the first time, with large demining machines."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text], title="Japan"))
    assert found == {1: [("commitment", ["JPN", "KHM", "UKR"])]}


# A body welcoming a donation "from" a government: that government's pledge, with the State helped.
WELCOMED_DONATIONS = [
    ("en", "UNMAS today welcomed the donation of $1 million from the Government of Japan for demining in Somalia."),
    ("fr", "L'UNMAS a salué le don de 1 million de dollars de la part du Japon pour le déminage en Somalie."),
    ("es", "El UNMAS agradeció la donación de 1 millón de dólares del gobierno de Japón para el desminado en Somalia."),
]


@pytest.mark.parametrize(("language", "text"), WELCOMED_DONATIONS, ids=case_ids(WELCOMED_DONATIONS))
def test_a_welcomed_donation_is_the_donors_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text], title="UNMAS"))
    assert found == {1: [("commitment", ["JPN", "SOM"])]}


def test_the_number_of_ratifications_a_treaty_needs_is_no_call():
    text = "40 countries must ratify the ban before it becomes internationally binding, the minister says."
    assert proposed_by_position("en", "news", [text], title="Canada") == {}


def test_the_international_community_asked_not_to_reduce_support_is_those_who_can_give():
    text = "Handicap International calls Canada and the entire international community not to reduce their support."
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text], title="Colombia"))
    assert "states-parties-in-a-position" in found[1][0][1]


# A visit is no call ("called on the Foreign Minister on Monday"), nor a lecture, a field visit or what a visitor
# will witness a pledge; a State's name opening a sentence is no order to the reader.
VISITS = [
    ("en", "news", "The special envoy called on Sri Lanka's Foreign Minister Tilak Marapana on Monday."),
    ("en", "news", "He will undertake a field visit to the Northern Province, where he will witness clearance."),
    ("en", "news", "On Tuesday, the Special Envoy will deliver a lecture on the Ottawa Convention."),
    ("en", "web_page", "Cuba and the United States are the only countries in the Americas which have not signed."),
]


@pytest.mark.parametrize(("language", "genre", "text"), VISITS, ids=case_ids(VISITS))
def test_visits_lectures_and_names_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text], title="Sri Lanka") == {}


def test_the_un_secretary_general_by_name_speaks_for_the_un():
    text = "Guterres ha hecho un llamamiento a todos los estados para que se adhieran a la Convención sin demora."
    found = kinds_and_owners(proposed_by_position("es", "news", [text], title="ONU"))
    assert found == {1: [("call", ["UN"])]}


# States that "have committed to this agreement" (are party to it), and States Parties that "llevan a cabo" their
# work: a description, no pledge or decision.
DESCRIBED = [
    ("es", "El secretario general ha resaltado que más de 160 estados se han comprometido con este acuerdo."),
    ("es", "Además de estas medidas, los Estados Partes llevan a cabo importantes esfuerzos de cooperación."),
]


@pytest.mark.parametrize(("language", "text"), DESCRIBED, ids=case_ids(DESCRIBED))
def test_states_party_to_the_agreement_and_their_work_are_described(language, text):
    assert proposed_by_position(language, "web_page", [text], title="Convención") == {}
