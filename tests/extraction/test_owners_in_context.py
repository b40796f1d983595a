"""Owners read in context, in English, French and Spanish: in texts clipped from the web (news, press releases,
web pages) who acts is named in the sentence or just before it, and a pledge or call that names nobody is
narrative; in Convention documents a conclusion that names nobody binds the States Parties. The sentences were
written for these tests (never taken from the real evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


# A pronoun (or no subject at all) points back to the actor named just before.
CARRIED = [
    (
        "en",
        "The Summit was chaired by Ambassador Ana Ruiz of Chile.",
        "She also called on all States not party to join the Convention without delay.",
    ),
    (
        "fr",
        "Le Sommet était présidé par l'ambassadrice Ana Ruiz, du Chili.",
        "Elle a aussi appelé les États non parties à adhérer à la Convention sans tarder.",
    ),
    (
        "es",
        "La Cumbre fue presidida por la embajadora Ana Ruiz, de Chile.",
        "También instó a los Estados no partes a adherirse a la Convención sin demora.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), CARRIED, ids=[case[0] for case in CARRIED])
def test_a_call_whose_subject_points_back_is_owned_by_the_state_named_before(language, before, text):
    assert proposed(language, "news", before, text) == [("call", ["CHL"])]


# A decision on "its request", and on the requests others submitted: each requesting State.
REQUESTS = [
    (
        "en",
        "Ecuador asked for more time to clear the last mined areas on its border.",
        "The Meeting granted its request. It also granted the extension requests submitted by Niger and Peru.",
    ),
    (
        "fr",
        "L'Équateur a demandé plus de temps pour dépolluer les dernières zones minées de sa frontière.",
        "L'Assemblée a accordé sa demande de prolongation. Elle a aussi accepté les demandes présentées par le Niger "
        "et le Pérou.",
    ),
    (
        "es",
        "Ecuador pidió más tiempo para despejar las últimas zonas minadas de su frontera.",
        "La Reunión aprobó su solicitud de prórroga. También aprobó las solicitudes presentadas por Níger y Perú.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), REQUESTS, ids=[case[0] for case in REQUESTS])
def test_a_decision_on_its_request_and_others_gives_each_requesting_state(language, before, text):
    [(kind, owners)] = proposed(language, "news", before, text)
    assert (kind, owners) == ("conclusion", ["ECU", "NER", "PER"])


# A decision on a list of States longer than the words right after its verb: every State of the list.
LONG_LISTS = [
    (
        "en",
        "At its closing session, the 21MSP took decisions on each of the mine clearance extension requests that "
        "had been submitted by Angola, Chad, Eritrea, Guinea-Bissau, Niger and Yemen.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LONG_LISTS, ids=[case[0] for case in LONG_LISTS])
def test_a_decision_on_a_long_list_of_states_gives_every_state(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "conclusion"
    assert owners == ["AGO", "ERI", "GNB", "NER", "TCD", "YEM"]


# "The countries" who commit at a meeting are the States Parties there.
GENERIC = [
    ("en", "The countries committed themselves to devote more resources to victim assistance."),
    ("fr", "Les pays se sont engagés à consacrer davantage de ressources à l'assistance aux victimes."),
    ("es", "Los países se comprometieron a destinar más recursos a la asistencia a las víctimas."),
]


@pytest.mark.parametrize(("language", "text"), GENERIC, ids=[case[0] for case in GENERIC])
def test_the_countries_that_commit_at_a_meeting_are_the_states_parties(language, text):
    assert proposed(language, "news", text) == [("commitment", ["states-parties"])]


# A future that names nobody who commits (members joining a committee) is narrative in a clipped text.
NARRATIVE = [
    ("en", "The new members will join the committee at the end of the meeting."),
    ("fr", "Les nouveaux membres rejoindront le comité à la fin de la réunion."),
    ("es", "Los nuevos miembros se unirán al comité al final de la reunión."),
]


@pytest.mark.parametrize(("language", "text"), NARRATIVE, ids=[case[0] for case in NARRATIVE])
def test_a_future_that_names_nobody_is_no_commitment_in_news(language, text):
    assert proposed(language, "news", text) == []


def test_a_committee_named_in_a_list_on_a_web_page_is_no_call_on_its_readers():
    assert proposed("en", "web_page", "Committee on Victim Assistance: Chile and Norway;") == []
    assert proposed("en", "web_page", "Venezuela presented its national report.") == []


# Donors are the States in a position to do so: a call to donors is theirs.
DONORS = [
    ("en", "statement", "We call on donors to support mine clearance in Zimbabwe."),
    ("fr", "statement", "Nous appelons les donateurs à soutenir le déminage au Zimbabwe."),
    ("es", "statement", "Hacemos un llamamiento a los donantes para que apoyen el desminado en Zimbabwe."),
]


@pytest.mark.parametrize(("language", "kind", "text"), DONORS, ids=[case[0] for case in DONORS])
def test_a_call_on_donors_is_owned_by_the_states_in_a_position_to_do_so(language, kind, text):
    [(found, owners)] = proposed(language, kind, text)
    assert found == "call"
    assert "states-parties-in-a-position" in owners


# A conclusion of a Convention document that names nobody binds the States Parties (never no owner at all).
UNOWNED_CONCLUSIONS = [
    ("en", "It is clear that the resources available for victim assistance are not sufficient."),
    ("fr", "Il est clair que les ressources disponibles pour l'assistance aux victimes ne suffisent pas."),
    ("es", "Es evidente que los recursos disponibles para la asistencia a las víctimas no son suficientes."),
]


@pytest.mark.parametrize(("language", "text"), UNOWNED_CONCLUSIONS, ids=[case[0] for case in UNOWNED_CONCLUSIONS])
def test_a_conclusion_that_names_nobody_binds_the_states_parties(language, text):
    found = proposed(language, "report", text)
    assert found and all(owners == ["states-parties"] for _kind, owners in found), found


# A sentence that opens with a pronoun speaks of the State named before, whatever verbs it joins.
PRONOUN_FIRST = [
    (
        "en",
        "Portugal destroyed its stockpile in 2002.",
        "It works today for universal adherence and calls on States not party to join the Convention.",
    ),
    (
        "fr",
        "Le Portugal a détruit ses stocks en 2002.",
        "Il œuvre aujourd'hui à l'universalisation de la Convention et appelle les États non parties à y adhérer.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), PRONOUN_FIRST, ids=[case[0] for case in PRONOUN_FIRST])
def test_a_call_in_a_sentence_opening_with_a_pronoun_is_the_state_named_before(language, before, text):
    assert proposed(language, "press_release", before, text) == [("call", ["PRT"])]


def test_a_french_present_in_rons_describes_and_commits_nobody():
    """ "Nous consacrons", "nous célébrons": presents (a future is "consacrerons")."""
    assert (
        proposed("fr", "statement", "Nous consacrons chaque année deux millions d'euros à l'action contre les mines.")
        == []
    )
    assert proposed("fr", "statement", "Nous consacrerons deux millions d'euros à l'action contre les mines.") != []


# A State's common short name ("the UK", "Royaume-Uni", "Reino Unido") names it; beginning an activity is an act.
BEGINNINGS = [
    ("en", "The UK announced that it will begin clearing the last minefields next year.", "commitment"),
    ("fr", "Le Royaume-Uni commencera à dépolluer les derniers champs de mines l'an prochain.", "commitment"),
    ("es", "El Reino Unido comenzará a despejar los últimos campos minados el próximo año.", "commitment"),
]


@pytest.mark.parametrize(("language", "text", "kind"), BEGINNINGS, ids=[case[0] for case in BEGINNINGS])
def test_a_state_that_will_begin_an_activity_commits_under_its_short_name(language, text, kind):
    assert proposed(language, "news", text) == [(kind, ["GBR"])]


def test_a_meeting_that_will_begin_is_still_a_schedule():
    assert proposed("en", "news", "The meeting will begin on Monday in Geneva.") == []


# Extensions granted to a list of States, or "as follows" with a date for each: every State.
GRANTED = [
    ("en", "Extensions were also granted to Chad, Eritrea and Niger.", ["ERI", "NER", "TCD"]),
    ("fr", "Des prolongations ont aussi été accordées au Tchad, à l'Érythrée et au Niger.", ["ERI", "NER", "TCD"]),
    ("es", "También fueron concedidas prórrogas a Chad, Eritrea y Níger.", ["ERI", "NER", "TCD"]),
    (
        "en",
        "The requests were granted as follows: Chad until 1 January 2030; Niger until 31 December 2029.",
        ["NER", "TCD"],
    ),
    (
        "fr",
        "Les demandes ont été accordées comme suit : le Tchad jusqu'au 1er janvier 2030 ; le Niger jusqu'au 31 "
        "décembre 2029.",
        ["NER", "TCD"],
    ),
    (
        "es",
        "Las solicitudes fueron aprobadas así: Chad hasta el 1 de enero de 2030; Níger hasta el 31 de diciembre de "
        "2029.",
        ["NER", "TCD"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), GRANTED, ids=[f"{c[0]}-{n}" for n, c in enumerate(GRANTED)])
def test_extensions_granted_to_several_states_give_each_state(language, text, owners):
    found = proposed(language, "news", text)
    assert [kind for kind, _owners in found] == ["conclusion"], found
    assert found[0][1] == owners


# "Both countries", "Les deux pays", "Ambos países": the two States named just before act together; a meeting's
# date and place in a relative clause ("which will take place in ...") is no logistics of the sentence.
BOTH = [
    (
        "en",
        "Peru has invited Ecuador to send officers to its demining course in September.",
        "Both countries will also take part in a joint workshop on land release, which will take place in Quito in "
        "October.",
    ),
    (
        "fr",
        "Le Pérou a invité l'Équateur à envoyer des officiers à son cours de déminage en septembre.",
        "Les deux pays participeront aussi à un atelier commun sur la remise à disposition des terres, qui se tiendra "
        "à Quito en octobre.",
    ),
    (
        "es",
        "Perú ha invitado a Ecuador a enviar oficiales a su curso de desminado en septiembre.",
        "Ambos países participarán también en un taller conjunto sobre liberación de tierras, que tendrá lugar en "
        "Quito en octubre.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), BOTH, ids=[case[0] for case in BOTH])
def test_both_countries_are_the_two_states_named_before(language, before, text):
    assert proposed(language, "news", before, text) == [("commitment", ["ECU", "PER"])]


# The same logistics as the sentence's own statement still commits no one.
LOGISTICS = [
    ("en", "Peru and Ecuador met in Lima.", "The joint workshop will take place in Quito in October."),
    ("fr", "Le Pérou et l'Équateur se sont réunis à Lima.", "L'atelier commun se tiendra à Quito en octobre."),
    ("es", "Perú y Ecuador se reunieron en Lima.", "El taller conjunto tendrá lugar en Quito en octubre."),
]


@pytest.mark.parametrize(("language", "before", "text"), LOGISTICS, ids=[case[0] for case in LOGISTICS])
def test_a_meeting_that_will_take_place_is_still_logistics(language, before, text):
    assert proposed(language, "news", before, text) == []


# A relative clause with no subject of its own ("a declaration in which they committed to", "dans laquelle ils se
# sont engagés", "en la que se comprometieron"): who commits is the main clause's subject.
RELATIVE = [
    (
        "en",
        "At the close of the review conference in Lima (Peru), the countries adopted a declaration in which they "
        "committed to devote more effort to survivors.",
        ["states-parties"],
    ),
    (
        "fr",
        "À la clôture de la conférence d'examen à Lima (Pérou), les pays ont adopté une déclaration dans laquelle ils "
        "se sont engagés à consacrer davantage d'efforts aux survivants.",
        ["states-parties"],
    ),
    (
        "es",
        "Al cierre de la conferencia de examen en Lima (Perú), los países aprobaron una declaración en la que se "
        "comprometieron a dedicar más esfuerzos a los sobrevivientes.",
        ["states-parties"],
    ),
    (
        "en",
        "At the meeting in Geneva, Chile and Peru signed an agreement by which they committed to share survey data.",
        ["CHL", "PER"],
    ),
    (
        "fr",
        "À la réunion de Genève, le Chili et le Pérou ont signé un accord par lequel ils se sont engagés à partager "
        "leurs données d'enquête.",
        ["CHL", "PER"],
    ),
    (
        "es",
        "En la reunión de Ginebra, Chile y Perú firmaron un acuerdo por el que se comprometieron a compartir sus "
        "datos de estudio.",
        ["CHL", "PER"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), RELATIVE, ids=[f"{c[0]}-{c[2][0]}" for c in RELATIVE])
def test_a_relative_clause_commits_the_main_clauses_subject(language, text, owners):
    assert proposed(language, "news", "The review conference ended today.", text) == [("commitment", owners)]


# A paragraph of statements by different parties gives one candidate each; an offer among them keeps the State it
# helps, as a whole paragraph's offer does.
SEVERAL = [
    (
        "en",
        "Chile has pledged to clear its last mined areas by 2026. Norway will give Angola 5 million dollars for "
        "survey.",
    ),
    (
        "fr",
        "Le Chili s'est engagé à dépolluer ses dernières zones minées d'ici à 2026. La Norvège versera à l'Angola 5 "
        "millions de dollars pour les enquêtes.",
    ),
    (
        "es",
        "Chile se comprometió a despejar sus últimas zonas minadas antes de 2026. Noruega entregará a Angola 5 "
        "millones de dólares para los estudios.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SEVERAL, ids=[case[0] for case in SEVERAL])
def test_an_offer_among_several_statements_keeps_the_state_it_helps(language, text):
    assert proposed(language, "news", text) == [("commitment", ["CHL"]), ("commitment", ["AGO", "NOR"])]


# A sum a State is reported to give is recorded as its commitment in news (the State helped still an owner); in the
# State's own statement the same words are an offer.
REPORTED_SUMS = [
    ("en", "Japan announced it will contribute 3 million dollars to mine action in Cambodia."),
    ("fr", "Le Japon a annoncé qu'il versera 3 millions de dollars à la lutte antimines au Cambodge."),
    ("es", "Japón anunció que aportará 3 millones de dólares a la acción contra las minas en Camboya."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED_SUMS, ids=[case[0] for case in REPORTED_SUMS])
def test_a_sum_reported_in_news_is_a_commitment_and_in_a_statement_an_offer(language, text):
    assert proposed(language, "news", text) == [("commitment", ["JPN", "KHM"])]
    assert proposed(language, "statement", text) == [("offer", ["JPN", "KHM"])]
