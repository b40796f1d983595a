"""The admin of commitments' reference data: themes, the status vocabulary, action plans and their actions."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from commitments.admin.helpers import excerpt
from commitments.models import Action, ActionPlan, ActionPlanSection, Status, Theme
from commitments.querysets import parse_action_ref
from commitments.resources import ThemeResource
from commitments.services import status_vocabulary_save


@admin.register(Theme)
class ThemeAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [ThemeResource]
    list_display = ("name_en", "name_fr", "name_es", "slug", "position")
    list_editable = ("position",)
    search_fields = ("name_en", "name_fr", "name_es", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Status)
class StatusAdmin(SimpleHistoryAdmin):
    list_display = (
        "name_en",
        "name_fr",
        "name_es",
        "key",
        "progress",
        "is_closed",
        "requires_justification",
        "position",
    )
    list_editable = ("position",)
    search_fields = ("name_en", "key")

    def save_model(self, request, obj, form, change):
        status_vocabulary_save(status=obj)


class ActionPlanSectionInline(admin.TabularInline):
    model = ActionPlanSection
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(SimpleHistoryAdmin):
    list_display = ("name_en", "code", "symbol", "meeting", "period_start", "period_end", "action_count")
    search_fields = ("name_en", "code", "symbol")
    autocomplete_fields = ("meeting", "document")
    inlines = [ActionPlanSectionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting").annotate(action_count=Count("actions"))

    @admin.display(description=_("actions"), ordering="action_count")
    def action_count(self, plan):
        return plan.action_count


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ("ref", "plan", "section", "text_excerpt", "theme_list")
    list_filter = ("plan", "themes", ("section", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "plan__code", "plan__name_en", "=number")
    autocomplete_fields = ("paragraph", "themes")
    list_select_related = ("plan", "section")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("themes")

    def get_search_results(self, request, queryset, search_term):
        """'OAP-23' finds action 23 of the Oslo Action Plan."""
        parsed = parse_action_ref(search_term)
        if parsed is not None:
            code, number = parsed
            return queryset.filter(plan__code__iexact=code, number=number), False
        return super().get_search_results(request, queryset, search_term)

    @admin.display(description=_("reference"), ordering="number")
    def ref(self, action):
        return action.ref

    @admin.display(description=_("text"))
    def text_excerpt(self, action):
        return excerpt(action.text) if action.text else _("(text not ingested yet)")

    @admin.display(description=_("themes"))
    def theme_list(self, action):
        return ", ".join(theme.name for theme in action.themes.all())
