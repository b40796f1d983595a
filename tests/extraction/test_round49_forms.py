"""Forms read in context (issue 22, round 49), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A party's goal or commitment named as a noun, with the party after "of" or in the possessive: its pledge.
NAMED_GOALS = [
    ("en", "The commitment of Chile is to complete clearance by 2026.", "CHL"),
    ("en", "Cambodia’s goal is to complete clearance by 2025.", "KHM"),
    ("fr", "L’objectif du Cambodge est d’achever le déminage en 2025.", "KHM"),
    ("fr", "L’engagement du Chili est de terminer le déminage en 2026.", "CHL"),
    ("es", "El compromiso de Chile es terminar el desminado en 2026.", "CHL"),
    ("es", "El compromiso del Gobierno chileno es destruir las existencias antes de 2026.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "owner"), NAMED_GOALS, ids=case_ids(NAMED_GOALS))
def test_a_partys_goal_named_as_a_noun_is_its_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# The purpose of a treaty or a meeting is no one's goal.
PURPOSES = [
    ("en", "The aim of the Convention is to end the suffering caused by mines."),
    ("fr", "L’objectif de la Convention est de mettre fin aux souffrances causées par les mines."),
    ("es", "El compromiso de la reunión es un gesto simbólico."),
]


@pytest.mark.parametrize(("language", "text"), PURPOSES, ids=case_ids(PURPOSES))
def test_a_treatys_purpose_is_no_ones_goal(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Money with its giver, told in the passive or by what it will do; a decision, an approval or an increase of aid;
# a grant agreed by an exchange of notes: the giver's pledge, with the State helped.
GIVERS = [
    ("en", "The funds from Germany will be used to clear 12 villages in Colombia.", ["DEU", "COL"]),
    ("en", "Two million dollars will be devoted by France to clearance in Lebanon.", ["FRA", "LBN"]),
    ("en", "The Government of Japan had decided to provide its support to Cambodia for demining.", ["JPN", "KHM"]),
    ("en", "The State Department of the United States approved a $89 million aid package for Ukraine.", ["USA", "UKR"]),
    ("en", "The Norwegian Government increases its support by NOK 30 million for demining in Ukraine.", ["NOR", "UKR"]),
    (
        "en",
        "The Ambassador of Japan and the Minister of Cambodia signed the Exchange of Notes "
        "for grant aid in favour of Cambodia.",
        ["JPN", "KHM"],
    ),
    ("fr", "Une enveloppe de 2 millions d’euros sera consacrée par la France au déminage au Liban.", ["FRA", "LBN"]),
    ("fr", "Les fonds du Japon seront consacrés au déminage au Cambodge.", ["JPN", "KHM"]),
    ("fr", "Le gouvernement du Japon avait décidé d’apporter son soutien au Cambodge.", ["JPN", "KHM"]),
    (
        "fr",
        "Le Gouvernement norvégien augmente son soutien de 30 millions de NOK pour le déminage en Ukraine.",
        ["NOR", "UKR"],
    ),
    (
        "fr",
        "Le ministère allemand soutient également en 2021 le déminage en Iraq "
        "à hauteur d’environ 3,7 millions d’euros.",
        ["DEU", "IRQ"],
    ),
    (
        "fr",
        "L’ambassadeur du Japon et le ministre ont procédé à la signature et l’échange de notes "
        "relatives à un programme d’aide en faveur du Cambodge.",
        ["JPN", "KHM"],
    ),
    (
        "es",
        "Los recursos de Alemania serán invertidos en la descontaminación de municipios en Colombia.",
        ["DEU", "COL"],
    ),
    ("es", "Dos millones de euros serán dedicados por Francia al desminado en el Líbano.", ["FRA", "LBN"]),
    (
        "es",
        "El Departamento de Estado de Estados Unidos aprobó un paquete de ayuda de 89 millones de dólares "
        "para que Ucrania forme equipos de desminado.",
        ["USA", "UKR"],
    ),
    (
        "es",
        "El Gobierno noruego aumenta su apoyo en 30 millones de coronas para el desminado en Ucrania.",
        ["NOR", "UKR"],
    ),
    (
        "es",
        "El embajador de Japón y el canciller de Camboya firmaron el canje de notas "
        "de la cooperación para el desminado en Camboya.",
        ["JPN", "KHM"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), GIVERS, ids=case_ids(GIVERS))
def test_money_given_decided_approved_or_increased_is_the_givers_pledge(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", sorted(owners))]}


# The State helped, named after the work or the aid: "efforts que adelanta X", "en faveur du X", "para que X",
# "so that X", "la remoción de minas en X", "déminer ... au X".
HELPED = [
    ("en", "Norway will keep supporting the efforts made by Colombia to be mine-free.", ["NOR", "COL"]),
    ("en", "Japan will provide an aid package so that Cambodia can train 100 deminers.", ["JPN", "KHM"]),
    (
        "fr",
        "La Suisse continuera de soutenir les efforts déployés par la Colombie pour être libre de mines.",
        ["CHE", "COL"],
    ),
    ("fr", "Ce financement du Japon permettra au CMAC de déminer 200 hectares au Cambodge.", ["JPN", "KHM"]),
    (
        "es",
        "Suiza seguirá apoyando los esfuerzos que adelanta Colombia para cumplir con la Convención.",
        ["CHE", "COL"],
    ),
    ("es", "A través de esta donación, Japón contribuirá a la remoción de minas en Colombia.", ["JPN", "COL"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), HELPED, ids=case_ids(HELPED))
def test_the_state_helped_is_named_after_the_work_or_the_aid(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", sorted(owners))]}


# A party's own expected completion ("estimates it can finish", "estime pouvoir achever", "estima culminar").
ESTIMATES = [
    ("en", "Senegal estimates it can finish clearance in 2026.", "SEN"),
    ("fr", "Le Sénégal estime pouvoir achever le déminage de la Casamance en 2026.", "SEN"),
    ("es", "El Ministerio de Defensa del Perú estima culminar las labores de desminado en 2026.", "PER"),
]


@pytest.mark.parametrize(("language", "text", "owner"), ESTIMATES, ids=case_ids(ESTIMATES))
def test_a_partys_estimated_completion_is_its_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# A State depositing its instrument of accession or ratification takes on the Convention's obligations.
ACCESSIONS = [
    ("en", "Tonga today deposited its instrument of accession to the Mine Ban Treaty.", "TON"),
    ("fr", "Les Îles Marshall ont déposé leur instrument de ratification auprès du Secrétaire général.", "MHL"),
    ("es", "Tonga depositó su instrumento de adhesión ante el Secretario General.", "TON"),
]


@pytest.mark.parametrize(("language", "text", "owner"), ACCESSIONS, ids=case_ids(ACCESSIONS))
def test_a_state_depositing_its_instrument_pledges(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# Requests approved, told in a relative clause, with the States listed after a colon or in the subject: a decision
# on each of them.
APPROVED_REQUESTS = [
    (
        "en",
        "Four States Parties submitted extension requests in 2012 that were approved at the Twelfth Meeting: "
        "Afghanistan, Angola, Cyprus and Zimbabwe.",
        ["AFG", "AGO", "CYP", "ZWE"],
    ),
    (
        "fr",
        "Les demandes de prolongation du Tchad et du Niger, qui ont été approuvées en décembre, courent jusqu’en 2030.",
        ["TCD", "NER"],
    ),
    (
        "es",
        "Las solicitudes de prórroga de Chad y Níger, que fueron aprobadas en diciembre, vencen en 2030.",
        ["TCD", "NER"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), APPROVED_REQUESTS, ids=case_ids(APPROVED_REQUESTS))
def test_requests_approved_in_a_relative_clause_are_decisions_on_each_state(language, text, owners):
    assert proposed_by_position(language, "web_page", [text]) == {1: [("conclusion", sorted(owners))]}


# "The governments concerned by the problem of mines" are the affected States Parties.
CONCERNED_GOVERNMENTS = [
    ("en", "“We call on the governments concerned by the problem of mines to meet the needs of victims.”"),
    (
        "fr",
        "« Nous demandons aux gouvernements concernés par le problème des mines "
        "de répondre aux besoins des victimes. »",
    ),
    ("es", "“Pedimos a los gobiernos afectados por el problema de las minas que atiendan a las víctimas.”"),
]


@pytest.mark.parametrize(("language", "text"), CONCERNED_GOVERNMENTS, ids=case_ids(CONCERNED_GOVERNMENTS))
def test_governments_concerned_by_mines_are_the_affected_states(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", ["affected-states-parties"])]}


# "Il s'agira de" (it will be) and a process told in the passive ("have been recommended for") pledge nothing.
NOTHING = [
    ("fr", "La Norvège soutient le déminage en Ukraine. Il s’agira d’une condition nécessaire à la reconstruction."),
    ("en", "In Sri Lanka, 1,106 divisions have been recommended for mine-free declaration."),
    ("fr", "Au Sri Lanka, 1 106 divisions ont été recommandées pour une déclaration de zone sans mines."),
    ("es", "En Sri Lanka, 1.106 divisiones han sido recomendadas para su declaración como libres de minas."),
]


@pytest.mark.parametrize(("language", "text"), NOTHING, ids=case_ids(NOTHING))
def test_it_will_be_and_a_process_recommended_pledge_nothing(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A sum given over years gone by is history; the same range ahead, a pledge.
PAST_RANGES = [
    ("en", "From 2013 to 2019, Switzerland allocated 16 million francs to demining in Cambodia.", []),
    ("fr", "De 2013 à 2019, la Suisse a alloué 16 millions de francs au déminage au Cambodge.", []),
    ("es", "Entre 2013 y 2019, Suiza destinó 16 millones de francos al desminado en Camboya.", []),
    ("en", "From 2025 to 2028, Switzerland will allocate 16 million francs to demining in Cambodia.", ["CHE", "KHM"]),
    ("fr", "De 2025 à 2028, la Suisse allouera 16 millions de francs au déminage au Cambodge.", ["CHE", "KHM"]),
    ("es", "Entre 2025 y 2028, Suiza destinará 16 millones de francos al desminado en Camboya.", ["CHE", "KHM"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), PAST_RANGES, ids=case_ids(PAST_RANGES))
def test_a_sum_over_years_gone_by_is_history(language, text, owners):
    expected = {1: [("commitment", owners)]} if owners else {}
    assert proposed_by_position(language, "news", [text]) == expected


# Who says a sentence that names no one before its operative words, in a clause of saying after it.
SAID_AFTER = [
    ("en", "All remaining minefields will be cleared within five years, a UNMAS official said on Wednesday.", "UNMAS"),
    (
        "fr",
        "Il n’y aura plus de mines d’ici cinq ans au Soudan du Sud, a assuré mercredi un responsable de l’UNMAS.",
        "UNMAS",
    ),
    ("fr", "Le déminage sera achevé d’ici 2025, a affirmé mercredi le ministre tchadien de la Défense.", "TCD"),
    ("es", "Todas las minas serán destruidas antes de 2025, aseguró el miércoles un funcionario del UNMAS.", "UNMAS"),
    ("es", "El desminado será concluido antes de 2025, dijo el ministro peruano de Defensa.", "PER"),
]


@pytest.mark.parametrize(("language", "text", "owner"), SAID_AFTER, ids=case_ids(SAID_AFTER))
def test_the_speaker_named_after_the_sentence_owns_it(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# "Our goal" inside a quotation whose speaker the story does not know as a party: the story's State; an impersonal
# future ("il en coûtera", "il conviendra", "it will cost") pledges nothing.
QUOTED_OURS = [
    (
        "fr",
        "L’Ukraine veut déminer son territoire, a dit le Premier ministre.",
        "« Il en coûtera 37 milliards de dollars, mais notre objectif est d’y parvenir dans les années à venir », "
        "a souligné Denys Shmyhal.",
    ),
    (
        "en",
        "Ukraine wants to clear its territory, the Prime Minister said.",
        "“It will cost 37 billion dollars, but our goal is to achieve it in the coming years,” said Denys Shmyhal.",
    ),
    (
        "es",
        "Ucrania quiere desminar su territorio, dijo el primer ministro.",
        "“Costará 37.000 millones de dólares, pero nuestro objetivo es lograrlo en los próximos años”, "
        "subrayó Denys Shmyhal.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), QUOTED_OURS, ids=case_ids(QUOTED_OURS))
def test_our_goal_in_a_quotation_is_the_storys_state(language, before, text):
    assert proposed_by_position(language, "news", [before, text])[2] == [("commitment", ["UKR"])]


IMPERSONAL_FUTURES = [
    ("en", "In Ukraine, it will cost 37 billion dollars to clear the land."),
    ("fr", "En Ukraine, il en coûtera 37 milliards de dollars pour déminer les terres."),
    ("fr", "Au Sénégal, il conviendra d’étudier comment compléter cette somme."),
    ("es", "En Ucrania, costará 37.000 millones de dólares desminar las tierras."),
]


@pytest.mark.parametrize(("language", "text"), IMPERSONAL_FUTURES, ids=case_ids(IMPERSONAL_FUTURES))
def test_an_impersonal_future_pledges_nothing(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Goals announced, hoped for, or pursued; a readiness to honour obligations (a pledge, not an offer); a sum
# budgeted or made available; aid named without a sum in a story (a commitment, as a sum would be).
MORE_PLEDGES = [
    ("en", "Thailand said the country is ready to fully comply with its obligations under the Convention.", ["THA"]),
    ("fr", "La Thaïlande a affirmé que le pays est disposé à respecter pleinement ses obligations.", ["THA"]),
    ("es", "Tailandia afirmó que el país está dispuesto a cumplir plenamente sus obligaciones.", ["THA"]),
    (
        "en",
        "The South Sudanese mine action authority announced on Friday a new goal of ridding the country of mines.",
        ["SSD"],
    ),
    (
        "fr",
        "L’autorité sud-soudanaise de déminage a annoncé vendredi un nouvel objectif "
        "visant à débarrasser le pays des mines.",
        ["SSD"],
    ),
    (
        "es",
        "La autoridad sursudanesa de desminado anunció el viernes una nueva meta de librar al país de minas.",
        ["SSD"],
    ),
    ("en", "Croatia expects to be completely free of landmines by 1 March 2026.", ["HRV"]),
    ("fr", "La Croatie espère être le 1er mars 2026 entièrement libre de mines.", ["HRV"]),
    ("es", "Croacia espera estar el 1 de marzo de 2026 completamente libre de las minas terrestres.", ["HRV"]),
    ("en", "Mozambique must still clear 6 million square metres to reach the goal of being mine-free.", ["MOZ"]),
    (
        "fr",
        "Le Mozambique doit encore déminer 6 millions de mètres carrés "
        "pour atteindre l’objectif d’être libre de mines.",
        ["MOZ"],
    ),
    (
        "es",
        "Mozambique aún debe desbrozar 6 millones de metros cuadrados para alcanzar la meta de un país libre de minas.",
        ["MOZ"],
    ),
    ("en", "The objective of Chile's commission is the clearance of 20 minefields in 2019.", ["CHL"]),
    ("fr", "L’objectif de la commission du Chili est le déminage de 20 champs de mines en 2019.", ["CHL"]),
    ("es", "El objetivo del Cnad de Chile es el despeje de 20 campos minados en el año 2019.", ["CHL"]),
    ("en", "In Senegal, 200 million have been included in the 2016 budget for demining.", ["SEN"]),
    ("fr", "Au Sénégal, 200 millions ont été inscrits au budget 2016 pour le déminage.", ["SEN"]),
    ("es", "En Senegal, 200 millones han sido incluidos en el presupuesto de 2016 para el desminado.", ["SEN"]),
    (
        "fr",
        "Au Sénégal, 2 milliards de francs CFA ont été mis à la disposition du Centre national d’action antimines.",
        ["SEN"],
    ),
    (
        "es",
        "Según el canciller de Angola, el acuerdo se financia mediante un donativo de Japón por 350 millones de yenes.",
        ["AGO", "JPN"],
    ),
    (
        "en",
        "The UK Government announced new funding to help clear mines "
        "in eight countries - Angola, Cambodia and Zimbabwe.",
        ["AGO", "GBR", "KHM", "ZWE"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), MORE_PLEDGES, ids=case_ids(MORE_PLEDGES))
def test_goals_readiness_budgets_and_funding_are_pledges(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", sorted(owners))]}


# A call on those who have not signed, with "must": its maker's; mine-affected governments are the affected States.
CALLS = [
    (
        "en",
        "“Those States that have not yet signed the Ottawa Convention must do so,” New Zealand's Minister said.",
        ["NZL"],
    ),
    (
        "fr",
        "« Les États qui n’ont pas encore signé la Convention d’Ottawa doivent le faire », "
        "a dit la ministre néo-zélandaise.",
        ["NZL"],
    ),
    (
        "es",
        "“Los Estados que aún no han firmado la Convención de Ottawa deben hacerlo”, dijo la ministra neozelandesa.",
        ["NZL"],
    ),
    (
        "en",
        "She also encouraged mine-affected governments to take charge of their mine-clearing programmes.",
        ["affected-states-parties"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), CALLS, ids=case_ids(CALLS))
def test_calls_on_those_outside_and_on_affected_governments(language, text, owners):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", owners)]}


# A commemoration ahead and a law's prohibition quoted pledge nothing.
NO_PLEDGE = [
    ("en", "Minister, Canada will soon be marking an important anniversary."),
    ("fr", "Monsieur le Ministre, le Canada marquera bientôt un anniversaire important."),
    ("es", "Señor Ministro, Canadá celebrará pronto un aniversario importante."),
    ("en", 'The Order of Ireland provided that "no person shall manufacture, keep or sell any land mine."'),
    ("fr", "L’ordonnance irlandaise dispose que « nul ne peut fabriquer, détenir ou vendre une mine »."),
    ("es", "La ley irlandesa establece que “nadie podrá fabricar, almacenar o vender minas”."),
]


@pytest.mark.parametrize(("language", "text"), NO_PLEDGE, ids=case_ids(NO_PLEDGE))
def test_a_commemoration_or_a_quoted_prohibition_pledges_nothing(language, text):
    assert proposed_by_position(language, "statement", [text]) == {}


def test_the_directory_and_the_rules_are_built_again_only_when_their_rows_change():
    from actors.models import Actor
    from extraction.models import ExtractionRule
    from extraction.owners import ActorDirectory
    from extraction.tables import load_tables

    directory, tables = ActorDirectory.load(), load_tables()
    assert ActorDirectory.load() is directory and load_tables() is tables  # (a batch of documents reads them once)
    Actor.objects.filter(iso3="TON").update(name_en="Kingdom of Tonga")
    assert ActorDirectory.load() is not directory
    assert ActorDirectory.load().state_names.search("the Kingdom of Tonga joined").group(1) == "Kingdom of Tonga"
    ExtractionRule.objects.filter(language="en").update(is_active=False)
    assert "en" not in load_tables()


# A donor's support in a story whose title names the State helped: that State is helped too.
TITLE_HELPED = [
    ("en", "Belgium helps Iraq to clear its land", "Belgium has decided to support the demining operations there."),
    (
        "fr",
        "La Belgique aide l’Irak à déminer son territoire",
        "La Belgique a décidé de soutenir les opérations de déminage.",
    ),
    (
        "es",
        "Bélgica ayuda a Irak a desminar su territorio",
        "Bélgica ha decidido financiar las operaciones de desminado.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), TITLE_HELPED, ids=case_ids(TITLE_HELPED))
def test_the_state_a_title_names_as_helped_is_helped_by_the_donors_support(language, title, text):
    assert proposed_by_position(language, "news", [text], title=title) == {1: [("commitment", ["BEL", "IRQ"])]}


def test_a_title_naming_no_state_helped_adds_none():
    text = "La Belgique a décidé de soutenir les opérations de déminage."
    assert proposed_by_position("fr", "news", [text], title="Le déminage progresse") == {1: [("commitment", ["BEL"])]}


# Support increased from one sum to another.
INCREASED = [
    ("en", "Norway increased its support to demining in Iraq from NOK 110 million in 2017 to NOK 154 million in 2018."),
    ("fr", "La Norvège a augmenté son soutien au déminage en Irak, de NOK 110 millions en 2017 à NOK 154 millions."),
    ("es", "Noruega aumentó su apoyo al desminado en Irak de 110 millones de coronas en 2017 a NOK 154 millones."),
]


@pytest.mark.parametrize(("language", "text"), INCREASED, ids=case_ids(INCREASED))
def test_support_increased_from_one_sum_to_another_is_a_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["IRQ", "NOR"])]}
