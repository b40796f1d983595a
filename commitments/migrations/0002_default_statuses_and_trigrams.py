"""The default status vocabulary, and pg_trgm for ranking action suggestions on PostgreSQL.

Administrators can extend the vocabulary; these keys are the ones the code relies on. TrigramExtension is a
no-op on other databases."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

DEFAULT_STATUSES = [
    # key, English, French, Spanish, progress, closed, needs narrative or evidence
    ("not_started", "Not started", "Pas commencé", "No iniciado", 0, False, False),
    ("in_progress", "In progress", "En cours", "En curso", 50, False, False),
    ("completed", "Completed", "Achevé", "Cumplido", 100, True, True),
    ("ongoing", "Ongoing", "Permanent", "Permanente", 50, False, False),
    ("no_longer_applicable", "No longer applicable", "Sans objet", "Ya no aplicable", None, True, True),
    ("not_reported", "Not reported", "Non communiqué", "No informado", 0, False, False),
]


def create_statuses(apps, schema_editor):
    Status = apps.get_model("commitments", "Status")
    for position, (key, en, fr, es, progress, closed, justify) in enumerate(DEFAULT_STATUSES, start=1):
        Status.objects.get_or_create(
            key=key,
            defaults={
                "name_en": en,
                "name_fr": fr,
                "name_es": es,
                "progress": progress,
                "is_closed": closed,
                "requires_justification": justify,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("commitments", "0001_initial")]

    operations = [
        migrations.RunPython(create_statuses, migrations.RunPython.noop),
        TrigramExtension(),
    ]
