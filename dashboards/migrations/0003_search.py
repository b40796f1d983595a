"""Full-text search of paragraphs on PostgreSQL (``dashboards.search``): the ``unaccent`` extension, one text
search configuration per language (its stemmer after unaccent) and one partial GIN index per language on the
expression the search uses. Nothing on other databases (SQLite searches with LIKE)."""

from django.db import migrations

CONFIGS = {"tracker_en": "english", "tracker_fr": "french", "tracker_es": "spanish", "tracker_simple": "simple"}
LANGUAGES = {"en": "tracker_en", "fr": "tracker_fr", "es": "tracker_es"}


def _index(name: str, config: str, condition: str) -> str:
    # The expression Django writes for SearchVector("text", config=...): the index serves that very expression.
    return (
        f"CREATE INDEX IF NOT EXISTS {name} ON documents_paragraph USING gin "
        f"(to_tsvector('{config}'::regconfig, COALESCE(text, ''))) WHERE {condition}"
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
    for name, parser in CONFIGS.items():
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name} CASCADE",
            f"CREATE TEXT SEARCH CONFIGURATION {name} ( COPY = {parser} )",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH unaccent, {parser if parser == 'simple' else parser + '_stem'}",
        ]
    for code, config in LANGUAGES.items():
        statements.append(_index(f"dashboards_search_paragraph_{code}", config, f"language = '{code}'"))
    others = ", ".join(f"'{code}'" for code in LANGUAGES)
    statements.append(_index("dashboards_search_paragraph_other", "tracker_simple", f"language NOT IN ({others})"))
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:  # CASCADE drops the indexes built on them
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name} CASCADE")


class Migration(migrations.Migration):
    dependencies = [("dashboards", "0002_status_changes_per_year"), ("documents", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
