"""Language detection: the function-word shortcut agrees with the model, and leaves neighbours to it."""

import pytest

from documents.ingestion.language import UNDETERMINED, _by_function_words, _detector, detect

PARAGRAPHS = {
    "en": "The States Parties will continue to strengthen their cooperation with the organisations that assist "
    "mine victims, and will report on the progress made in their annual transparency reports.",
    "fr": "Les États parties continueront de renforcer leur coopération avec les organisations qui aident les "
    "victimes des mines, et rendront compte des progrès dans leurs rapports annuels sur la transparence.",
    "es": "Los Estados partes seguirán fortaleciendo su cooperación con las organizaciones que ayudan a las "
    "víctimas de las minas, y darán cuenta de los avances en sus informes anuales de transparencia.",
}
NEIGHBOURS = {
    "pt": "Os Estados Partes continuarão a fortalecer a sua cooperação com as organizações que ajudam as vítimas "
    "das minas, e informarão sobre os progressos nos seus relatórios anuais de transparência.",
    "it": "Gli Stati parte continueranno a rafforzare la loro cooperazione con le organizzazioni che assistono "
    "le vittime delle mine, e riferiranno sui progressi nelle loro relazioni annuali sulla trasparenza.",
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_the_shortcut_and_the_model_agree(language):
    text = PARAGRAPHS[language]
    assert _by_function_words(text) == language
    assert _detector().detect_language_of(text).iso_code_639_1.name.lower() == language
    assert detect(text)[0] == language


@pytest.mark.parametrize("language", sorted(NEIGHBOURS))
def test_neighbouring_languages_are_left_to_the_model(language):
    assert _by_function_words(NEIGHBOURS[language]) is None
    assert detect(NEIGHBOURS[language])[0] == UNDETERMINED  # not taken for Spanish or French


def test_a_mixed_or_short_paragraph_is_left_to_the_model():
    assert _by_function_words("Plan de Acción de Oslo") is None
    half = PARAGRAPHS["en"][:90] + " " + PARAGRAPHS["fr"][:90]
    assert _by_function_words(half) is None
