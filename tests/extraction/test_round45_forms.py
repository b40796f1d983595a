"""Forms read in context (issue 22, round 45), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A periphrastic future whose infinitive carries its object pronoun ("va a destruirlas", "va les détruire").
CLITIC_FUTURES = [
    ("es", "Chile va a destruirlas antes de 2028.", "CHL"),
    ("es", "Se espera que el Perú, según el ministro, va a completarlo antes de 2030.", "PER"),
    ("fr", "Le Chili va toutes les détruire avant 2028.", "CHL"),
    ("fr", "Le Chili va l'achever avant 2028.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "code"), CLITIC_FUTURES, ids=case_ids(CLITIC_FUTURES))
def test_a_periphrastic_future_with_its_object_pronoun(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [code])]}


def test_a_first_person_periphrastic_future_in_french_is_a_pledge_and_a_meeting_is_not():
    found = kinds_and_owners(
        proposed_by_position(
            "fr",
            "statement",
            [
                "Nous allons achever le déminage de nos zones frontalières d'ici 2026.",
                "Nous allons maintenant les détruire, comme le prévoit l'article 4.",
                "Nous allons nous réunir à Genève en juin.",
            ],
        )
    )
    assert [kind for kind, _owners in found.get(1, [])] == ["commitment"]
    assert [kind for kind, _owners in found.get(2, [])] == ["commitment"]
    assert 3 not in found


# A State not party named by its adjective is that State, as a party is ("the Libyan government").
NOT_PARTY_ADJECTIVES = [
    ("en", "The Libyan government pledged to clear all contaminated land by 2030.", "LBY"),
    ("fr", "Le gouvernement libyen s'est engagé à déminer toutes les zones contaminées d'ici 2030.", "LBY"),
    ("es", "El Gobierno libio se comprometió a desminar todas las zonas contaminadas antes de 2030.", "LBY"),
    ("en", "Pakistani officials promised to destroy the remaining stockpile.", "PAK"),
    ("fr", "Les autorités marocaines ont promis de détruire leurs stocks.", "MAR"),
    ("es", "Las autoridades egipcias prometieron destruir sus existencias.", "EGY"),
]


@pytest.mark.parametrize(("language", "text", "code"), NOT_PARTY_ADJECTIVES, ids=case_ids(NOT_PARTY_ADJECTIVES))
def test_a_state_not_party_named_by_its_adjective(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [code])]}


# A State's development agency pledges in its name.
AGENCIES = [
    ("en", "The Japan International Cooperation Agency has pledged to train deminers next year.", ["JPN"]),
    ("en", "JICA will provide US$2 million to Cambodia for demining.", ["JPN", "KHM"]),
    ("fr", "La GIZ s'est engagée à former des démineurs l'an prochain.", ["DEU"]),
    ("es", "La AECID se comprometió a formar a nuevos desminadores el año próximo.", ["ESP"]),
]


@pytest.mark.parametrize(("language", "text", "codes"), AGENCIES, ids=case_ids(AGENCIES))
def test_a_development_agency_pledges_for_its_state(language, text, codes):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [sorted(owners) for _kind, owners in found[1]] == [sorted(codes)]


# A plan or strategy adopted for the years ahead is the party's undertaking; a minute of silence is ceremony.
PLANS_FOR_YEARS_AHEAD = [
    ("en", "The Government has adopted its new mine action strategy for the years 2012-2015.", "KHM"),
    ("fr", "Le Gouvernement vient de définir sa stratégie en matière de déminage pour les années 2012-2015.", "KHM"),
    ("es", "El Gobierno presentó oficialmente a la Conferencia su nuevo plan de desminado 2014-2016.", "KHM"),
]


@pytest.mark.parametrize(("language", "text", "code"), PLANS_FOR_YEARS_AHEAD, ids=case_ids(PLANS_FOR_YEARS_AHEAD))
def test_a_plan_for_the_years_ahead_is_a_commitment(language, text, code):
    found = kinds_and_owners(
        proposed_by_position(language, "press_release", [text], title="Cambodia / Cambodge / Camboya")
    )
    assert found == {1: [("commitment", [code])]}


MINUTE_OF_SILENCE = [
    ("en", "Before we begin, I would like to invite you to observe a minute of silence for the victims of mines."),
    ("fr", "Avant de commencer, je voudrais vous inviter à observer une minute de silence pour les victimes."),
    ("es", "Antes de comenzar quisiera invitarlos a que hagamos un minuto de silencio en homenaje a las víctimas."),
]


@pytest.mark.parametrize(("language", "text"), MINUTE_OF_SILENCE, ids=case_ids(MINUTE_OF_SILENCE))
def test_an_invitation_to_a_minute_of_silence_is_no_call(language, text):
    assert proposed_by_position(language, "statement", [text]) == {}


# "Con ello", "Ainsi", "Thus" open a sentence without being its subject: the two parties named before still act.
def test_a_connective_before_the_pair_that_commits():
    found = kinds_and_owners(
        proposed_by_position(
            "es",
            "news",
            [
                "Ecuador y Perú firmaron un acuerdo para crear una unidad binacional de desminado.",
                "Con ello las dos partes se comprometen a la participación con personal especializado.",
            ],
        )
    )
    assert found[2] == [("commitment", ["ECU", "PER"])]


# "the country" as a subject is the State the story is about.
THE_COUNTRY = [
    ("en", "The note adds that Chile has destroyed 146,460 mines.", '"The country will be mine-free in 2020."'),
    ("fr", "La note ajoute que le Chili a détruit 146 460 mines.", "« Le pays sera exempt de mines en 2020. »"),
    ("es", "La nota añade que Chile ha destruido 146.460 minas.", '"El país estará libre de minas en 2020".'),
]


@pytest.mark.parametrize(("language", "before", "text"), THE_COUNTRY, ids=case_ids(THE_COUNTRY))
def test_the_country_as_a_subject_is_the_state_of_the_story(language, before, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [before, text])) == {2: [("commitment", ["CHL"])]}


# Calls on States whose territory is contaminated, and on funding bodies.
CONTAMINATED_AND_FUNDERS = [
    (
        "en",
        "We are calling on States Parties whose territories are contaminated to speed up clearance. We are also "
        "asking funding bodies to stay fully engaged.",
        ["affected-states-parties", "states-parties-in-a-position"],
    ),
    (
        "fr",
        "Nous appelons les États parties dont le territoire est contaminé à redoubler d'efforts.",
        ["affected-states-parties"],
    ),
    (
        "es",
        "Pedimos a los Estados Partes cuyo territorio está contaminado que redoblen sus esfuerzos.",
        ["affected-states-parties"],
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "codes"), CONTAMINATED_AND_FUNDERS, ids=case_ids(CONTAMINATED_AND_FUNDERS)
)
def test_calls_on_contaminated_states_and_funders(language, text, codes):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("call", codes)]}


# "is set to", "promised to": a party's future act; a call told as a noun after "despite" is background.
def test_set_to_and_promised_to_are_pledges_and_a_call_despite_is_background():
    found = kinds_and_owners(
        proposed_by_position(
            "en",
            "news",
            [
                "Thailand is set to submit additional documents as evidence to the Committee.",
                "Cambodia promised to destroy the remaining stockpile.",
                "Despite Thailand's consistent calls for compliance and cooperation, Cambodia had failed to respond.",
                "The meeting is set to open on Monday in Geneva.",
            ],
        )
    )
    assert found == {1: [("commitment", ["THA"])], 2: [("commitment", ["KHM"])]}


# The State a call wants brought to act is added to its addressees.
ENSURE_A_STATE = [
    (
        "en",
        "Thailand urges the international community to take all measures to ensure Cambodia halts the use of mines.",
    ),
    (
        "fr",
        "La Thaïlande exhorte la communauté internationale à veiller à ce que le Cambodge cesse d'utiliser des mines.",
    ),
    ("es", "Tailandia insta a la comunidad internacional a garantizar que Camboya cese el uso de minas."),
]


@pytest.mark.parametrize(("language", "text"), ENSURE_A_STATE, ids=case_ids(ENSURE_A_STATE))
def test_the_state_a_call_wants_to_act_is_added(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", ["KHM", "states-parties"])]} or found == {1: [("call", ["states-parties", "KHM"])]}


# An impersonal exhortation in a statement ("must be mobilised") is addressed to the States Parties.
MUST_BE_MOBILISED = [
    ("en", "Common energy and will must be mobilised to progress towards a mine-free world."),
    ("fr", "Une énergie et une volonté communes doivent être mobilisées pour progresser vers un monde sans mines."),
    ("es", "Una voluntad común debe ser movilizada para avanzar hacia un mundo sin minas."),
]


@pytest.mark.parametrize(("language", "text"), MUST_BE_MOBILISED, ids=case_ids(MUST_BE_MOBILISED))
def test_an_impersonal_exhortation_in_a_statement(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found == {1: [("recommendation", ["states-parties"])]}


# A sum to clear land in a State: that State is helped.
CLEARING_LAND_IN = [
    ("en", "Norway will give US$ 5 million to clear farmland in Ukraine.", ["NOR", "UKR"]),
    ("fr", "La Suisse engagera 100 millions de francs pour déminer les zones agricoles d'Ukraine.", ["CHE", "UKR"]),
    ("es", "España aportará 2 millones de euros para desminar las tierras agrícolas de Colombia.", ["COL", "ESP"]),
]


@pytest.mark.parametrize(("language", "text", "codes"), CLEARING_LAND_IN, ids=case_ids(CLEARING_LAND_IN))
def test_a_sum_to_clear_land_in_a_state(language, text, codes):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [sorted(owners) for _kind, owners in found[1]] == [sorted(codes)]
