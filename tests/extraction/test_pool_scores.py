"""Pooling several real sets' score files per language (the figures docs/evaluation-real.md reports)."""

import pytest
from django.core.management import CommandError, call_command

from extraction.real_evaluation import pool_score_files

FIRST = """scope                    paragraphs recorded  detection P detection R   kind  owners
all                              20        4         0.75        0.75   1.00    0.67
en                               12        3         0.67        0.67   1.00    0.50
fr                                8        1         1.00        1.00   1.00    1.00
all:news                         20        4         0.75        0.75   1.00    0.67
  2020-a-story ¶ 2: expected commitment ['NOR'], proposed none []
  2020-a-story ¶ 3: expected none [], proposed call ['states-parties']
  2020-a-story ¶ 4: expected call ['ICBL'], proposed call ['FIN']
"""
SECOND = """scope                    paragraphs recorded  detection P detection R   kind  owners
all                              10        2         0.50        1.00   1.00    1.00
es                               10        2         0.50        1.00   1.00    1.00
  2021-una-noticia-es ¶ unlabelled: Chile dijo: hola: expected none [], proposed commitment ['CHL']
  2021-una-noticia-es ¶ 5: expected commitment ['CHL'], proposed offer ['CHL']
"""


def test_score_files_pool_per_language_from_their_tables_and_error_lines():
    pooled = {scope: score.summary() for scope, score in pool_score_files([FIRST, SECOND]).items()}
    assert pooled["en"]["commitments"] == 3
    assert (pooled["en"]["recall"], pooled["en"]["precision"], pooled["en"]["owner_accuracy"]) == (0.667, 0.667, 0.5)
    assert (pooled["fr"]["recall"], pooled["fr"]["precision"]) == (1.0, 1.0)
    # (a wrong kind is no detection error; an unlabelled paragraph with a colon in its words is a false alarm)
    assert (pooled["es"]["recall"], pooled["es"]["precision"], pooled["es"]["owner_accuracy"]) == (1.0, 0.667, 1.0)
    assert (pooled["all"]["commitments"], pooled["all"]["recall"], pooled["all"]["precision"]) == (6, 0.833, 0.714)


def test_pool_scores_says_which_file_is_missing_or_holds_no_table(tmp_path):
    with pytest.raises(CommandError, match="No such score file"):
        call_command("pool_scores", str(tmp_path / "nothing.txt"))
    empty = tmp_path / "empty.txt"
    empty.write_text("no table here\n", encoding="utf-8")
    with pytest.raises(CommandError, match="no score table"):
        call_command("pool_scores", str(empty))


def test_a_state_that_never_joined_is_labelled_as_a_state_not_party(db):
    from actors.models import Actor
    from extraction.real_evaluation import labelled_code

    china = Actor(kind="state", iso3="CHN", acronym="", slug="china")
    angola = Actor(kind="state", iso3="AGO", acronym="", slug="angola")
    united_states = Actor(kind="state", iso3="USA", acronym="", slug="united-states")
    assert [labelled_code(actor) for actor in (china, angola, united_states)] == ["states-not-party", "AGO", "USA"]
