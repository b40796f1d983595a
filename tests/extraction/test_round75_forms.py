"""Forms read in context (issue 22, round 75), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position, uploaded_proposals

pytestmark = pytest.mark.django_db


# Nothing to record: a question, a completion ceremony announced for today, a judgement in "should be regarded as",
# a count of what States still must do, a web page's field labels, a day "instaurado" by the UN. (language, genre, text)
NOTHING_RECORDED = [
    # questions
    (
        "en",
        "news",
        "If the government remains committed to mine action, why was the funding cut? Will the minister "
        "give assurances that Canada will restore the funding?",
    ),
    ("fr", "news", "Le gouvernement va-t-il tenir son engagement de financer le déminage du nord du pays ?"),
    ("es", "news", "¿Se comprometerá el Gobierno a financiar el desminado del norte del país?"),
    # a completion ceremony announced
    ("en", "press_release", "Today the Government of Angola will officially declare the province free of mines."),
    ("fr", "press_release", "Aujourd'hui, le gouvernement de l'Angola va déclarer officiellement la province déminée."),
    ("es", "press_release", "Hoy el Gobierno de Angola declarará oficialmente a la provincia libre de minas."),
    # a judgement
    ("en", "statement", "The Convention should be regarded as one of the most successful treaties of our time."),
    ("fr", "statement", "La Convention devrait être considérée comme l'un des traités les plus réussis."),
    ("es", "statement", "La Convención debería ser considerada como uno de los tratados más exitosos."),
    # a count of what remains to be done
    ("en", "statement", "Four States Parties still must destroy a total of 3 million stockpiled mines."),
    ("fr", "statement", "Quatre États parties doivent encore détruire au total 3 millions de mines stockées."),
    ("es", "statement", "Cuatro Estados Partes aún deben destruir en total 3 millones de minas almacenadas."),
    # a day set by the United Nations ("instauró" is no call: "insta" is)
    (
        "es",
        "news",
        "En 2005 la ONU instauró que el 4 de abril se conmemore el Día contra las Minas, para tomar conciencia.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_web_pages_field_labels_are_no_orders_to_the_reader():
    texts = [
        "Funding decision for mine action in Angola: 3 000 000 €",
        "• Gender equality",
        "• Land mine clearance 100%",
    ]
    found = kinds_and_owners(proposed_by_position("en", "web_page", texts, title="Mine action in Angola"))
    assert 2 not in found and 3 not in found


# "Both armies" stand for the two States named before, as "both countries" do.
BOTH_ARMIES = [
    ("en", "Ecuador and Peru met in Quito on Monday.", "Both armies pledged to share maps of the border minefields."),
    (
        "fr",
        "L'Équateur et le Pérou se sont réunis à Quito.",
        "Les deux armées se sont engagées à partager leurs cartes.",
    ),
    ("es", "Ecuador y Perú se reunieron en Quito.", "Ambos ejércitos se comprometieron a compartir sus mapas."),
]


@pytest.mark.parametrize(("language", "before", "text"), BOTH_ARMIES, ids=case_ids(BOTH_ARMIES))
def test_both_armies_are_the_two_states_named_before(language, before, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [before, text]))
    assert found[2] == [("commitment", ["ECU", "PER"])]


# Operations against mines begun: an act, not a meeting's date ("will begin de-mining operations this week").
OPERATIONS_BEGUN = [
    ("en", "The Government of Colombia will begin de-mining operations this week in the department of Bolívar."),
    ("fr", "Le gouvernement colombien commencera les opérations de déminage la semaine prochaine."),
    ("es", "El Gobierno de Colombia comenzará las labores de desminado la próxima semana en Bolívar."),
]


@pytest.mark.parametrize(("language", "text"), OPERATIONS_BEGUN, ids=case_ids(OPERATIONS_BEGUN))
def test_operations_against_mines_that_will_begin_are_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", ["COL"])]}


def test_a_meeting_that_will_begin_its_work_is_still_a_date():
    assert proposed_by_position("en", "news", ["The conference will begin its work on Monday in Geneva."]) == {}


# Help put at someone's disposal ("sera à disposition pour aider"): an offer.
AT_THE_DISPOSAL = [
    ("fr", "Le CICR sera à disposition pour aider les États à planifier la mise en œuvre du traité."),
    ("es", "El CICR estará a disposición para ayudar a los Estados a planificar la aplicación del tratado."),
    ("en", "The ICRC remains available to help States plan the implementation of the treaty."),
]


@pytest.mark.parametrize(("language", "text"), AT_THE_DISPOSAL, ids=case_ids(AT_THE_DISPOSAL))
def test_help_put_at_the_disposal_of_states_is_an_offer(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("offer", ["ICRC"])]}


def test_a_state_that_wishes_to_be_free_of_mines_by_a_year_commits():
    text = "La Colombie souhaite être libérée des mines antipersonnel d'ici 2021, a déclaré le ministre."
    assert kinds_and_owners(proposed_by_position("fr", "news", [text])) == {1: [("commitment", ["COL"])]}


def test_a_wish_in_the_subjunctive_opening_an_opinions_item_is_its_recommendation():
    texts = ["La Commission recommande", "Que la France ratifie le Protocole II révisé, malgré ses limites."]
    found = kinds_and_owners(proposed_by_position("fr", "statement", texts, title="Avis sur les mines"))
    assert found[2] == [("recommendation", ["FRA"])]


def test_a_national_body_whose_name_holds_for_advised_by_a_monitor_is_advice_to_its_state():
    text = "The National High Commission for Demining (HCND) should publish clear plans for non-technical survey."
    found = proposed_by_position("en", "web_page", [text], title="Chad: Mine Action Review")
    assert kinds_and_owners(found) == {1: [("recommendation", ["TCD"])]}


# A body that "is recommending" recommends; the State it concerns owns the recommendation.
RECOMMENDING = [
    ("en", "After a report from Sudan, the Committee is recommending that the case be closed."),
    ("es", "Tras un informe de Sudán, el Comité está recomendando que se cierre el caso."),
]


@pytest.mark.parametrize(("language", "text"), RECOMMENDING, ids=case_ids(RECOMMENDING))
def test_a_body_that_is_recommending_makes_a_recommendation(language, text):
    assert kinds_and_owners(proposed_by_position(language, "statement", [text])) == {1: [("recommendation", ["SDN"])]}


# Help asked of "others" to "increase support", or of "the world community": those in a position to give.
MORE_SUPPORT_ASKED = [
    ("en", "“We call upon others to follow our lead and increase support to mine action in many countries.”"),
    ("en", "Chile appealed to the world community to support its demining programme."),
    ("es", "Chile pidió a la comunidad mundial que apoye su programa de desminado."),
]


@pytest.mark.parametrize(("language", "text"), MORE_SUPPORT_ASKED, ids=case_ids(MORE_SUPPORT_ASKED))
def test_more_support_asked_of_others_or_the_world_community_is_asked_of_those_in_a_position(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == "call"
    assert "states-parties-in-a-position" in found[1][0][1]


def test_parties_that_met_agreeing_to_move_forward_commit():
    text = "Argentina and the United Kingdom held talks in London, agreeing to move forward on the clearance work."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["ARG", "GBR"])]}


# A project launched "thanks to a grant from" a State: that State's gift, no thanks.
THANKS_TO_A_GRANT = [
    ("en", "Thanks to a grant from the US government, the charity has launched a project to clear a minefield."),
    ("fr", "Grâce à une subvention du gouvernement américain, l'association a lancé un projet de déminage."),
    (
        "es",
        "Gracias a una subvención del gobierno estadounidense, la ONG ha puesto en marcha un proyecto de desminado.",
    ),
]


@pytest.mark.parametrize(("language", "text"), THANKS_TO_A_GRANT, ids=case_ids(THANKS_TO_A_GRANT))
def test_a_project_launched_thanks_to_a_states_grant_is_its_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", ["USA"])]}


# Part 2. Set aside: a forecast that a State will fail, a delegation sent, an action alert to the public, a refusal
# that goes on, a view told with "noted that" in a report on the web, a photo's credit, a preposition opening a page's
# sentence.
NOTHING_RECORDED_2 = [
    (
        "en",
        "news",
        "Bosnia is marking the day, but the country will fail to meet its target of being mine-free by 2019.",
    ),
    ("fr", "news", "Le pays ne pourra pas respecter son échéance de 2019 pour être libéré des mines."),
    ("es", "news", "El país no podrá cumplir su meta de quedar libre de minas en 2019."),
    ("en", "news", "The United States will send a delegation of observers to the meeting in Cartagena."),
    ("fr", "news", "Les États-Unis enverront une délégation d'observateurs à la réunion de Carthagène."),
    ("es", "news", "Estados Unidos enviará una delegación de observadores a la reunión de Cartagena."),
    (
        "en",
        "web_page",
        "Contact the Polish embassy in your country to let them know why Poland should join the treaty.",
    ),
    (
        "fr",
        "web_page",
        "Contactez l'ambassade de Pologne dans votre pays pour lui dire pourquoi la Pologne doit adhérer.",
    ),
    ("es", "web_page", "Contacta a la embajada de Polonia en tu país para decirle por qué Polonia debe adherirse."),
    ("en", "news", "The United States continues to refuse to sign the Ottawa Treaty, the State Department said."),
    (
        "fr",
        "news",
        "Les États-Unis continuent de refuser de signer le traité d'Ottawa, a indiqué le département d'État.",
    ),
    ("es", "news", "Estados Unidos sigue negándose a firmar el Tratado de Ottawa, indicó el Departamento de Estado."),
    ("en", "news", "The Prime Minister noted that mine clearance in Croatia has been going on for decades."),
    ("en", "web_page", "Of the three operators still working in Angola, each faces further funding cuts."),
    ("en", "web_page", "The minister opens the exhibition on 1 March 2003. Photo: Zdecia z Wystawy"),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED_2, ids=case_ids(NOTHING_RECORDED_2))
def test_nothing_is_recorded_part_2(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_monitors_advice_after_a_glued_heading_and_bullet_is_its_recommendation():
    texts = ["RECOMMENDATIONS FOR ACTION ■ Ukraine should adopt and implement mine action legislation."]
    found = proposed_by_position("en", "web_page", texts, title="Clearing the mines")
    assert kinds_and_owners(found) == {1: [("recommendation", ["UKR"])]}


# A sum made available in a lead, an insertion between the verb and the sum.
SUM_MADE_AVAILABLE = [
    ("fr", "La Suisse met à disposition, pour l'année en cours, 1,5 million de francs pour le déminage au Tchad."),
    ("es", "Suiza pone a disposición, para el año en curso, 1,5 millones de francos para el desminado en Chad."),
    ("en", "Switzerland makes available, for the current year, CHF 1.5 million for demining in Chad."),
]


@pytest.mark.parametrize(("language", "text"), SUM_MADE_AVAILABLE, ids=case_ids(SUM_MADE_AVAILABLE))
def test_a_sum_made_available_in_a_lead_is_the_givers_commitment(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text]))
    assert found[1][0][0] == "commitment"
    assert "CHE" in found[1][0][1]


def test_officials_of_a_national_body_promise_for_its_state():
    text = "Les responsables de l'AMAE ont promis que la frontière serait nettoyée des mines d'ici 2010."
    assert kinds_and_owners(proposed_by_position("fr", "news", [text])) == {1: [("commitment", ["ALB"])]}


# Donors asked in the passive to go on helping the State named: those in a position to, and that State.
DONORS_ASKED = [
    ("en", "Once again, donors were kindly asked to continue to support mine action in Bosnia."),
    ("fr", "Les donateurs ont été de nouveau invités à poursuivre leur soutien à l'action contre les mines en Bosnie."),
    ("es", "Los donantes fueron nuevamente invitados a seguir apoyando la acción contra las minas en Bosnia."),
]


@pytest.mark.parametrize(("language", "text"), DONORS_ASKED, ids=case_ids(DONORS_ASKED))
def test_donors_asked_in_the_passive_are_those_in_a_position_to_help_the_state_named(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text]))
    assert found == {1: [("call", ["BIH", "states-parties-in-a-position"])]}


# States listed each with its sum, the verb said once, all give.
LISTED_WITH_SUMS = [
    ("en", "Canada offered 12 million dollars, Switzerland 7 million, the United Kingdom 5.2 million.", 3),
    ("es", "Canadá ofreció 12 millones de dólares, Suiza 7 millones, Holanda 1,2 millones y México un millón.", 4),
    ("fr", "Le Canada a versé 12 millions de dollars, la Suisse (7.000.000) et les Pays-Bas (1.200.000).", 3),
]


@pytest.mark.parametrize(("language", "text", "givers"), LISTED_WITH_SUMS, ids=case_ids(LISTED_WITH_SUMS))
def test_states_listed_each_with_its_sum_all_give(language, text, givers):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == "commitment"
    assert len(found[1][0][1]) == givers


# Help asked of the international community with the helped as a pronoun: those in a position, and the State asking.
HELP_ASKED_WITH_A_PRONOUN = [
    ("fr", "La ministre irakienne a lancé un appel à la communauté internationale pour que cette dernière l'aide."),
    ("es", "El ministro iraquí hizo un llamamiento a la comunidad internacional para que lo ayude a desminar."),
]


@pytest.mark.parametrize(("language", "text"), HELP_ASKED_WITH_A_PRONOUN, ids=case_ids(HELP_ASKED_WITH_A_PRONOUN))
def test_help_asked_with_the_helped_as_a_pronoun_goes_to_those_in_a_position(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", ["IRQ", "states-parties-in-a-position"])]}


def test_we_will_require_the_help_of_donors_is_a_call_and_no_pledge():
    text = "Nous requerrons l'aide des pays donateurs pour achever le déminage du pays."
    found = kinds_and_owners(proposed_by_position("fr", "statement", [text], title="Déclaration du Tchad"))
    assert [kind for kind, _owners in found[1]] == ["call"]


# Thanks, then a second verb joined with "and" that calls: the call stands.
THANKS_THEN_A_CALL = [
    ("en", "The Minister thanked donors supporting the programme and urged them to keep assisting Afghanistan."),
    ("es", "El ministro afgano agradeció a los donantes y los instó a seguir apoyando a Afganistán."),
]


@pytest.mark.parametrize(("language", "text"), THANKS_THEN_A_CALL, ids=case_ids(THANKS_THEN_A_CALL))
def test_thanks_then_a_call_joined_with_and_is_a_call(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == "call"
    assert "AFG" in found[1][0][1]


def test_a_partys_full_support_assured_is_its_commitment():
    text = (
        "The Secretary-General congratulated the President and assured him of the full support of the United Nations."
    )
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("commitment", ["UN"])]}


# A new call (an adjective before its noun) is still a call.
A_NEW_CALL = [
    (
        "es",
        "El Secretario General lanzó un nuevo llamamiento para que se redoblen los esfuerzos de todos los Gobiernos.",
    ),
    ("fr", "Le Secrétaire général a lancé un nouvel appel aux gouvernements pour qu'ils redoublent d'efforts."),
    ("en", "The Secretary-General made a new appeal to all governments to redouble their efforts."),
]


@pytest.mark.parametrize(("language", "text"), A_NEW_CALL, ids=case_ids(A_NEW_CALL))
def test_a_new_call_is_a_call_on_the_states(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["states-parties"])]}


# A State that has not yet done something "but intends to": its pledge (the subject elided after "but").
BUT_INTENDS = [
    ("en", "Saint Lucia has not ratified yet, but intends to complete the ratification process in early 1999."),
    ("fr", "Sainte-Lucie n'a pas encore ratifié le traité, mais entend achever la procédure de ratification en 1999."),
    ("es", "Santa Lucía aún no ha ratificado, pero tiene la intención de completar la ratificación en 1999."),
]


@pytest.mark.parametrize(("language", "text"), BUT_INTENDS, ids=case_ids(BUT_INTENDS))
def test_a_state_that_has_not_yet_but_intends_to_commits(language, text):
    assert kinds_and_owners(proposed_by_position(language, "web_page", [text])) == {1: [("commitment", ["LCA"])]}


def test_soldiers_who_will_support_operations_are_no_party_pledging():
    text = "The OAS has provided training for the soldiers who will support the operations in Colombia."
    assert proposed_by_position("en", "press_release", [text]) == {}


def test_work_on_a_strategy_that_will_start_is_a_pledge():
    text = (
        "“Next month we will start active work on the Mine Action Strategy,” said the Minister of Economy of Ukraine."
    )
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("commitment", ["UKR"])]}


# Part 3. A monitor's action points, under their heading, advise the State the page is about.
ACTION_POINTS = [
    ("en", "Action points based on findings", "Ensure the allocation of sufficient national resources to services."),
    ("es", "Puntos de acción basados en los resultados", "Dedicar recursos para la plena aplicación de las políticas."),
    ("fr", "Recommandations", "Allouer des ressources nationales suffisantes aux services de réadaptation."),
]


@pytest.mark.parametrize(("language", "heading", "text"), ACTION_POINTS, ids=case_ids(ACTION_POINTS))
def test_a_monitors_action_points_advise_the_state_its_page_is_about(language, heading, text):
    from documents.ingestion.pipeline import Overrides

    overrides = Overrides(kind="web_page", language=language, title="Peru")
    found = uploaded_proposals(f"page-{language}.txt", f"Peru\n\n{heading}\n\n• {text}\n\n• {text}", overrides)
    assert found == [("recommendation", ["PER"]), ("recommendation", ["PER"])]


# What a project "will receive" from a State: that State's gift.
WILL_RECEIVE = [
    ("en", "The project will receive more than $1.79 million from the Japanese government."),
    ("es", "El proyecto recibirá más de 1,79 millones de dólares del Gobierno japonés."),
    ("fr", "Le projet recevra plus de 1,79 million de dollars du gouvernement japonais."),
]


@pytest.mark.parametrize(("language", "text"), WILL_RECEIVE, ids=case_ids(WILL_RECEIVE))
def test_what_a_project_will_receive_from_a_state_is_its_gift(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == "commitment"
    assert "JPN" in found[1][0][1]
