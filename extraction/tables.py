"""The extractor's phrase tables, read from the database (staff edit them in the admin) and handed to the reader."""

from __future__ import annotations

import re
from collections import defaultdict

from extraction.models import ExtractionRule
from extraction.reader.classifier import Rule, RuleTable
from extraction.reader.grammar import compiled


def load_tables() -> dict[str, RuleTable]:
    """Every language's active rules."""
    grouped: dict[str, list[Rule]] = defaultdict(list)
    for rule in ExtractionRule.objects.filter(is_active=True):
        grouped[rule.language].append(
            Rule(rule.kind, compiled(rule.pattern, re.IGNORECASE | re.MULTILINE), rule.weight)
        )
    return {language: RuleTable(language, rules) for language, rules in grouped.items()}
