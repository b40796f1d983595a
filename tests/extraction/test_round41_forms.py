"""Forms read in context (issue 22, round 41), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


def test_a_reporters_aside_with_its_own_subject_is_passed_over():
    texts = [
        "Madrid, 3 dic - España firmará hoy el tratado en Ottawa.",
        "El Gobierno español, añadieron las mismas fuentes, remitirá en breve el tratado al Parlamento.",
    ]
    assert proposed_by_position("es", "news", texts)[2] == [("commitment", ["ESP"])]


# A State's commitment expressed in the third person, its name inside ("the commitment of Sudan to destroy").
COMMITMENT_OF_A_STATE = [
    ("en", "Sudan took part and expressed the commitment of Sudan under Article 5 to destroy the remaining mines."),
    ("fr", "Le Soudan a participé et a exprimé l'engagement du Soudan au titre de l'article 5 de détruire les mines."),
    ("es", "Sudán participó y expresó el compromiso de Sudán en virtud del artículo 5 de destruir las minas."),
]


@pytest.mark.parametrize(("language", "text"), COMMITMENT_OF_A_STATE, ids=case_ids(COMMITMENT_OF_A_STATE))
def test_the_commitment_of_a_state_expressed_is_its_own(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["SDN"])]}


# A count of fifty or more countries at a meeting: all the States Parties; not in a relative clause that describes.
COUNTED_COUNTRIES = [
    ("en", "More than 120 countries are pledging to redouble their efforts to clear landmines."),
    ("en", "The 164 signatory countries agreed Friday to accelerate the work towards a mine-free world."),
    ("fr", "Plus de 120 pays se sont engagés à redoubler d'efforts pour déminer."),
    ("es", "Más de 120 países se comprometieron a redoblar sus esfuerzos para desminar."),
]


@pytest.mark.parametrize(("language", "text"), COUNTED_COUNTRIES, ids=case_ids(COUNTED_COUNTRIES))
def test_a_large_count_of_countries_pledging_is_the_states_parties(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["states-parties"])]}


def test_a_count_in_a_relative_clause_describes():
    text = "The Convention, the treaty of the 162 States that have committed to never use mines, met in Geneva."
    assert proposed_by_position("en", "press_release", [text]) == {}


def test_states_undertake_under_a_plan():
    text = 'Under the "Oslo Action Plan," adopted on Friday, states undertake to "identify mined areas".'
    texts = ["Norway's foreign ministry said the meeting had ended.", text]
    assert proposed_by_position("en", "news", texts)[2] == [("commitment", ["states-parties"])]


def test_an_organisation_named_after_its_common_noun_calls():
    text = "La organización Human Rights Watch (HRW) reclamó hoy a Estados Unidos que se una al Tratado."
    assert proposed_by_position("es", "news", [text]) == {1: [("call", ["USA"])]}


def test_a_channel_between_commas_is_passed_over():
    text = (
        "En julio, el gobierno japonés, a través de la agencia de cooperación, otorgó a Colombia una donación de "
        "10 millones de dólares para equipo de desminado."
    )
    [(kind, owners)] = proposed_by_position("es", "news", [text])[1]
    assert kind in ("commitment", "offer") and owners == ["COL", "JPN"]


# A sum written in words ("deux millions d'euros") after a phrase between commas.
SUM_IN_WORDS = [
    ("en", "Belgium is allocating, for the fourth year in a row, two million euros to demining in Iraq."),
    ("fr", "La Belgique alloue, pour la quatrième année consécutive, deux millions d'euros au déminage en Irak."),
    ("es", "Bélgica destina, por cuarto año consecutivo, dos millones de euros al desminado en Irak."),
]


@pytest.mark.parametrize(("language", "text"), SUM_IN_WORDS, ids=case_ids(SUM_IN_WORDS))
def test_a_sum_in_words_is_a_funding_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text])[1]
    assert kind in ("commitment", "offer") and owners == ["BEL", "IRQ"]


def test_offering_people_a_possibility_is_a_figure_of_speech():
    texts = [
        "Bruxelles - La Belgique finance le déminage en Irak.",
        "« Grâce à ce soutien, nous offrons aux personnes vulnérables la possibilité de renouer avec une vie active. »",
    ]
    assert 2 not in proposed_by_position("fr", "news", texts)


# What a body recalls it offers is what it does, no offer.
RECALLED_OFFER = [
    ("en", "The ICRC also recalled that it offers help to mine victims through physical rehabilitation services."),
    ("fr", "Le CICR a aussi rappelé qu'il offre une aide aux victimes des mines par des services de réadaptation."),
    ("es", "Además, el CICR recordó que ofrece ayuda a las víctimas de las minas con servicios de rehabilitación."),
]


@pytest.mark.parametrize(("language", "text"), RECALLED_OFFER, ids=case_ids(RECALLED_OFFER))
def test_an_offer_recalled_is_no_offer(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A State's deadline told as what it will have to do ("deberá culminar el desminado hasta 2022").
DEADLINE_TO_MEET = [
    ("en", "Ecuador will have to complete its humanitarian demining process by 2029, the ministry said."),
    ("fr", "L'Équateur devra achever le processus de déminage humanitaire d'ici 2029, a indiqué le ministère."),
    ("es", "El Ecuador deberá culminar el proceso de desminado humanitario hasta el año 2029, indicó el ministerio."),
]


@pytest.mark.parametrize(("language", "text"), DEADLINE_TO_MEET, ids=case_ids(DEADLINE_TO_MEET))
def test_a_deadline_a_state_must_meet_is_its_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["ECU"])]}


def test_a_request_to_the_international_community_after_a_time_word():
    text = "Colombia, Noruega y Suiza pidieron hoy a la comunidad internacional más apoyo a la Convención."
    [(kind, _owners)] = proposed_by_position("es", "news", [text])[1]
    assert kind == "call"


def test_a_memorandum_signed_commits():
    text = "El jueves se suscribió un Memorándum de Entendimiento que regulará el desminado de la frontera con el Perú."
    [(kind, owners)] = proposed_by_position("es", "news", [text], title="Chile")[1]
    assert kind == "commitment" and "CHL" in owners


def test_delegates_who_will_gather_is_logistics():
    text = "More than 700 delegates representing over 100 States will gather in Geneva from 18 to 22 September."
    assert proposed_by_position("en", "press_release", [text]) == {}


# What a monitor's report found is no decision of anyone.
REPORT_FOUND = [
    ("en", "The 164 States Parties met on Friday. The annual report noted that casualties rose for the fourth year."),
    ("fr", "Les 164 États parties se sont réunis vendredi. Le rapport a constaté que les victimes ont augmenté."),
    ("es", "Los 164 Estados Partes se reunieron el viernes. El informe señaló que las víctimas aumentaron."),
]


@pytest.mark.parametrize(("language", "text"), REPORT_FOUND, ids=case_ids(REPORT_FOUND))
def test_what_a_report_found_is_no_decision(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A web page of calls whose calling verb was cut ("[The Campaign calls] On all States Parties to: promote ...!"): the
# line is a sentence, a call on those it names, and its items are calls on them too.
CUT_CHAPEAU_WITH_ITS_ASK = [
    ("en", "On all States Parties to the treaty to: promote the universalization of the treaty more broadly!"),
    ("fr", "Aux États parties au traité de : promouvoir l'universalisation du traité plus largement !"),
    ("es", "A los Estados Partes del tratado a: promover la universalización del tratado más ampliamente!"),
]


@pytest.mark.parametrize(("language", "text"), CUT_CHAPEAU_WITH_ITS_ASK, ids=case_ids(CUT_CHAPEAU_WITH_ITS_ASK))
def test_a_cut_chapeau_with_its_ask_is_a_call(language, text):
    opening = {
        "en": "Getting more states to join the treaty is a key way to strengthen the norm.",
        "fr": "Faire adhérer davantage d'États au traité est un moyen essentiel de renforcer la norme.",
        "es": "Lograr que más Estados se adhieran al tratado es una forma clave de reforzar la norma.",
    }[language]
    assert proposed_by_position(language, "web_page", [opening, text]) == {2: [("call", ["states-parties"])]}


# Assurances that a State will meet its deadline: its commitment.
ASSURANCES = [
    ("en", "Deaths are set to end following assurances Zimbabwe would be able to meet its deadline to clear by 2025."),
    ("fr", "Les décès vont cesser après l'assurance que le Zimbabwe pourra respecter son échéance de 2025."),
    ("es", "Las muertes van a cesar tras las garantías de que Zimbabwe podrá cumplir su plazo de 2025."),
]


@pytest.mark.parametrize(("language", "text"), ASSURANCES, ids=case_ids(ASSURANCES))
def test_assurances_that_a_state_will_meet_its_deadline(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["ZWE"])]}


# Money granted just now ("vient d'accorder", "acaba de otorgar", "has just granted") and investments announced.
JUST_GRANTED = [
    (
        "en",
        "The European Union has just granted EUR 1.1 million to two new demining projects in Bosnia and Herzegovina.",
    ),
    ("fr", "L'Union européenne vient d'accorder 1,1 million d'euros à deux projets de déminage en Bosnie-Herzégovine."),
    (
        "es",
        "La Unión Europea acaba de otorgar 1,1 millones de euros a dos proyectos de desminado en Bosnia y Herzegovina.",
    ),
]


@pytest.mark.parametrize(("language", "text"), JUST_GRANTED, ids=case_ids(JUST_GRANTED))
def test_money_just_granted_is_a_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text])[1]
    assert kind in ("commitment", "offer") and owners == ["BIH", "EU"]


INVESTMENTS_ANNOUNCED = [
    ("en", "Canada announced on Sunday new investments for demining operations in Cambodia."),
    ("fr", "Le Canada a annoncé dimanche des investissements pour les opérations de déminage au Cambodge."),
    ("es", "Canadá anunció el domingo inversiones para las operaciones de desminado en Camboya."),
]


@pytest.mark.parametrize(("language", "text"), INVESTMENTS_ANNOUNCED, ids=case_ids(INVESTMENTS_ANNOUNCED))
def test_investments_announced_are_a_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text])[1]
    assert kind in ("commitment", "offer") and owners == ["CAN", "KHM"]


# A cost to be borne by a State: its commitment.
COST_BORNE_BY = [
    ("en", "The cost of the operations will be borne by Chile, since the mines were laid by its army."),
    ("fr", "Le coût des opérations sera pris en charge par le Chili, puisque les mines ont été posées par son armée."),
    ("es", "El costo de las maniobras será asumido por Chile, ya que las minas fueron instaladas por su ejército."),
]


@pytest.mark.parametrize(("language", "text"), COST_BORNE_BY, ids=case_ids(COST_BORNE_BY))
def test_a_cost_borne_by_a_state_is_its_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text])[1]
    assert kind in ("commitment", "offer") and owners == ["CHL"]


def test_a_subject_led_by_a_person_named_in_apposition():
    text = (
        "Pour cette raison, a-t-il dit, l'Exécutif, dirigé par le Président de la République, Jean Dupont, "
        "s'emploie à faire déminer tous les champs de mines connus d'ici décembre 2027."
    )
    assert proposed_by_position("fr", "news", ["L'Angola a présenté son plan.", text]) == {2: [("commitment", ["AGO"])]}


def test_readiness_restated_is_an_offer():
    texts = ["Chile informó al Perú del deslizamiento.", "Chile reiteró su disposición de continuar la cooperación."]
    [(kind, owners)] = proposed_by_position("es", "news", texts)[2]
    assert kind == "offer" and "CHL" in owners
