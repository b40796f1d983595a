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
