"""pg_trgm, for ranking action suggestions by trigram similarity on PostgreSQL (a no-op on other databases).

The default status vocabulary is reference data: ``load_reference_data`` creates it."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("commitments", "0001_initial")]

    operations = [TrigramExtension()]
