"""``evaluate_ingestion --set PATH``: a folder of texts (docs/*.txt, title on line 1) with their truth (truth/*.json)
scored per language and genre. The folders here are written by the tests."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from documents.ingestion.evaluation import evaluate_set, genre_kind


def write_set(root, documents: dict[str, tuple[str, dict]]):
    (root / "docs").mkdir()
    (root / "truth").mkdir()
    for stem, (text, truth) in documents.items():
        (root / "docs" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (root / "truth" / f"{stem}.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


def paragraph(text: str, label=None, parent=None) -> dict:
    return {"label": label, "parent": parent, "heading": None, "language": "en", "text": text}


RELEASE = (
    "Test Minister to attend meeting\n\nCommuniqué de presse\n\nLa ministre se rendra à Genève.\n\n"
    "Ses objectifs sont :\n\n• promouvoir la Convention ;\n\n• aider les victimes.\n"
)
RELEASE_TRUTH = {
    "language": "fr",
    "title": "Test Minister to attend meeting",
    "genre": "press release (a test ministry)",
    "paragraphs": [
        paragraph("La ministre se rendra à Genève."),
        paragraph("Ses objectifs sont :"),
        paragraph("promouvoir la Convention ;"),  # a leading bullet is no label in this format
        paragraph("aider les victimes."),
    ],
}
DECISION = "Decisions of the test\n\n5. The Meeting decided:\n5.a. to meet again;\n5.b. to report.\n"
DECISION_TRUTH = {
    "language": "en",
    "title": "Decisions of the test",
    "genre": "decisions (a test meeting)",
    "paragraphs": [
        paragraph("The Meeting decided:", "5."),
        paragraph("to meet again;", "5.a.", "5."),
        paragraph("to report.", "5.b.", "4."),  # a wrong parent in the truth: this one cannot be found exactly
    ],
}


def test_a_set_is_scored_per_language_and_genre_with_bullets_as_no_label(tmp_path):
    scores = evaluate_set(
        write_set(tmp_path, {"release": (RELEASE, RELEASE_TRUTH), "decision": (DECISION, DECISION_TRUTH)})
    )
    assert scores["language:fr"].exact == 4 and scores["language:fr"].expected == 4
    assert scores["language:en"].exact == 2 and scores["language:en"].expected == 3
    assert scores["all"].documents == 2
    assert scores["genre:press_release"].kinds_right == 1
    assert any("decision: missing ('5.b.', '4.', 'to report.')" in error for error in scores["all"].errors)


def test_the_command_prints_the_table_and_json(tmp_path):
    root = write_set(tmp_path, {"release": (RELEASE, RELEASE_TRUTH)})
    out = io.StringIO()
    call_command("evaluate_ingestion", "--set", str(root), "--json", stdout=out)
    summary = json.loads(out.getvalue())
    assert summary["language:fr"] == {"documents": 1, "paragraphs": 4, "exact": 1.0, "precision": 1.0, "kinds": 1.0}
    out = io.StringIO()
    call_command("evaluate_ingestion", "--set", str(root), "--errors", stdout=out)
    assert "genre:press_release" in out.getvalue()


def test_a_folder_that_is_no_set_is_refused_with_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="needs a docs/ and a truth/ folder"):
        call_command("evaluate_ingestion", "--set", str(tmp_path))


def test_a_document_without_its_truth_is_refused(tmp_path):
    root = write_set(tmp_path, {"release": (RELEASE, RELEASE_TRUTH)})
    (root / "docs" / "orphan.txt").write_text("Orphan\n\nText.\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"orphan\.txt has no truth file"):
        call_command("evaluate_ingestion", "--set", str(root))


def test_an_unreadable_truth_file_is_refused(tmp_path):
    root = write_set(tmp_path, {"release": (RELEASE, RELEASE_TRUTH)})
    (root / "truth" / "release.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match=r"release\.json cannot be read"):
        call_command("evaluate_ingestion", "--set", str(root))


def test_split_does_not_apply_to_a_set(tmp_path):
    root = write_set(tmp_path, {"release": (RELEASE, RELEASE_TRUTH)})
    with pytest.raises(CommandError, match="--split"):
        call_command("evaluate_ingestion", "--set", str(root), "--split", "dev")


@pytest.mark.parametrize(
    ("genre", "kind"),
    [
        ("press release (a ministry)", "press_release"),
        ("State communiqué (a ministry)", "press_release"),
        ("news article (a party's communiqué)", "news"),
        ("statement by a State", "statement"),
        ("message of the Secretary-General", "statement"),
        ("declaration of a meeting", "declaration"),
        ("meeting-day summary (a website)", "web_page"),
    ],
)
def test_a_genre_as_described_maps_to_a_document_kind(genre, kind):
    assert genre_kind(genre) == kind
