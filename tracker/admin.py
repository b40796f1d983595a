from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tracker.models import OutboxMessage
from tracker.publication import set_published


class PublishingActions:
    """Admin actions that publish drafts or take rows back to drafts (``is_published``)."""

    @admin.action(description=_("Publish the selected rows"), permissions=["change"])
    def publish(self, request, queryset):
        count = set_published(queryset, True)
        self.message_user(request, ngettext("Published %(n)d row.", "Published %(n)d rows.", count) % {"n": count})

    @admin.action(description=_("Make drafts of the selected rows (hidden from the public)"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = set_published(queryset, False)
        self.message_user(
            request,
            ngettext("%(n)d row is now a draft.", "%(n)d rows are now drafts.", count) % {"n": count},
            messages.WARNING,
        )


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    """Tasks waiting for the broker, and those sent: read-only, for seeing that nothing is stuck."""

    list_display = ("task", "args", "created_at", "dispatched_at", "attempts", "last_error")
    list_filter = (("dispatched_at", admin.EmptyFieldListFilter), "task")
    readonly_fields = list_display

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
