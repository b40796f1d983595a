"""Watch lists (each user's own), the emails sent, and webhooks with their deliveries."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from notifications.models import SentEmail, Watch, WebhookDelivery, WebhookEndpoint
from tracker.outbox import enqueue


class OwnRowsAdmin(admin.ModelAdmin):
    """Staff see and edit their own rows; superusers see everyone's."""

    def get_queryset(self, request):
        rows = super().get_queryset(request)
        return rows if request.user.is_superuser else rows.filter(user=request.user)

    def save_model(self, request, obj, form, change):
        if not change and not request.user.is_superuser:
            obj.user = request.user
        super().save_model(request, obj, form, change)

    def get_exclude(self, request, obj=None):
        return () if request.user.is_superuser else ("user",)


@admin.register(Watch)
class WatchAdmin(OwnRowsAdmin):
    """My watch list: a status change of a commitment, theme or State watched here sends me an email."""

    list_display = ("user", "commitment", "theme", "actor", "created_at")
    list_filter = ("theme",)
    autocomplete_fields = ("user", "commitment", "actor")
    list_select_related = ("user", "commitment", "theme", "actor")


@admin.register(SentEmail)
class SentEmailAdmin(admin.ModelAdmin):
    """Emails the tracker sent (or is sending): read-only."""

    list_display = ("created_at", "user", "kind", "subject", "sent_at")
    list_filter = ("kind", ("sent_at", admin.EmptyFieldListFilter))
    search_fields = ("user__username", "user__email", "subject", "key")
    list_select_related = ("user",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    """Clients' webhook addresses. The signing secret is shown on the change page, for the client to verify."""

    list_display = ("url", "user", "description", "is_active", "created_at")
    list_filter = ("is_active",)
    search_fields = ("url", "user__username", "description")
    readonly_fields = ("secret", "created_at")
    autocomplete_fields = ("user",)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """Every change POSTed to every webhook: failures with the last answer; retry what failed."""

    list_display = ("created_at", "endpoint", "status_update", "state", "attempts", "last_status_code", "last_error")
    list_filter = ("state", "endpoint")
    list_select_related = ("endpoint",)
    readonly_fields = (
        "endpoint",
        "status_update",
        "payload",
        "state",
        "attempts",
        "last_status_code",
        "last_error",
        "created_at",
        "last_attempt_at",
        "delivered_at",
    )
    actions = ["retry"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Deliver again"), permissions=["change"])
    def retry(self, request, queryset):
        count = 0
        for delivery in queryset.exclude(state=WebhookDelivery.State.DELIVERED):
            WebhookDelivery.objects.filter(pk=delivery.pk).update(state=WebhookDelivery.State.PENDING, attempts=0)
            enqueue("notifications.tasks.deliver_webhook", delivery.pk)
            count += 1
        self.message_user(
            request, ngettext("%(n)d delivery queued.", "%(n)d deliveries queued.", count) % {"n": count}, messages.INFO
        )
