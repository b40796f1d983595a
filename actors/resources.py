"""CSV/XLSX import and export of actors (django-import-export); imports are previewed before they apply."""

from import_export import resources

from actors.models import Actor


class ActorResource(resources.ModelResource):
    class Meta:
        model = Actor
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "kind",
            "iso3",
            "acronym",
            "name_en",
            "name_fr",
            "name_es",
            "signature_date",
            "ratification_date",
            "ratification_year",
            "entry_into_force",
            "entry_into_force_derived",
            "withdrawal_notified",
            "withdrawal_effective",
            "expands_to_states_parties",
            "notes",
        ]
        skip_unchanged = True
        report_skipped = False
