"""Forms read in context (issue 22, rounds 13 and 14), in English, French and Spanish: a minister named with an
honorific after an opening phrase speaks for the State the release names; a press release's speaker is never a State
only its quotations mention; the Swiss Federal Council is Switzerland; "the country" after a verb of saying is the
State named last; a quotation going on in "we" is the State the story is about; "both countries" own what they plan.
The sentences were written for these tests (never taken from an evaluation set)."""

import pytest

from extraction.owners import ActorDirectory, document_speaker
from extraction.propose import document_proposals
from tests.extraction.proposing import proposed
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


def _owners_of_first(language: str, kind: str, title: str, texts: list[str]) -> list[tuple[str, list[str]]]:
    document = DocumentFactory(language=language, kind=kind, title=title)
    paragraphs = [
        ParagraphFactory(document=document, text=text, position=position, language=language)
        for position, text in enumerate(texts, start=1)
    ]
    proposals, _warnings = document_proposals(document)
    return [(p.kind, sorted(o.code for o in p.owners)) for p in proposals if p.paragraph == paragraphs[0]]


HONORIFIC_MINISTER = [
    (
        "en",
        "To this end, the Minister of Foreign Affairs, the Honourable Jane Doe, today announced additional support "
        "of $12 million for mine action.",
        "Canada has supported mine action for twenty years.",
    ),
    (
        "fr",
        "À cette fin, la ministre des Affaires étrangères, l’honorable Jeanne Dupont, a annoncé aujourd’hui un "
        "soutien additionnel de 12 millions de dollars pour la lutte contre les mines.",
        "Le Canada soutient la lutte contre les mines depuis vingt ans.",
    ),
    (
        "es",
        "Con este fin, la ministra de Relaciones Exteriores, la honorable Juana Pérez, anunció hoy un apoyo adicional "
        "de 12 millones de dólares para la acción contra las minas.",
        "Canadá apoya la acción contra las minas desde hace veinte años.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "after"), HONORIFIC_MINISTER, ids=[c[0] for c in HONORIFIC_MINISTER])
def test_a_minister_with_an_honorific_after_an_opening_phrase_speaks_for_the_releases_state(language, lead, after):
    assert _owners_of_first(language, "press_release", "Mine action", [lead, after]) == [("commitment", ["CAN"])]


QUOTED_STATE = [
    (
        "en",
        "The Landmines Campaign urged every country of the world to adhere to the ban on antipersonnel mines.",
        "“Campaigners in the United States urge the United States to accede before the end of the term, and we "
        "will not rest,” said the coordinator.",
    ),
    (
        "fr",
        "La Campagne a exhorté tous les pays du monde à adhérer à l'interdiction des mines antipersonnel.",
        "« Les militants aux États-Unis demandent aux États-Unis d'adhérer avant la fin du mandat, et nous ne "
        "nous reposerons pas », a dit la coordinatrice.",
    ),
    (
        "es",
        "La Campaña instó a todos los países del mundo a adherirse a la prohibición de las minas antipersonal.",
        "“Los activistas en Estados Unidos piden a Estados Unidos adherirse antes del fin del mandato, y nosotros "
        "no descansaremos”, dijo la coordinadora.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "quoted"), QUOTED_STATE, ids=[c[0] for c in QUOTED_STATE])
def test_a_press_release_does_not_speak_for_a_state_only_its_quotations_name(language, lead, quoted):
    document = DocumentFactory(language=language, kind="press_release", title="One year on")
    paragraphs = [
        ParagraphFactory(document=document, text=text, position=position, language=language)
        for position, text in enumerate([lead, quoted], start=1)
    ]
    assert document_speaker(document, paragraphs, ActorDirectory.load()) is None


FEDERAL_COUNCIL = [
    ("en", "The Swiss Federal Council will fund the new centre with 5 million francs a year."),
    ("fr", "Le Conseil fédéral financera le nouveau centre à raison de 5 millions de francs par an."),
    ("es", "El Consejo Federal suizo financiará el nuevo centro con 5 millones de francos al año."),
]


@pytest.mark.parametrize(("language", "text"), FEDERAL_COUNCIL, ids=[c[0] for c in FEDERAL_COUNCIL])
def test_the_federal_council_is_switzerland(language, text):
    owners = _owners_of_first(language, "press_release", "Demining", [text])
    assert owners and "CHE" in owners[0][1]


# "el país cumplirá" after a verb of saying: the State named last, however far back, never the organisation named
# after it.
COUNTRY_SUBJECT = [
    (
        "en",
        [
            "Chile and the Organization of American States signed an agreement today, said the representative of "
            "Chile.",
            "The agreement provides that the OAS will support the destruction of stockpiles and seek international "
            "funding for clearance operations along the northern border of the country in the coming years.",
            "The OAS programme places the regional organisation at the centre of the security problems of the "
            "continent and shows how much international cooperation matters to face these challenges efficiently.",
            "He also stated that the country will complete the destruction of its stockpiles two years early.",
        ],
    ),
    (
        "fr",
        [
            "Le Chili et l'Organisation des États américains ont signé un accord aujourd'hui, a dit le représentant "
            "du Chili.",
            "L'accord prévoit que l'OEA appuiera la destruction des stocks et recherchera des fonds internationaux "
            "pour les opérations de déminage le long de la frontière nord du pays dans les années à venir.",
            "Le programme de l'OEA place l'organisation régionale au centre des problèmes de sécurité du continent et "
            "montre combien la coopération internationale compte pour relever ces défis efficacement.",
            "Il a également affirmé que le pays achèvera la destruction de ses stocks deux ans plus tôt.",
        ],
    ),
    (
        "es",
        [
            "Chile y la Organización de los Estados Americanos suscribieron hoy un acuerdo, dijo el representante de "
            "Chile.",
            "El acuerdo establece que la OEA apoyará la destrucción de las existencias y buscará fondos "
            "internacionales para las operaciones de desminado en la frontera norte del país en los próximos años.",
            "El programa de la OEA sitúa a la organización regional en el centro de los problemas de seguridad del "
            "continente y muestra cuánto importa la cooperación internacional para enfrentar estos desafíos.",
            "Asimismo afirmó que el país cumplirá con la destrucción total de sus existencias dos años antes.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), COUNTRY_SUBJECT, ids=[c[0] for c in COUNTRY_SUBJECT])
def test_the_country_after_a_verb_of_saying_is_the_state_named_last_not_an_organisation(language, texts):
    assert proposed(language, "news", *texts) == [("commitment", ["CHL"])]


# A quotation that goes on in "we" is the State the story is about, not one named in passing or as a place.
QUOTED_WE = [
    (
        "en",
        [
            "Cambodia was granted a second extension until 2025, the head of the Cambodian authority reported. "
            "Cambodia had submitted its request at the Review Conference held in Oslo, Norway.",
            "“We made a clear statement during the conference. We will execute the plan outlined in our request.",
        ],
    ),
    (
        "fr",
        [
            "Le Cambodge a obtenu une deuxième prolongation jusqu'en 2025, a indiqué le chef de l'autorité "
            "cambodgienne. Le Cambodge avait présenté sa demande à la Conférence d'examen tenue à Oslo, Norvège.",
            "« Nous avons fait une déclaration claire pendant la conférence. Nous exécuterons le plan présenté dans "
            "notre demande.",
        ],
    ),
    (
        "es",
        [
            "Camboya obtuvo una segunda prórroga hasta 2025, informó el jefe de la autoridad camboyana. Camboya había "
            "presentado su solicitud en la Conferencia de Examen celebrada en Oslo, Noruega.",
            "“Hicimos una declaración clara durante la conferencia. Nosotros ejecutaremos el plan presentado en "
            "nuestra solicitud.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), QUOTED_WE, ids=[c[0] for c in QUOTED_WE])
def test_a_quotation_going_on_in_we_is_the_state_the_story_is_about(language, texts):
    assert proposed(language, "news", *texts) == [("commitment", ["KHM"])]


# "Both countries ... a donors' round table": the two States named before, not the donors named after the verb.
PAIR_OVER_GROUP = [
    (
        "en",
        [
            "Ecuador proposed extending its deadline by eight years; Peru supported the request.",
            "Both countries agreed to continue clearance and plan to convene a second donors' round table in Quito.",
        ],
    ),
    (
        "fr",
        [
            "L'Équateur a proposé de prolonger son délai de huit ans ; le Pérou a appuyé la demande.",
            "Les deux pays projettent de convoquer une deuxième table ronde des donateurs à Quito.",
        ],
    ),
    (
        "es",
        [
            "Ecuador planteó ampliar en ocho años su plazo; el Perú apoyó la solicitud.",
            "Ambos países proyectan convocar una segunda mesa de donantes en la ciudad de Quito.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), PAIR_OVER_GROUP, ids=[c[0] for c in PAIR_OVER_GROUP])
def test_both_countries_own_what_they_plan_not_the_donors_they_convene(language, texts):
    assert proposed(language, "news", *texts) == [("commitment", ["ECU", "PER"])]


# A backgrounder: the sum announced as a subject is the State the title names; each project under a heading that
# names its sum is that State's commitment, with the State the heading names; its list items are not.
BACKGROUNDERS = [
    (
        "en",
        "Canada's support for mine action",
        "The funding announced today totals $8 million and will support mine action in the most affected areas.",
        "Toward a landmine-free Sri Lanka: $2 million over 4 years",
        "With its implementing partner, the project team will clear landmine-affected areas in the north.",
        "enable resettlement",
    ),
    (
        "fr",
        "Le soutien du Canada à la lutte contre les mines",
        "Ce nouveau financement de 8 millions de dollars soutiendra la lutte antimines dans les zones touchées.",
        "Vers un Sri Lanka sans mines : 2 millions de dollars sur 4 ans",
        "Avec son partenaire de mise en œuvre, l'équipe du projet dépolluera les zones minées du nord.",
        "permettre la réinstallation",
    ),
    (
        "es",
        "El apoyo de Canadá a la acción contra las minas",
        "La nueva financiación de 8 millones de dólares apoyará la acción contra las minas en las zonas afectadas.",
        "Hacia un Sri Lanka libre de minas: 2 millones de dólares en 4 años",
        "Con su socio de ejecución, el equipo del proyecto despejará las zonas minadas del norte.",
        "permitir el reasentamiento",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "lead", "heading", "project", "item"), BACKGROUNDERS, ids=[c[0] for c in BACKGROUNDERS]
)
def test_a_backgrounders_projects_under_their_sums_are_the_announcing_states(
    language, title, lead, heading, project, item
):
    document = DocumentFactory(language=language, kind="press_release", title=title)
    texts = [(lead, ""), (project, heading), (item, heading)]
    paragraphs = [
        ParagraphFactory(document=document, text=text, heading=head, position=position, language=language)
        for position, (text, head) in enumerate(texts, start=1)
    ]
    proposals, _warnings = document_proposals(document)
    found = {p.paragraph.position: (p.kind, sorted(o.code for o in p.owners)) for p in proposals}
    assert found[paragraphs[0].position][1] == ["CAN"]
    assert found[paragraphs[1].position] == ("commitment", ["CAN", "LKA"])
    assert paragraphs[2].position not in found


NAME_BEFORE_TITLE = [
    (
        "en",
        "John Manley, Minister of Foreign Affairs, today announced $475,000 in additional funding for mine action.",
        "Canada has supported mine action for twenty years.",
    ),
    (
        "fr",
        "Jean Dupont, ministre des Affaires étrangères, a annoncé aujourd'hui 475 000 dollars de financement "
        "supplémentaire pour la lutte antimines.",
        "Le Canada soutient la lutte contre les mines depuis vingt ans.",
    ),
    (
        "es",
        "Juan Pérez, ministro de Relaciones Exteriores, anunció hoy 475.000 dólares de financiación adicional para "
        "la acción contra las minas.",
        "Canadá apoya la acción contra las minas desde hace veinte años.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "after"), NAME_BEFORE_TITLE, ids=[c[0] for c in NAME_BEFORE_TITLE])
def test_a_minister_named_before_the_title_speaks_for_the_releases_state(language, lead, after):
    assert _owners_of_first(language, "press_release", "Mine action", [lead, after]) == [("commitment", ["CAN"])]


# A pledge in the first person singular inside a quotation, "he said" after it: the State the story is about.
QUOTED_I = [
    (
        "en",
        [
            "Cambodia was voted chair of the Convention, the Prime Minister of Cambodia announced. Cambodia will host "
            "the Review Conference. The previous chairs were Kenya, Colombia, Mozambique and Norway.",
            "“I thank all the member countries for their trust. I pledge my commitment to ensuring this goal is "
            "met,” he said.",
        ],
    ),
    (
        "fr",
        [
            "Le Cambodge a été élu à la présidence de la Convention, a annoncé le Premier ministre du Cambodge. Le "
            "Cambodge accueillera la Conférence d'examen. Les présidences précédentes étaient le Kenya, la Colombie, "
            "le Mozambique et la Norvège.",
            "« Je remercie tous les pays membres de leur confiance. Je m'engage à faire en sorte que cet objectif "
            "soit atteint », a-t-il déclaré.",
        ],
    ),
    (
        "es",
        [
            "Camboya fue elegida para presidir la Convención, anunció el primer ministro de Camboya. Camboya "
            "acogerá la Conferencia de Examen. Las presidencias anteriores fueron Kenia, Colombia, Mozambique y "
            "Noruega.",
            "“Agradezco a todos los países miembros su confianza. Me comprometo a garantizar que se cumpla este "
            "objetivo”, dijo.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), QUOTED_I, ids=[c[0] for c in QUOTED_I])
def test_a_quoted_pledge_in_the_first_person_singular_is_the_state_the_story_is_about(language, texts):
    assert proposed(language, "news", *texts) == [("commitment", ["KHM"])]
