"""Candidates and extraction rules move from the commitments app with their rows: the models are created in this
app's state over the existing tables (``SeparateDatabaseAndState``), then the tables, indexes and constraints take
this app's names and the content types (and so the permissions granted on them) follow."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


MOVED = ["candidate", "extractionrule", "historicalcandidate", "historicalcandidate_actions",
         "historicalcandidate_owners", "historicalcandidate_themes", "historicalextractionrule"]


def content_types_follow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="commitments", model__in=MOVED).update(app_label="extraction")


def content_types_go_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="extraction", model__in=MOVED).update(app_label="commitments")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('actors', '0002_focal_points'),
        ('commitments', '0009_candidates_move_to_extraction'),
        ('documents', '0005_web_genres'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Candidate',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('part', models.PositiveSmallIntegerField(default=0, verbose_name='statement in the paragraph')),
                        ('kind', models.CharField(choices=[('commitment', 'Commitment or pledge'), ('recommendation', 'Recommendation'), ('call', 'Call or appeal'), ('offer', 'Offer of assistance'), ('conclusion', 'Conclusion')], max_length=16, verbose_name='kind')),
                        ('text', models.TextField(verbose_name='text')),
                        ('confidence', models.FloatField(verbose_name='confidence')),
                        ('matches', models.JSONField(default=list, help_text='[[start, end, kind], ...]', verbose_name='matched words')),
                        ('references', models.JSONField(blank=True, default=list, verbose_name='references')),
                        ('suggestions', models.JSONField(blank=True, default=dict, verbose_name='suggested actions and themes')),
                        ('status', models.CharField(choices=[('pending', 'Pending review'), ('accepted', 'Accepted'), ('rejected', 'Rejected')], default='pending', max_length=16, verbose_name='status')),
                        ('reject_reason', models.CharField(blank=True, max_length=300, verbose_name='reason for rejecting')),
                        ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='reviewed at')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='proposed at')),
                        ('actions', models.ManyToManyField(blank=True, related_name='candidates', to='commitments.action', verbose_name='actions referred to')),
                        ('commitment', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='candidate', to='commitments.commitment', verbose_name='commitment')),
                        ('document', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='candidates', to='documents.document', verbose_name='document')),
                        ('owners', models.ManyToManyField(blank=True, related_name='candidates', to='actors.actor', verbose_name='owners')),
                        ('paragraph', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='candidates', to='documents.paragraph', verbose_name='paragraph')),
                        ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='reviewed_candidates', to=settings.AUTH_USER_MODEL, verbose_name='reviewed by')),
                        ('speaker', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='actors.actor', verbose_name='made by')),
                        ('themes', models.ManyToManyField(blank=True, related_name='candidates', to='commitments.theme', verbose_name='themes')),
                    ],
                    options={
                        'db_table': 'commitments_candidate',
                        'verbose_name': 'candidate commitment',
                        'verbose_name_plural': 'candidate commitments',
                        'ordering': ['document', 'paragraph__position', 'part'],
                    },
                ),
                migrations.CreateModel(
                    name='ExtractionRule',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=3, verbose_name='language')),
                        ('kind', models.CharField(choices=[('commitment', 'Commitment or pledge'), ('recommendation', 'Recommendation'), ('call', 'Call or appeal'), ('offer', 'Offer of assistance'), ('conclusion', 'Conclusion'), ('none', 'Not operative (thanks, background, questions)')], max_length=16, verbose_name='kind')),
                        ('pattern', models.CharField(max_length=300, verbose_name='pattern (regular expression)')),
                        ('weight', models.FloatField(default=1.0, verbose_name='weight')),
                        ('note', models.CharField(blank=True, max_length=200, verbose_name='note')),
                        ('is_active', models.BooleanField(default=True, verbose_name='active')),
                    ],
                    options={
                        'db_table': 'commitments_extractionrule',
                        'verbose_name': 'extraction rule',
                        'verbose_name_plural': 'extraction rules',
                        'ordering': ['language', 'kind', 'pattern'],
                        'indexes': [models.Index(fields=['language', 'kind', 'pattern'], name='commitments_rule_by_language')],
                        'constraints': [models.UniqueConstraint(fields=('language', 'pattern'), name='extraction_extractionrule_unique_pattern'), models.CheckConstraint(condition=models.Q(('kind__in', ['commitment', 'recommendation', 'call', 'offer', 'conclusion', 'none'])), name='extraction_extractionrule_kind_valid')],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalCandidate',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('part', models.PositiveSmallIntegerField(default=0, verbose_name='statement in the paragraph')),
                        ('kind', models.CharField(choices=[('commitment', 'Commitment or pledge'), ('recommendation', 'Recommendation'), ('call', 'Call or appeal'), ('offer', 'Offer of assistance'), ('conclusion', 'Conclusion')], max_length=16, verbose_name='kind')),
                        ('text', models.TextField(verbose_name='text')),
                        ('confidence', models.FloatField(verbose_name='confidence')),
                        ('matches', models.JSONField(default=list, help_text='[[start, end, kind], ...]', verbose_name='matched words')),
                        ('references', models.JSONField(blank=True, default=list, verbose_name='references')),
                        ('suggestions', models.JSONField(blank=True, default=dict, verbose_name='suggested actions and themes')),
                        ('status', models.CharField(choices=[('pending', 'Pending review'), ('accepted', 'Accepted'), ('rejected', 'Rejected')], default='pending', max_length=16, verbose_name='status')),
                        ('reject_reason', models.CharField(blank=True, max_length=300, verbose_name='reason for rejecting')),
                        ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='reviewed at')),
                        ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='proposed at')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('commitment', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='commitments.commitment', verbose_name='commitment')),
                        ('document', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='documents.document', verbose_name='document')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('paragraph', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='documents.paragraph', verbose_name='paragraph')),
                        ('reviewed_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='reviewed by')),
                        ('speaker', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='actors.actor', verbose_name='made by')),
                    ],
                    options={
                        'db_table': 'commitments_historicalcandidate',
                        'verbose_name': 'historical candidate commitment',
                        'verbose_name_plural': 'historical candidate commitments',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalCandidate_actions',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('action', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='commitments.action')),
                        ('candidate', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='extraction.candidate')),
                        ('history', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='extraction.historicalcandidate')),
                    ],
                    options={
                        'db_table': 'commitments_historicalcandidate_actions',
                        'verbose_name': 'HistoricalCandidate_actions',
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalCandidate_owners',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('actor', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='actors.actor')),
                        ('candidate', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='extraction.candidate')),
                        ('history', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='extraction.historicalcandidate')),
                    ],
                    options={
                        'db_table': 'commitments_historicalcandidate_owners',
                        'verbose_name': 'HistoricalCandidate_owners',
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalCandidate_themes',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('candidate', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='extraction.candidate')),
                        ('history', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='extraction.historicalcandidate')),
                        ('theme', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='commitments.theme')),
                    ],
                    options={
                        'db_table': 'commitments_historicalcandidate_themes',
                        'verbose_name': 'HistoricalCandidate_themes',
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalExtractionRule',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('language', models.CharField(max_length=3, verbose_name='language')),
                        ('kind', models.CharField(choices=[('commitment', 'Commitment or pledge'), ('recommendation', 'Recommendation'), ('call', 'Call or appeal'), ('offer', 'Offer of assistance'), ('conclusion', 'Conclusion'), ('none', 'Not operative (thanks, background, questions)')], max_length=16, verbose_name='kind')),
                        ('pattern', models.CharField(max_length=300, verbose_name='pattern (regular expression)')),
                        ('weight', models.FloatField(default=1.0, verbose_name='weight')),
                        ('note', models.CharField(blank=True, max_length=200, verbose_name='note')),
                        ('is_active', models.BooleanField(default=True, verbose_name='active')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'commitments_historicalextractionrule',
                        'verbose_name': 'historical extraction rule',
                        'verbose_name_plural': 'historical extraction rules',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AddIndex(
                    model_name='candidate',
                    index=models.Index(condition=models.Q(('status', 'pending')), fields=['document', 'status'], name='extraction_candidate_queue'),
                ),
                migrations.AddConstraint(
                    model_name='candidate',
                    constraint=models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'accepted', 'rejected'])), name='extraction_candidate_status_valid'),
                ),
                migrations.AddConstraint(
                    model_name='candidate',
                    constraint=models.UniqueConstraint(fields=('paragraph', 'part'), name='extraction_candidate_one_per_statement'),
                ),
                migrations.AddConstraint(
                    model_name='candidate',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'rejected'), _negated=True), models.Q(('reject_reason', ''), _negated=True), _connector='OR'), name='extraction_candidate_rejection_has_reason'),
                ),
                migrations.AddConstraint(
                    model_name='candidate',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'accepted'), _negated=True), ('commitment__isnull', False), _connector='OR'), name='extraction_candidate_acceptance_has_commitment'),
                ),
            ],
        ),
        migrations.AlterModelTable(name='candidate', table=None),
        migrations.AlterModelTable(name='extractionrule', table=None),
        migrations.AlterModelTable(name='historicalcandidate', table=None),
        migrations.AlterModelTable(name='historicalcandidate_actions', table=None),
        migrations.AlterModelTable(name='historicalcandidate_owners', table=None),
        migrations.AlterModelTable(name='historicalcandidate_themes', table=None),
        migrations.AlterModelTable(name='historicalextractionrule', table=None),
        migrations.RenameIndex(model_name='candidate', new_name='extraction_candidate_queue', old_name='extraction_candidate_queue'),
        migrations.RenameIndex(model_name='extractionrule', new_name='extraction_rule_by_language', old_name='commitments_rule_by_language'),
        migrations.RemoveConstraint(model_name='candidate', name='extraction_candidate_status_valid'),
        migrations.AddConstraint(
            model_name='candidate',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'accepted', 'rejected'])), name='extraction_candidate_status_valid'),
        ),
        migrations.RemoveConstraint(model_name='candidate', name='extraction_candidate_one_per_statement'),
        migrations.AddConstraint(
            model_name='candidate',
            constraint=models.UniqueConstraint(fields=('paragraph', 'part'), name='extraction_candidate_one_per_statement'),
        ),
        migrations.RemoveConstraint(model_name='candidate', name='extraction_candidate_rejection_has_reason'),
        migrations.AddConstraint(
            model_name='candidate',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'rejected'), _negated=True), models.Q(('reject_reason', ''), _negated=True), _connector='OR'), name='extraction_candidate_rejection_has_reason'),
        ),
        migrations.RemoveConstraint(model_name='candidate', name='extraction_candidate_acceptance_has_commitment'),
        migrations.AddConstraint(
            model_name='candidate',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'accepted'), _negated=True), ('commitment__isnull', False), _connector='OR'), name='extraction_candidate_acceptance_has_commitment'),
        ),
        migrations.RemoveConstraint(model_name='extractionrule', name='extraction_extractionrule_unique_pattern'),
        migrations.AddConstraint(model_name='extractionrule', constraint=models.UniqueConstraint(fields=('language', 'pattern'), name='extraction_extractionrule_unique_pattern')),
        migrations.RemoveConstraint(model_name='extractionrule', name='extraction_extractionrule_kind_valid'),
        migrations.AddConstraint(model_name='extractionrule', constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['commitment', 'recommendation', 'call', 'offer', 'conclusion', 'none'])), name='extraction_extractionrule_kind_valid')),
        migrations.RunPython(content_types_follow, content_types_go_back),
    ]
