"""Forms read in context (issue 22, round 83), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


# A body that welcomes a State's contribution reports that State's pledge, whatever the sum's form.
WELCOMED = [
    "UNDP welcomes an additional contribution of EUR 3 million (about USD 3.3 million) from the Kingdom of Norway.",
    "UNMAS welcomes the contribution of USD 1.5 million from the Government of Japan to its programme.",
]


@pytest.mark.parametrize("text", WELCOMED, ids=["an-aside-in-the-sum", "a-decimal-sum"])
def test_a_contribution_a_body_welcomes_is_the_givers_pledge(text):
    [(kind, owners)] = proposed("en", "press_release", text)
    assert kind == "commitment" and set(owners) & {"NOR", "JPN"}


def test_a_contribution_welcomed_in_the_storys_state_helps_that_state():
    text = (
        "Kabul, 3 March – The UN Mine Action Service in Afghanistan welcomes an additional contribution of EUR 1 "
        "million from the Kingdom of Denmark for the clearance of contaminated land."
    )
    assert proposed("en", "press_release", text, title="Denmark renews its support") == [("commitment", ["AFG", "DNK"])]


def test_agencies_that_recommit_themselves_pledge():
    text = "UN agencies have recommitted themselves to supporting clearance and risk education."
    assert proposed("en", "press_release", text) == [("commitment", ["UN"])]


def test_a_reaffirmed_commitment_to_do_more_is_a_pledge_but_a_hope_about_another_is_not():
    pledge = "The minister reaffirmed Angola's commitment to further engage the States still outside the treaty."
    assert proposed("en", "news", pledge) == [("commitment", ["AGO"])]
    assert proposed("en", "news", "He hoped that Angola will continue to share its experience with others.") == []


def test_a_danger_that_will_continue_is_a_forecast():
    text = "Mines will continue to linger in many regions for decades, the director said."
    assert proposed("en", "news", text) == []


def test_a_meetings_programme_of_updates_and_assessments_is_no_pledge():
    text = (
        "At the meeting, States Parties will give progress updates and share their plans. Delegates will make their "
        "annual assessment of the implementation of the action plan."
    )
    assert proposed("en", "web_page", text) == []


def test_agreeing_to_a_treatys_terms_in_the_past_is_background():
    text = "Latvia has supported demining since 2000 and has agreed to the treaty's terms on clearance."
    assert proposed("en", "news", text) == []


def test_a_portfolio_seeking_to_raise_money_from_donors_calls_on_those_in_a_position():
    text = "The mine action centre launched its portfolio, seeking to raise from donors an additional US$9 million."
    [(kind, owners)] = proposed("en", "press_release", text)
    assert kind == "call" and "states-parties-in-a-position" in owners


def test_what_the_international_community_needs_to_reinforce_is_asked_of_those_who_can():
    text = "The international community needs to reinforce its support to the countries still affected."
    assert proposed("en", "statement", text) == [("call", ["states-parties-in-a-position"])]


def test_mine_action_work_in_a_state_helps_that_state():
    text = "The Dutch Embassy signed an agreement for mine action activities in Angola worth 2 million euros."
    [(kind, owners)] = proposed("en", "press_release", text)
    assert kind == "commitment" and {"AGO", "NLD"} <= set(owners)


# Present tenses that end like a future are no pledge ("nous enregistrons", "nous rencontrons"); "mettrons" is one.
PRESENTS = [
    ("fr", "« Dans les zones encore minées, nous enregistrons des victimes », a dit le directeur sénégalais.", []),
    ("fr", "« Nous rencontrons des difficultés de financement », a dit le directeur sénégalais.", []),
    ("fr", "« Nous mettrons tout en œuvre pour déminer la Casamance », a dit le ministre sénégalais.", ["SEN"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), PRESENTS, ids=["enregistrons", "rencontrons", "mettrons"])
def test_a_present_in_rons_is_no_future(language, text, owners):
    found = proposed(language, "news", text)
    assert [found_owners for _kind, found_owners in found] == ([owners] if owners else [])


def test_extensions_asked_for_and_obtained_are_the_meetings_decision_on_each_state():
    text = (
        "Trois États parties ont demandé et obtenu des prolongations : le Tchad jusqu'en 2025, le Niger jusqu'en "
        "2024 et la Serbie jusqu'en 2026."
    )
    assert proposed("fr", "press_release", text) == [("conclusion", ["NER", "SRB", "TCD"])]


def test_a_commitment_the_meeting_welcomed_is_the_states_undertaking():
    text = "La 14AEP a accueilli l'engagement du Soudan à présenter un plan actualisé."
    assert proposed("fr", "press_release", text) == [("commitment", ["SDN"])]


def test_a_goal_that_names_no_one_but_the_state_to_be_mine_free_is_that_states():
    text = "Su tarea será cumplir el compromiso gubernamental de que en 2027 se podrá declarar a Chile libre de minas."
    assert proposed("es", "news", text) == [("commitment", ["CHL"])]


# A State's readiness to join the treaty is its own pledge; readiness to share with others stays an offer.
READINESS = [
    ("en", "The Prime Minister said Tuvalu is willing to sign the treaty at the ceremony next month.", "commitment"),
    ("es", "El canciller dijo que Bolivia está dispuesta a firmar el tratado el mes próximo.", "commitment"),
    ("en", "The minister said Norway is willing to share its expertise with Angola.", "offer"),
]


@pytest.mark.parametrize(("language", "text", "kind"), READINESS, ids=["en-sign", "es-firmar", "en-share"])
def test_readiness_to_join_the_treaty_is_a_commitment_not_an_offer(language, text, kind):
    assert [found_kind for found_kind, _owners in proposed(language, "news", text)] == [kind]


# What parliaments, programmes and denials say is no one's pledge.
NO_PLEDGE = [
    ("en", "statement", "We should also applaud the work of the national campaign in its continuing efforts."),
    ("en", "statement", "I hope the Member will permit me to call him my friend on this occasion."),
    (
        "en",
        "statement",
        "152. To ask the Minister for Foreign Affairs if he will report on Ireland's support to demining.",
    ),
    ("en", "press_release", "Participants will include staff of national mine action centres and experts of the ICRC."),
    ("en", "press_release", "Japan's new grant to Sri Lanka will directly benefit some 4000 people in the north."),
    ("en", "statement", "This amendment seeks to restore the national commission on landmines."),
    ("fr", "statement", "Cet amendement vise à rétablir la commission nationale pour l'élimination des mines."),
    ("es", "statement", "Esta enmienda busca restablecer la comisión nacional de desminado."),
    ("fr", "news", "Cela ne signifie pas que le Tchad sera complètement exempt de mines, a-t-il dit."),
    ("en", "news", "This does not mean that Chad will be completely free of mines, he said."),
    ("es", "news", "Esto no significa que Chad quedará completamente libre de minas, dijo."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NO_PLEDGE, ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_PLEDGE)])
def test_praise_courtesies_questions_programmes_proposals_and_denials_are_no_pledge(language, genre, text):
    assert proposed(language, genre, text) == []


def test_a_pages_list_of_tasks_is_no_states_call_whatever_the_paragraph_before_names():
    texts = [
        "Ce projet accompagne le gouvernement tchadien dans la mise en œuvre de ses engagements.",
        "Sensibiliser les populations vulnérables de la région du Lac par des séances communautaires.",
    ]
    assert proposed("fr", "web_page", *texts) == []


# A legislator's written question, whatever the verbs inside it, is no one's pledge.
QUESTIONS = [
    ("fr", "Aussi souhaite-t-il savoir avec quels moyens le Gouvernement entend poursuivre son effort de déminage."),
    ("fr", "Il lui demande de bien vouloir lui indiquer si le Gouvernement entend augmenter sa contribution."),
    ("es", "La diputada pregunta al Gobierno si piensa aumentar la ayuda al desminado en 2027."),
    ("en", "The member asked the Minister whether the Government will increase its support to demining."),
]


@pytest.mark.parametrize(("language", "text"), QUESTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUESTIONS)])
def test_a_written_question_is_no_pledge(language, text):
    assert proposed(language, "statement", text) == []


def test_a_statements_responsibility_to_reach_a_mine_free_country_is_its_states_goal():
    text = "No basta con destruir las existencias: tenemos la responsabilidad de lograr un Chile libre de minas."
    assert proposed("es", "statement", "Intervención de Chile.", text) == [("commitment", ["CHL"])]


def test_a_topic_said_to_be_fundamental_is_no_advice():
    text = "En situaciones de posconflicto el tema de las minas es fundamental. Los grupos armados las siguen usando."
    assert proposed("es", "statement", text) == []


def test_a_request_for_advice_addressed_to_a_body_is_a_call():
    text = "El Gobierno peruano solicitó a Naciones Unidas asesoramiento para sus militares en desminado humanitario."
    assert [kind for kind, _owners in proposed("es", "news", text)] == ["call"]


def test_funds_allocated_to_demining_in_a_national_plan_are_committed():
    texts = [
        "La ministre sénégalaise des Affaires étrangères s'est rendue à Ziguinchor.",
        "Elle a présenté un plan doté de 40 milliards de francs CFA, dont 9 milliards sont alloués au déminage.",
    ]
    assert proposed("fr", "news", *texts) == [("commitment", ["SEN"])]


def test_a_call_to_clear_our_land_helps_the_callers_state():
    texts = [
        "Ukraine's President spoke in Kyiv on Monday.",
        '"I have invited the Prime Minister of Norway to lead the effort to clear our land of mines," he said.',
    ]
    [(kind, owners)] = proposed("en", "news", *texts, title="Ukraine asks Norway to lead demining")
    assert kind == "call" and {"NOR", "UKR"} <= set(owners)


def test_a_forum_a_body_offers_and_a_hope_for_a_debate_are_no_pledge():
    assert proposed("en", "press_release", "The Conference on Disarmament offers the most practical forum.") == []
    text = "The President expressed the hope that the debate would help further the fight against mines."
    assert proposed("en", "statement", text) == []


def test_states_helped_in_a_past_sentence_beside_the_pledge_are_not_its_beneficiaries():
    text = (
        "Latvia remains committed to supporting mine clearance in affected countries. Over the years, we have "
        "funded demining activities under bilateral projects in Iraq and Chad."
    )
    assert proposed("en", "statement", "Statement of Latvia.", text) == [("commitment", ["LVA"])]
