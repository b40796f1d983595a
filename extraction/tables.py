"""The extractor's phrase tables, read from the database (staff edit them in the admin) and handed to the reader."""

from __future__ import annotations

import re
from collections import defaultdict

from extraction.models import ExtractionRule
from extraction.reader.classifier import Rule, RuleTable
from extraction.reader.grammar import compiled


def load_tables() -> dict[str, RuleTable]:
    """Every language's active rules, as they are now; the tables are built again only when a rule has changed
    (staff edit them in the admin), as a batch of documents, or a test run, reads the same rows."""
    rows = tuple(ExtractionRule.objects.filter(is_active=True).order_by("pk").values_list(*_RULE_COLUMNS))
    if _BUILT.get("rows") != rows:
        grouped: dict[str, list[Rule]] = defaultdict(list)
        for language, kind, pattern, weight in rows:
            grouped[language].append(Rule(kind, compiled(pattern, re.IGNORECASE | re.MULTILINE), weight))
        _BUILT.update(rows=rows, tables={language: RuleTable(language, rules) for language, rules in grouped.items()})
    return _BUILT["tables"]


_RULE_COLUMNS = ["language", "kind", "pattern", "weight"]
_BUILT: dict = {}  # (the rows the last tables were built from, and those tables)
