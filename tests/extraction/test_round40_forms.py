"""Forms read in context (issue 22, round 40), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A person named as the subject of a pledge, with or without an apposition: the State the story is about.
PERSON_PLEDGES = [
    ("en", "Sok Dara, head of the national demining authority, pledged to clear all minefields by 2027."),
    ("en", "Sok Dara pledged to clear all minefields by 2027."),
    ("fr", "Sok Dara, directeur de l'autorité nationale de déminage, s'est engagé à déminer le pays d'ici 2027."),
    ("es", "Sok Dara, director de la autoridad nacional de desminado, se comprometió a desminar el país para 2027."),
]


@pytest.mark.parametrize(("language", "text"), PERSON_PLEDGES, ids=case_ids(PERSON_PLEDGES))
def test_a_person_who_pledges_speaks_for_the_storys_state(language, text):
    opening = {
        "en": "Cambodia opened its new mine action centre on Monday.",
        "fr": "Le Cambodge a inauguré lundi son nouveau centre d'action contre les mines.",
        "es": "Camboya inauguró el lunes su nuevo centro de acción contra las minas.",
    }[language]
    assert proposed_by_position(language, "news", [opening, text], title="Cambodia") == {2: [("commitment", ["KHM"])]}


# Getting ready to act ("se dispone a", "s'apprête à") and a task set ("tiene como tarea"): an intention.
GETTING_READY = [
    ("fr", "Le gouvernement sénégalais s'apprête à lancer le déminage de toute la région d'ici 2026."),
    ("es", "El gobierno senegalés se dispone a lanzar el desminado de toda la región antes de 2026."),
    ("es", "El gobierno senegalés tiene como tarea terminar el desminado de toda la región antes de 2026."),
]


@pytest.mark.parametrize(("language", "text"), GETTING_READY, ids=case_ids(GETTING_READY))
def test_a_state_getting_ready_to_clear_commits(language, text):
    assert proposed_by_position(language, "news", [text], title="Senegal") == {1: [("commitment", ["SEN"])]}


# A body's call that names no one, what it asks put impersonally (and "once again" inside the phrase): all States
# Parties are called on.
UNADDRESSED_CALLS = [
    ("en", "The ICRC today once again made an appeal for efforts to be stepped up to end the suffering."),
    ("fr", "Le CICR lance une fois de plus un appel pour que soient intensifiées les activités de déminage."),
    ("es", "El CICR hace una vez más un llamamiento para que se intensifiquen las actividades de desminado."),
]


@pytest.mark.parametrize(("language", "text"), UNADDRESSED_CALLS[1:], ids=case_ids(UNADDRESSED_CALLS[1:]))
def test_a_call_that_names_no_one_is_on_all_states_parties(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", ["states-parties"])]}


# A call on "the government": the State the story is about.
GOVERNMENT_CALLED = [
    ("en", "The ICRC asked the government to step up clearance in the border provinces."),
    ("fr", "Le CICR a demandé au gouvernement d'intensifier le déminage dans les provinces frontalières."),
    ("es", "El CICR pide al gobierno que intensifique el desminado en las provincias fronterizas."),
]


@pytest.mark.parametrize(("language", "text"), GOVERNMENT_CALLED, ids=case_ids(GOVERNMENT_CALLED))
def test_a_call_on_the_government_is_the_storys_state(language, text):
    opening = {
        "en": "Colombia still counts many mine victims every year.",
        "fr": "La Colombie compte encore chaque année de nombreuses victimes des mines.",
        "es": "Colombia sigue contando cada año muchas víctimas de las minas.",
    }[language]
    assert proposed_by_position(language, "news", [opening, text]) == {2: [("call", ["COL"])]}


# A State's target named as a noun ("the objective of Peru to be mine-free"): that State, not the donor beside it.
OBJECTIVE_OF_A_STATE = [
    ("en", "Japan's funding opens a new stage in the objective of Peru to be mine-free by March 2027."),
    ("fr", "Le financement du Japon ouvre une nouvelle étape dans l'objectif du Pérou d'être libre de mines en 2027."),
    ("es", "El aporte del Japón abre una nueva etapa en el objetivo del Perú de quedar libre de minas en 2027."),
]


@pytest.mark.parametrize(("language", "text"), OBJECTIVE_OF_A_STATE, ids=case_ids(OBJECTIVE_OF_A_STATE))
def test_a_states_objective_named_as_a_noun_is_its_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["PER"])]}


# A request to extend a clearance deadline, submitted: the new deadline the State takes on.
EXTENSION_REQUESTED = [
    ("en", "Chile has submitted a request to extend by eight years its deadline to clear its mined areas."),
    ("fr", "Le Chili a présenté une demande de prolongation de huit ans de son délai de déminage."),
    ("es", "Chile ha presentado una solicitud para extender ocho años el plazo para terminar el desminado."),
]


@pytest.mark.parametrize(("language", "text"), EXTENSION_REQUESTED, ids=case_ids(EXTENSION_REQUESTED))
def test_an_extension_request_submitted_is_the_states_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["CHL"])]}


# Those present at a meeting ("the States here present", "los allí presentes"): the participants.
THOSE_PRESENT = [
    ("en", "We, the States here present, commit to achieving a mine-free world by 2030."),
    ("es", 'El ministro dijo: "Los Estados aquí presentes reiteramos nuestro compromiso por un mundo libre de minas."'),
]


@pytest.mark.parametrize(("language", "text"), THOSE_PRESENT, ids=case_ids(THOSE_PRESENT))
def test_the_states_present_are_the_participants(language, text):
    [(kind, owners)] = proposed_by_position(language, "press_release", [text])[1]
    assert kind == "commitment" and owners == ["conference-participants"]


def test_those_present_who_agree_decide_as_participants():
    text = "Los allí presentes acordaron desarrollar un nuevo plan de acción para los próximos cinco años."
    assert proposed_by_position("es", "news", [text]) == {1: [("conclusion", ["conference-participants"])]}


# Stressing what States are to do: a call on them (the States with victims are the affected ones).
STRESSED_THAT_STATES = [
    ("en", "The parties stressed that States responsible for mine survivors should integrate their care."),
    ("fr", "Les parties ont insisté pour que les États responsables de victimes intègrent leur prise en charge."),
    ("es", "Las partes hicieron hincapié en que los Estados responsables por sobrevivientes integren su atención."),
]


@pytest.mark.parametrize(("language", "text"), STRESSED_THAT_STATES, ids=case_ids(STRESSED_THAT_STATES))
def test_stressing_what_states_are_to_do_calls_on_them(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", ["affected-states-parties"])]}


def test_an_adjective_after_a_meeting_is_no_verb():
    text = "La reunión internacional que se llevó a cabo en Ginebra vio la participación de noventa Estados."
    assert proposed_by_position("es", "press_release", [text]) == {}


# A sum as the subject of what will be done: the donor the lead names, with the States Parties helped (a State that
# never joined owns nothing under the Convention).
SUM_TO_BE_SPENT = [
    ("en", "Another EUR 4.6 million will be used to co-finance operations in Sri Lanka, Laos and Guinea-Bissau."),
    ("fr", "4,6 millions d'euros seront consacrés à des opérations au Sri Lanka, au Laos et en Guinée-Bissau."),
    ("es", "Otros 4,6 millones de euros se emplearán en operaciones en Sri Lanka, Laos y Guinea-Bissau."),
]


@pytest.mark.parametrize(("language", "text"), SUM_TO_BE_SPENT, ids=case_ids(SUM_TO_BE_SPENT))
def test_a_sum_to_be_spent_is_the_donors_commitment(language, text):
    lead = {
        "en": "Brussels, 21 October - The European Union today announced its mine action programme for the year.",
        "fr": "Bruxelles, 21 octobre - L'Union européenne a annoncé aujourd'hui son programme contre les mines.",
        "es": "Bruselas, 21 oct. - La Unión Europea anunció hoy su programa de acción contra las minas para el año.",
    }[language]
    found = proposed_by_position(language, "news", [lead, text])
    assert found[2] == [("commitment", ["EU", "GNB", "LKA"])]


# "It will be essential that States ...": advice on what they are to do.
ESSENTIAL_THAT_STATES = [
    ("en", "It will be essential that States Parties with stocks maintain the political will to meet the deadline."),
    ("fr", "Il sera essentiel que les États parties qui ont des stocks maintiennent la volonté politique."),
    ("es", "Será esencial que los Estados Partes con existencias mantengan la voluntad política de cumplir."),
]


@pytest.mark.parametrize(("language", "text"), ESSENTIAL_THAT_STATES, ids=case_ids(ESSENTIAL_THAT_STATES))
def test_what_is_essential_for_states_is_advice(language, text):
    [(kind, _owners)] = proposed_by_position(language, "statement", [text])[1]
    assert kind == "recommendation"


# A parliament approving a proposal to join: the State named by its adjective commits to join.
PARLIAMENT_APPROVED = [
    ("en", "On Friday the Finnish parliament approved a government proposal to join the Mine Ban Treaty in 2027."),
    ("fr", "Vendredi, le parlement finlandais a approuvé une proposition d'adhérer au traité en 2027."),
    ("es", "El viernes el parlamento finlandés aprobó una propuesta del gobierno para adherirse al tratado en 2027."),
]


@pytest.mark.parametrize(("language", "text"), PARLIAMENT_APPROVED, ids=case_ids(PARLIAMENT_APPROVED))
def test_a_parliament_approving_accession_commits_its_state(language, text):
    opening = {
        "en": "Delegates from many countries gathered in Geneva on Monday.",
        "fr": "Des délégués de nombreux pays se sont réunis lundi à Genève.",
        "es": "Delegados de muchos países se reunieron el lunes en Ginebra.",
    }[language]
    assert proposed_by_position(language, "news", [opening, text]) == {2: [("commitment", ["FIN"])]}


def test_acknowledging_others_efforts_is_thanks():
    text = "We would also like to acknowledge and appreciate the continuous efforts by the Special Envoy."
    assert proposed_by_position("en", "statement", [text], title="Statement by Norway") == {}


def test_a_state_recommitted_by_its_minister():
    text = (
        "Mines Action Canada welcomes the Minister's statement that recommitted Canada to achieving a mine-free world."
    )
    [(kind, owners)] = proposed_by_position("en", "press_release", [text])[1]
    assert kind == "commitment" and "CAN" in owners


# Pleased that something will happen: what follows "that" has its own subject (here the Convention, no party).
FEELING_THAT_SOMETHING_WILL = [
    ("en", "We are honoured that the Convention will return to Oslo for its Review Conference next year."),
]


@pytest.mark.parametrize(("language", "text"), FEELING_THAT_SOMETHING_WILL, ids=case_ids(FEELING_THAT_SOMETHING_WILL))
def test_pleased_that_the_convention_will_meet_is_no_pledge(language, text):
    assert proposed_by_position(language, "statement", [text], title="Norway") == {}


# A call on the States that had not joined: the caller's (named before, by a pronoun).
STATES_NOT_JOINED = [
    (
        "en",
        "The ICRC President addressed the meeting. He called on those States that had not joined the treaty to do so.",
    ),
    (
        "es",
        "El presidente del CICR habló en la reunión. Llamó a las naciones que no se han unido al tratado a unirse.",
    ),
]


@pytest.mark.parametrize(("language", "text"), STATES_NOT_JOINED, ids=case_ids(STATES_NOT_JOINED))
def test_a_call_on_states_that_had_not_joined_is_the_callers(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", ["ICRC"])]}


# States that have not completed clearance: the affected ones.
NOT_COMPLETED = [
    (
        "en",
        "The chairman has appealed to the member states that did not complete the clearance to speed up their work.",
    ),
    ("fr", "Le président a appelé les États membres qui n'ont pas achevé le déminage à accélérer leurs travaux."),
    ("es", "El presidente instó a los Estados miembros que no han completado el desminado a acelerar sus trabajos."),
]


@pytest.mark.parametrize(("language", "text"), NOT_COMPLETED, ids=case_ids(NOT_COMPLETED))
def test_states_that_have_not_completed_clearance_are_affected(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["affected-states-parties"])]}


def test_attending_celebrations_is_no_pledge():
    text = (
        "Le ministre des Affaires étrangères et la ministre de la Coopération ont annoncé aujourd'hui qu'ils "
        "participeront aux célébrations du cinquième anniversaire de la Convention."
    )
    assert proposed_by_position("fr", "press_release", [text], title="Canada") == {}


# Where a meeting took place, and a representative at a funeral: no decision, no pledge.
TOOK_PLACE = [
    ("en", "The conference took place in Cambodia, the country that has suffered most from landmines."),
    ("fr", "La conférence a eu lieu au Cambodge, pays qui a le plus souffert des mines antipersonnel."),
    ("es", "La conferencia tuvo lugar en Camboya, el país que más ha sufrido por las minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), TOOK_PLACE, ids=case_ids(TOOK_PLACE))
def test_where_a_meeting_took_place_is_no_decision(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_representing_an_organisation_at_a_funeral_is_no_pledge():
    text = (
        "Le vice-président du CICR, Jean Dupont, représentera l'organisation aux obsèques de l'ancien ministre samedi."
    )
    assert proposed_by_position("fr", "press_release", [text]) == {}


# A hope that those not yet party will join: a call on them, the speaker's.
HOPE_THEY_JOIN = [
    (
        "en",
        "“I hope our other friends who are not yet members of the convention will join us,” the Prime Minister said.",
    ),
    (
        "fr",
        "« J'espère que nos amis qui ne sont pas encore membres de la Convention nous rejoindront », a-t-il dit.",
    ),
    (
        "es",
        "«Espero que nuestros amigos que aún no son miembros de la Convención se unan a nosotros», dijo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HOPE_THEY_JOIN, ids=case_ids(HOPE_THEY_JOIN))
def test_hoping_that_those_not_party_will_join_is_a_call(language, text):
    opening = {
        "en": "Cambodia opened the meeting of the States Parties on Sunday.",
        "fr": "Le Cambodge a ouvert dimanche la réunion des États parties.",
        "es": "Camboya inauguró el domingo la reunión de los Estados Partes.",
    }[language]
    assert proposed_by_position(language, "news", [opening, text]) == {2: [("call", ["KHM"])]}
