"""The staff admin for actors: States with their treaty data, organisations, groups."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from actors.choices import ActorTreatyStatus
from actors.models import Actor, FocalPoint
from actors.resources import ActorResource


class TreatyStatusFilter(admin.SimpleListFilter):
    """Today's status, derived from the membership dates."""

    title = _("status under the Convention (today)")
    parameter_name = "treaty_status"

    def lookups(self, request, model_admin):
        return ActorTreatyStatus.choices

    def queryset(self, request, queryset):
        return queryset.with_treaty_status(self.value()) if self.value() in ActorTreatyStatus.values else queryset


@admin.register(Actor)
class ActorAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [ActorResource]
    list_display = (
        "name_en",
        "kind",
        "iso3",
        "acronym",
        "treaty_status",
        "ratification_year",
        "entry_into_force",
        "withdrawal_effective",
        "commitment_count",
    )
    list_filter = ("kind", TreatyStatusFilter, "expands_to_states_parties")
    search_fields = ("name_en", "name_fr", "name_es", "iso3", "acronym", "slug")
    ordering = ("kind", "name_en")
    prepopulated_fields = {"slug": ("name_en",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(commitment_count=Count("owner_links"))

    @admin.display(description=_("status under the Convention (today)"))
    def treaty_status(self, actor):
        return ActorTreatyStatus(actor.treaty_status).label if actor.treaty_status else "—"

    @admin.display(description=_("commitments"), ordering="commitment_count")
    def commitment_count(self, actor):
        return actor.commitment_count


@admin.register(FocalPoint)
class FocalPointAdmin(SimpleHistoryAdmin):
    """Who speaks for which State: a focal point proposes status updates for its State's commitments. Staff also
    put the user in the 'Delegation focal points' group, which grants the right to propose."""

    list_display = ("user", "actor", "created_at")
    list_filter = (("actor", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("user__username", "user__email", "actor__name_en", "=actor__iso3")
    autocomplete_fields = ("user", "actor")
    list_select_related = ("user", "actor")
