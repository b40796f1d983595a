"""Forms read in context (issue 22, round 73), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Background told, described or conditioned: no pledge, call, offer or decision. (language, genre, text)
NOTHING_RECORDED = [
    # time gone by: "It has been ten years since X called upon"
    (
        "en",
        "news",
        "It has been ten years since the Federation called upon its members to campaign for a ban on land mines.",
    ),
    (
        "fr",
        "news",
        "Il y a dix ans que la Fédération a appelé ses membres à faire campagne pour l'interdiction des mines.",
    ),
    (
        "es",
        "news",
        "Hace diez años que la Federación pidió a sus miembros que hicieran campaña por la prohibición de las minas.",
    ),
    # an event's programme
    ("en", "news", "The benefit gala is set for 12 June in Toronto and will feature several singers from Angola."),
    # leaving the treaty for a time
    (
        "en",
        "news",
        "Latvia announced its intention to suspend its obligations under the Convention for the duration of the war.",
    ),
    (
        "fr",
        "news",
        "La Lettonie a annoncé son intention de suspendre ses obligations au titre de la Convention pendant la guerre.",
    ),
    (
        "es",
        "news",
        "Letonia anunció su intención de suspender sus obligaciones en virtud de la Convención durante la guerra.",
    ),
    # an adverb or an adjective opening a page's sentence is no order to the reader
    (
        "en",
        "web_page",
        "Nearly two decades after the treaty entered into force, mines still kill and maim civilians in many regions.",
    ),
    (
        "en",
        "web_page",
        "Ceremonial opening of the Fifth Review ConferenceThe conference began with a message read on its behalf.",
    ),
    # experts' findings
    (
        "en",
        "news",
        "Researchers who studied the satellite images concluded that the mines had been laid during the summer.",
    ),
    (
        "fr",
        "news",
        "Des chercheurs qui ont étudié les images satellites concluent que les mines ont été posées cet été.",
    ),
    (
        "es",
        "news",
        "Los investigadores que estudiaron las imágenes concluyeron que las minas fueron colocadas en verano.",
    ),
    # naming things ("appelant X des Y"), and what an organisation named before does
    ("fr", "news", "Le ministère rejette ces accusations, appelant les objets trouvés des restes de la guerre civile."),
    (
        "es",
        "news",
        "La fundación dirige una red, una organización regional que ofrece asistencia psicológica a las víctimas.",
    ),
    # what a State will host, told in passing
    (
        "en",
        "news",
        "The ambassadors of Norway and of Chile, which will host the Review Conference in November, said the "
        "ceremony would honour the victims.",
    ),
    (
        "fr",
        "news",
        "Les ambassadeurs de la Norvège et du Chili, qui accueillera la conférence d'examen en novembre, ont dit que "
        "la cérémonie rendrait hommage aux victimes.",
    ),
    (
        "es",
        "news",
        "Los embajadores de Noruega y de Chile -país que acogerá en noviembre la conferencia de examen- dijeron que "
        "la ceremonia rendirá homenaje a las víctimas.",
    ),
    # a journey's purpose, and attention drawn to a need
    (
        "en",
        "news",
        "The former minister serves as a goodwill ambassador and has travelled to several countries in Asia to "
        "encourage accession to the treaty.",
    ),
    (
        "en",
        "press_release",
        "During the meeting, the organisation is holding a photo exhibition to draw the attention of delegates to "
        "the need for support to survivors.",
    ),
    # what moves the audience; a condition told
    ("en", "statement", "Think of those who were spared because of what we achieved together. They should inspire us."),
    (
        "en",
        "news",
        "A spokesperson said that once Tonga deposited its instrument of accession with the UN, the accession "
        "would take effect.",
    ),
    # the treaty's obligation recounted, and another treaty
    (
        "en",
        "news",
        "Chile has been a State Party since 2001. Under the Convention, Chile committed to destroy its stockpile "
        "within four years.",
    ),
    (
        "fr",
        "news",
        "Le Chili est État partie depuis 2001. En vertu de celle-ci, le Chili s'est engagé à détruire ses stocks "
        "en quatre ans.",
    ),
    (
        "es",
        "news",
        "Chile es Estado Parte del tratado desde 2001. En virtud del mismo, Chile se comprometió a destruir sus "
        "existencias en cuatro años.",
    ),
    ("es", "news", "El Perú cumplirá con la Convención de Oslo y destruirá sus municiones antes de 2026."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_background_is_not_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# The Pope speaks for the Holy See: his call on those outside the treaty is his.
POPES_CALLS = [
    ("en", "The Pope called on the countries that have not yet joined the Mine Ban Treaty to do so."),
    ("fr", "Le pape a appelé les pays qui n'ont pas encore adhéré au traité d'interdiction des mines à le faire."),
    ("es", "El Papa pidió a los países que aún no se han adherido al tratado de prohibición de minas que lo hagan."),
]


@pytest.mark.parametrize(("language", "text"), POPES_CALLS, ids=case_ids(POPES_CALLS))
def test_the_popes_call_is_the_holy_sees(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["VAT"])]}


# "The EU and its Member States": the EU and the States Parties (its members have no code of their own).
EU_AND_ITS_MEMBERS = [
    ("en", "The EU and its Member States will continue to support mine clearance in affected States."),
    ("fr", "L'Union européenne et ses États membres continueront à soutenir le déminage dans les États touchés."),
    ("es", "La Unión Europea y sus Estados miembros seguirán apoyando el desminado en los Estados afectados."),
]


@pytest.mark.parametrize(("language", "text"), EU_AND_ITS_MEMBERS, ids=case_ids(EU_AND_ITS_MEMBERS))
def test_the_eu_and_its_member_states_commit_together(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found == {1: [("commitment", ["EU", "states-parties"])]}


def test_member_countries_told_what_they_should_do_are_called_on():
    text = (
        "The Monitor found new use in two countries, the Campaign said on Monday. Member countries should condemn "
        "any new use of the weapon."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("call", ["states-parties"])]}


def test_a_state_and_other_countries_outside_told_to_join_are_called_on():
    text = (
        "(Geneva) – Russia and other countries that have not yet banned antipersonnel mines should join the treaty "
        "without delay, the Campaign said today."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text]))[1][0][0] == "call"


def test_a_call_to_join_both_treaties_is_not_about_another_treaty_only():
    text = "The ICBL calls on all states to join the Mine Ban Treaty and the Convention on Cluster Munitions now."
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("call", ["ICBL"])]}
    other = "Spain will join the States applying the Convention on Cluster Munitions next year."
    assert proposed_by_position("en", "press_release", [other]) == {}


def test_a_sum_announced_in_a_participle_is_the_donors():
    text = (
        "Norway is one of the largest donors to mine action, this week announcing a USD 12 million programme for "
        "survivors."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text]))
    assert [owners for _kind, owners in found[1]] == [["NOR"]]


def test_a_resolutions_opening_names_its_author_and_decides_nothing():
    texts = ["L'Assemblée générale,", "PRIE le Secrétaire général de présenter un rapport sur la lutte antimines;"]
    found = proposed_by_position("fr", "declaration", texts)
    assert list(found) == [2]


# A call on each to do their part, the parts listed after a colon: the groups listed.
EACH_THEIR_PART = [
    (
        "es",
        "El nuncio animó a cada quien a asumir su responsabilidad: los países afectados deben despejar sus "
        "territorios, mientras que los países donantes deben mantener su apoyo.",
    ),
    (
        "en",
        "The envoy urged everyone to play their part: affected countries must clear their land and donors must keep "
        "funding the work.",
    ),
]


@pytest.mark.parametrize(("language", "text"), EACH_THEIR_PART, ids=case_ids(EACH_THEIR_PART))
def test_a_call_on_each_to_do_their_part_is_on_the_groups_listed(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", ["affected-states-parties", "states-parties-in-a-position"])]}


# An act begun after a delay ("commencera d'ici à six mois la destruction"): the State's commitment.
BEGUN_AFTER_A_DELAY = [
    ("fr", "Le Cambodge commencera d'ici à six mois la destruction de ses derniers stocks de mines antipersonnel."),
    ("en", "Cambodia will begin within six months the destruction of its last stocks of anti-personnel mines."),
    ("es", "Camboya comenzará dentro de seis meses la destrucción de sus últimas existencias de minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), BEGUN_AFTER_A_DELAY, ids=case_ids(BEGUN_AFTER_A_DELAY))
def test_an_act_begun_after_a_delay_is_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["KHM"])]}


def test_a_call_made_taking_the_opportunity_is_a_call():
    text = "Our members marked the anniversary. We used this opportunity to call for sustained support to survivors."
    assert kinds_and_owners(proposed_by_position("en", "web_page", [text]))[1][0][0] == "call"


def test_a_progressive_call_on_governments_to_fund_is_on_those_in_a_position():
    text = "The organisation is calling on governments to support assistance for landmine victims."
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text]))
    assert found == {1: [("call", ["states-parties-in-a-position"])]}


def test_what_a_withdrawal_would_do_is_no_order_to_the_reader():
    texts = [
        "The Campaign has long said that any withdrawal from the treaty would:",
        "Shatter years of progress in cutting casualties",
        "Undermine the norm against the weapon",
    ]
    assert proposed_by_position("en", "web_page", texts) == {}


# The treaty's own obligations and deadlines, listed by a page as bare verbs: no order to the reader.
TREATY_DEADLINES_LISTED = [
    ("es", "Destruir todas las minas almacenadas en un plazo de cuatro años."),
    ("fr", "Détruire tous les stocks de mines dans un délai de quatre ans."),
    ("en", "Destroy all stockpiled mines within four years of entry into force."),
]


@pytest.mark.parametrize(("language", "text"), TREATY_DEADLINES_LISTED, ids=case_ids(TREATY_DEADLINES_LISTED))
def test_the_treatys_deadlines_listed_are_no_orders(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {}


def test_the_treaty_signed_in_1997_is_background():
    text = "A pesar de que 133 Estados firmaron el acuerdo de 1997, los grandes productores siguen fuera."
    assert proposed_by_position("es", "news", [text]) == {}


def test_an_organisation_calling_on_all_to_join_keeps_its_call():
    texts = [
        "Geneva, 3 April 2009 — Universal adherence is the only effective way, the International Campaign to Ban "
        "Landmines (ICBL) said today, on the eve of the UN's International Day for Mine Awareness.",
        "The ICBL calls on all states to join the 1997 Mine Ban Treaty without delay.",
    ]
    assert kinds_and_owners(proposed_by_position("en", "press_release", texts)) == {2: [("call", ["ICBL"])]}


# Said or reported as context: no one's pledge, call or decision.
CONTEXT_TOLD = [
    (
        "fr",
        "La Birmanie est le seul pays à poser des mines après que la Russie a annoncé son intention d'arrêter.",
    ),
    ("en", "Myanmar is now the only country laying mines after Russia announced its intention to stop using them."),
    ("es", "Birmania es el único país que coloca minas después de que Rusia anunció su intención de dejar de usarlas."),
    ("es", "El ministro comenzó la campaña en octubre de 1996, cuando instó a los gobiernos a firmar el tratado."),
    ("en", "The minister began the campaign in October 1996, when he urged governments to sign the treaty."),
    (
        "fr",
        "Le ministre a lancé la campagne en octobre 1996, lorsqu'il a exhorté les gouvernements à signer le traité.",
    ),
    ("en", "Many agree that one of the country's greatest challenges will be to clear the remaining mines."),
]


@pytest.mark.parametrize(("language", "text"), CONTEXT_TOLD, ids=case_ids(CONTEXT_TOLD))
def test_context_told_is_not_recorded(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Demining made a priority: the government's commitment.
MADE_A_PRIORITY = [
    ("en", "The President of Colombia has made demining one of his top priorities."),
    ("fr", "Le président de la Colombie a fait du déminage l'une de ses priorités."),
    ("es", "El presidente de Colombia ha hecho del desminado una de sus prioridades."),
]


@pytest.mark.parametrize(("language", "text"), MADE_A_PRIORITY, ids=case_ids(MADE_A_PRIORITY))
def test_demining_made_a_priority_is_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["COL"])]}


# Cooperation renewed to help a government named by its adjective: the partners' commitment, the State helped.
COOPERATION_RENEWED = [
    (
        "fr",
        "L'ambassade du Canada et le secrétariat général de l'Organisation des États américains (OEA) ont renouvelé "
        "leur coopération pour aider le gouvernement colombien à éliminer les mines antipersonnel.",
    ),
    (
        "en",
        "The Embassy of Canada and the Organization of American States have renewed their cooperation to help the "
        "Colombian government eliminate anti-personnel mines.",
    ),
    (
        "es",
        "La Embajada de Canadá y la Organización de los Estados Americanos renovaron su cooperación para ayudar al "
        "gobierno colombiano a eliminar las minas antipersonal.",
    ),
]


@pytest.mark.parametrize(("language", "text"), COOPERATION_RENEWED, ids=case_ids(COOPERATION_RENEWED))
def test_cooperation_renewed_to_help_a_government_is_a_commitment(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text]))
    assert found == {1: [("commitment", ["CAN", "COL", "OAS"])]}


def test_a_call_demanded_in_spanish_is_a_call_on_the_state_named():
    text = 'El director demanda que "las partes en conflicto en Yemen deben dejar de instalar minas".'
    assert kinds_and_owners(proposed_by_position("es", "news", [text])) == {1: [("call", ["YEM"])]}


def test_a_transitional_government_told_what_it_should_do_is_advised():
    text = (
        "Le gouvernement de transition syrien, en coopération avec les donateurs, devrait mettre en place des "
        "programmes visant à éliminer les mines terrestres."
    )
    assert 1 in proposed_by_position("fr", "news", [text])


def test_a_meeting_named_by_a_compound_ordinal_decides():
    text = "The Twenty-Second Meeting decided to grant the request of Chad."
    assert kinds_and_owners(proposed_by_position("en", "web_page", [text])) == {1: [("conclusion", ["TCD"])]}


# "The international community must continue to support ...": an exhortation, in French and Spanish as in English.
COMMUNITY_MUST = [
    ("fr", "La communauté internationale doit continuer à appuyer le déminage au Cambodge."),
    ("es", "La comunidad internacional debe seguir apoyando el desminado en Camboya."),
]


@pytest.mark.parametrize(("language", "text"), COMMUNITY_MUST, ids=case_ids(COMMUNITY_MUST))
def test_the_international_community_told_it_must_is_called_on(language, text):
    assert kinds_and_owners(proposed_by_position(language, "statement", [text]))[1][0][0] == "call"


# The international community told it must keep supporting a State: those in a position to help, and the State.
COMMUNITY_MUST_SUPPORT = [
    ("fr", "La communauté internationale doit continuer à appuyer la Colombie et son gouvernement."),
    ("es", "La comunidad internacional debe seguir apoyando a Colombia y a su gobierno."),
    ("en", "The international community must continue to support Colombia and its government."),
]


@pytest.mark.parametrize(("language", "text"), COMMUNITY_MUST_SUPPORT, ids=case_ids(COMMUNITY_MUST_SUPPORT))
def test_the_international_community_told_to_keep_supporting_is_those_in_a_position(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found == {1: [("call", ["COL", "states-parties-in-a-position"])]}


def test_a_call_to_reconsider_a_withdrawal_is_a_call():
    text = (
        "Plus de cent lauréats ont demandé aux gouvernements de l'Estonie et de la Pologne de réexaminer la décision "
        "de se retirer de la Convention d'Ottawa."
    )
    assert kinds_and_owners(proposed_by_position("fr", "news", [text])) == {1: [("call", ["EST", "POL"])]}


# An appeal to the public ("needs your help! Sign the petition"): no call on States.
APPEALS_TO_THE_PUBLIC = [
    ("fr", "L'association a besoin de votre aide ! Signez la pétition pour interdire les mines partout."),
    ("en", "The association needs your help! Sign the petition to ban landmines everywhere."),
    ("es", "La asociación necesita tu ayuda. Firma la petición para prohibir las minas en todas partes."),
]


@pytest.mark.parametrize(("language", "text"), APPEALS_TO_THE_PUBLIC, ids=case_ids(APPEALS_TO_THE_PUBLIC))
def test_an_appeal_to_the_public_is_no_call_on_states(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {}


def test_a_call_on_a_state_outside_reported_by_the_icbl_is_the_icbls():
    text = (
        "Geneva, 1 March 2011 – Groups worldwide are calling on the United States to ban antipersonnel landmines "
        "immediately, said the International Campaign to Ban Landmines (ICBL) today."
    )
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("call", ["ICBL"])]}


# Told as background or estimated (a last part, after sets 410-418's first score).
BACKGROUND_AND_ESTIMATES = [
    ("en", "The first project was eleven years ago, after the government requested assistance to clear mines."),
    ("en", "The organisation was one of the first to endorse the treaty and to encourage its members to ratify it."),
    ("fr", "L'organisation a été l'une des premières à encourager ses membres à ratifier le traité."),
    ("es", "La organización fue una de las primeras en alentar a sus miembros a ratificar el tratado."),
    ("en", "It is estimated that the country is one of the most heavily mined in the world."),
    ("fr", "On estime que le pays est l'un des plus minés au monde."),
    ("es", "Se estima que el país es uno de los más minados del mundo."),
]


@pytest.mark.parametrize(("language", "text"), BACKGROUND_AND_ESTIMATES, ids=case_ids(BACKGROUND_AND_ESTIMATES))
def test_background_and_estimates_are_not_recorded(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_goal_beside_a_cost_estimate_stays_a_goal():
    text = "El objetivo es declarar a Colombia libre de minas en 2021, y se calcula que la labor costará 300 millones."
    assert kinds_and_owners(proposed_by_position("es", "news", [text]))[1][0] == ("commitment", ["COL"])


# Funding given in the passive, its giver after "by" ("Funding will be provided by the Japanese government").
FUNDED_BY = [
    (
        "en",
        "The clearance project in Cambodia will cost $12 million. Funding will be provided by the Japanese government.",
    ),
    ("fr", "Le projet de déminage au Cambodge, d'un coût de 12 millions de dollars, sera financé par le Japon."),
]


@pytest.mark.parametrize(("language", "text"), FUNDED_BY, ids=case_ids(FUNDED_BY))
def test_the_giver_of_funding_in_the_passive_owns_it(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["JPN", "KHM"])]}


def test_a_states_aid_allocated_in_the_passive_is_its_pledge():
    text = "UK aid for mine action will be allocated to clearance projects in Afghanistan and Iraq."
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text]))
    assert found == {1: [("commitment", ["AFG", "GBR", "IRQ"])]}


# A State's goal or new support, stated in other words.
GOALS_AND_SUPPORT = [
    ("en", "“Sri Lanka’s vision is to become a Mine-free Country by year 2020,” the director stressed.", "LKA"),
    ("fr", "Le gouvernement tchadien s'est donné jusqu'en 2025 pour déminer l'ensemble du territoire.", "TCD"),
    ("fr", "Le Canada annonce d'autres mesures de soutien à la lutte contre les mines.", "CAN"),
]


@pytest.mark.parametrize(("language", "text", "state"), GOALS_AND_SUPPORT, ids=case_ids(GOALS_AND_SUPPORT))
def test_a_states_goal_or_new_support_is_its_commitment(language, text, state):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [state])]}


def test_our_call_to_the_national_government_is_a_call():
    texts = [
        "El gobernador de Norte de Santander, en Colombia, pidió desminar el Catatumbo.",
        "“Hacemos el llamado al Gobierno Nacional para que tenga presente estas zonas”, dijo el gobernador.",
    ]
    assert kinds_and_owners(proposed_by_position("es", "news", texts)) == {2: [("call", ["COL"])]}


def test_an_ngo_recommending_governments_to_fund_calls_on_them():
    text = "The organisation highly recommends governments of richer nations to fund clearance agencies in Sri Lanka."
    assert kinds_and_owners(proposed_by_position("en", "news", [text]))[1][0][0] == "call"


# What the subject is said to be, between commas, before its verb ("Ethiopia, reported as one of the leading mine
# users, has decided to"): the subject still acts.
SAID_TO_BE = [
    (
        "en",
        "Ethiopia, reported as one of the leading mine users in Africa, has decided to destroy its stockpile.",
        "ETH",
    ),
    ("fr", "L'Angola, l'un des pays les plus minés, va achever le déminage en 2025.", "AGO"),
    ("es", "Angola, uno de los países más minados, va a terminar el desminado en 2025.", "AGO"),
]


@pytest.mark.parametrize(("language", "text", "state"), SAID_TO_BE, ids=case_ids(SAID_TO_BE))
def test_a_subject_described_between_commas_still_acts(language, text, state):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [state])]}
