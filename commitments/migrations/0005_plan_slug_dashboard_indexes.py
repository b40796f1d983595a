from django.conf import settings
from django.db import migrations, models


def fill_slugs(apps, schema_editor):
    """Plans created before slugs existed are named by their code until the reference data names them."""
    ActionPlan = apps.get_model("commitments", "ActionPlan")
    for plan in ActionPlan.objects.all():
        plan.slug = plan.code.lower()
        plan.save(update_fields=["slug"])


class Migration(migrations.Migration):

    dependencies = [
        ('actors', '0001_initial'),
        ('commitments', '0004_evidence_web_links'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='actionplan',
            name='slug',
            field=models.SlugField(db_index=False, default='', max_length=60, verbose_name='slug'),
            preserve_default=False,
        ),
        migrations.RunPython(fill_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='actionplan',
            name='slug',
            field=models.SlugField(help_text="Its name in the public page's address, e.g. oslo-2019.", max_length=60, unique=True, verbose_name='slug'),
        ),
        migrations.AddField(
            model_name='historicalactionplan',
            name='slug',
            field=models.SlugField(default='', help_text="Its name in the public page's address, e.g. oslo-2019.", max_length=60, verbose_name='slug'),
            preserve_default=False,
        ),
        migrations.AddIndex(
            model_name='commitmentowner',
            index=models.Index(fields=['commitment', 'status'], name='commitments_owner_by_pair_stat'),
        ),
        migrations.AddIndex(
            model_name='commitmentowner',
            index=models.Index(fields=['actor', '-status_effective_at'], name='commitments_owner_by_recent'),
        ),
        migrations.AddIndex(
            model_name='statusupdate',
            index=models.Index(condition=models.Q(('from_status__isnull', False), models.Q(('from_status', models.F('to_status')), _negated=True)), fields=['-effective_at'], name='commitments_change_by_time'),
        ),
        migrations.AddIndex(
            model_name='statusupdate',
            index=models.Index(condition=models.Q(('from_status__isnull', False), models.Q(('from_status', models.F('to_status')), _negated=True)), fields=['actor', '-effective_at'], name='commitments_change_by_actor'),
        ),
    ]
