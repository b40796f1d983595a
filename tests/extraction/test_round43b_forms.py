"""Forms read in context (issue 22, round 43b), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A call that asks a State to undo its withdrawal is a call (the withdrawal it names is what it asks about); a call
# to withdraw is no call under the Convention.
UNDO_A_WITHDRAWAL = [
    ("en", "Amnesty International urged Poland and Estonia to reconsider plans to withdraw from the Ottawa Treaty."),
    ("fr", "Amnesty International a appelé la Pologne et l'Estonie à cesser de se retirer de la Convention d'Ottawa."),
    ("es", "Amnistía Internacional instó a Polonia y Estonia a reconsiderar su retiro de la Convención de Ottawa."),
]


@pytest.mark.parametrize(("language", "text"), UNDO_A_WITHDRAWAL, ids=case_ids(UNDO_A_WITHDRAWAL))
def test_a_call_to_undo_a_withdrawal_is_a_call_on_those_states(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["EST", "POL"])]}


def test_a_call_to_withdraw_is_no_call():
    text = "Les ministres ont publié une déclaration commune appelant leurs pays à se retirer du traité."
    assert proposed_by_position("fr", "news", [text]) == {}


# Calls in the progressive, in a gerund, as a demand, and "not too late for X to".
CALL_FORMS = [
    ("en", "Amnesty International is urging Poland to reconsider its decision.", ["POL"]),
    (
        "en",
        "The campaign issued a challenge, encouraging all States Parties to complete their obligations.",
        ["states-parties"],
    ),
    (
        "fr",
        "La campagne a lancé un défi, exhortant tous les États parties à achever leurs obligations.",
        ["states-parties"],
    ),
    (
        "es",
        "La campaña lanzó un desafío, instando a todos los Estados Partes a completar sus obligaciones.",
        ["states-parties"],
    ),
    ("en", "HI demands that all States Parties take urgent action to protect civilians.", ["states-parties"]),
    ("es", "La organización exige que todos los Estados Partes actúen con urgencia.", ["states-parties"]),
    ("en", "It is not too late for Poland and Estonia to reverse course.", ["EST", "POL"]),
    ("fr", "Il n'est pas trop tard pour la Pologne et l'Estonie de revenir sur leur décision.", ["EST", "POL"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), CALL_FORMS, ids=case_ids(CALL_FORMS))
def test_more_forms_of_calling(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", owners)]}


# A call on a State "and all States": both.
CALL_ON_A_STATE_AND_ALL = [
    ("en", "We urge Ukraine and all States to respect international humanitarian law."),
    ("es", "Instamos a Ucrania y a todos los Estados a que respeten el derecho internacional humanitario."),
    ("fr", "Nous exhortons l'Ukraine et tous les États à respecter le droit international humanitaire."),
]


@pytest.mark.parametrize(("language", "text"), CALL_ON_A_STATE_AND_ALL, ids=case_ids(CALL_ON_A_STATE_AND_ALL))
def test_a_call_on_a_state_and_all_states(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found == {1: [("call", ["UKR", "states-parties"])]}


# Background, concessions, tributes and retrospects are no commitments.
NOT_COMMITMENTS = [
    ("en", "As twenty years have passed since its adoption, it is important to reflect on its achievements."),
    ("en", "We pay tribute to those today who remain committed to seeing the elimination of anti-personnel mines."),
    ("fr", "Nous rendons hommage à ceux qui restent engagés pour l'élimination des mines antipersonnel."),
    (
        "en",
        "While we acknowledge that security concerns may be justified, lasting security cannot rest on such weapons.",
    ),
    (
        "es",
        "Si bien reconocemos que las preocupaciones pueden estar justificadas, la seguridad no puede basarse en minas.",
    ),
    ("fr", "Elle a salué le projet présenté en Belgique, qui offre de nouveaux outils aux acteurs sur le terrain."),
]


@pytest.mark.parametrize(("language", "text"), NOT_COMMITMENTS, ids=case_ids(NOT_COMMITMENTS))
def test_background_and_tributes_are_no_commitments(language, text):
    assert proposed_by_position(language, "statement", [text]) == {}


# Goals kept, commitments received and pursued, sums committed, a relative "during which" both sides commit.
COMMITMENT_FORMS = [
    ("en", "Angola maintains the goal of destroying all anti-personnel mines in its jurisdiction.", ["AGO"]),
    ("fr", "L'Angola maintient l'objectif de détruire toutes les mines antipersonnel sous sa juridiction.", ["AGO"]),
    ("es", "Angola mantiene la meta de destruir todas las minas antipersonal en su jurisdicción.", ["AGO"]),
    (
        "en",
        "Cambodia has added three activities to its plan as part of its commitment to implementing the ban.",
        ["KHM"],
    ),
    ("en", "The envoy received firm commitments from Angola and Chad to complete clearance by 2025.", ["AGO", "TCD"]),
    ("es", "Desde 2011 la Unión Europea ha aportado 10 millones de euros y comprometió 4 millones más.", ["EU"]),
    (
        "es",
        "Países de todo el mundo, liderados por Noruega, se comprometieron a apoyar el desminado en Colombia.",
        ["COL", "NOR"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), COMMITMENT_FORMS, ids=case_ids(COMMITMENT_FORMS))
def test_more_forms_of_committing(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", owners)]}


BOTH_SIDES_DURING_WHICH = [
    ("en", "Cambodia and Thailand met in Bangkok, during which both sides committed to strengthening cooperation."),
    (
        "fr",
        "Le Cambodge et la Thaïlande se sont vus, réunion lors de laquelle les deux parties se sont engagées à agir.",
    ),
    ("es", "Camboya y Tailandia se reunieron, reunión durante la cual ambas partes se comprometieron a cooperar."),
]


@pytest.mark.parametrize(("language", "text"), BOTH_SIDES_DURING_WHICH, ids=case_ids(BOTH_SIDES_DURING_WHICH))
def test_both_sides_in_a_relative_clause(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["KHM", "THA"])]}


# Taking stock at a meeting is its programme, not a pledge.
TAKING_STOCK = [
    ("en", "This seminar is a prelude to the Summit, where 156 States will take stock of progress made."),
    (
        "fr",
        "Quelque 700 délégués sont attendus pour cette réunion qui fera le point d'ici à vendredi sur la Convention.",
    ),
    ("es", "Los 164 Estados Partes harán balance de los avances en la reunión de Ginebra."),
]


@pytest.mark.parametrize(("language", "text"), TAKING_STOCK, ids=case_ids(TAKING_STOCK))
def test_taking_stock_at_a_meeting_is_no_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A call whose addressees come further on, as States in general ("renovar los esfuerzos de la comunidad
# internacional"): all States Parties, not the speaker.
def test_a_call_on_the_efforts_of_the_international_community():
    text = (
        "El Secretario General hizo un llamado para renovar los esfuerzos de la comunidad internacional en el "
        "desminado, dijo durante un acto en Colombia."
    )
    assert kinds_and_owners(proposed_by_position("es", "news", [text])) == {1: [("call", ["states-parties"])]}


# A meeting that decides by approving a request to extend a deadline: the requesting State's extension.
APPROVING_A_REQUEST = [
    (
        "en",
        "The meeting approved on Friday the request made by Colombia's commissioner to extend the deadline to 2025.",
    ),
    (
        "fr",
        "La Colombie devra être exempte de mines en 2025. La Convention l'a décidé vendredi en approuvant la demande "
        "faite par son haut-commissaire de prolonger le délai.",
    ),
    (
        "es",
        "Colombia deberá estar libre de minas en 2025. Así lo determinó este viernes la Convención al aprobar la "
        "solicitud hecha por el alto comisionado de extender una prórroga.",
    ),
]


@pytest.mark.parametrize(("language", "text"), APPROVING_A_REQUEST, ids=case_ids(APPROVING_A_REQUEST))
def test_approving_a_request_to_extend_is_a_decision_on_that_state(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("conclusion", ["COL"])]}


def test_a_state_asking_a_body_to_act_is_a_call():
    text = "Bolivia solicita a la Convención de Ottawa, ente al que están suscritos 166 países, que envíe una misión."
    assert kinds_and_owners(proposed_by_position("es", "news", [text])) == {1: [("call", ["states-parties"])]}
