"""Texts clipped from the web (press releases, news articles, pages of meeting websites), each written for these
tests in English, French and Spanish: how they parse, and the kind of document they are recognised as."""

import pytest

from documents.ingestion.pipeline import IngestionRequest, parse
from documents.ingestion.sources import Source
from tests.documents.test_layouts import paragraphs, parsed


def result_of(text: str, name: str = "clipping.txt"):
    return parse(IngestionRequest(source=Source(name=name, data=text.encode("utf-8"))))


GLUED_BULLETS = {
    "en": (
        "Day 3 of the Test Meeting\n\nThe Meeting designated the following Co-Chairs:\n\n"
        "•Committee on Victim Assistance: Chile and Norway;\n\n•Committee on Cooperative Compliance: Peru and Spain.\n",
        ["Committee on Victim Assistance: Chile and Norway;", "Committee on Cooperative Compliance: Peru and Spain."],
    ),
    "fr": (
        "Troisième jour de la réunion d'essai\n\nLa Réunion a désigné les coprésidents suivants :\n\n"
        "•Comité sur l'assistance aux victimes : Chili et Norvège ;\n\n•Comité sur le respect : Pérou et Espagne.\n",
        ["Comité sur l'assistance aux victimes : Chili et Norvège ;", "Comité sur le respect : Pérou et Espagne."],
    ),
    "es": (
        "Tercer día de la reunión de prueba\n\nLa Reunión designó a los siguientes copresidentes:\n\n"
        "•Comité de Asistencia a las Víctimas: Chile y Noruega;\n\n•Comité de Cumplimiento: Perú y España.\n",
        ["Comité de Asistencia a las Víctimas: Chile y Noruega;", "Comité de Cumplimiento: Perú y España."],
    ),
}


@pytest.mark.parametrize("language", sorted(GLUED_BULLETS))
def test_a_bullet_glued_to_its_text_is_a_bullet(language):
    text, items = GLUED_BULLETS[language]
    rows = paragraphs(text)
    assert [(label, row_text) for label, _parent, row_text in rows[1:]] == [("•", item) for item in items]


def test_a_dash_joined_to_a_word_is_no_bullet():
    assert paragraphs("Test page\n\n-based approaches were discussed at length by the participants.\n") == [
        ("", "", "-based approaches were discussed at length by the participants.")
    ]


AGENDA_HEADINGS = {
    "en": (
        "What happened on day 2\n\n2. Operation and status of the Convention\n\n2.c Conclusions on Article 5\n\n"
        "The Meeting took decisions on two requests for extended deadlines.\n\n1. Opening of the meeting\n\n"
        "The President opened the meeting.\n",
        [
            ("#", "", "2.c Conclusions on Article 5"),
            ("", "", "The Meeting took decisions on two requests for extended deadlines."),
            ("#", "", "1. Opening of the meeting"),
            ("", "", "The President opened the meeting."),
        ],
    ),
    "fr": (
        "Ce qui s'est passé le deuxième jour\n\n2. Fonctionnement et état de la Convention\n\n2.c Conclusions sur "
        "l'article 5\n\nLa Réunion a statué sur deux demandes de prolongation.\n\n1. Ouverture de la réunion\n\n"
        "Le Président a ouvert la réunion.\n",
        [
            ("#", "", "2.c Conclusions sur l'article 5"),
            ("", "", "La Réunion a statué sur deux demandes de prolongation."),
            ("#", "", "1. Ouverture de la réunion"),
            ("", "", "Le Président a ouvert la réunion."),
        ],
    ),
    "es": (
        "Lo que ocurrió el segundo día\n\n2. Funcionamiento y estado de la Convención\n\n2.c Conclusiones sobre el "
        "artículo 5\n\nLa Reunión adoptó decisiones sobre dos solicitudes de prórroga.\n\n1. Apertura de la "
        "reunión\n\nEl Presidente abrió la reunión.\n",
        [
            ("#", "", "2.c Conclusiones sobre el artículo 5"),
            ("", "", "La Reunión adoptó decisiones sobre dos solicitudes de prórroga."),
            ("#", "", "1. Apertura de la reunión"),
            ("", "", "El Presidente abrió la reunión."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(AGENDA_HEADINGS))
def test_numbered_agenda_items_of_a_meeting_page_are_headings(language):
    text, expected = AGENDA_HEADINGS[language]
    result = result_of(text)
    assert parsed(text) == expected
    assert result.outline.headings[1] == text.split("\n\n")[1]  # "2. Operation ..." is a heading too


LONE_NUMBER_WRAPPED = {
    "en": "1.\nWe, the States Parties, have gathered in Geneva to reaffirm our\ncommitment to end the suffering.",
    "fr": "1.\nNous, États parties, nous sommes réunis à Genève pour réaffirmer notre\nengagement.",
    "es": "1.\nNosotros, los Estados Partes, nos hemos reunido en Ginebra para reafirmar nuestro\ncompromiso.",
}


@pytest.mark.parametrize("language", sorted(LONE_NUMBER_WRAPPED))
def test_a_number_alone_on_its_line_labels_the_hard_wrapped_text_below(language):
    body = LONE_NUMBER_WRAPPED[language]
    rows = paragraphs(f"Declaration of the test\n\nSYMBOL/2030/1\n\n{body}\n\n2.\nSecond paragraph of the test.\n")
    assert rows[0] == ("1.", "", " ".join(body.split("\n")[1:]))
    assert rows[1] == ("2.", "", "Second paragraph of the test.")


def test_items_of_an_e_mail_copy_labelled_a_dot_dot_are_items():
    text = (
        "Communiqué d'essai\n\nLes objectifs de la Suisse sont notamment :\n\n"
        "  a.. la promotion de l'universalisation de la Convention ;\n\n  b.. l'aide aux victimes.\n"
    )
    assert paragraphs(text) == [
        ("", "", "Les objectifs de la Suisse sont notamment :"),
        ("a..", "", "la promotion de l'universalisation de la Convention ;"),
        ("b..", "", "l'aide aux victimes."),
    ]


FRONT_MATTER = {
    "en": (
        "Message of the Test Organisation to the Meeting\n\nGeneva, Switzerland\n\n3 May 2030\n\n"
        "[Delivered by the Deputy Director of the Test Organisation]\n\nIt is a pleasure to greet the Meeting.\n",
        ["Geneva, Switzerland", "3 May 2030", "[Delivered by the Deputy Director of the Test Organisation]"],
    ),
    "fr": (
        "Les États parties se réunissent à Genève\n\n- Plus de cent pays appellent à l'adhésion universelle\n\n"
        "Les représentants des États parties ont appelé aujourd'hui les États non parties à adhérer.\n",
        ["- Plus de cent pays appellent à l'adhésion universelle"],
    ),
    "es": (
        "Los Estados partes se reúnen en Ginebra\n\n- Más de cien países piden la adhesión universal\n\n"
        "Los representantes de los Estados partes pidieron hoy a los Estados no partes que se adhieran.\n",
        ["- Más de cien países piden la adhesión universal"],
    ),
}


@pytest.mark.parametrize("language", sorted(FRONT_MATTER))
def test_datelines_standfirsts_and_editors_notes_are_front_matter(language):
    text, front = FRONT_MATTER[language]
    result = result_of(text)
    assert result.outline.front_matter[1:] == front
    assert len(result.paragraphs) == 1


def test_two_bullets_after_the_title_are_a_list_not_a_standfirst():
    rows = paragraphs("Highlights\n\n- Chile will host the meeting.\n\n- Peru will chair it.\n")
    assert rows == [("-", "", "Chile will host the meeting."), ("-", "", "Peru will chair it.")]


CUT_SHORT = {
    "en": "The Co-Chairs then invited the States Parties to",
    "fr": "Pendant son séjour à Genève, la ministre rencontrera",
    "es": "La reunión se clausura hoy con la participación de más de cien países que han revisado los avan",
}


@pytest.mark.parametrize("language", sorted(CUT_SHORT))
def test_a_copy_cut_short_keeps_its_last_sentence_as_a_paragraph(language):
    text = f"Test page\n\nThe meeting opened on Monday.\n\n{CUT_SHORT[language]}\n"
    assert paragraphs(text)[-1] == ("", "", CUT_SHORT[language])


def test_a_signature_block_at_the_end_stays_out_of_the_paragraphs():
    text = "Test release\n\nThe Minister will attend the meeting.\n\nDEPARTEMENT FEDERAL\nDES AFFAIRES ETRANGERES\n"
    assert paragraphs(text) == [("", "", "The Minister will attend the meeting.")]


def test_a_title_initial_out_of_sequence_is_no_label():
    text = (
        "Sommet d'essai\n\nLe Sommet s'est clos vendredi.\n\nM. Dupont a estimé que la tâche la plus ardue sera "
        "de respecter le calendrier.\n"
    )
    assert paragraphs(text)[-1] == (
        "",
        "",
        "M. Dupont a estimé que la tâche la plus ardue sera de respecter le calendrier.",
    )


def test_upper_case_letter_labels_in_sequence_stay_labels():
    text = "Report of the test\n\nA. The Meeting opened.\n\nB. The Meeting closed.\n"
    assert paragraphs(text) == [("A.", "", "The Meeting opened."), ("B.", "", "The Meeting closed.")]


# --- kinds ------------------------------------------------------------------------------------------------------

PRESS_RELEASES = {
    "en": "Test Minister to attend mine action meeting\n\nPress release\n\nThe Minister will travel to Geneva.\n",
    "fr": "La ministre participera à une réunion d'essai\n\nCommuniqué de presse\n\nLa ministre se rendra à Genève.\n",
    "es": "La ministra asistirá a una reunión de prueba\n\nComunicado de prensa\n\nLa ministra viajará a Ginebra.\n",
}
DATELINES = {
    "en": "Meeting opens in Geneva\n\nGENEVA, June 7, 2030 – The annual meetings of the Convention open today.\n",
    "fr": "Ouverture de la réunion\n\nGenève, le 7 juin 2030 - Les réunions annuelles s'ouvrent aujourd'hui.\n",
    "es": "Se abre la reunión\n\nGinebra, 7 de junio de 2030 - Las reuniones anuales se abren hoy en Ginebra.\n",
}
NEWS = {
    "en": (
        'States agree on new deadline\n\nThe States Parties agreed on a new deadline, the President said. "It is '
        'a fair outcome," said the head of the delegation.\n\nBy Jane Roe\n'
    ),
    "fr": (
        "Les États s'accordent sur un délai\n\nLes États parties se sont accordés hier sur un nouveau délai, a "
        "déclaré le Président. « C'est un bon résultat », a précisé la cheffe de la délégation.\n"
    ),
    "es": (
        "Los Estados acuerdan un nuevo plazo\n\nGinebra, 24 jun (EFE).- Los Estados partes acordaron un nuevo "
        "plazo, informó el Presidente.\n"
    ),
}
WEB_PAGES = {
    "en": "Mine clearance\n\nThe Co-Chairs opened the session.\n\nFour States Parties gave updates on clearance.\n",
    "fr": "Déminage\n\nLes coprésidents ont ouvert la séance.\n\nQuatre États parties ont fait le point.\n",
    "es": "Desminado\n\nLos copresidentes abrieron la sesión.\n\nCuatro Estados partes informaron de sus avances.\n",
}


@pytest.mark.parametrize("language", sorted(PRESS_RELEASES))
def test_a_press_release_line_makes_a_press_release(language):
    assert result_of(PRESS_RELEASES[language]).kind == "press_release"


@pytest.mark.parametrize("language", sorted(DATELINES))
def test_a_dateline_opening_the_text_makes_a_press_release(language):
    assert result_of(DATELINES[language]).kind == "press_release"


def test_the_end_mark_of_a_release_makes_a_press_release():
    text = "Test pledge\n\nOttawa, Ontario\n\nThe Prime Minister announced a contribution.\n\n- 30 -\n"
    assert result_of(text).kind == "press_release"


@pytest.mark.parametrize("language", sorted(NEWS))
def test_bylines_wire_agencies_and_reported_speech_make_a_news_article(language):
    assert result_of(NEWS[language]).kind == "news"


def test_a_news_headline_that_mentions_an_action_plan_is_news_not_an_action_plan():
    text = (
        "Sommet d'essai : un plan d'action contre les mines\n\nUn plan d'action a été adopté, a déclaré le "
        "porte-parole. Le travail commence, a estimé le Président.\n"
    )
    assert result_of(text).kind == "news"


def test_an_action_plan_by_its_title_stays_an_action_plan_in_spite_of_reported_speech():
    text = "Action Plan of the Test Conference\n\n1. States Parties will act, the President said, as the ICBL said.\n"
    assert result_of(text).kind == "action_plan"


@pytest.mark.parametrize("language", sorted(WEB_PAGES))
def test_unnumbered_prose_with_no_other_mark_is_a_web_page(language):
    assert result_of(WEB_PAGES[language]).kind == "web_page"


def test_numbered_paragraphs_with_no_kind_named_are_other():
    assert result_of("Outcome of the test\n\n1. The workshop met.\n\n2. It closed.\n").kind == "other"


SALUTATIONS = {
    "en": "Presentation on clearance\n\nThank you, Mr. President.\n\nWe congratulate the States Parties.\n",
    "fr": "Intervention d'essai\n\nMonsieur le Président,\n\nNous félicitons les États parties.\n",
    "es": "Presentación sobre desminado\n\nSeñor Presidente:\n\nFelicitamos a los Estados partes.\n",
}


@pytest.mark.parametrize("language", sorted(SALUTATIONS))
def test_an_address_to_the_chair_opening_the_text_makes_a_statement(language):
    assert result_of(SALUTATIONS[language]).kind == "statement"


def test_a_news_text_that_opens_on_a_president_s_name_is_no_statement():
    text = "Summit closes\n\nPresident Doe closed the summit on Friday after five days of talks.\n"
    assert result_of(text).kind == "web_page"


# A line that ends with "!" and runs to a sentence is a paragraph, not a heading; a short slogan stays a heading.
EXCLAIMED = {
    "en": "On all states still outside the treaty to: join without further delay!",
    "fr": "Aux États qui restent en dehors du traité de : le rejoindre sans plus tarder !",
    "es": "A los Estados que siguen fuera del tratado a: adherirse sin más demora!",
}


@pytest.mark.parametrize("language", sorted(EXCLAIMED))
def test_a_sentence_ending_with_an_exclamation_mark_is_a_paragraph(language):
    text = (
        f"Join the treaty\n\nMore States must join the treaty.\n\n{EXCLAIMED[language]}\n\nNo more mines!\n\nThe end.\n"
    )
    rows = parsed(text)
    assert ("", "", EXCLAIMED[language]) in rows and ("#", "", "No more mines!") in rows


def test_a_word_bullet_copied_as_a_section_sign_is_a_bullet():
    text = (
        "La Unión Europea apoya la Convención\n\nLa Unión Europea anunció una inversión de 1,03 millones de euros.\n\n"
        "§ Se prestará apoyo a cinco Estados Parte en la revisión de su proceso de desminado.\n\n"
        "§ Se proporcionará a tres Estados Parte apoyo técnico nacional.\n"
    )
    rows = paragraphs(text)
    assert [(label, row_text) for label, _parent, row_text in rows[-2:]] == [
        ("§", "Se prestará apoyo a cinco Estados Parte en la revisión de su proceso de desminado."),
        ("§", "Se proporcionará a tres Estados Parte apoyo técnico nacional."),
    ]


def test_a_section_sign_before_a_number_stays_in_the_text():
    rows = paragraphs("Decision\n\n§ 3. The Commission shall report every year on the programme.\n")
    assert rows[-1][2].startswith("§ 3.")


def test_a_symbol_font_bullet_from_a_pdf_is_a_bullet():
    rows = paragraphs("Les États devront:\n\n\uf0b7 Assister à la Conférence à l'échelon ministériel.\n")
    assert [(label, row_text) for label, _parent, row_text in rows[-1:]] == [
        ("\uf0b7", "Assister à la Conférence à l'échelon ministériel.")
    ]
