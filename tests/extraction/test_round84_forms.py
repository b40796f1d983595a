"""Forms read in context (issue 22, round 84), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


# What will happen when others act is a forecast, nobody's pledge.
@pytest.mark.parametrize(
    "text",
    ["When governments decide to act, it will happen.", "If donors come forward, progress will occur quickly."],
    ids=["happen", "occur"],
)
def test_what_will_happen_is_no_pledge(text):
    assert proposed("en", "statement", text) == []


# A French noun that ends like a future ("citrons", "escadrons" is a future's ending) is no verb.
def test_a_noun_ending_like_a_future_is_no_pledge():
    text = "Le village était partie prenante : ses habitants allaient cueillir des citrons près du champ miné."
    assert proposed("fr", "web_page", text) == []


STATED_INTENTIONS = [
    ("en", "Norway underlines its intention to contribute to a world free of new mine victims."),
    ("fr", "La Norvège souligne son intention de contribuer à un monde sans nouvelles victimes des mines."),
    ("es", "Noruega reafirma su intención de contribuir a un mundo sin nuevas víctimas de las minas."),
]


@pytest.mark.parametrize("language,text", STATED_INTENTIONS, ids=["en", "fr", "es"])
def test_an_intention_stated_in_the_present_is_a_commitment(language, text):
    [(kind, _owners)] = proposed(language, "web_page", text)
    assert kind == "commitment"


OCCASIONS = [
    ("en", "The meeting provided a key opportunity for the Minister to brief Norway on the clearance of the border."),
    ("fr", "La réunion a offert une occasion précieuse au ministre d'informer la Norvège sur le déminage."),
    ("es", "La reunión brindó una valiosa oportunidad al ministro para informar a Noruega sobre el desminado."),
]


@pytest.mark.parametrize("language,text", OCCASIONS, ids=["en", "fr", "es"])
def test_an_occasion_a_meeting_gave_is_no_decision(language, text):
    assert proposed(language, "news", text) == []


REPORTED_VIEWS = [
    ("en", "It is indicated that, according to the ministry, mines strengthen the defence of the border."),
    ("fr", "Il est dit que, selon le ministère, les mines renforcent la défense de la frontière."),
    ("es", "Se señaló que, según el ministerio, las minas refuerzan la defensa de la frontera."),
]


@pytest.mark.parametrize("language,text", REPORTED_VIEWS, ids=["en", "fr", "es"])
def test_an_impersonal_report_of_a_view_is_no_conclusion(language, text):
    assert proposed(language, "news", text) == []


FEELINGS = [
    ("en", "We should all be deeply concerned by the new use of mines in the region."),
    ("fr", "Nous devrions tous être profondément préoccupés par le nouvel emploi de mines dans la région."),
    ("es", "Todos deberíamos estar profundamente preocupados por el nuevo empleo de minas en la región."),
]


@pytest.mark.parametrize("language,text", FEELINGS, ids=["en", "fr", "es"])
def test_a_feeling_we_should_share_is_no_recommendation(language, text):
    assert proposed(language, "statement", text) == []


# A contribution told before, described in a later paragraph, is not pledged again.
GIFTS_DESCRIBED = [
    ("en", "This contribution from Norway will enable the teams to continue clearing the villages of the north."),
    ("fr", "Cette contribution de la Norvège permettra aux équipes de poursuivre le déminage des villages du nord."),
    ("es", "Esta contribución de Noruega permitirá a los equipos seguir desminando las aldeas del norte."),
]


@pytest.mark.parametrize("language,text", GIFTS_DESCRIBED, ids=["en", "fr", "es"])
def test_a_contribution_described_again_is_no_new_pledge(language, text):
    assert proposed(language, "press_release", text) == []


def test_a_contribution_announced_then_described_is_pledged_once_in_its_paragraph():
    text = (
        "Norway has announced a new contribution of USD 2 million to UNMAS. This contribution from Norway will "
        "enable the teams to continue clearing the villages of the north."
    )
    [(kind, owners)] = proposed("en", "press_release", text)
    assert kind in ("commitment", "offer") and "NOR" in owners


NEW_PROGRAMMES_FUNDED = [
    ("en", "The European Union is funding a new mine action programme of EUR 5 million in the region."),
    ("fr", "L'Union européenne finance un nouveau programme de lutte antimines de 5 millions d'euros dans la région."),
    ("es", "La Unión Europea financia un nuevo programa contra las minas de 5 millones de euros en la región."),
]


@pytest.mark.parametrize("language,text", NEW_PROGRAMMES_FUNDED, ids=["en", "fr", "es"])
def test_a_new_programme_being_funded_is_the_donors_commitment(language, text):
    [(kind, owners)] = proposed(language, "press_release", text)
    assert kind in ("commitment", "offer") and "EU" in owners


# A praised State's future anniversary, told in a relative clause of another sentence (which the reader sets aside),
# does not make it the one helped by the donor's pledge.
def test_a_future_told_of_a_praised_state_does_not_make_it_helped():
    text = (
        "L'ambassadeur de Norvège a salué les efforts du Cambodge en matière de déminage. Le Cambodge qui célébrera "
        "bientôt un anniversaire a connu des décennies de guerre. La Norvège poursuivra ses efforts en matière de "
        "déminage, a-t-il dit."
    )
    assert proposed("fr", "news", text) == [("commitment", ["NOR"])]


REFUSALS = [
    ("en", "Donors are not willing to fund the army's deminers directly."),
    ("fr", "Les donateurs ne sont pas disposés à financer directement les démineurs de l'armée."),
    ("es", "Los donantes no están dispuestos a financiar directamente a los desminadores del ejército."),
]


@pytest.mark.parametrize("language,text", REFUSALS, ids=["en", "fr", "es"])
def test_a_refusal_is_no_offer(language, text):
    assert proposed(language, "news", text) == []


def test_what_should_arrive_is_a_forecast_beside_the_pledge():
    text = "The Czech Republic will finance two demining machines for Ukraine, which should arrive next spring."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "commitment" and "CZE" in owners


def test_a_sum_made_available_in_a_lead_is_given():
    text = "The Government of Norway made available, this Monday, US$250,000 to support demining in Huambo province."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind in ("commitment", "offer") and "NOR" in owners


def test_a_hope_for_what_a_gift_will_do_is_no_pledge():
    text = "The ambassador said the donation is the first of its kind and he hopes it will make a real difference."
    assert proposed("en", "news", text) == []


DECISIONS_TO_GIVE = [
    ("en", "The minister spoke of the decision of the federal government to provide a total of 2 million euros."),
    ("fr", "Le ministre a parlé de la décision du gouvernement fédéral d'allouer 2 millions d'euros au déminage."),
    ("es", "El ministro habló de la decisión del gobierno federal de destinar 2 millones de euros al desminado."),
]


@pytest.mark.parametrize("language,text", DECISIONS_TO_GIVE, ids=["en", "fr", "es"])
def test_a_decision_to_give_a_sum_is_a_commitment(language, text):
    [(kind, owners)] = proposed(language, "news", text, title="Austria: support for demining in Ukraine")
    assert kind == "commitment" and "AUT" in owners


def test_contracts_signed_for_new_projects_are_a_commitment():
    text = "The head of the EU Delegation signed on 3 May contracts for two new demining projects worth EUR 2 million."
    [(kind, owners)] = proposed("en", "press_release", text)
    assert kind == "commitment" and "EU" in owners


def test_the_launch_of_a_plan_as_the_setting_is_no_pledge():
    text = "The remarks were made by the vice president during the launch of the National Mine Action Plan 2025-2030."
    assert proposed("en", "news", text) == []


FORMAL_NAMES = [
    ("en", "The Slovak Republic will finance two demining machines."),
    ("fr", "La République slovaque financera deux machines de déminage."),
    ("es", "La República Eslovaca financiará dos máquinas de desminado."),
]


@pytest.mark.parametrize("language,text", FORMAL_NAMES, ids=["en", "fr", "es"])
def test_a_states_formal_name_names_it(language, text):
    assert proposed(language, "news", text) == [("commitment", ["SVK"])]


SIDES_HELPED = [
    ("en", "The Slovak Republic will finance two demining machines for the Ukrainian side, the minister said."),
    ("fr", "La République slovaque financera deux machines de déminage pour la partie ukrainienne, a dit le ministre."),
    ("es", "La República Eslovaca financiará dos máquinas de desminado para la parte ucraniana, dijo el ministro."),
]


@pytest.mark.parametrize("language,text", SIDES_HELPED, ids=["en", "fr", "es"])
def test_the_side_a_gift_is_for_is_helped(language, text):
    assert proposed(language, "news", text) == [("commitment", ["SVK", "UKR"])]


def test_a_gift_whose_giver_only_the_title_names_is_the_title_states():
    text = (
        "He is pleased with the decision in the Council of Ministers to provide 1 million euros for demining in "
        "Ukraine."
    )
    found = proposed("en", "news", text, title="Austria will allocate 1 million euros for demining")
    assert found == [("commitment", ["AUT", "UKR"])]


def test_a_national_authority_supported_helps_its_state():
    text = (
        "UNMAS welcomed a contribution from the Government of Japan to support the National Mine Action Authority "
        "(NMAA) of South Sudan in coordinating the sector."
    )
    assert proposed("en", "press_release", text) == [("commitment", ["JPN", "SSD"])]


def test_the_partner_of_an_agreement_for_a_sum_gives_it():
    text = "The operator signed an agreement with the European Union for EUR 900,000 to clear mines in Moxico province."
    [(kind, owners)] = proposed("en", "web_page", text)
    assert kind == "commitment" and "EU" in owners


def test_a_call_on_others_with_the_capacity_is_on_those_in_a_position_with_the_state_helped():
    text = "We urge others with the capacity to consider funding this cause for the sake of Zimbabwe's children."
    assert proposed("en", "news", text) == [("call", ["ZWE", "states-parties-in-a-position"])]


def test_a_body_that_invites_through_a_pronoun_calls():
    text = "Le Conseil y invite les pays qui fournissent des contingents à former leurs soldats au déminage."
    [(kind, _owners)] = proposed("fr", "news", text)
    assert kind == "call"


def test_a_subset_of_states_spoken_of_is_not_the_caller():
    text = (
        "«La Santa Sede lamenta la intención de ciertos Estados Parte de retirarse», declaró. «Hace un llamado a "
        "todos los Estados que aún no forman parte de la Convención a adherirse sin demora»."
    )
    assert proposed("es", "news", text) == [("call", ["VAT"])]


def test_a_wish_about_others_work_is_no_pledge():
    text = "La Finlande a souhaité que les consultations veilleront à préserver le processus d'Ottawa."
    assert proposed("fr", "news", text) == []


def test_a_goal_out_of_reach_unless_funded_calls_on_donors_for_the_state():
    text = "Angola will not reach its goal of being free of mines by 2028 unless more funding is received, the UN said."
    assert proposed("en", "news", text) == [("call", ["AGO", "states-parties-in-a-position"])]


def test_what_money_would_allow_is_no_pledge():
    text = "“If we had the money we would clear the province in two years,” the director said."
    assert proposed("en", "news", text) == []


def test_a_top_priority_of_the_government_is_a_commitment():
    text = "The Prime Minister of Angola said that clearing the last minefields is a top priority for the government."
    assert proposed("en", "press_release", text) == [("commitment", ["AGO"])]


def test_an_appeal_to_a_principle_is_no_call():
    text = "The Prime Minister of Angola appealed to the Convention's humanitarian imperative to protect lives."
    assert proposed("en", "press_release", text) == []


def test_signing_a_meetings_commitment_is_a_commitment():
    text = "The head of delegation signed the Siem Reap Angkor Commitment on behalf of Nepal."
    [(kind, _owners)] = proposed("en", "news", text)
    assert kind == "commitment"


def test_an_announced_impersonal_future_is_a_commitment():
    text = (
        "El gobernador de Antioquia anunció que este año se adelantará un proyecto de educación en el riesgo de minas."
    )
    assert proposed("es", "news", text, title="Colombia: minas en Antioquia") == [("commitment", ["COL"])]


def test_a_demand_on_the_government_is_a_call():
    text = "In a dialogue in Santiago, survivors demanded the government to fulfill promises to victims."
    assert proposed("en", "web_page", text, title="Meeting of the States Parties in Chile") == [("call", ["CHL"])]


def test_a_scene_set_before_a_call_does_not_set_the_call_aside():
    text = "As States Parties will gather in Geneva next week, Humanity & Inclusion is calling on States to act."
    assert proposed("en", "press_release", text) == [("call", ["states-parties"])]


def test_what_states_continued_to_do_is_a_report():
    text = "Affected States Parties continued to clear contaminated land in 2024, clearing 200 square kilometres."
    assert proposed("en", "news", text) == []


def test_what_an_event_is_expected_to_encourage_is_no_call():
    text = "The workshop is expected to foster a regional approach and encourage states to join the Mine Ban Treaty."
    assert proposed("en", "news", text) == []


def test_a_pledge_of_help_in_the_past_is_a_commitment_in_spanish():
    text = "Chile realiza el desminado con la colaboración de Argentina, que comprometió la asistencia sanitaria."
    [(kind, owners)] = proposed("es", "news", text)
    assert kind == "commitment" and "ARG" in owners


def test_the_state_a_un_field_agency_works_in_is_helped():
    text = "The UN Mine Action Service (UNMAS) in Iraq welcomes a contribution of USD 2 million from Norway."
    assert proposed("en", "news", text) == [("commitment", ["IRQ", "NOR"])]


def test_a_goal_we_aim_for_is_a_commitment():
    text = "“On this day, we aim for an environment free of mines where our people can live safely,” the minister said."
    [(kind, _owners)] = proposed("en", "news", text, title="Nigeria marks Mine Awareness Day")
    assert kind == "commitment"


def test_a_challenge_to_be_mine_free_is_the_states_goal():
    text = "El presidente confirmó que el reto para el 2027 es ser un país libre de minas."
    found = proposed("es", "news", text, title="Colombia declara municipios libres de minas")
    assert found == [("commitment", ["COL"])]
