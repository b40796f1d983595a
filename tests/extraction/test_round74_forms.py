"""Forms read in context (issue 22, round 74), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import datetime

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Nothing to record: what a speech will speak of, courtesy to the chair, what someone is going to do as a thing told,
# an event's focus. (language, genre, text)
NOTHING_RECORDED = [
    # the speech's outline
    (
        "en",
        "statement",
        "We will focus this statement on the situation in the north, and we will also use this "
        "opportunity to talk about reporting.",
    ),
    ("fr", "statement", "Je voudrais profiter de cette occasion pour évoquer la situation dans le nord du pays."),
    ("es", "statement", "Aprovecho esta oportunidad para referirme a la situación en el norte del país."),
    # courtesy to the chair
    ("en", "statement", "You may be assured of the full engagement of my delegation in support of your efforts."),
    ("fr", "statement", "Soyez assurée du plein soutien de ma délégation dans l'exercice de votre mandat."),
    ("es", "statement", "Tenga la seguridad del pleno apoyo de mi delegación en el desempeño de su mandato."),
    # what someone is going to do, told
    ("en", "statement", "So far the Ministry has only outlined what it is going to do next year."),
    ("fr", "news", "Le ministre a expliqué ce que le gouvernement va faire des fonds reçus."),
    ("es", "news", "El ministro explicó lo que el gobierno va a hacer con los fondos recibidos."),
    # an event's focus
    ("en", "news", "The Lusaka workshop will focus on survey, victim assistance and a common regional position."),
    (
        "fr",
        "news",
        "La conférence de Dakar portera sur le déminage, l'assistance aux victimes et une position commune.",
    ),
    (
        "es",
        "news",
        "La conferencia de Lima va a centrarse en el desminado, la asistencia a las víctimas y una postura común.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_pledge_whose_subject_is_elided_after_a_comma_and_and_is_the_first_clauses_subjects():
    text = "Portugal chairs the Committee this year, and will use the role to raise attention on victim assistance."
    assert kinds_and_owners(proposed_by_position("en", "statement", [text])) == {1: [("commitment", ["PRT"])]}


# An infinitive opening a clause after "reconocer que" is an act, no one's pledge; what the army must do is advice.
ARMY_ADVISED = [
    ("en", "The Syrian army must stop laying mines along the border, the campaign said."),
    ("fr", "L'armée syrienne doit cesser de poser des mines et reconnaître que poser ces armes nuira aux civils."),
    ("es", "El ejército sirio debe dejar de sembrar minas y reconocer que sembrar estas armas dañará a los civiles."),
]


@pytest.mark.parametrize(("language", "text"), ARMY_ADVISED, ids=case_ids(ARMY_ADVISED))
def test_what_an_army_must_do_is_advice_to_its_state_and_no_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text]))
    assert found == {1: [("recommendation", ["SYR"])]}


def test_advice_to_a_states_sector_is_advice_to_the_state():
    text = "Chad’s mine action programme should apply the national standards to all survey work."
    assert kinds_and_owners(proposed_by_position("en", "web_page", [text])) == {1: [("recommendation", ["TCD"])]}


def test_a_country_page_headed_by_its_inverted_name_is_about_that_state():
    texts = ["Greater efforts should be made to record clearance data by the national authority."]
    found = proposed_by_position("en", "web_page", texts, title="Congo, Democratic Republic of")
    assert kinds_and_owners(found) == {1: [("recommendation", ["COD"])]}


def test_assurance_of_what_a_state_will_do_is_still_its_pledge():
    text = "Soyez assuré que notre pays fera tout ce qui est en son pouvoir pour que la Convention soit universelle."
    assert kinds_and_owners(proposed_by_position("fr", "statement", [text], title="Déclaration de la France")) == {
        1: [("commitment", ["FRA"])]
    }


def test_before_the_treaty_bound_anyone_a_signatorys_call_on_a_state_outside_is_its_own():
    text = "El Gobierno español exige que Estados Unidos retire las minas almacenadas en su base naval de Rota."
    found = proposed_by_position("es", "news", [text], date=datetime.date(1998, 2, 2))
    assert kinds_and_owners(found) == {1: [("call", ["ESP"])]}


# A pledge reported with an adverb after the verb ("se sont engagés hier à", "s'est déjà engagée à").
ADVERB_AFTER_THE_PLEDGE = [
    ("fr", "La Norvège s'est engagée hier à financer le déminage du nord du pays.", ["NOR"]),
    ("fr", "Les Pays-Bas se sont engagés par contre à détruire leurs stocks d'ici un an.", ["NLD"]),
    (
        "fr",
        "La communauté internationale s'est déjà engagée à participer financièrement.",
        ["states-parties-in-a-position"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), ADVERB_AFTER_THE_PLEDGE, ids=case_ids(ADVERB_AFTER_THE_PLEDGE))
def test_a_pledge_with_an_adverb_after_its_verb_is_a_commitment(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", owners)]}


# A leader committing the State, a State's support renewed, a sum given in a participle that opens the paragraph.
STATE_COMMITTED = [
    ("en", "The President committed Canada to sign the treaty in 2006, on one condition.", ["CAN"]),
    ("fr", "Le président a engagé la France à signer le traité en 2006, à une condition.", ["FRA"]),
    ("es", "El presidente comprometió a Chile a firmar el tratado en 2006, con una condición.", ["CHL"]),
    ("en", "The Swiss Federal Council wishes to renew its support to the Geneva centre for four more years.", ["CHE"]),
    ("fr", "Le Conseil fédéral souhaite renouveler le soutien de la Confédération au centre de Genève.", ["CHE"]),
    ("es", "El Gobierno de Chile desea renovar su apoyo al centro de Ginebra durante cuatro años.", ["CHL"]),
    ("en", "Funded with €20,000 by the Embassy of Spain, the course trains deminers in Senegal.", ["ESP", "SEN"]),
    ("fr", "Financée à hauteur de 20 000 € par l'Ambassade d'Espagne, la formation a lieu au Sénégal.", ["ESP", "SEN"]),
    (
        "es",
        "Financiado con 20.000 euros por la Embajada de España, el curso forma desminadores en Senegal.",
        ["ESP", "SEN"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), STATE_COMMITTED, ids=case_ids(STATE_COMMITTED))
def test_a_state_committed_by_its_leader_its_support_renewed_or_its_sum_given_is_its_commitment(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [kind for kind, _owners in found[1]] == ["commitment"]
    assert set(owners) <= set(found[1][0][1])


# Calls whose addressees are unnamed ("piden que se tomen medidas"); States told what they must do by someone who
# says it after; a call to leave the treaty is none of the Convention's.
def test_a_call_for_measures_to_be_taken_is_a_call():
    es = "Las organizaciones piden que se tomen medidas decisivas contra la retirada de varios Estados."
    fr = "Les organisations demandent que des mesures décisives soient prises contre le retrait de plusieurs États."
    assert kinds_and_owners(proposed_by_position("es", "press_release", [es]))[1][0][0] == "call"
    assert kinds_and_owners(proposed_by_position("fr", "press_release", [fr]))[1][0][0] == "call"


STATES_TOLD_THEY_MUST = [
    ("en", "Member countries of the African Union must step up clearance, a meeting of experts concluded in Pretoria."),
    ("fr", "Les pays membres de l'Union africaine doivent intensifier le déminage, a conclu une réunion d'experts."),
    ("es", "Los países miembros de la Unión Africana deben redoblar el desminado, concluyó una reunión de expertos."),
]


@pytest.mark.parametrize(("language", "text"), STATES_TOLD_THEY_MUST, ids=case_ids(STATES_TOLD_THEY_MUST))
def test_states_told_what_they_must_do_by_someone_who_says_it_after_are_called_on(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["states-parties"])]}


CALLS_TO_LEAVE = [
    ("en", "In March, four defence ministers issued a statement calling on their countries to pull out of the treaty."),
    ("fr", "En mars, quatre ministres ont publié une déclaration appelant leurs pays à se retirer du traité."),
    ("es", "En marzo, cuatro ministros publicaron una declaración pidiendo a sus países que se retiren del tratado."),
]


@pytest.mark.parametrize(("language", "text"), CALLS_TO_LEAVE, ids=case_ids(CALLS_TO_LEAVE))
def test_a_call_to_leave_the_treaty_is_not_recorded(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {}


def test_a_call_to_reconsider_leaving_is_still_a_call_on_the_states_named():
    text = "A hundred laureates urged Estonia and Finland to reconsider their decision to withdraw from the treaty."
    found = proposed_by_position("en", "news", [text], date=datetime.date(2025, 6, 23))
    assert kinds_and_owners(found) == {1: [("call", ["EST", "FIN"])]}


def test_a_sum_released_for_a_phase_begun_years_ago_is_still_given():
    text = (
        "L'Union européenne a débloqué 18 millions d'euros pour financer la troisième phase du projet, initié en 2016."
    )
    assert [owners for _kind, owners in proposed_by_position("fr", "news", [text])[1]] == [["EU"]]


# Told, not pledged or asked: what a report will say, what was agreed before the story's time, a view held, pointing
# out, a publication's date, a refusal to join, what a State is expected to manage, a page's first person or count.
TOLD_NOT_RECORDED = [
    ("en", "web_page", "The survey will be released next week. It will also say that many cases go unreported."),
    ("fr", "news", "Le rapport montrera que de nombreux accidents ne sont pas signalés."),
    ("es", "news", "El informe mostrará que muchos accidentes no se denuncian."),
    ("en", "news", "Two soldiers were hurt by a mine on Monday, days after the neighbours agreed to a ceasefire."),
    (
        "fr",
        "news",
        "Deux soldats ont été blessés lundi, quelques jours après que les deux pays se sont engagés à une trêve.",
    ),
    ("es", "news", "Dos soldados resultaron heridos el lunes, días después de que ambos países acordaran una tregua."),
    ("en", "news", "“We continue to believe the true number is at least twice this,” the researcher said."),
    (
        "fr",
        "news",
        "« Nous continuons à croire que le chiffre réel est au moins deux fois plus élevé », a dit le chercheur.",
    ),
    ("es", "news", "“Seguimos creyendo que la cifra real es al menos el doble”, dijo el investigador."),
    ("en", "news", "The minister called attention to the fact that neighbouring countries are laying mines."),
    ("fr", "news", "Le ministre a attiré l'attention sur le fait que des pays voisins posent des mines."),
    ("es", "news", "El ministro llamó la atención sobre el hecho de que los países vecinos colocan minas."),
    ("en", "press_release", "The campaign will launch its annual Landmine Monitor report on 12 November in Geneva."),
    ("en", "news", "The President said Wednesday that the country will refuse to join the treaty banning land mines."),
    ("es", "news", "El presidente dijo el miércoles que el país se negará a firmar el tratado que prohíbe las minas."),
    ("fr", "news", "Le président a déclaré mercredi que le pays refusera de signer le traité qui interdit les mines."),
    ("fr", "news", "Le ministre de la Défense a annoncé mardi qu'il faudrait une génération pour déminer le pays."),
    ("es", "news", "El ministro de Defensa anunció el martes que se necesitaría una generación para desminar el país."),
    (
        "en",
        "web_page",
        "Chad did not meet its clearance target in 2024. Chad should still be able to meet its new deadline.",
    ),
    ("en", "web_page", "Nine states that abstained explained their votes in the First Committee."),
    ("en", "web_page", "We celebrate the progress made since the treaty became international law."),
]


@pytest.mark.parametrize(("language", "genre", "text"), TOLD_NOT_RECORDED, ids=case_ids(TOLD_NOT_RECORDED))
def test_what_is_told_is_not_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_pledge_after_an_agencys_dateline_in_capitals_is_read():
    text = (
        "ROME (Agency News - 13th November, 2022) Cambodia will send demining instructors to train Ukrainian "
        "specialists, the Cambodian foreign ministry said on Sunday."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text]))
    assert found[1][0][0] == "commitment" and "KHM" in found[1][0][1]


# A plan or a declaration adopted by the States at a meeting: its outcome.
PLAN_ADOPTED = [
    ("en", "Peru, together with 160 other states that are parties to the Convention, adopted the Lima Action Plan."),
    ("fr", "Les États parties réunis à Lima ont adopté le Plan d'action de Lima vendredi."),
    ("es", "Los Estados Partes reunidos en Lima adoptaron el Plan de Acción de Lima el viernes."),
]


@pytest.mark.parametrize(("language", "text"), PLAN_ADOPTED, ids=case_ids(PLAN_ADOPTED))
def test_a_plan_adopted_at_a_meeting_is_its_outcome(language, text):
    assert [kind for kind, _owners in kinds_and_owners(proposed_by_position(language, "news", [text]))[1]] == [
        "conclusion"
    ]


# Requests, insistence and initiatives reported in the news.
REPORTED = [
    ("en", "Peru wrote to the Secretary-General requesting clarification from Chile under Article 8.", "call", "CHL"),
    ("fr", "Le Pérou a écrit au Secrétaire général en demandant des éclaircissements au Chili.", "call", "CHL"),
    (
        "es",
        "Perú escribió al Secretario General solicitando aclaraciones a Chile en virtud del artículo 8.",
        "call",
        "CHL",
    ),
    ("en", "The campaign has insisted on the need for mine-affected states to clear all mined areas.", "call", None),
    (
        "en",
        "Japan unveiled a joint initiative with Cambodia to share clearance expertise with Ukraine.",
        "commitment",
        "JPN",
    ),
    (
        "en",
        "Ireland's minister opened the meeting with the announcement of a £100,000 Government donation.",
        "commitment",
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "kind", "owner"), REPORTED, ids=case_ids(REPORTED))
def test_what_is_reported_in_the_news_is_recorded(language, text, kind, owner):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == kind
    assert owner is None or owner in found[1][0][1]


# States counted, then named after the verb: those named pledge.
NAMED_AFTER = [
    (
        "en",
        "Several states indicated their willingness to do more and pledged funding, in particular Austria and Chile.",
    ),
    ("fr", "Plusieurs États ont promis des fonds pour les victimes, notamment l'Autriche et le Chili."),
    ("es", "Varios Estados prometieron fondos para las víctimas, en particular Austria y Chile."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_AFTER, ids=case_ids(NAMED_AFTER))
def test_states_counted_then_named_after_the_verb_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("commitment", ["AUT", "CHL"])]}


# A vice-president asking, even with a pronoun before the verb; a State's goal with a year; its resolve; its order.
def test_a_vice_president_asking_armed_groups_is_a_call_not_a_decision():
    text = "El vicepresidente de la República, Juan Pérez, le pidió a las guerrillas dejar de sembrar minas."
    assert kinds_and_owners(proposed_by_position("es", "news", [text], title="Colombia"))[1][0][0] == "call"


STATES_RESOLVE = [
    ("es", "Un territorio libre de minas es la nueva meta del Gobierno peruano para el 2027.", ["PER"]),
    ("en", "A mine-free territory is the new goal of the Peruvian government for 2027.", ["PER"]),
    ("fr", "Un territoire sans mines est le nouvel objectif du gouvernement péruvien pour 2027.", ["PER"]),
    ("es", "Ahora Uganda dice estar empeñada en cumplir la promesa que adquirió bajo la Convención.", ["UGA"]),
    ("en", "The President has ordered the destruction of all stockpiled mines, his spokesman said.", None),
    ("fr", "Le président a ordonné la destruction de tous les stocks de mines, a indiqué son porte-parole.", None),
    ("es", "El portavoz anunció que Chile ha ordenado la destrucción de todas las minas almacenadas.", ["CHL"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), STATES_RESOLVE, ids=case_ids(STATES_RESOLVE))
def test_a_states_goal_resolve_or_order_is_its_commitment(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text], title="Statement of Peru"))
    assert found[1][0][0] == "commitment"
    assert owners is None or found[1][0][1] == owners


def test_states_told_they_should_in_one_of_two_sentences_are_called_on_not_advised():
    text = (
        "(Geneva, 13 March 2027): All governments should protest Myanmar's new use of antipersonnel mines, said the "
        "International Campaign to Ban Landmines (ICBL) today. The ICBL is especially calling on UN envoy Jane Doe to "
        "speak out against this use during her visit."
    )
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text]))
    assert [kind for kind, _owners in found[1]] == ["call", "call"]
