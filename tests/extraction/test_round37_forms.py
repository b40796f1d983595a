"""Forms read in context (issue 22, round 37), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A story's background opens on a past year: a call made then is not one made now.
DATED_PAST = [
    (
        "en",
        "In March 1997, at a regional meeting in Lima, the Foreign Minister invited all States to come to Ottawa to "
        "sign the treaty.",
    ),
    (
        "fr",
        "En mars 1997, lors d'une réunion régionale à Lima, le ministre a invité tous les États à venir à Ottawa "
        "pour signer le traité.",
    ),
    (
        "es",
        "En marzo de 1997, durante una reunión regional en Lima, el canciller invitó a todos los Estados a venir a "
        "Ottawa para firmar el tratado.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DATED_PAST, ids=case_ids(DATED_PAST))
def test_a_call_told_as_past_background_is_not_recorded(language, text):
    assert proposed_by_position(language, "press_release", [text], title="Peru destroys its stocks") == {}


def test_a_dated_opening_with_a_future_is_still_read():
    text = "In 2027, Peru will destroy its remaining stockpile of anti-personnel mines."
    assert proposed_by_position("en", "news", [text], title="Peru") == {1: [("commitment", ["PER"])]}


# Courtesy to the chair ("let me assure you of my delegation's support", "under your able guidance") pledges nothing.
COURTESY = [
    (
        "en",
        "Mr. President, under your able guidance we will be able to make this Meeting a success. Let me assure you, "
        "Mr. President, of my delegation's full support.",
    ),
    (
        "fr",
        "Monsieur le Président, sous votre présidence éclairée, nous ferons de cette Réunion un succès. Permettez-moi "
        "de vous assurer du plein soutien de ma délégation.",
    ),
    (
        "es",
        "Señor Presidente, bajo su acertada presidencia haremos de esta Reunión un éxito. Permítame asegurarle el "
        "pleno apoyo de mi delegación.",
    ),
]


@pytest.mark.parametrize(("language", "text"), COURTESY, ids=case_ids(COURTESY))
def test_courtesy_to_the_chair_is_no_pledge(language, text):
    assert proposed_by_position(language, "statement", [text], title="Statement by Peru") == {}


# A call in the passive, its caller left unsaid: "all States are invited to contribute", "an appeal was made to".
PASSIVE_CALLS = [
    ("en", "The programme needs steady funding, and all States are invited to contribute to it."),
    ("fr", "Le programme exige un financement constant et tous les États sont invités à y contribuer."),
    ("es", "El programa exige un financiamiento constante y todos los Estados son invitados a contribuir."),
]


@pytest.mark.parametrize(("language", "text"), PASSIVE_CALLS, ids=case_ids(PASSIVE_CALLS))
def test_a_call_in_the_passive_is_a_call_on_the_states(language, text):
    assert proposed_by_position(language, "news", [text], title="Funding") == {1: [("call", ["states-parties"])]}


APPEAL_MADE = [
    ("en", "In Geneva, an appeal was made to the States Parties to complete clearance without delay."),
    ("fr", "À Genève, un appel a été lancé aux États parties pour qu'ils achèvent le déminage sans tarder."),
    ("es", "En Ginebra, se ha hecho un llamamiento a los Estados Partes para que terminen el desminado sin demora."),
]


@pytest.mark.parametrize(("language", "text"), APPEAL_MADE, ids=case_ids(APPEAL_MADE))
def test_an_appeal_made_is_a_call(language, text):
    [(kind, _owners)] = proposed_by_position(language, "news", [text], title="Geneva")[1]
    assert kind == "call"


# An intention expressed, an invitation accepted, a commitment presented: a party commits.
INTENTION_EXPRESSED = [
    ("en", "Malawi would like to express an intention to contribute to the Implementation Support Unit this year."),
    ("fr", "Le Malawi souhaite exprimer l'intention de contribuer cette année à l'Unité d'appui à l'application."),
    ("es", "Malawi desea expresar la intención de contribuir este año a la Dependencia de Apoyo a la Aplicación."),
]


@pytest.mark.parametrize(("language", "text"), INTENTION_EXPRESSED, ids=case_ids(INTENTION_EXPRESSED))
def test_an_intention_expressed_is_a_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "statement", [text], title="Statement by Malawi")[1]
    assert kind == "commitment" and "MWI" in owners


INVITATION_ACCEPTED = [
    ("en", "Peru accepted Ecuador's invitation to take part in verifying the clearance of the border."),
    (
        "fr",
        "Le Pérou a accepté l'invitation de l'Équateur à participer à la vérification du déminage de la frontière.",
    ),
    ("es", "Perú aceptó la invitación de Ecuador para participar en la verificación del desminado de la frontera."),
]


@pytest.mark.parametrize(("language", "text"), INVITATION_ACCEPTED, ids=case_ids(INVITATION_ACCEPTED))
def test_an_invitation_accepted_commits_the_guest_and_names_the_host(language, text):
    assert proposed_by_position(language, "news", [text], title="Border") == {1: [("commitment", ["ECU", "PER"])]}


COMMITMENT_PRESENTED = [
    ("en", "The European Union also presented its commitment to support the work plans of ten States Parties."),
    (
        "fr",
        "L'Union européenne a également présenté son engagement d'appuyer les plans de travail de dix États parties.",
    ),
    ("es", "La Unión Europea también presentó su compromiso de apoyar los planes de trabajo de diez Estados Partes."),
]


@pytest.mark.parametrize(("language", "text"), COMMITMENT_PRESENTED, ids=case_ids(COMMITMENT_PRESENTED))
def test_a_commitment_presented_is_the_presenters(language, text):
    [(kind, owners)] = proposed_by_position(language, "press_release", [text], title="Pledging conference")[1]
    assert kind == "commitment" and "EU" in owners


# A pledge in the passive ("This effort will be continued") and a grant agreement.
EFFORT_CONTINUED = [
    ("en", "Our country has cleared many areas since 1994. This effort will be continued in the coming years."),
    (
        "fr",
        "Notre pays a dépollué de nombreuses zones depuis 1994. Cet effort sera poursuivi dans les années à venir.",
    ),
    ("es", "Nuestro país ha despejado muchas zonas desde 1994. Este esfuerzo continuará en los próximos años."),
]


@pytest.mark.parametrize(("language", "text"), EFFORT_CONTINUED, ids=case_ids(EFFORT_CONTINUED))
def test_an_effort_that_will_be_continued_is_a_pledge(language, text):
    [(kind, _owners)] = proposed_by_position(language, "statement", [text], title="Answer")[1]
    assert kind == "commitment"


GRANT_AGREEMENT = [
    ("en", "The Minister exchanged notes with the Ambassador of Japan on a grant agreement of 460 million yen."),
    (
        "fr",
        "Le ministre a échangé des notes avec l'ambassadeur du Japon pour un accord de don de 460 millions de yens.",
    ),
    (
        "es",
        "El ministro canjeó notas con el embajador de Japón sobre un convenio de donación de 460 millones de yenes.",
    ),
]


@pytest.mark.parametrize(("language", "text"), GRANT_AGREEMENT, ids=case_ids(GRANT_AGREEMENT))
def test_a_grant_agreement_is_the_donors_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "press_release", [text], title="Grant")[1]
    assert kind == "commitment" and "JPN" in owners


# "We, the States Parties, together with signatory States, are gathered ..., joined by organisations, to reaffirm
# our unwavering commitment": a long subject, all who took part.
def test_we_the_states_parties_together_with_signatory_states_are_the_participants():
    text = (
        "We, the States Parties to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer "
        "of Anti-Personnel Mines and on Their Destruction, together with signatory States, are gathered in Lusaka, "
        "Zambia, joined by international organizations and institutions and non-governmental organizations, to "
        "reaffirm our unwavering commitment to the total eradication of anti-personnel mines."
    )
    by_position = proposed_by_position("en", "declaration", [text], title="Lusaka Declaration")
    assert by_position == {1: [("commitment", ["conference-participants"])]}


# A campaign's "Governments that have not joined ... should join", after a release's dateline: a call, owned by the
# campaign, as those outside the treaty are addressed.
def test_governments_that_should_join_after_a_dateline_is_the_campaigns_call():
    text = (
        "Lusaka, 3 March 2026 -- Governments that have still not joined the treaty banning antipersonnel mines should "
        "attend the coming summit and join without delay, said the International Campaign to Ban Landmines (ICBL)."
    )
    assert proposed_by_position("en", "press_release", [text], title="Join now") == {1: [("call", ["ICBL"])]}


def test_spanish_countries_that_have_not_adhered_are_states_not_party():
    text = "Colombia pidió hoy a los países que aún no han adherido a la Convención que se unan al tratado."
    assert proposed_by_position("es", "news", [text], title="Colombia") == {1: [("call", ["COL"])]}


# Who acts after "announced that": not the States met before it.
SAID_THAT = [
    (
        "en",
        "The minister met the authorities of Bolivia and Argentina and announced that the European Union will "
        "provide a donation of one million dollars for demining.",
    ),
    (
        "fr",
        "Le ministre a rencontré les autorités de la Bolivie et de l'Argentine et a annoncé que l'Union européenne "
        "fournira un don d'un million de dollars pour le déminage.",
    ),
    (
        "es",
        "El ministro se reunió con las autoridades de Bolivia y Argentina y anunció que la Unión Europea otorgará una "
        "donación de un millón de dólares para el desminado.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SAID_THAT, ids=case_ids(SAID_THAT))
def test_who_acts_is_named_after_announced_that(language, text):
    [(_kind, owners)] = proposed_by_position(language, "news", [text], title="Donation")[1]
    assert "EU" in owners and "BOL" not in owners and "ARG" not in owners


# A sum for work "in the country": the State the story is about is helped.
THE_COUNTRY = [
    (
        "en",
        [
            "Chile and Bolivia began clearing their border. Chile will finish by 2020.",
            "The European Union will give one million dollars for humanitarian demining in the south of the country.",
        ],
    ),
    (
        "fr",
        [
            "Le Chili et la Bolivie ont commencé à déminer leur frontière. Le Chili terminera d'ici 2020.",
            "L'Union européenne versera un million de dollars pour le déminage humanitaire dans le sud du pays.",
        ],
    ),
    (
        "es",
        [
            "Chile y Bolivia comenzaron a desminar su frontera. Chile terminará en 2020.",
            "La Unión Europea entregará un millón de dólares para el desminado humanitario en la zona austral del "
            "país.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), THE_COUNTRY, ids=case_ids(THE_COUNTRY))
def test_a_sum_for_work_in_the_country_helps_the_storys_state(language, texts):
    [(_kind, owners)] = proposed_by_position(language, "news", texts, title="Demining")[2]
    assert owners == ["CHL", "EU"]


# A reporter's aside between the subject and its verb ("Both countries, he said, will ...") is passed over.
REPORTER_ASIDE = [
    ("en", "Peru and Ecuador met in Lima. Both countries, he said, will speed up the clearance of the border."),
    ("fr", "Le Pérou et l'Équateur se sont réunis à Lima. Les deux pays, a-t-il ajouté, accéléreront le déminage."),
    ("es", "Perú y Ecuador se reunieron en Lima. Ambos países, refirió, acelerarán el desminado de la frontera."),
]


@pytest.mark.parametrize(("language", "text"), REPORTER_ASIDE, ids=case_ids(REPORTER_ASIDE))
def test_a_reporters_aside_between_subject_and_verb_is_passed_over(language, text):
    assert proposed_by_position(language, "news", [text], title="Border") == {1: [("commitment", ["ECU", "PER"])]}


def test_a_spanish_impersonal_decision_after_a_verb_of_saying_is_read():
    text = (
        "El ministro comentó que en la última reunión con su homólogo, en Quito, se acordó presentar un informe "
        "conjunto sobre el desminado de la frontera con el Perú."
    )
    by_position = proposed_by_position("es", "news", ["Ecuador y Perú evalúan el desminado.", text], title="Perú")
    assert 2 in by_position


# A first-person call in a quotation ("Nous demandons aux gouvernements de", "Pedimos a los gobiernos que"), beside
# a finding the speaker states ("nous constatons que"): the call is recorded, not the finding.
FINDING_THEN_CALL = [
    (
        "en",
        "“We note that much remains to be done,” she added. “We ask the governments of affected States to meet the "
        "needs of victims.”",
    ),
    (
        "fr",
        "« Nous constatons que beaucoup reste à faire, ajoute-t-elle. Nous demandons aux gouvernements des États "
        "touchés de répondre aux besoins des victimes. »",
    ),
    (
        "es",
        "«Constatamos que queda mucho por hacer», añadió. «Pedimos a los gobiernos de los Estados afectados que "
        "respondan a las necesidades de las víctimas.»",
    ),
]


@pytest.mark.parametrize(("language", "text"), FINDING_THEN_CALL, ids=case_ids(FINDING_THEN_CALL))
def test_a_call_beside_a_stated_finding_is_the_call(language, text):
    [(kind, _owners)] = proposed_by_position(language, "press_release", [text], title="Victims")[1]
    assert kind == "call"
