"""Forms read in context (issue 22, round 47), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A statement's title that says who gives it names the speaker, even when the text never names it again.
STATEMENT_TITLES = [
    ("en", "Statement by Cambodia", "We will continue our efforts to complete clearance by 2025.", "KHM"),
    ("en", "Statement by the ICBL on the request of Cambodia", "We will continue to support mine action.", "ICBL"),
    ("fr", "Déclaration du Cambodge", "Nous allons poursuivre nos efforts pour achever le déminage.", "KHM"),
    (
        "fr",
        "Allocution de la France lors de la 22e Assemblée",
        "Nous allons poursuivre notre appui au déminage.",
        "FRA",
    ),
    ("fr", "Cambodge", "Nous allons poursuivre nos efforts pour achever le déminage.", "KHM"),
    ("es", "Intervención de la delegación de Colombia", "Vamos a continuar nuestros esfuerzos de desminado.", "COL"),
    ("es", "Palabras de Chile en la Reunión de Ginebra", "Vamos a continuar nuestros esfuerzos de desminado.", "CHL"),
]


@pytest.mark.parametrize(("language", "title", "text", "owner"), STATEMENT_TITLES, ids=case_ids(STATEMENT_TITLES))
def test_a_statements_title_names_its_speaker(language, title, text, owner):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("commitment", [owner])]}


# A title that names a State only as what the statement is about names no speaker.
TITLES_ABOUT_A_STATE = [
    ("en", "Statement on the extension request of Cambodia", "We will continue to support mine action."),
    ("fr", "Déclaration sur la demande de prolongation du Cambodge", "Nous allons poursuivre notre appui au déminage."),
    ("es", "Intervención sobre la solicitud de Colombia", "Vamos a continuar apoyando la acción contra las minas."),
]


@pytest.mark.parametrize(("language", "title", "text"), TITLES_ABOUT_A_STATE, ids=case_ids(TITLES_ABOUT_A_STATE))
def test_a_title_about_a_state_names_no_speaker(language, title, text):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("commitment", [])]}


# A speaker's call to the States not party is the speaker's own (real-dev's rule).
CALLS_TO_JOIN = [
    ("en", "Statement by Austria", "We call on all States that have not yet done so to join the Convention.", "AUT"),
    (
        "fr",
        "Déclaration de la France",
        "Nous appelons tous les États qui ne l'ont pas encore fait à ratifier la Convention.",
        "FRA",
    ),
    (
        "es",
        "Intervención de México",
        "Instamos a los Estados que aún no lo han hecho a adherirse a la Convención.",
        "MEX",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "owner"), CALLS_TO_JOIN, ids=case_ids(CALLS_TO_JOIN))
def test_a_call_to_join_is_the_speakers(language, title, text, owner):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("call", [owner])]}


# A reporter's epithet for the State named before ("the Andean country", "le royaume", "el país sudamericano") is
# that State.
EPITHETS = [
    ("en", "Peru presented its report in Geneva.", "The Andean country plans to complete clearance in 2024.", "PER"),
    ("en", "Cambodia presented its report.", "The kingdom will complete clearance by 2025.", "KHM"),
    ("fr", "Le Cambodge a présenté son rapport à Genève.", "Le royaume prévoit d'achever le déminage en 2025.", "KHM"),
    ("fr", "Le Sénégal a présenté son rapport.", "Le pays ouest-africain prévoit de déminer en 2026.", "SEN"),
    ("es", "Perú presentó su informe en Ginebra.", "El país andino prevé terminar el desminado en 2024.", "PER"),
    ("es", "Ecuador presentó su informe.", "La nación sudamericana prevé concluir el desminado en 2025.", "ECU"),
]


@pytest.mark.parametrize(("language", "before", "text", "owner"), EPITHETS, ids=case_ids(EPITHETS))
def test_an_epithet_stands_for_the_state_named_before(language, before, text, owner):
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


# The State a sum pledged goes to is helped by the pledge, and owns it too.
SUM_BENEFICIARIES = [
    (
        "en",
        "Canada is pledging new money.",
        "The new funding includes $1.9 million over three years to find and clear landmines in northern Sri Lanka.",
    ),
    (
        "fr",
        "Le Canada annonce un nouveau financement.",
        "Le nouveau financement comprend 1,9 million de dollars sur trois ans pour déminer le nord du Sri Lanka.",
    ),
    (
        "es",
        "Canadá anunció nueva financiación.",
        "La nueva financiación incluye 1,9 millones de dólares en tres años para desminar el norte de Sri Lanka.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), SUM_BENEFICIARIES, ids=case_ids(SUM_BENEFICIARIES))
def test_the_state_a_sum_pledged_goes_to_owns_it_too(language, before, text):
    assert proposed_by_position(language, "news", [before, text])[2] == [("commitment", ["CAN", "LKA"])]


# A sum given over the last years is a record, not a pledge; a hope is not a pledge.
RECORDS_AND_HOPES = [
    ("en", "Canada has contributed $237 million over the last decade to fund demining programs around the world."),
    ("fr", "Le Canada a versé 237 millions de dollars au cours des dix dernières années pour financer le déminage."),
    (
        "es",
        "Canadá ha aportado 237 millones de dólares a lo largo de los últimos diez años para financiar el desminado.",
    ),
    ("en", "“It is my hope that the funding will help to create a world free of anti-personnel mines,” she said."),
    ("fr", "« Notre espoir est que ce financement permettra de déminer le pays d'ici 2025 », a dit le ministre."),
    ("es", "“Nuestra esperanza es que estos fondos permitirán desminar el país en 2025”, dijo el ministro."),
]


@pytest.mark.parametrize(("language", "text"), RECORDS_AND_HOPES, ids=case_ids(RECORDS_AND_HOPES))
def test_a_sum_given_over_past_years_or_a_hope_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", ["Canada and Chad met in Geneva.", text]) == {}


# A State that reaffirms its resolve to act, or the government of its leader, pledges.
RESOLVE = [
    (
        "en",
        "Chad presented its report.",
        "The government of President Mahamat Deby reaffirmed its determination to complete clearance by 2025.",
        "TCD",
    ),
    (
        "fr",
        "Le Tchad a présenté son rapport.",
        "Le gouvernement tchadien a réaffirmé sa détermination à achever le déminage d'ici 2025.",
        "TCD",
    ),
    (
        "fr",
        "Le Sénégal a présenté son rapport.",
        "Le Sénégal a réitéré sa volonté de déminer la Casamance d'ici 2026.",
        "SEN",
    ),
    (
        "fr",
        "Le Tchad a présenté son rapport.",
        "Le gouvernement du président Mahamat Déby réaffirme sa volonté d'achever le déminage.",
        "TCD",
    ),
    (
        "es",
        "Chile eliminó el 46 por ciento de sus minas.",
        "El Gobierno de la Presidenta Michelle Bachelet ha expresado su compromiso de sacar las minas antes de 2020.",
        "CHL",
    ),
]


@pytest.mark.parametrize(("language", "before", "text", "owner"), RESOLVE, ids=case_ids(RESOLVE))
def test_a_resolve_reaffirmed_is_a_pledge(language, before, text, owner):
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


# Seeking or aiming to meet an obligation, agreeing on joint work, being ready to help: a party's pledge or offer.
SEEKING_AND_AGREEING = [
    ("en", "Colombia seeks to declare 20 municipalities free of mines this year.", "commitment", ["COL"]),
    ("fr", "La Colombie cherche à déclarer 20 municipalités libres de mines cette année.", "commitment", ["COL"]),
    ("es", "Colombia busca declarar 20 municipios libres de minas este año.", "commitment", ["COL"]),
    ("es", "Colombia apunta a quedar libre de minas en 2025.", "commitment", ["COL"]),
    (
        "fr",
        "Le Cambodge et la Thaïlande sont convenus de mener des opérations conjointes de déminage.",
        "commitment",
        ["KHM", "THA"],
    ),
    (
        "fr",
        "Le Cambodge et la Thaïlande se sont mis d'accord pour mener des opérations conjointes de déminage.",
        "commitment",
        ["KHM", "THA"],
    ),
    (
        "es",
        "Ecuador se encuentra listo para cooperar con Perú en el desminado de la frontera.",
        "offer",
        ["ECU", "PER"],
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "kind", "owners"), SEEKING_AND_AGREEING, ids=case_ids(SEEKING_AND_AGREEING)
)
def test_seeking_agreeing_and_being_ready_are_pledges_and_offers(language, text, kind, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [(kind, owners)]}


# In a State's statement: what it puts at others' disposal is its offer; a call taken "this opportunity" to make is
# its call; help asked for "our efforts" helps the speaker's State.
STATEMENT_FORMS = [
    (
        "en",
        "Statement by Argentina",
        "We make our expertise in humanitarian demining available to States Parties.",
        "offer",
        ["ARG"],
    ),
    (
        "fr",
        "Déclaration du Sénégal",
        "Nous mettons à la disposition des États parties notre expertise en matière de déminage.",
        "offer",
        ["SEN"],
    ),
    (
        "es",
        "Intervención de Colombia",
        "Ponemos a disposición de los Estados Partes nuestra experiencia en desminado humanitario.",
        "offer",
        ["COL"],
    ),
    (
        "fr",
        "Déclaration du Sénégal",
        "Nous saisissons cette occasion pour inviter tous les États non parties à adhérer à la Convention.",
        "call",
        ["SEN"],
    ),
    (
        "es",
        "Intervención de Colombia",
        "Aprovechamos esta oportunidad para invitar a los Estados que no son parte a adherirse a la Convención.",
        "call",
        ["COL"],
    ),
    (
        "en",
        "Statement by Senegal",
        "We call on donors to support our demining efforts.",
        "call",
        ["SEN", "states-parties-in-a-position"],
    ),
    (
        "fr",
        "Déclaration du Sénégal",
        "Nous lançons un appel aux donateurs pour qu'ils soutiennent nos efforts de déminage.",
        "call",
        ["SEN", "states-parties-in-a-position"],
    ),
    (
        "es",
        "Intervención de Colombia",
        "Hacemos un llamado a los donantes para que apoyen nuestros esfuerzos de desminado.",
        "call",
        ["COL", "states-parties-in-a-position"],
    ),
    (
        "es",
        "Intervención de Colombia",
        "Exhortamos a los Estados en posición de hacerlo a brindar asistencia a las víctimas.",
        "call",
        ["states-parties-in-a-position"],
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "text", "kind", "owners"), STATEMENT_FORMS, ids=case_ids(STATEMENT_FORMS)
)
def test_offers_and_calls_in_a_states_statement(language, title, text, kind, owners):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [(kind, owners)]}


# A standing commitment restated beside a finding still pledges ("We acknowledge ... We remain committed to").
def test_a_commitment_restated_beside_a_finding_is_still_a_pledge():
    text = (
        "The European Union acknowledges the engagement of Chile in support of the Convention. "
        "We remain committed to support your efforts in encouraging States to join the Convention."
    )
    found = proposed_by_position("en", "statement", [text], title="EU Statement on Universalisation")
    assert found == {1: [("commitment", ["EU"])]}


# What a meeting is for, in a relative clause or its periphrastic future, decides nothing.
MEETINGS_PURPOSE = [
    (
        "en",
        "The Ambassador of New Zealand opened the Conference that also aims to look at ratifying treaties.",
    ),
    ("fr", "La réunion, qui prend fin vendredi, va permettre aux États parties d'évaluer les progrès."),
    ("fr", "L'ambassadeur du Sénégal a ouvert l'atelier qui vise à renforcer la coopération régionale."),
    ("es", "La reunión va a permitir a los Estados Partes evaluar los avances."),
    ("es", "El embajador de Chile inauguró el taller que busca fortalecer la cooperación regional."),
]


@pytest.mark.parametrize(("language", "text"), MEETINGS_PURPOSE, ids=case_ids(MEETINGS_PURPOSE))
def test_a_meetings_purpose_is_no_decision_or_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Extensions given to States, in the passive or as received, are decisions on each of them.
EXTENSIONS_RECEIVED = [
    ("en", "Chad, Niger and Serbia were also given extensions to fulfil their obligations on mine clearance."),
    ("en", "Chad, Niger and Serbia received extensions of their clearance deadlines."),
    ("fr", "Le Tchad, le Niger et la Serbie ont également obtenu une prolongation de leur délai de déminage."),
    ("fr", "Le Tchad, le Niger et la Serbie ont bénéficié d'une prolongation de leur délai."),
    ("es", "Chad, Níger y Serbia recibieron prórrogas de sus plazos de desminado."),
]


@pytest.mark.parametrize(("language", "text"), EXTENSIONS_RECEIVED, ids=case_ids(EXTENSIONS_RECEIVED))
def test_extensions_received_are_decisions_on_each_state(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("conclusion", ["NER", "SRB", "TCD"])]}


# A unit of a named body is that body.
BODY_UNITS = [
    ("en", "The UNMAS programme will continue its clearance activities next year.", ["UNMAS"]),
    ("fr", "Le programme de l'UNMAS poursuivra ses activités de déminage l'an prochain.", ["UNMAS"]),
    ("fr", "Le bureau du PNUD poursuivra ses activités de déminage l'an prochain.", ["UNDP"]),
    ("fr", "Le programme de gestion des explosifs de l'UNMAS poursuivra ses activités l'an prochain.", ["UNMAS"]),
    ("es", "El programa del UNMAS continuará sus actividades de desminado el próximo año.", ["UNMAS"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), BODY_UNITS, ids=case_ids(BODY_UNITS))
def test_a_bodys_unit_pledges_for_the_body(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", owners)]}


# A minister's assurance that the government goes on doing something is a pledge to go on.
ASSURED_TO_GO_ON = [
    ("en", "The minister assured that, despite the crisis, the Government continues to give priority to demining."),
    ("fr", "Le ministre a assuré que, malgré la crise, le gouvernement continue d'accorder la priorité au déminage."),
    ("es", "El ministro ha asegurado que, a pesar de la crisis, el Gobierno sigue dando prioridad al desminado."),
]


@pytest.mark.parametrize(("language", "text"), ASSURED_TO_GO_ON, ids=case_ids(ASSURED_TO_GO_ON))
def test_an_assurance_to_go_on_is_a_pledge(language, text):
    opening = {"en": "Angola needs funds.", "fr": "L'Angola a besoin de fonds.", "es": "Angola necesita fondos."}
    assert proposed_by_position(language, "news", [opening[language], text]) == {2: [("commitment", ["AGO"])]}


# UN agencies and peace operations with no code of their own act as the UN.
UN_AGENCIES = [
    ("en", "UNICEF calls on all countries to join the Mine Ban Treaty.", "call"),
    ("fr", "L'Onuci s'est engagée à appuyer le pays dans la destruction de son stock.", "commitment"),
    ("es", "UNICEF hace un llamamiento a todos los países para que se adhieran al Tratado.", "call"),
]


@pytest.mark.parametrize(("language", "text", "kind"), UN_AGENCIES, ids=case_ids(UN_AGENCIES))
def test_un_agencies_act_as_the_un(language, text, kind):
    assert proposed_by_position(language, "press_release", [text]) == {1: [(kind, ["UN"])]}


# "We need support" in a State's statement is a call for help to the State itself; wanting to hope pledges nothing.
WE_NEED = [
    (
        "en",
        "Statement by Colombia",
        "To meet the deadline, we need financial support from the international community.",
        "COL",
    ),
    (
        "fr",
        "Déclaration du Sénégal",
        "Pour respecter le délai, nous avons besoin d'un soutien financier de la communauté internationale.",
        "SEN",
    ),
    (
        "es",
        "Intervención de Colombia",
        "Para cumplir con el plazo, necesitamos apoyo financiero de la comunidad internacional.",
        "COL",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "owner"), WE_NEED, ids=case_ids(WE_NEED))
def test_we_need_support_is_a_call_for_help_to_the_speakers_state(language, title, text, owner):
    found = proposed_by_position(language, "statement", [text], title=title)
    assert found == {1: [("call", sorted([owner, "states-parties-in-a-position"]))]}


def test_wanting_to_hope_pledges_nothing():
    text = "«Queremos esperar que la humanidad no repita los errores del pasado», subrayó."
    assert proposed_by_position("es", "news", ["La Santa Sede intervino en la reunión.", text]) == {}


# What the government is said to be going to submit, in the passive, and a clearance announced for the coming years
# are the State's pledges.
PASSIVE_AND_ANNOUNCED = [
    (
        "en",
        "Guinea-Bissau was declared mine-free in 2012.",
        "A request to reclassify Guinea-Bissau will soon be submitted by the government.",
        "GNB",
    ),
    (
        "fr",
        "La Guinée-Bissau a été déclarée libre de mines en 2012.",
        "Une demande de reclassement de la Guinée-Bissau sera prochainement proposée par le gouvernement.",
        "GNB",
    ),
    (
        "en",
        "Senegal convened its national commission.",
        "After the meeting, she announced the clearance of 200 villages in Casamance over the next five years.",
        "SEN",
    ),
    (
        "fr",
        "Le Sénégal a réuni sa commission nationale.",
        "Ensuite, elle a annoncé le déminage de 200 localités en Casamance durant les cinq prochaines années.",
        "SEN",
    ),
    (
        "es",
        "Senegal reunió su comisión nacional.",
        "Luego anunció el desminado de 200 localidades en Casamance durante los próximos cinco años.",
        "SEN",
    ),
]


@pytest.mark.parametrize(
    ("language", "before", "text", "owner"), PASSIVE_AND_ANNOUNCED, ids=case_ids(PASSIVE_AND_ANNOUNCED)
)
def test_a_passive_by_the_government_and_a_clearance_announced_are_pledges(language, before, text, owner):
    assert proposed_by_position(language, "web_page", [before, text]) == {2: [("commitment", [owner])]}


# A request said to be presented by an official in a note's courtesy is no pledge; nor is a date read as a verb.
def test_a_presentation_by_an_official_and_a_date_are_no_pledge():
    note = (
        "The Mission has the honour to transmit the revised extension request of its Government, which will be "
        "presented by the Vice-Minister."
    )
    assert proposed_by_position("en", "note_verbale", [note]) == {}
    dates = "From the 9th - 11 September 2009, representatives from African states participated in the Conference."
    assert proposed_by_position("en", "web_page", [dates]) == {}


# A contribution "made by" a donor that "will" help is the donor's pledge.
CONTRIBUTIONS_MADE_BY = [
    (
        "en",
        "A contribution of US$785,791 made by the Government of Norway will help support mine action in the Americas.",
    ),
    (
        "fr",
        "Une contribution de 785 791 dollars versée par le gouvernement de la Norvège permettra le déminage.",
    ),
    ("es", "Una contribución de 785.791 dólares realizada por el Gobierno de Noruega permitirá apoyar el desminado."),
]


@pytest.mark.parametrize(("language", "text"), CONTRIBUTIONS_MADE_BY, ids=case_ids(CONTRIBUTIONS_MADE_BY))
def test_a_contribution_made_by_a_donor_is_its_pledge(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("commitment", ["NOR"])]}


# Attending a conference and marking the end of a programme are no pledges.
ATTENDING = [
    ("en", "Representatives of the OAS will participate next week in a major worldwide conference on demining."),
    ("en", "On December 15 the OAS and the government of Guatemala will mark the end of a program to clear landmines."),
    ("fr", "Des représentants de l'OEA participeront la semaine prochaine à une grande conférence sur le déminage."),
    ("es", "Representantes de la OEA participarán la próxima semana en una gran conferencia sobre desminado."),
]


@pytest.mark.parametrize(("language", "text"), ATTENDING, ids=case_ids(ATTENDING))
def test_attending_a_conference_is_no_pledge(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {}


# A call renewed after thanks ("agradeció ... y reiteró la solicitud a los países donantes para que") is a call; a
# pledge after thanks, with its own "we", is the speaker's.
RENEWED_CALLS = [
    ("en", "The ambassador thanked Canada and reiterated his appeal to donor countries to continue their support."),
    ("fr", "L'ambassadeur a remercié le Canada et a réitéré son appel aux pays donateurs à poursuivre leur appui."),
    ("es", "Tomic agradeció a Canadá y reiteró la solicitud a los países donantes para que continúen sus aportes."),
]


@pytest.mark.parametrize(("language", "text"), RENEWED_CALLS, ids=case_ids(RENEWED_CALLS))
def test_a_call_renewed_after_thanks_is_a_call(language, text):
    # (the State thanked is named before the call: real labels differ on whether it is helped)
    [(kind, owners)] = proposed_by_position(language, "press_release", [text])[1]
    assert kind == "call" and "states-parties-in-a-position" in owners


THANKS_THEN_PLEDGE = [
    ("en", "Statement by Senegal", "We thank Canada and we commit to completing clearance by 2026.", "SEN"),
    ("fr", "Déclaration du Sénégal", "Nous remercions le Canada et nous nous engageons à achever le déminage.", "SEN"),
    (
        "es",
        "Intervención de Colombia",
        "Agradecemos a Noruega y nosotros seguiremos trabajando para cumplir el plazo.",
        "COL",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "owner"), THANKS_THEN_PLEDGE, ids=case_ids(THANKS_THEN_PLEDGE))
def test_a_pledge_after_thanks_is_the_speakers(language, title, text, owner):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("commitment", [owner])]}


# Partners who have invested in the work are those in a position to help.
PARTNERS_INVESTED = [
    ("en", "He invited the partners who have invested in this demining to set a timetable."),
    (
        "fr",
        "M. Bigot invite les partenaires qui se sont investis pour ce déminage à définir un calendrier.",
    ),
    ("es", "Invitó a los socios que han apoyado este desminado a definir un calendario."),
]


@pytest.mark.parametrize(("language", "text"), PARTNERS_INVESTED, ids=case_ids(PARTNERS_INVESTED))
def test_partners_who_have_invested_are_those_in_a_position(language, text):
    before = {"en": "The ambassador visited Casamance.", "fr": "L'ambassadeur de France a visité Ziguinchor."}
    found = proposed_by_position(language, "news", [before.get(language, "El embajador visitó Casamance."), text])
    assert found == {2: [("call", ["states-parties-in-a-position"])]}


# An appeal launched for a sum is a call on those who can give; a State wanting to eradicate mines pledges; a
# sentence opening on "But" still has its subject; drawing attention and another treaty pledge nothing.
def test_an_appeal_for_a_sum_is_a_call():
    texts = {
        "en": "The ICRC today launched to donors, governments and others a special appeal for 18 million francs.",
        "fr": "Le CICR a lancé aux donateurs -- gouvernements, organisations -- un appel de 18 millions de francs.",
        "es": "El CICR lanzó hoy a los donantes y gobiernos un llamamiento especial de 18 millones de francos.",
    }
    for language, text in texts.items():
        assert proposed_by_position(language, "press_release", [text]) == {
            1: [("call", ["states-parties-in-a-position"])]
        }


WANTING_TO_ERADICATE = [
    ("en", "Spain wants to eradicate anti-personnel mines once and for all.", "ESP"),
    ("es", "España quiere erradicar de forma definitiva las minas antipersona.", "ESP"),
    ("fr", "Le Sénégal espère éradiquer les mines de Casamance d'ici 2026.", "SEN"),
]


@pytest.mark.parametrize(("language", "text", "owner"), WANTING_TO_ERADICATE, ids=case_ids(WANTING_TO_ERADICATE))
def test_wanting_to_eradicate_mines_is_a_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


OPENING_ON_BUT = [
    (
        "en",
        "Thailand and Cambodia signed eleven agreements.",
        "But both sides also committed to strengthen their cooperation on demining.",
    ),
    (
        "fr",
        "La Thaïlande et le Cambodge ont signé onze accords.",
        "Mais les deux parties s'engagent aussi à renforcer leur coopération.",
    ),
    (
        "es",
        "Tailandia y Camboya firmaron once acuerdos.",
        "Pero ambas partes se comprometen también a reforzar su cooperación.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), OPENING_ON_BUT, ids=case_ids(OPENING_ON_BUT))
def test_a_sentence_opening_on_but_keeps_its_subject(language, before, text):
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", ["KHM", "THA"])]}


NOT_OURS = [
    ("fr", "Le Viet Nam participe aux réunions.", "« Nous voulons attirer l'attention sur la question », a-t-il dit."),
    (
        "en",
        "Spain ratified the treaty.",
        "With the new law, Spain will join the States applying the Convention on Cluster Munitions.",
    ),
    (
        "es",
        "España ratificó el tratado.",
        "Con la ley, España se incorporará a los Estados que aplican la Convención sobre municiones en racimo.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), NOT_OURS, ids=case_ids(NOT_OURS))
def test_drawing_attention_and_another_treaty_pledge_nothing(language, before, text):
    assert 2 not in proposed_by_position(language, "news", [before, text])


# Looking forward to supporting a State is an offer to it; "pledged the UN's help" is the UN's.
LOOKING_FORWARD = [
    ("en", "“The ICBL is looking forward to supporting South Sudan in implementing the treaty,” said Derlicka."),
    ("fr", "« L'ICBL se réjouit de soutenir le Soudan du Sud dans la mise en œuvre du traité », a déclaré Derlicka."),
    ("es", "“La ICBL espera con interés apoyar a Sudán del Sur en la aplicación del tratado”, dijo Derlicka."),
]


@pytest.mark.parametrize(("language", "text"), LOOKING_FORWARD, ids=case_ids(LOOKING_FORWARD))
def test_looking_forward_to_supporting_is_an_offer(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("offer", ["ICBL", "SSD"])]}


def test_help_pledged_in_a_bodys_name_is_the_bodys():
    text = "Mr. Malin pledged the UN’s ongoing help to South Sudanese authorities as they reduce the threat of mines."
    found = proposed_by_position("en", "news", ["South Sudan joined the Convention.", text])
    assert found == {2: [("commitment", ["SSD", "UN"])]}


# Funds released are pledged, even when a year further on dates something else ("la fase iniciada en 2016").
FUNDS_RELEASED = [
    (
        "en",
        "The European Union released 18.6 million euros to fund the third phase of the project, which began in 2016.",
    ),
    (
        "fr",
        "L'Union européenne a débloqué 18,6 millions d'euros pour la troisième phase du projet, lancée en 2016.",
    ),
    (
        "es",
        "La Unión Europea desbloqueó 18,6 millones de euros para la tercera fase del proyecto, iniciada en 2016.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FUNDS_RELEASED, ids=case_ids(FUNDS_RELEASED))
def test_funds_released_are_a_pledge(language, text):
    found = proposed_by_position(language, "news", ["Turkey will clear its border with Iran.", text])
    assert [(str(kind), owners) for kind, owners in found[2]] == [("commitment", ["EU"])]


# An organisation named after a State ("Ayuda Popular Noruega", "la Croix-Rouge française") is not that State.
NGOS_NAMED_AFTER_A_STATE = [
    (
        "es",
        "El municipio fue despejado.",
        "Ayuda Popular Noruega entregará la zona uno del municipio como libre de sospecha de minas.",
    ),
    ("fr", "Le Tchad a déminé la zone.", "La Croix-Rouge française financera un centre de réadaptation au Tchad."),
]


@pytest.mark.parametrize(
    ("language", "before", "text"), NGOS_NAMED_AFTER_A_STATE, ids=case_ids(NGOS_NAMED_AFTER_A_STATE)
)
def test_an_organisation_named_after_a_state_is_not_the_state(language, before, text):
    found = proposed_by_position(language, "news", [before, text])
    assert not any(owner in ("NOR", "FRA") for _kind, owners in found.get(2, []) for owner in owners)
