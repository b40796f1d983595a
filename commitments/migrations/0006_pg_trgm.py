"""pg_trgm, for ranking action suggestions by trigram similarity on PostgreSQL (a no-op on other databases)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("commitments", "0005_owner_status_index")]

    operations = [TrigramExtension()]
