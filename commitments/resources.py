"""CSV/XLSX import and export (django-import-export). Imports are previewed (dry run) before they apply."""

from import_export import fields, resources, widgets

from actors.models import Actor
from commitments.models import Action, Commitment, CommitmentOwner, StatusUpdate, Theme
from commitments.services import commitment_owners_add
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
            action = Action.objects.by_ref(ref)
            (actions if action else unknown).append(action or ref)
        if unknown:
            raise ValueError(f"Unknown action reference(s): {', '.join(unknown)}")
        return actions

    def render(self, value, obj=None, **kwargs):
        return "; ".join(action.ref for action in value.select_related("plan").all()) if value is not None else ""


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
        commitment_owners_add(
            commitment=instance,
            actors=_actors_by_code(_codes(row)),
            recorded_by=kwargs.get("user") or current_user(),
        )

    def before_import_row(self, row, **kwargs) -> None:
        _actors_by_code(_codes(row))


def _codes(row) -> list[str]:
    return [code.strip() for code in str(row.get("owners") or "").split(";") if code.strip()]


def _actors_by_code(codes: list[str]) -> list[Actor]:
    actors, unknown = [], []
    for code in codes:
        actor = Actor.objects.by_code(code)
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
