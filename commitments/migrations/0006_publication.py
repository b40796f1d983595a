from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0005_plan_slug_dashboard_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="commitment",
            name="is_published",
            field=models.BooleanField(
                db_default=True,
                default=True,
                help_text="A draft is seen by ISU staff only; it is public when it and its document are published.",
                verbose_name="published",
            ),
        ),
        migrations.AddField(
            model_name="historicalcommitment",
            name="is_published",
            field=models.BooleanField(
                db_default=True,
                default=True,
                help_text="A draft is seen by ISU staff only; it is public when it and its document are published.",
                verbose_name="published",
            ),
        ),
    ]
