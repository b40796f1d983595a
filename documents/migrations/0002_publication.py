from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="is_published",
            field=models.BooleanField(
                db_default=True,
                default=True,
                help_text="A draft, with its paragraphs and commitments, is seen by ISU staff only.",
                verbose_name="published",
            ),
        ),
        migrations.AddField(
            model_name="historicaldocument",
            name="is_published",
            field=models.BooleanField(
                db_default=True,
                default=True,
                help_text="A draft, with its paragraphs and commitments, is seen by ISU staff only.",
                verbose_name="published",
            ),
        ),
    ]
