"""Forms read in context (issue 22, round 69), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import datetime

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Leaving the Convention, said another way ("sortir du traité", "se retirait de", "a retrait de cet accord", a
# government recommending withdrawal to its parliament): no pledge or advice under it.
WITHDRAWALS = [
    ("fr", "news", "Le gouvernement a annoncé son intention de sortir du traité au mois d'avril."),
    ("fr", "news", "Le ministre a déclaré que son pays se retirait de la Convention sur l'interdiction des mines."),
    ("fr", "news", "La Lettonie a annoncé qu'elle formaliserait un retrait de cet accord avant l'été."),
    ("en", "news", "Latvia's government recommended withdrawal to its parliament on 18 March."),
    ("fr", "news", "Le gouvernement letton a recommandé le retrait au parlement le 18 mars."),
    ("es", "news", "El gobierno de Letonia recomendó la retirada al parlamento el 18 de marzo."),
]


@pytest.mark.parametrize(("language", "genre", "text"), WITHDRAWALS, ids=case_ids(WITHDRAWALS))
def test_leaving_the_convention_is_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# Sentences that only look operative: a thing "called" a name, the States "that have made a solemn commitment"
# (who they are), a meeting that "se produjo" or whose participants "ont fait état de" progress, and a story that
# opens on "Last week" (no order to the reader).
NOT_OPERATIVE = [
    ("en", "news", "At the time, the organisation called it a worldwide epidemic of civilian casualties."),
    ("en", "news", "There are now 164 States Parties that have made a solemn commitment to end the suffering."),
    (
        "fr",
        "news",
        "On compte désormais 164 États parties qui ont pris l'engagement solennel de mettre fin aux souffrances.",
    ),
    ("es", "news", "Hay ahora 164 Estados Partes que han asumido el compromiso solemne de poner fin al sufrimiento."),
    ("fr", "news", "Les participants ont fait état de progrès réalisés dans le cadre de la Convention d'Ottawa."),
    ("es", "news", "La reunión se produjo al día siguiente de un intercambio de disparos en la frontera."),
    ("en", "web_page", "Last week, 90 States Parties and observers exchanged views at the yearly meeting in Geneva."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_OPERATIVE, ids=case_ids(NOT_OPERATIVE))
def test_sentences_that_only_look_operative_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# Money received from donors: the donors commit, with the State the money goes to.
FUNDS_RECEIVED = [
    ("en", "UNMAS has received a donation of US$3 million from Norway and Japan for its operations in Mali."),
    ("fr", "L'UNMAS a reçu un don de 3 millions de dollars de la Norvège pour ses opérations au Mali."),
    ("es", "El UNMAS recibió una donación de 3 millones de dólares de Noruega para sus operaciones en Malí."),
]


@pytest.mark.parametrize(("language", "text"), FUNDS_RECEIVED, ids=case_ids(FUNDS_RECEIVED))
def test_money_received_from_donors_is_the_donors_commitment(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text], title="UNMAS"))
    (kind, owners), *_ = found[1]
    assert kind == "commitment"
    assert {"NOR", "MLI"} <= set(owners) and "UNMAS" not in owners


# A sum a body will receive, under a lead that names the donor: the donor's commitment.
SUMS_TO_RECEIVE = [
    ("en", "Switzerland will support demining in Ukraine.", "The Geneva Centre will receive CHF 3 million in 2026."),
    ("fr", "La Suisse soutiendra le déminage en Ukraine.", "Le Centre de Genève recevra 3 millions de francs en 2026."),
    ("es", "Suiza apoyará el desminado en Ucrania.", "La fundación recibirá 3 millones de francos en 2026."),
]


@pytest.mark.parametrize(("language", "lead", "text"), SUMS_TO_RECEIVE, ids=case_ids(SUMS_TO_RECEIVE))
def test_a_sum_a_body_will_receive_is_the_donors_commitment(language, lead, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [lead, text], title="Switzerland"))
    assert found[2] and found[2][0][0] == "commitment"
    assert "CHE" in found[2][0][1]


# Two States joining forces, and an initiative for a State named next: a pledge of both, with the State helped.
JOINT_INITIATIVES = [
    ("en", "Norway and the United States join forces in a new initiative for Colombia.", {"NOR", "USA", "COL"}),
    (
        "fr",
        "La Norvège et les États-Unis unissent leurs forces dans une initiative pour la Colombie.",
        {"NOR", "USA", "COL"},
    ),
    ("es", "Noruega y Estados Unidos unen fuerzas en una nueva iniciativa para Colombia.", {"NOR", "USA", "COL"}),
    ("en", "US President Joe Smith launched a global demining initiative for Colombia today.", {"USA", "COL"}),
]


@pytest.mark.parametrize(("language", "text", "owners"), JOINT_INITIATIVES, ids=case_ids(JOINT_INITIATIVES))
def test_joint_initiatives_are_pledges_of_both_with_the_state_helped(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Demining"))
    assert found[1] and found[1][0][0] == "commitment"
    assert set(found[1][0][1]) == owners


def test_a_course_begun_after_a_place_set_off_is_a_pledge():
    text = "The OAS will begin, in Lima, Peru, a course for 40 deminers specialised in humanitarian clearance."
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text], title="OAS course in Peru"))
    assert found[1] and found[1][0][0] == "commitment"
    assert "OAS" in found[1][0][1]


def test_the_treatys_assist_encourage_or_induce_in_a_pledge_calls_on_no_one():
    text = (
        "The United States will not use anti-personnel mines, nor assist, encourage, or induce anyone to engage in "
        "any activity prohibited by the Convention."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text], title="US landmine policy"))
    assert found == {1: [("commitment", ["USA"])]}


# What a State named after a saying verb must do ("said that Cambodia, as a signatory, must account"): asked of it.
SAID_IT_MUST = [
    ("en", "The official said that Cambodia, as a signatory of the Convention, must account for the new mines."),
    ("fr", "Le porte-parole a affirmé que le Cambodge, en tant que signataire, doit rendre des comptes sur ces mines."),
    ("es", "El portavoz afirmó que Camboya, como firmante de la Convención, debe dar cuentas sobre estas minas."),
]


@pytest.mark.parametrize(("language", "text"), SAID_IT_MUST, ids=case_ids(SAID_IT_MUST))
def test_what_a_state_named_after_said_that_must_do_is_asked_of_it(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Border mines"))
    assert found[1] and found[1][0][0] in ("call", "recommendation")
    assert found[1][0][1] == ["KHM"]


# Calls in the gerund, in the first person singular, or "launched" to a government (the story's State).
CALLS = [
    ("en", "The expert delivered a statement calling on States to address the needs of the victims.", None),
    ("es", "«Urjo a todos los Estados que no han accedido a la Convención a hacerlo», dijo el delegado.", None),
    ("fr", "L'ONG lance un appel pressant au gouvernement pour accélérer le déminage.", "COD"),
    ("es", "La ONG lanza un llamado urgente al gobierno para acelerar el desminado.", "COD"),
    ("en", "The NGO launches an urgent appeal to the government to speed up demining.", "COD"),
]


@pytest.mark.parametrize(("language", "text", "owner"), CALLS, ids=case_ids(CALLS))
def test_calls_in_other_forms_are_read(language, text, owner):
    found = kinds_and_owners(proposed_by_position(language, "news", [text], title="Democratic Republic of the Congo"))
    assert found[1] and found[1][0][0] == "call"
    if owner:
        assert found[1][0][1] == [owner]


def test_a_call_to_refrain_from_withdrawing_is_a_call():
    text = (
        "«Insto a todos los Estados a que se abstengan de retirarse de cualquier tratado», declaró el alto comisionado."
    )
    found = kinds_and_owners(proposed_by_position("es", "news", [text], title="Retiradas"))
    assert [kind for kind, _owners in found[1]] == ["call"]


def test_the_un_high_representative_for_disarmament_affairs_speaks_for_the_un():
    text = (
        "La alta representante para los Asuntos de Desarme, Ana López, recordó que algunos de los países que no se "
        "han unido al tratado aún guardan minas. "
        "«Urjo a todos los Estados que no han accedido a la Convención a hacerlo», aseveró López."
    )
    found = kinds_and_owners(proposed_by_position("es", "news", [text], title="Estados Unidos y las minas"))
    assert found[1] == [("call", ["UN"])]


def test_a_call_on_a_state_whose_withdrawal_took_effect_is_the_callers():
    text = "The ICBL calls on Finland to rejoin the Treaty without delay."
    after = proposed_by_position("en", "news", [text], title="Finland", date=datetime.date(2026, 3, 1))
    before = proposed_by_position("en", "news", [text], title="Finland", date=datetime.date(2025, 9, 1))
    assert kinds_and_owners(after) == {1: [("call", ["ICBL"])]}
    assert kinds_and_owners(before) == {1: [("call", ["FIN"])]}


def test_a_call_on_the_government_is_on_the_storys_state_not_a_group_named_elsewhere():
    text = (
        "The meeting offered a space for survivors and government representatives. Survivors called on the "
        "government to pass the victims law before the end of the year."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text], title="Survivors in Chile"))
    assert found == {1: [("call", ["CHL"])]}


def test_another_union_is_not_the_european_union():
    text = "Sous les auspices de l'Union interparlementaire, elle s'emploie à faire mieux connaître la Convention."
    found = kinds_and_owners(proposed_by_position("fr", "news", [text], title="Mines"))
    assert all("EU" not in owners for _kind, owners in found.get(1, []))
