"""The grammar files are data a linguist edits: checked by a system check that names the file and the key, and
each file found in the folder is a language the reader knows."""

import shutil

import pytest

from extraction import checks
from extraction.reader import grammar
from extraction.reader.grammar.validation import GrammarError


@pytest.fixture
def grammar_copy(tmp_path, monkeypatch):
    """The shipped grammar files, copied to a folder the test may break."""
    for path in grammar.GRAMMAR_DIR.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(grammar, "GRAMMAR_DIR", tmp_path)
    monkeypatch.setattr(checks, "GRAMMAR_DIR", tmp_path)
    return tmp_path


def test_the_shipped_grammar_files_pass_the_check():
    assert checks.grammar_files_are_valid() == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('obsreve = ["not"]', "fr.toml: unknown key 'obsreve'"),
        ('body = ["la réunion"]', "fr.toml: 'body' must be a string (a regular expression)"),
        ("head_last = 'no'", "fr.toml: 'head_last' must be true or false"),
        ("future = '(unclosed'", "fr.toml: 'future' is not a valid regular expression"),
    ],
)
def test_a_mistyped_grammar_file_is_reported_by_file_and_key(grammar_copy, line, message):
    path = grammar_copy / "fr.toml"
    kept = [
        existing
        for existing in path.read_text(encoding="utf-8").splitlines()
        if not existing.startswith(line.split(" ")[0] + " =")
    ]
    path.write_text("\n".join([line, *kept]) + "\n", encoding="utf-8")
    errors = checks.grammar_files_are_valid()
    assert [error.id for error in errors] == ["extraction.E001"]
    assert errors[0].msg.startswith(message)
    with pytest.raises(GrammarError, match=r"fr\.toml"):
        grammar.load_grammar("fr")


def test_a_missing_key_is_named(grammar_copy):
    path = grammar_copy / "es.toml"
    path.write_text(
        "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("future =")),
        encoding="utf-8",
    )
    assert [error.msg for error in checks.grammar_files_are_valid()] == ["es.toml: missing key 'future'"]


def test_each_file_in_the_folder_is_a_language(grammar_copy):
    shutil.copy(grammar_copy / "es.toml", grammar_copy / "pt.toml")
    assert grammar.languages() == ["en", "es", "fr", "pt"]
    assert grammar.load_grammar("pt").head_last is False
