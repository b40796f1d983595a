"""System checks of the extractor's data: the grammar files a linguist edits."""

from django.core import checks

from extraction.reader.grammar import GRAMMAR_DIR, Grammar, lexicon
from extraction.reader.grammar.validation import problems


@checks.register()
def grammar_files_are_valid(app_configs=None, **kwargs) -> list[checks.Error]:
    return [
        checks.Error(problem, hint=f"Fix {path}.", id="extraction.E001")
        for path in sorted(GRAMMAR_DIR.glob("*.toml"))
        for problem in problems(path, Grammar, lexicon().adverbs)
    ]
