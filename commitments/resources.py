"""CSV/XLSX import and export (django-import-export). Imports are previewed (dry run) before they apply."""

import tablib
from import_export import fields, resources, widgets

from actors.models import Actor
from commitments.api.rows import commitment_row_chunks
from commitments.models import Action, Commitment, CommitmentOwner, StatusUpdate, Theme
from commitments.services import commitment_owners_add
from commitments.shape import EXPORT_COLUMNS, IMPORT_COLUMNS, export_cells
from tracker.audit import current_user
from tracker.db import resolve_each


class ActionRefWidget(widgets.ManyToManyWidget):
    """Actions written as their references, e.g. ``OAP-23; OAP-24``."""

    def __init__(self):
        super().__init__(Action, separator=";")

    def clean(self, value, row=None, **kwargs):
        if not value:
            return Action.objects.none()
        refs = [ref.strip() for ref in str(value).split(self.separator) if ref.strip()]
        actions, unknown = resolve_each(refs, Action.objects.by_ref)
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
    """Commitments, in the columns of ``commitments.shape`` (the same as the API's export). An import reads the
    importable columns and adds owners named by code (ISO3, acronym or slug; groups become their States)."""

    themes = fields.Field(
        attribute="themes", column_name="themes", widget=widgets.ManyToManyWidget(Theme, field="slug", separator=";")
    )
    actions = fields.Field(attribute="actions", column_name="actions", widget=ActionRefWidget())
    owners = fields.Field(column_name="owners")

    class Meta:
        model = Commitment
        fields = IMPORT_COLUMNS
        skip_unchanged = True

    def __init__(self, *, root: str = "", **kwargs):
        super().__init__(**kwargs)
        self.root = root  # the site's address, for the permalinks of an export

    def export(self, queryset=None, **kwargs) -> tablib.Dataset:
        """The rows of the API's export, selected columns only when the admin's form names some."""
        queryset = self.get_queryset() if queryset is None else queryset
        selected = kwargs.get("export_fields") or EXPORT_COLUMNS
        columns = [index for index, name in enumerate(EXPORT_COLUMNS) if name in selected or name not in IMPORT_COLUMNS]
        dataset = tablib.Dataset(headers=[EXPORT_COLUMNS[index] for index in columns])
        ids = queryset.order_by("id").values_list("id", flat=True).distinct()
        for rows in commitment_row_chunks(ids, root=self.root):
            for row in rows:
                cells = export_cells(row)
                dataset.append([cells[index] for index in columns])
        return dataset

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
    """``MEX; COL``, or an export's ``MEX:in_progress; COL:not_started`` (the statuses are not imported)."""
    return [code.split(":")[0].strip() for code in str(row.get("owners") or "").split(";") if code.strip()]


def _actors_by_code(codes: list[str]) -> list[Actor]:
    actors, unknown = resolve_each(codes, Actor.objects.by_code)
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
