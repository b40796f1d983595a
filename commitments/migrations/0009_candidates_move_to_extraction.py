"""Candidates and extraction rules now belong to the extraction app (its migration 0001 takes the tables over):
here they leave this app's state only."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('extraction', '0001_initial'),
        ('commitments', '0008_candidate_per_statement'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='candidate',
                    name='actions',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='commitment',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='document',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='owners',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='paragraph',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='reviewed_by',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='speaker',
                ),
                migrations.RemoveField(
                    model_name='candidate',
                    name='themes',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_actions',
                    name='candidate',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_owners',
                    name='candidate',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_themes',
                    name='candidate',
                ),
                migrations.DeleteModel(
                    name='ExtractionRule',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate',
                    name='commitment',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate',
                    name='document',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate',
                    name='paragraph',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate',
                    name='reviewed_by',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate',
                    name='speaker',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_actions',
                    name='history',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_owners',
                    name='history',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_themes',
                    name='history',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_actions',
                    name='action',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_owners',
                    name='actor',
                ),
                migrations.RemoveField(
                    model_name='historicalcandidate_themes',
                    name='theme',
                ),
                migrations.RemoveField(
                    model_name='historicalextractionrule',
                    name='history_user',
                ),
                migrations.DeleteModel(
                    name='Candidate',
                ),
                migrations.DeleteModel(
                    name='HistoricalCandidate',
                ),
                migrations.DeleteModel(
                    name='HistoricalCandidate_actions',
                ),
                migrations.DeleteModel(
                    name='HistoricalCandidate_owners',
                ),
                migrations.DeleteModel(
                    name='HistoricalCandidate_themes',
                ),
                migrations.DeleteModel(
                    name='HistoricalExtractionRule',
                ),
            ],
        ),
    ]
