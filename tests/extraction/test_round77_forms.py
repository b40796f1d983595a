"""Forms read in context (issue 22, round 77), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed, proposed_by_position

pytestmark = pytest.mark.django_db


# A sum written with its country after the sign ("$US5 million", "$A3 million"): still a sum given.
def test_a_sum_with_its_country_after_the_sign_is_a_sum():
    text = "The Australian Government has committed $US5 million to assist with clearing landmines in Cambodia."
    assert proposed("en", "news", text) == [("commitment", ["AUS", "KHM"])]


# A pledge told after a verb of saying and where it was said ("said in its annual report on Friday that").
REPORTED_WHERE = [
    ("en", "The coalition said in its yearly review on Monday that Greece has now pledged to destroy its stocks."),
    ("fr", "La coalition a indiqué dans son bilan annuel que la Grèce s'est engagée à détruire ses stocks."),
    ("es", "La coalición dijo durante la reunión anual que Grecia se ha comprometido a destruir sus existencias."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED_WHERE, ids=case_ids(REPORTED_WHERE))
def test_a_pledge_reported_with_where_it_was_said_is_the_states(language, text):
    assert proposed(language, "news", text) == [("commitment", ["GRC"])]


# What someone has yet to say (when they will act), a treaty's article described, set aside.
NOTHING_RECORDED = [
    ("en", "news", "Neither Chad nor Niger has said yet when they want to destroy the old stocks."),
    ("es", "news", "Pero Bielorrusia todavía no ha indicado cuándo va a destruir sus existencias de minas."),
    (
        "en",
        "web_page",
        "Article 4 of the Convention requires that States Parties must destroy their stocks within four years.",
    ),
    (
        "fr",
        "web_page",
        "L’article 4 de la Convention prévoit que les États parties doivent détruire leurs stocks en quatre ans.",
    ),
    (
        "es",
        "web_page",
        "El artículo 4 de la Convención establece que los Estados Partes deben destruir sus reservas en cuatro años.",
    ),
    # an arrangement's expected effect, a hope, the outline of a speech
    ("en", "statement", "We welcome the new structure. This should enable us to discuss survey methods in depth."),
    ("fr", "statement", "Nous saluons la nouvelle structure. Cela devrait nous permettre d'examiner ces questions."),
    ("es", "statement", "Celebramos la nueva estructura. Esto debería permitirnos examinar mejor estas cuestiones."),
    ("en", "statement", "We hope that the new calendar will help smaller delegations to take part."),
    ("en", "statement", "I thank you for the floor, Madam President, and will focus on three points today."),
    ("fr", "statement", "Je remercie les coprésidents et je me concentrerai sur quelques points essentiels."),
    ("es", "statement", "Agradezco a los copresidentes y me centraré en algunos puntos esenciales."),
    # an invitation to an event, a seat on a panel
    ("en", "press_release", "The Foundation invites all its friends to attend the launch of the photo exhibition."),
    ("en", "press_release", "Its former director will take part in a panel on survey methods on Tuesday."),
    ("fr", "press_release", "Son président d'honneur participera à la table ronde du premier jour."),
    ("es", "press_release", "Su presidente honorario participará en la mesa redonda del primer día."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# A call after a subordinate clause that sets the scene with a meeting's logistics.
SCENE_THEN_CALL = [
    (
        "fr",
        "Alors que la conférence d'examen se tiendra le 25 novembre à Genève, nous appelons les États parties à "
        "condamner fermement cette décision.",
    ),
    (
        "en",
        "While the review conference will take place in Geneva next week, we call on the States Parties to condemn "
        "this decision.",
    ),
    (
        "es",
        "Mientras la conferencia de examen se celebrará en Ginebra la próxima semana, instamos a los Estados Partes a "
        "condenar esta decisión.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SCENE_THEN_CALL, ids=case_ids(SCENE_THEN_CALL))
def test_a_call_after_a_scene_set_is_recorded(language, text):
    assert proposed(language, "press_release", text) == [("call", ["states-parties"])]


# Everyone urged ("I urge all to"): the States Parties the message is addressed to.
ALL_URGED = [
    ("en", "I urge all to do more for the survivors and their families."),
    ("es", "Insto a todos a hacer más por los sobrevivientes y sus familias."),
]


@pytest.mark.parametrize(("language", "text"), ALL_URGED, ids=case_ids(ALL_URGED))
def test_all_urged_are_the_states_parties(language, text):
    assert proposed(language, "statement", text) == [("call", ["states-parties"])]


# The State demined, named as the verb's object: helped.
DEMINED = [
    ("en", "Lithuania and Iceland will lead an alliance of twenty countries to demine Ukraine.", ["ISL", "LTU", "UKR"]),
    (
        "fr",
        "La Lituanie et l'Islande vont prendre la tête d'une alliance de vingt pays pour déminer l'Ukraine.",
        ["ISL", "LTU", "UKR"],
    ),
    ("es", "Lituania e Islandia liderarán una alianza de veinte países para desminar Ucrania.", ["ISL", "LTU", "UKR"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), DEMINED, ids=case_ids(DEMINED))
def test_the_state_demined_is_helped(language, text, owners):
    assert proposed(language, "news", text) == [("commitment", owners)]


# The creation of a coalition or a fund announced: the announcer's undertaking, with the State it helps.
CREATION_ANNOUNCED = [
    ("en", "The Lithuanian minister announced the creation of a demining coalition to help Ukraine."),
    ("fr", "Le ministre lituanien a annoncé la création d'une coalition de déminage pour aider l'Ukraine."),
    ("es", "El ministro lituano anunció la creación de una coalición de desminado para ayudar a Ucrania."),
]


@pytest.mark.parametrize(("language", "text"), CREATION_ANNOUNCED, ids=case_ids(CREATION_ANNOUNCED))
def test_a_coalition_announced_is_an_undertaking(language, text):
    assert proposed(language, "news", text) == [("commitment", ["LTU", "UKR"])]


def test_a_funded_project_signed_is_an_undertaking():
    text = "Un projet de 5 millions de francs a été signé entre le DFAE et la FSD pour le déminage en Ukraine."
    assert [kind for kind, _owners in proposed("fr", "press_release", text)] == ["commitment"]


# The Swiss foreign ministry by its acronym.
def test_the_dfae_is_switzerland():
    assert proposed("fr", "press_release", "Le DFAE financera le déminage en Ukraine.") == [
        ("commitment", ["CHE", "UKR"])
    ]


# An organisation naming the day a statement is for is not its speaker; "thanks to" support is a cause, no praise.
def test_the_state_that_speaks_on_an_international_day_is_the_speaker():
    found = proposed(
        "en",
        "statement",
        "Thanks to steady support in Congress, the United States has helped clear mines in more than 90 countries.",
        "U.S. support for clearance and for survivors goes on this year.",
        "We remain committed to doing more, as our increased funding for Angola this year shows.",
        title="UN International Day for Mine Awareness and Assistance in Mine Action",
    )
    assert found == [("commitment", ["AGO", "USA"])]


# Others asked to join the speaker's efforts are not asked to join the treaty.
JOIN_US = [
    ("en", "On this day, we call on other nations to join us in these efforts around the world."),
    ("fr", "En ce jour, nous appelons les autres pays à se joindre à nos efforts dans le monde entier."),
]


@pytest.mark.parametrize(("language", "text"), JOIN_US, ids=case_ids(JOIN_US))
def test_others_asked_to_join_our_efforts_are_not_the_states_outside(language, text):
    assert proposed(language, "statement", text) == [("call", ["states-parties"])]


# A speaker telling States what they must do: a call on them ("State Parties", as non-native speakers write it).
MUST_IN_A_STATEMENT = [
    ("en", "Mine affected State Parties must submit clear plans every year.", "affected-states-parties"),
    (
        "en",
        "Therefore mine affected states and states in the position to help must keep their promises.",
        ["affected-states-parties", "states-parties-in-a-position"],
    ),
    ("en", "State Parties in a position to do so, must keep funding survey work.", "states-parties-in-a-position"),
]


@pytest.mark.parametrize(("language", "text", "owners"), MUST_IN_A_STATEMENT, ids=case_ids(MUST_IN_A_STATEMENT))
def test_what_states_must_do_said_in_a_statement_is_a_call(language, text, owners):
    expected = owners if isinstance(owners, list) else [owners]
    assert proposed(language, "statement", text) == [("call", expected)]


# People or means put at someone's disposal now: help given.
PUT_AT_DISPOSAL = [
    ("fr", "L'armée suisse met à la disposition du centre de déminage un officier de logistique et un démineur."),
    ("es", "El ejército suizo pone a disposición del centro de desminado un oficial de logística y un desminador."),
    ("en", "The Swiss army is making available to the mine action centre a logistics officer and a deminer."),
]


@pytest.mark.parametrize(("language", "text"), PUT_AT_DISPOSAL, ids=case_ids(PUT_AT_DISPOSAL))
def test_means_put_at_someones_disposal_are_a_commitment(language, text):
    assert proposed(language, "press_release", text) == [("commitment", ["CHE"])]


def test_a_strong_call_made_by_a_report_is_a_call():
    text = "El informe hace un firme llamado al Gobierno de Colombia para atender a los sobrevivientes."
    assert proposed("es", "news", text) == [("call", ["COL"])]


# More set aside: a point left for later in the meeting, what the treaty requires of a named State, a past decision
# told with the meeting that took it.
SET_ASIDE = [
    ("en", "statement", "We are worried by new use of mines. We will revert to this issue under agenda item 5."),
    ("fr", "statement", "Nous sommes inquiets de l'emploi de mines. Nous reviendrons sur cette question plus tard."),
    ("es", "statement", "Nos preocupa el uso de minas. Volveremos más adelante sobre este tema."),
    ("en", "news", "Chad must be free of mines by 2025, according to the Ottawa treaty."),
    ("fr", "news", "Le Tchad doit être libéré des mines d'ici 2025, selon le traité d'Ottawa."),
    ("es", "news", "Chad debe estar libre de minas para 2025, de acuerdo con el Tratado de Ottawa."),
    ("en", "press_release", "At its annual session in 1994, the Council decided to set up a fund for mine clearance."),
]


@pytest.mark.parametrize(("language", "genre", "text"), SET_ASIDE, ids=case_ids(SET_ASIDE))
def test_more_is_set_aside(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# Those gathered or present at the meeting, told what they should do.
GATHERED = [
    ("en", "Governments gathered in Geneva should condemn any new use of mines."),
    ("en", "Governments present in Geneva should condemn any new use of mines."),
    ("fr", "Les gouvernements réunis à Genève devraient condamner tout nouvel emploi de mines."),
    ("es", "Los gobiernos reunidos en Ginebra deberían condenar todo nuevo uso de minas."),
]


@pytest.mark.parametrize(("language", "text"), GATHERED, ids=case_ids(GATHERED))
def test_those_gathered_at_the_meeting_are_its_participants(language, text):
    assert proposed(language, "press_release", text) == [("call", ["conference-participants"])]


# A call beside a named State told what it must do: both are called on.
def test_a_state_told_what_it_must_do_beside_a_call_is_called_on_too():
    text = "The campaign urged states to treat this breach with great seriousness. Chad must also act at once, it said."
    assert proposed("en", "press_release", text) == [("call", ["TCD", "states-parties"])]


# A call in the passive: its subject is called on, not who asks.
CALLED_IN_THE_PASSIVE = [
    ("en", "The Chadian government is called to open an inquiry at once, according to the campaign."),
    ("fr", "Le gouvernement tchadien est invité à ouvrir une enquête sans délai, selon la campagne."),
    ("es", "El Gobierno chadiano es instado a abrir una investigación sin demora, según la campaña."),
]


@pytest.mark.parametrize(("language", "text"), CALLED_IN_THE_PASSIVE, ids=case_ids(CALLED_IN_THE_PASSIVE))
def test_a_call_in_the_passive_is_on_its_subject(language, text):
    assert proposed(language, "news", text) == [("call", ["TCD"])]


# Money earmarked or grants to be implemented, a speaker's country that "would join" in a summary.
def test_a_donation_earmarked_is_a_commitment():
    text = "The donation from Norway is earmarked for clearance in the north of Angola."
    assert proposed("en", "press_release", text) == [("commitment", ["AGO", "NOR"])]


def test_his_government_would_join_in_a_summary_is_his_states_pledge():
    text = "The representative of Finland said his Government was looking for alternatives and would join by 2012."
    assert proposed("en", "web_page", text) == [("commitment", ["FIN"])]


# A national mine action programme by its acronym is its State.
def test_paicma_is_colombia():
    text = "El PAICMA pondrá en marcha un nuevo programa de desminado en Antioquia el próximo año."
    assert proposed("es", "news", text) == [("commitment", ["COL"])]


# A doubt told is no pledge.
DOUBTS = [
    ("en", "“Without more funding I don’t think we will finish by 2025,” the director told reporters."),
    ("fr", "« Sans financement, je ne pense pas que nous terminerons en 2025 », a déclaré le directeur."),
    ("es", "“Sin más fondos no creo que terminemos en 2025”, dijo el director."),
]


@pytest.mark.parametrize(("language", "text"), DOUBTS, ids=case_ids(DOUBTS))
def test_a_doubt_told_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# The refugee agency by its French acronym acts as the UN.
def test_the_hcr_is_the_un():
    text = "Le HCR s'engage à travailler avec les gouvernements pour que ce fléau disparaisse."
    assert proposed("fr", "press_release", text) == [("commitment", ["UN"])]


def test_a_states_specialists_act_for_it():
    text = "Deux spécialistes suisses renforceront l'équipe du programme de déminage au Soudan."
    assert proposed("fr", "press_release", text) == [("commitment", ["CHE", "SDN"])]
