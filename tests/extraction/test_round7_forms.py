"""Forms read in the seventh round (issue 22, held-out 4's error classes), in English, French and Spanish: instruction
items under a call's chapeau, decisions with dates in parentheses, who speaks an officer's message, States listed
after a count, pledges stated as nouns, States that commit "in particular", what a speaker added, a second thing
announced, funding announced as a noun, beneficiaries (outside the Convention, listed, after a sum written "15
millions $"). The sentences were written for these tests (never taken from a real evaluation set)."""

import pytest

from extraction.propose import document_proposals
from tests.extraction.proposing import proposed
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


# A web page's call on some States "to:", then its items, each an instruction ("Explain ...", "Expliquer ...",
# "Explicar ..."): each item is a call on the chapeau's addressees, not on the page's author; States asking for an
# extension of their clearance deadline are the affected States Parties.
CHAPEAU_ITEMS = [
    (
        "en",
        "The Campaign urges States Parties requesting extensions to:",
        "Give a clear plan for the remaining clearance",
        "Report on the progress made each year",
    ),
    (
        "fr",
        "La Campagne exhorte les États parties qui demandent une prolongation à :",
        "Présenter un plan clair pour le déminage restant",
        "Rendre compte des progrès chaque année",
    ),
    (
        "es",
        "La Campaña insta a los Estados Partes que solicitan una prórroga a:",
        "Presentar un plan claro para el desminado restante",
        "Informar sobre los avances cada año",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "first", "second"), CHAPEAU_ITEMS, ids=[c[0] for c in CHAPEAU_ITEMS])
def test_instruction_items_under_a_call_are_calls_on_its_addressees(language, chapeau, first, second):
    assert proposed(language, "web_page", "About the Campaign.", chapeau, first) == [
        ("call", ["affected-states-parties"])
    ]
    assert proposed(language, "web_page", "About the Campaign.", chapeau, first, second) == [
        ("call", ["affected-states-parties"])
    ]


# The items of a second chapeau are calls on its own addressees; a paragraph that is no instruction ends the list.
CHAPEAU_AFTER_CHAPEAU = [
    (
        "en",
        "The Campaign urges States Parties requesting extensions to:",
        "Give a clear plan for the remaining clearance",
        "The Campaign urges all States Parties to:",
        "Study each request with care",
    ),
    (
        "fr",
        "La Campagne exhorte les États parties qui demandent une prolongation à :",
        "Présenter un plan clair pour le déminage restant",
        "La Campagne exhorte tous les États parties à :",
        "Étudier chaque demande avec soin",
    ),
    (
        "es",
        "La Campaña insta a los Estados Partes que solicitan una prórroga a:",
        "Presentar un plan claro para el desminado restante",
        "La Campaña insta a todos los Estados Partes a:",
        "Estudiar cada solicitud con cuidado",
    ),
]


@pytest.mark.parametrize(
    ("language", "first", "item", "second", "last"), CHAPEAU_AFTER_CHAPEAU, ids=[c[0] for c in CHAPEAU_AFTER_CHAPEAU]
)
def test_items_of_a_second_chapeau_are_calls_on_its_addressees(language, first, item, second, last):
    assert proposed(language, "web_page", "About the Campaign.", first, item, second, last) == [
        ("call", ["states-parties"])
    ]


# A decision on requests that gives each State its new deadline in parentheses ("Chad (1 March 2030)"): each State
# owns it; a call in the same paragraph is owned by those it calls on, not by its caller.
DATES_IN_PARENTHESES = [
    (
        "en",
        "The Meeting granted clearance deadline extensions to three States Parties: Chad (1 March 2030), Peru "
        "(31 December 2029) and Niger (1 July 2031). The ICBL encouraged all States Parties to follow the "
        "requests closely.",
    ),
    (
        "fr",
        "L'Assemblée a accordé des prolongations du délai de déminage à trois États parties : le Tchad (1er mars "
        "2030), le Pérou (31 décembre 2029) et le Niger (1er juillet 2031). L'ICBL a encouragé tous les États "
        "parties à suivre les demandes de près.",
    ),
    (
        "es",
        "La Reunión concedió prórrogas del plazo de desminado a tres Estados Partes: Chad (1 de marzo de 2030), Perú "
        "(31 de diciembre de 2029) y Níger (1 de julio de 2031). La ICBL alentó a todos los Estados Partes a "
        "seguir de cerca las solicitudes.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DATES_IN_PARENTHESES, ids=[c[0] for c in DATES_IN_PARENTHESES])
def test_each_state_given_a_date_in_parentheses_owns_the_decision(language, text):
    assert proposed(language, "web_page", "Summary of the Meeting.", text) == [
        ("conclusion", ["NER", "PER", "TCD"]),
        ("call", ["states-parties"]),
    ]


# "Las solicitudes se concedieron ...": the Spanish reflexive passive reports the decision as "fueron concedidas" does
# (English "were granted as follows" and French "ont été accueillies comme suit" are read already).
REFLEXIVE_GRANT = [
    ("en", "The requests were granted as follows: Chad until 1 March 2030; Peru until 31 December 2029."),
    (
        "fr",
        "Les demandes ont été accueillies comme suit : le Tchad jusqu'au 1er mars 2030 ; le Pérou jusqu'au 31 "
        "décembre 2029.",
    ),
    (
        "es",
        "Las solicitudes se concedieron de este modo: Chad hasta el 1 de marzo de 2030; Perú hasta el 31 de "
        "diciembre de 2029.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REFLEXIVE_GRANT, ids=[c[0] for c in REFLEXIVE_GRANT])
def test_requests_granted_in_the_reflexive_passive_are_decisions(language, text):
    assert proposed(language, "press_release", "The Meeting closed in Geneva.", text) == [
        ("conclusion", ["PER", "TCD"])
    ]


def proposed_in_titled(language: str, kind: str, title: str, *texts: str) -> list[tuple[str, list[str]]]:
    """As ``proposed``, for a document with a title."""
    document = DocumentFactory(language=language, kind=kind, title=title)
    paragraphs = [
        ParagraphFactory(document=document, text=text, position=n, language=language)
        for n, text in enumerate(texts, start=1)
    ]
    proposals, _warnings = document_proposals(document)
    return [
        (proposal.kind, sorted(owner.code for owner in proposal.owners))
        for proposal in proposals
        if proposal.paragraph == paragraphs[-1]
    ]


# A message of the UN Secretary-General thanks the host State: the host is not who speaks (it is named twice in
# the thanks), the organisation the officer speaks for is; so a call on States not party is the UN's.
OFFICER_MESSAGE = [
    (
        "en",
        "Secretary-General's message to the Meeting of the States Parties",
        "I thank Peru for hosting this Meeting in Lima. This is a fine tribute to Peru's leadership.",
        "The United Nations has helped many affected States.",
        "I urge all States that have not done so to join the Convention without delay.",
    ),
    (
        "fr",
        "Message du Secrétaire général à l'Assemblée des États parties",
        "Je remercie le Pérou d'accueillir cette Assemblée à Lima. C'est un bel hommage au rôle du Pérou.",
        "L'ONU a aidé de nombreux États touchés.",
        "J'exhorte tous les États qui ne l'ont pas encore fait à adhérer sans tarder à la Convention.",
    ),
    (
        "es",
        "Mensaje del Secretario General a la Reunión de los Estados Partes",
        "Agradezco al Perú por acoger esta Reunión en Lima. Es un merecido homenaje al liderazgo del Perú.",
        "Las Naciones Unidas han ayudado a muchos Estados afectados.",
        "Insto a todos los Estados que aún no lo han hecho a adherirse sin demora a la Convención.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "host", "own", "call"), OFFICER_MESSAGE, ids=[c[0] for c in OFFICER_MESSAGE]
)
def test_an_officers_message_is_spoken_by_the_organisation_not_the_host(language, title, host, own, call):
    assert proposed_in_titled(language, "statement", title, host, own, call) == [("call", ["UN"])]


# A counted group followed by a colon and its members ("Five States Parties: Chile, Peru, ... pledged"): the States
# listed pledge, however many they are (a count alone describes).
LISTED_PLEDGE = [
    (
        "en",
        "Four States Parties: Chile, Peru, Turkey and the United Kingdom pledged financial support to the work of "
        "the Unit.",
    ),
    (
        "fr",
        "Quatre États parties : le Chili, le Pérou, la Turquie et le Royaume-Uni se sont engagés à soutenir "
        "financièrement les travaux de l'Unité.",
    ),
    (
        "es",
        "Cuatro Estados Partes: Chile, Perú, Turquía y el Reino Unido se comprometieron a apoyar financieramente la "
        "labor de la Unidad.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LISTED_PLEDGE, ids=[c[0] for c in LISTED_PLEDGE])
def test_the_states_listed_after_a_count_and_a_colon_pledge(language, text):
    assert proposed(language, "press_release", "The Conference closed in Geneva.", text) == [
        ("commitment", ["CHL", "GBR", "PER", "TUR"])
    ]


# A pledge stated as a noun ("presented a pledge", "a présenté une promesse de contribution", "presentó una promesa de
# contribución"), and the Spanish and French verbs of pledging ("prometió", "a promis").
NOUN_PLEDGE = [
    ("en", "The European Union also presented a pledge on behalf of its members to support clearance in the region."),
    (
        "fr",
        "L'Union européenne a aussi présenté une promesse de contribution au nom de ses membres pour soutenir le "
        "déminage dans la région.",
    ),
    (
        "es",
        "La Unión Europea también presentó una promesa de contribución en nombre de sus miembros para apoyar el "
        "desminado en la región.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOUN_PLEDGE, ids=[c[0] for c in NOUN_PLEDGE])
def test_a_pledge_presented_is_a_commitment(language, text):
    assert proposed(language, "press_release", "The Conference closed in Geneva.", text) == [("commitment", ["EU"])]


PLEDGING_VERB = [
    ("en", "Chile pledged on Monday to support the clearance of the border areas over the next two years."),
    (
        "fr",
        "Le Chili a promis lundi de soutenir le déminage des zones frontalières au cours des deux prochaines années.",
    ),
    ("es", "Chile prometió el lunes apoyar el desminado de las zonas fronterizas en los próximos dos años."),
]


@pytest.mark.parametrize(("language", "text"), PLEDGING_VERB, ids=[c[0] for c in PLEDGING_VERB])
def test_a_verb_of_pledging_is_a_commitment(language, text):
    assert proposed(language, "news", "The border talks went on.", text) == [("commitment", ["CHL"])]


# "Under the plan adopted on Friday, the States commit in particular to ...": an adverb between the verb of
# committing and its infinitive ("in particular", "en particulier", "en particular"), and States in general as the
# subject after an opening phrase, are the States Parties at the meeting.
STATES_COMMIT_IN_PARTICULAR = [
    (
        "en",
        "Under the action plan adopted on Friday, the States commit in particular to mapping every mined area on "
        "their territory.",
    ),
    (
        "fr",
        "Dans le cadre du plan d'action adopté vendredi, les États s'engagent en particulier à cartographier toutes "
        "les zones minées de leur territoire.",
    ),
    (
        "es",
        "En el marco del plan de acción aprobado el viernes, los Estados se comprometen en particular a cartografiar "
        "todas las zonas minadas de su territorio.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"), STATES_COMMIT_IN_PARTICULAR, ids=[c[0] for c in STATES_COMMIT_IN_PARTICULAR]
)
def test_states_that_commit_in_particular_after_an_opening_phrase_are_the_states_parties(language, text):
    assert proposed(language, "news", "The meeting closed in Oslo on Friday.", text) == [
        ("commitment", ["states-parties"])
    ]


# "..., dijo el canciller noruego, que agregó que su país aportará ...": what a speaker added ("added that", "a ajouté
# que", "agregó que") opens a clause whose subject is read after "that" (his country: the speaker's State).
ADDED_THAT = [
    (
        "en",
        "The Foreign Minister of Norway visited the border region on Monday.",
        "Peace needs clearance, said the Norwegian minister, who added that his country will give 2 million dollars "
        "for demining.",
    ),
    (
        "fr",
        "Le ministre des Affaires étrangères de la Norvège s'est rendu lundi dans la région frontalière.",
        "La paix exige le déminage, a dit le ministre norvégien, qui a ajouté que son pays versera 2 millions de "
        "dollars pour le déminage.",
    ),
    (
        "es",
        "El canciller de Noruega visitó el lunes la región fronteriza.",
        "La paz exige el desminado, dijo el canciller noruego, que agregó que su país aportará 2 millones de dólares "
        "para el desminado.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), ADDED_THAT, ids=[c[0] for c in ADDED_THAT])
def test_what_a_speaker_added_is_read_after_that(language, before, text):
    assert proposed(language, "news", before, text) == [("commitment", ["NOR"])]


# A second thing announced, joined to the first ("announced it has begun ..., and that it would finish ...", "et
# qu'il achèverait", "y que terminaría") is a pledge; extensions granted in a past year ("granted extensions in 2018")
# are background, not a decision.
JOINED_ANNOUNCEMENT = [
    (
        "en",
        "States that were granted extensions in 2018 reported on their progress. Chile announced it has begun clearing "
        "its border, and that it would finish the work by 2028.",
    ),
    (
        "fr",
        "Les États qui ont obtenu des prolongations en 2018 ont fait le point. Le Chili a annoncé avoir commencé le "
        "déminage de sa frontière et qu'il achèverait les travaux d'ici 2028.",
    ),
    (
        "es",
        "Los Estados a los que se concedieron prórrogas en 2018 informaron de sus avances. Chile anunció que ha "
        "comenzado el desminado de su frontera y que terminaría los trabajos antes de 2028.",
    ),
]


@pytest.mark.parametrize(("language", "text"), JOINED_ANNOUNCEMENT, ids=[c[0] for c in JOINED_ANNOUNCEMENT])
def test_a_second_thing_announced_is_a_pledge(language, text):
    assert proposed(language, "web_page", "Summary of the Meeting.", text) == [("commitment", ["CHL"])]


# Funding announced as a noun with its author ("the announcement by Norway of a 20 million dollar package", "l'annonce
# par la Norvège d'une aide de 20 millions", "el anuncio por parte de Noruega de una ayuda de 20 millones"): that
# party's announced funding, as "announced new funding" is (read as an offer, recorded in news as its commitment).
ANNOUNCEMENT_BY = [
    (
        "en",
        "The day was marked by the announcement by Norway of a 20 million dollar package to support clearance over the "
        "next three years.",
    ),
    (
        "fr",
        "La journée a été marquée par l'annonce par la Norvège d'une aide de 20 millions de dollars pour soutenir le "
        "déminage au cours des trois prochaines années.",
    ),
    (
        "es",
        "La jornada estuvo marcada por el anuncio por parte de Noruega de una ayuda de 20 millones de dólares para "
        "apoyar el desminado en los próximos tres años.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ANNOUNCEMENT_BY, ids=[c[0] for c in ANNOUNCEMENT_BY])
def test_funding_announced_as_a_noun_is_its_authors_pledge(language, text):
    assert proposed(language, "web_page", "Funding for mine action.", text) == [("commitment", ["NOR"])]


# A State named after a sum pledged ("2 million euros for local teams ... in Syria") is a beneficiary only if it is a
# party to the Convention ("in Angola"): a State outside it has no commitment to record with the donor's.
HELPED_OUTSIDE = [
    (
        "en",
        "Norway will contribute 2 million euros for the deployment of local demining teams in the liberated areas "
        "in {place}.",
        "Syria",
        "Angola",
    ),
    (
        "fr",
        "La Norvège versera 2 millions d'euros pour des équipes locales dans les zones libérées en {place}.",
        "Syrie",
        "Angola",
    ),
    (
        "es",
        "Noruega aportará 2 millones de euros para equipos locales en las zonas liberadas en {place}.",
        "Siria",
        "Angola",
    ),
]


@pytest.mark.parametrize(("language", "text", "outside", "party"), HELPED_OUTSIDE, ids=[c[0] for c in HELPED_OUTSIDE])
def test_a_state_outside_the_convention_is_no_beneficiary(language, text, outside, party):
    assert proposed(language, "news", "Funding for mine action.", text.format(place=outside)) == [
        ("commitment", ["NOR"])
    ]
    assert proposed(language, "news", "Funding for mine action.", text.format(place=party)) == [
        ("commitment", ["AGO", "NOR"])
    ]


# A sum written with its symbol after it, as Canadian French writes it ("15 millions $"): a sum of money, so the
# pledge is read as an offer (recorded in news as a commitment) and the State named after it is helped.
SYMBOL_AFTER_SUM = [
    ("en", "Canada is committed to funding mine clearance in Ukraine with 15 million $ over three years."),
    ("fr", "Le gouvernement canadien s'engage à financer à hauteur de 15 millions $ le déminage en Ukraine."),
    ("es", "El Gobierno canadiense se compromete a financiar con 15 millones $ el desminado en Ucrania."),
]


@pytest.mark.parametrize(("language", "text"), SYMBOL_AFTER_SUM, ids=[c[0] for c in SYMBOL_AFTER_SUM])
def test_a_sum_with_its_symbol_after_it_is_money(language, text):
    assert proposed(language, "news", "Funding for mine action.", text) == [("commitment", ["CAN", "UKR"])]


# The States listed after "in" beyond the sum ("projects in Chad, Niger and Peru"), also in an offer a phrase found:
# every one is helped.
HELPED_LIST = [
    (
        "en",
        "The day was marked by the announcement by Norway of a 20 million dollar package to support clearance "
        "projects in Chad, Niger and Peru over three years.",
    ),
    (
        "fr",
        "La journée a été marquée par l'annonce par la Norvège d'une aide de 20 millions de dollars pour soutenir des "
        "projets de déminage au Tchad, au Niger et au Pérou pendant trois ans.",
    ),
    (
        "es",
        "La jornada estuvo marcada por el anuncio por parte de Noruega de una ayuda de 20 millones de dólares para "
        "apoyar proyectos de desminado en Chad, Níger y Perú durante tres años.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HELPED_LIST, ids=[c[0] for c in HELPED_LIST])
def test_every_state_listed_after_the_sum_is_helped(language, text):
    assert proposed(language, "web_page", "Funding for mine action.", text) == [
        ("commitment", ["NER", "NOR", "PER", "TCD"])
    ]
