"""CSV/XLSX import and export (django-import-export). Imports are previewed (dry run) before they apply."""

from import_export import fields, resources, widgets

from commitments.models import Action, Actor, Commitment, CommitmentOwner, Status, StatusUpdate, Theme
from tracker.audit import current_user


class ActionRefWidget(widgets.ManyToManyWidget):
    """Actions written as their references, e.g. ``OAP-23; OAP-24``."""

    def __init__(self):
        super().__init__(Action, separator=";")

    def clean(self, value, row=None, **kwargs):
        if not value:
            return Action.objects.none()
        refs = [ref.strip() for ref in str(value).split(self.separator) if ref.strip()]
        actions, unknown = [], []
        for ref in refs:
            code, _, number = ref.rpartition("-")
            action = Action.objects.filter(plan__code=code, number=number if number.isdigit() else 0).first()
            (actions if action else unknown).append(action or ref)
        if unknown:
            raise ValueError(f"Unknown action reference(s): {', '.join(unknown)}")
        return actions

    def render(self, value, obj=None, **kwargs):
        return "; ".join(action.ref for action in value.select_related("plan").all()) if value is not None else ""


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
            "treaty_status",
            "ratification_date",
            "ratification_year",
            "entry_into_force",
            "expands_to_states_parties",
            "notes",
        ]
        skip_unchanged = True
        report_skipped = False


class ThemeResource(resources.ModelResource):
    class Meta:
        model = Theme
        import_id_fields = ["slug"]
        fields = ["slug", "name_en", "name_fr", "name_es", "position"]
        skip_unchanged = True


class CommitmentResource(resources.ModelResource):
    """Commitments with their links. On import, owners named by code (ISO3, acronym or slug) are added."""

    document = fields.Field(attribute="paragraph__document__title", column_name="document", readonly=True)
    paragraph_label = fields.Field(attribute="paragraph__label", column_name="paragraph_label", readonly=True)
    themes = fields.Field(
        attribute="themes", column_name="themes", widget=widgets.ManyToManyWidget(Theme, field="slug", separator=";")
    )
    actions = fields.Field(attribute="actions", column_name="actions", widget=ActionRefWidget())
    owners = fields.Field(column_name="owners")
    overall_status = fields.Field(attribute="overall_status__key", column_name="overall_status", readonly=True)

    class Meta:
        model = Commitment
        fields = [
            "id",
            "kind",
            "paragraph",
            "document",
            "paragraph_label",
            "text",
            "target_date",
            "themes",
            "actions",
            "owners",
            "overall_status",
            "progress",
            "updated_at",
        ]
        export_order = fields
        skip_unchanged = True

    def dehydrate_owners(self, commitment: Commitment) -> str:
        return "; ".join(link.actor.code for link in commitment.owner_links.select_related("actor"))

    def after_save_instance(self, instance: Commitment, row, **kwargs) -> None:
        if kwargs.get("dry_run"):
            return
        codes = [code.strip() for code in str(row.get("owners") or "").split(";") if code.strip()]
        if not codes:
            return
        present = set(instance.owner_links.values_list("actor_id", flat=True))
        first_status = Status.by_key(Status.NOT_STARTED)
        for actor in Actor.objects.expand_groups(_actors_by_code(codes), as_of=instance.paragraph.document.date):
            if actor.pk not in present:
                instance.add_owner(actor, status=first_status, recorded_by=kwargs.get("user") or current_user())

    def before_import_row(self, row, **kwargs) -> None:
        codes = [code.strip() for code in str(row.get("owners") or "").split(";") if code.strip()]
        _actors_by_code(codes)


def _actors_by_code(codes: list[str]) -> list[Actor]:
    actors, unknown = [], []
    for code in codes:
        actor = (
            Actor.objects.filter(iso3=code.upper()).first()
            or Actor.objects.filter(acronym__iexact=code).first()
            or Actor.objects.filter(slug=code.lower()).first()
        )
        (actors if actor else unknown).append(actor or code)
    if unknown:
        raise ValueError(f"Unknown owner(s): {', '.join(unknown)}")
    return actors


class CommitmentOwnerResource(resources.ModelResource):
    """Export of where each owner stands: one row per (commitment, owner)."""

    owner = fields.Field(attribute="actor__code", column_name="owner", readonly=True)
    status = fields.Field(attribute="status__key", column_name="status", readonly=True)

    class Meta:
        model = CommitmentOwner
        fields = ["commitment", "owner", "status", "status_effective_at", "response"]
        export_order = fields


class StatusUpdateResource(resources.ModelResource):
    owner = fields.Field(attribute="actor__code", column_name="owner", readonly=True)
    from_status = fields.Field(attribute="from_status__key", column_name="from", readonly=True)
    to_status = fields.Field(attribute="to_status__key", column_name="to", readonly=True)
    recorded_by = fields.Field(attribute="recorded_by__username", column_name="recorded_by", readonly=True)

    class Meta:
        model = StatusUpdate
        fields = [
            "id",
            "commitment",
            "owner",
            "from_status",
            "to_status",
            "effective_at",
            "narrative",
            "recorded_by",
            "recorded_at",
        ]
        export_order = fields
