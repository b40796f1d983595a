"""Forms read in context (issue 22, round 50), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# Bodies counted ("Two UN agencies") who call on two addressees, the second far from the verb: a call on both.
COUNTED_CALLERS = [
    (
        "en",
        "Two UN agencies today urged the Iraqi authorities and the international community to step up clearance "
        "work across Iraq.",
    ),
    (
        "fr",
        "Deux agences de l'ONU ont exhorté les autorités irakiennes et la communauté internationale à renforcer le "
        "déminage en Irak.",
    ),
    (
        "es",
        "Dos agencias de la ONU instaron hoy a las autoridades iraquíes y a la comunidad internacional a "
        "intensificar el desminado en Irak.",
    ),
]


@pytest.mark.parametrize(("language", "text"), COUNTED_CALLERS, ids=case_ids(COUNTED_CALLERS))
def test_counted_bodies_call_on_a_government_and_the_international_community(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["IRQ", "states-parties-in-a-position"])]}


# A call on a government's heads, listed ("the President, the Prime Minister and the Minister"), after its officials
# were named by their State's adjective: a call on that State.
HEADS_CALLED = [
    (
        "en",
        "The Envoy held talks with senior Sri Lankan officials and asked the President, the Prime Minister and the "
        "Minister of Foreign Affairs to promote the Convention among their neighbours.",
    ),
    (
        "fr",
        "L'Envoyé s'est entretenu avec des responsables sri-lankais et a demandé au Président, au Premier ministre et "
        "au ministre des Affaires étrangères de promouvoir la Convention auprès de leurs voisins.",
    ),
    (
        "es",
        "El Enviado se reunió con altos funcionarios de Sri Lanka y pidió al Presidente, al Primer Ministro y al "
        "Ministro de Relaciones Exteriores que promuevan la Convención entre sus vecinos.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HEADS_CALLED, ids=case_ids(HEADS_CALLED))
def test_a_call_on_a_governments_heads_is_on_their_state(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", ["LKA"])]}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The ICBL met Cambodian officials in Geneva and asked the President of the Meeting to convene informal "
            "consultations on clearance.",
        ),
        (
            "fr",
            "L'ICBL a rencontré des responsables cambodgiens à Genève et a demandé au Président de la Réunion de "
            "convoquer des consultations informelles.",
        ),
    ],
)
def test_the_president_of_a_meeting_asked_is_no_government(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A pledge after a coordinated predicate ("praised ... and pledged that the authority will"), by a minister no State
# names: the State of the story's title.
COORDINATED_PLEDGES = [
    (
        "en",
        "Demining review in Cambodia",
        "Minister Sok Chenda praised the authority's work in the provinces and pledged that the authority will keep "
        "clearing land for years to come.",
    ),
    (
        "fr",
        "Bilan du déminage au Cambodge",
        "Le ministre Sok Chenda a salué le travail de l'autorité et a promis que l'autorité poursuivra le déminage "
        "dans les années à venir.",
    ),
    (
        "es",
        "Balance del desminado en Camboya",
        "El ministro Sok Chenda elogió el trabajo de la autoridad y prometió que la autoridad seguirá desminando en "
        "los próximos años.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), COORDINATED_PLEDGES, ids=case_ids(COORDINATED_PLEDGES))
def test_a_pledge_after_a_coordinated_predicate_is_the_storys_states(language, title, text):
    assert proposed_by_position(language, "news", [text], title=title) == {1: [("commitment", ["KHM"])]}


def test_a_request_to_them_after_thanks_is_a_call():
    text = (
        "The Minister thanked UNDP and the donors for their support and requested them to keep helping Cambodia "
        "reach its goal."
    )
    found = proposed_by_position("en", "news", [text], title="Demining review in Cambodia")
    assert [kind for kind, _owners in found[1]] == ["call"]


# Saying one will not leave the Convention is a pledge to stay in it; leaving it is none.
STAYING = [
    ("en", "Norway's foreign minister said the country does not intend to withdraw from the Mine Ban Convention."),
    ("fr", "Le ministre norvégien a assuré que la Norvège ne se retirera pas de la Convention d'Ottawa."),
    ("fr", "Le ministre norvégien a confirmé que la Norvège n'a pas l'intention de se retirer de la Convention."),
    ("es", "El canciller noruego aseguró que Noruega no se retirará de la Convención de Ottawa."),
    ("es", "El canciller noruego confirmó que Noruega no tiene intención de retirarse de la Convención."),
]


@pytest.mark.parametrize(("language", "text"), STAYING, ids=case_ids(STAYING))
def test_not_withdrawing_from_the_convention_is_a_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["NOR"])]}


def test_withdrawing_from_the_convention_is_no_pledge():
    text = "Estonia and Latvia announced that they will withdraw from the Convention."
    assert proposed_by_position("en", "news", [text]) == {}


# A speaker's view of what partners should do: a call on those in a position to help, with the speaker's State.
PARTNERS_SHOULD = [
    (
        "en",
        "Angola's mine action director spoke in Geneva. He argued that international partners should keep "
        "mobilizing resources for clearance in Angola.",
    ),
    (
        "fr",
        "Le directeur angolais de l'action contre les mines s'est exprimé à Genève. Il a estimé que les partenaires "
        "internationaux doivent continuer à mobiliser des ressources pour le déminage en Angola.",
    ),
    (
        "es",
        "El director angoleño de acción contra las minas habló en Ginebra. Sostuvo que los socios internacionales "
        "deben seguir movilizando recursos para el desminado en Angola.",
    ),
]


@pytest.mark.parametrize(("language", "text"), PARTNERS_SHOULD, ids=case_ids(PARTNERS_SHOULD))
def test_what_partners_should_do_is_a_call_on_them(language, text):
    found = proposed_by_position(language, "news", [text])
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("call", ["AGO", "states-parties-in-a-position"])]


# Help demanded ("reclamó ayuda internacional urgente"; "urgente" is no verb of calling) for a State named by its
# adjective: a call on those in a position to help, that State helped.
HELP_DEMANDED = [
    ("en", "Amnesty International demanded urgent international assistance to equip Yemeni deminers."),
    ("fr", "Amnesty International a réclamé une aide internationale urgente pour équiper les démineurs yéménites."),
    ("es", "Amnistía Internacional reclamó ayuda internacional urgente para equipar a los desminadores yemeníes."),
]


@pytest.mark.parametrize(("language", "text"), HELP_DEMANDED, ids=case_ids(HELP_DEMANDED))
def test_help_demanded_for_a_state_named_by_its_adjective(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["YEM", "states-parties-in-a-position"])]}


# Where a national body's work will go next: the State of the story's pledge.
WORK_DIRECTED = [
    (
        "en",
        "Clearance moves north in Mozambique",
        "The institute's work will now be focused on the northern provinces, to meet the deadline by the end of the "
        "year.",
    ),
    (
        "fr",
        "Le déminage progresse au Mozambique",
        "Les travaux de l'institut seront désormais concentrés sur les provinces du nord, pour tenir le délai d'ici la "
        "fin de l'année.",
    ),
    (
        "es",
        "Avanza el desminado en Mozambique",
        "Los trabajos del instituto serán concentrados en las provincias del norte, para cumplir el plazo antes de "
        "fin de año.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), WORK_DIRECTED, ids=case_ids(WORK_DIRECTED))
def test_where_the_work_will_go_is_the_storys_states_pledge(language, title, text):
    assert proposed_by_position(language, "news", [text], title=title) == {1: [("commitment", ["MOZ"])]}


def test_the_state_as_subject_is_the_storys_state():
    text = "The state has pledged US$4 million to clear the northern region."
    assert proposed_by_position("en", "news", [text], title="Survey starts in Chad") == {1: [("commitment", ["TCD"])]}


def test_a_state_that_is_to_create_something_pledges_it():
    text = "Djibouti is to establish a regional training centre on mine action."
    assert proposed_by_position("en", "news", [text]) == {1: [("commitment", ["DJI"])]}


@pytest.mark.parametrize(
    "text",
    ["The purpose of the workshop is to review the national plan.", "The meeting will bring together delegates."],
)
def test_a_meetings_purpose_or_attendance_is_no_pledge(text):
    assert proposed_by_position("en", "news", [text]) == {}


# A story reporting what a plan binds the States to: the States Parties' commitment (a legal act's recital that
# recalls it is background: the written sets' test).
PLAN_COMMITS = [
    ("en", "The Plan commits States to improve services for survivors."),
    ("fr", "Le Plan d'action engage les États parties à améliorer les services aux survivants."),
    ("es", "El Plan de Acción compromete a los Estados Partes a mejorar los servicios para los sobrevivientes."),
]


@pytest.mark.parametrize(("language", "text"), PLAN_COMMITS, ids=case_ids(PLAN_COMMITS))
def test_a_plan_reported_to_commit_the_states_is_their_commitment(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("commitment", ["states-parties"])]}


# A speaker's goal in reported speech ("said his main goal ... would be to"): the speaker's State's pledge.
REPORTED_GOALS = [
    (
        "en",
        "The Cambodian minister said his main goal for the next year would be to push for full compliance with the "
        "Convention.",
    ),
    (
        "fr",
        "Le ministre cambodgien a dit que son principal objectif pour l'année à venir serait de faire respecter la "
        "Convention.",
    ),
    (
        "es",
        "El ministro camboyano dijo que su principal objetivo para el próximo año sería impulsar el cumplimiento de "
        "la Convención.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPORTED_GOALS, ids=case_ids(REPORTED_GOALS))
def test_a_goal_in_reported_speech_is_the_speakers_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["KHM"])]}


# Set aside: a courtesy to the President, the plan of a speech, history told "N years ago", a State's army that will
# lay mines, a withdrawal that takes effect.
SET_ASIDE = [
    (
        "en",
        "statement",
        "Let me assure you that my delegation will fully support you during your tenure as president leading up to "
        "the Review Conference.",
    ),
    (
        "fr",
        "statement",
        "Je tiens à vous assurer du plein soutien de ma délégation durant votre mandat jusqu'à la Conférence d'examen.",
    ),
    (
        "es",
        "statement",
        "Quiero asegurarle el pleno apoyo de mi delegación durante su mandato hasta la Conferencia de Examen.",
    ),
    ("en", "statement", "I will focus my intervention on the financial contributions my country is making."),
    ("fr", "statement", "Je concentrerai mon intervention sur les contributions financières de mon pays."),
    ("es", "statement", "Centraré mi intervención en las contribuciones financieras que aporta mi país."),
    ("en", "statement", "Seven years ago, the Security Council adopted resolution 2365 on mine action."),
    ("fr", "statement", "Il y a sept ans, le Conseil de sécurité a adopté la résolution 2365 sur l'action antimines."),
    (
        "es",
        "statement",
        "Hace siete años, el Consejo de Seguridad aprobó la resolución 2365 sobre la acción antiminas.",
    ),
    ("en", "news", "According to the ambassador, the Finnish army will mine its own territory."),
    ("fr", "news", "Selon l'ambassadeur, l'armée finlandaise va miner le territoire de son propre pays."),
    ("es", "news", "Según el embajador, el ejército finlandés va a minar el territorio de su propio país."),
    ("en", "news", "The withdrawal of Estonia and Latvia will take effect on 27 December."),
    ("fr", "news", "Le retrait de l'Estonie et de la Lettonie prendra effet le 27 décembre."),
    ("es", "news", "El retiro de Estonia y Letonia surtirá efecto el 27 de diciembre."),
]


@pytest.mark.parametrize(("language", "genre", "text"), SET_ASIDE, ids=case_ids(SET_ASIDE))
def test_courtesies_speech_plans_history_mining_and_withdrawals_are_no_commitments(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_assisting_mine_victims_is_no_laying_of_mines():
    text = "We will assist mine victims and clear all mined areas by 2030."
    assert proposed_by_position("en", "declaration", [text]) == {1: [("commitment", ["conference-participants"])]}


# Advice that a named State act ("recommend that either Chad revise"): that State's.
ADVISED = [
    ("en", "We therefore recommend that either Chad revise its extension period or submit a new request."),
    ("fr", "Nous recommandons donc que le Tchad révise sa période de prolongation."),
    ("es", "Por lo tanto, recomendamos que Chad revise su período de prórroga."),
]


@pytest.mark.parametrize(("language", "text"), ADVISED, ids=case_ids(ADVISED))
def test_a_recommendation_that_a_state_act_is_that_states(language, text):
    assert proposed_by_position(language, "statement", [text]) == {1: [("recommendation", ["TCD"])]}


# A call for the Convention's application, no one addressed, by a minister named before: the States Parties' (help
# asked for stays with those in a position to give it, the caller's State helped).
CALLED_FOR = [
    (
        "en",
        "Angola urges action",
        "Angola's minister spoke in Luanda. He also called for the full implementation of the Convention.",
        ["states-parties"],
    ),
    (
        "fr",
        "L'Angola appelle à agir",
        "Le ministre angolais s'est exprimé à Luanda. Il a aussi appelé à la pleine mise en œuvre de la Convention.",
        ["states-parties"],
    ),
    (
        "en",
        "Angola urges action",
        "The Angolan minister spoke in Geneva. She called for more international support for clearance.",
        ["AGO", "states-parties-in-a-position"],
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "owners"), CALLED_FOR, ids=case_ids(CALLED_FOR))
def test_a_call_for_the_conventions_application_is_on_the_states_parties(language, title, text, owners):
    assert proposed_by_position(language, "news", [text], title=title) == {1: [("call", owners)]}


# "The global community", "la communauté mondiale", "la comunidad mundial": all States.
GLOBAL_COMMUNITY = [
    ("en", "The Belgian Foreign Minister urged the global community on Tuesday to stand up for a mine-free world."),
    ("fr", "Le ministre belge a exhorté mardi la communauté mondiale à se mobiliser pour un monde sans mines."),
    ("es", "El canciller belga instó el martes a la comunidad mundial a movilizarse por un mundo libre de minas."),
]


@pytest.mark.parametrize(("language", "text"), GLOBAL_COMMUNITY, ids=case_ids(GLOBAL_COMMUNITY))
def test_a_call_on_the_global_community_is_on_the_states_parties(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["states-parties"])]}
