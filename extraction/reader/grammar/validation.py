"""The grammar files checked against the ``Grammar`` they fill: every key known, every required key present, each
value of its type, each pattern a valid regular expression. ``manage.py check`` reports what is wrong, naming the
file and the key, before any sentence is read."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path
from typing import get_type_hints

# Tables beside the grammar's own keys, read by other parts of the extractor.
TABLES = {"owners"}


class GrammarError(ValueError):
    """A grammar file that the reader cannot use; says which file and key."""


def problems(path: Path, grammar_class: type, adverbs: str = "") -> list[str]:
    """What is wrong with one grammar file (nothing: an empty list)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        return [f"{path.name}: not valid TOML ({error})"]
    fields = {field.name: field for field in dataclasses.fields(grammar_class)}
    hints = get_type_hints(grammar_class)
    found = [f"{path.name}: unknown key '{key}'" for key in data if key not in fields and key not in TABLES]
    found += [
        f"{path.name}: missing key '{name}'"
        for name, field in fields.items()
        if name not in data and field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    ]
    for key, value in data.items():
        if key in fields:
            found += _value_problems(path.name, key, value, hints[key], adverbs)
    return found


def _value_problems(file: str, key: str, value, hint, adverbs: str) -> list[str]:
    if hint is bool:
        return [] if isinstance(value, bool) else [f"{file}: '{key}' must be true or false"]
    if hint is str:
        if not isinstance(value, str):
            return [f"{file}: '{key}' must be a string (a regular expression)"]
        try:
            re.compile(value.replace("{adverbs}", adverbs))
        except re.error as error:
            return [f"{file}: '{key}' is not a valid regular expression ({error})"]
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return [f"{file}: '{key}' must be a list of strings"]
    return []
