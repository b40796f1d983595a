"""The extractor's phrase tables, read from the database (staff edit them in the admin) and handed to the reader."""

from __future__ import annotations

import re
from collections import defaultdict

from extraction.models import ExtractionRule
from extraction.reader.classifier import Rule, RuleTable
from extraction.reader.grammar import compiled


def load_tables() -> dict[str, RuleTable]:
    """Every language's active rules, as they are now (staff edit them in the admin)."""
    rows = tuple(ExtractionRule.objects.filter(is_active=True).order_by("pk").values_list(*_RULE_COLUMNS))
    return _TABLES.get(rows, _tables_of)


def _tables_of(rows) -> dict[str, RuleTable]:
    grouped: dict[str, list[Rule]] = defaultdict(list)
    for language, kind, pattern, weight in rows:
        grouped[language].append(Rule(kind, compiled(pattern, re.IGNORECASE | re.MULTILINE), weight))
    return {language: RuleTable(language, rules) for language, rules in grouped.items()}


class LastBuilt:
    """The value last built from some rows, built again only when the rows differ: a batch of documents (or a test
    run) reads the same rules and actors, and building from them compiles patterns. The rows and their value are
    swapped together, so a thread never sees one without the other."""

    def __init__(self):
        self._last: tuple = (None, None)

    def get(self, rows: tuple, build):
        built_from, value = self._last
        if built_from != rows:
            value = build(rows)
            self._last = (rows, value)
        return value


_RULE_COLUMNS = ["language", "kind", "pattern", "weight"]
_TABLES = LastBuilt()
