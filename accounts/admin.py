from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from accounts.models import ApiToken, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin, SimpleHistoryAdmin):
    list_display = ("username", "email", "first_name", "last_name", "is_staff", "is_active")
    search_fields = ("username", "email", "first_name", "last_name")


class ApiTokenForm(forms.ModelForm):
    """A new token: for yourself, or (a superuser) for a client account that is not a superuser."""

    class Meta:
        model = ApiToken
        fields = ["user", "name", "scope"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        if request is not None and request.user.is_superuser:
            self.fields["user"].queryset = User.objects.filter(is_superuser=False) | User.objects.filter(
                pk=request.user.pk
            )
            self.fields["user"].initial = request.user.pk
        else:
            del self.fields["user"]  # staff issue tokens for themselves only

    def clean(self):
        cleaned = super().clean()
        user = cleaned.get("user") or self.request.user
        if user.pk != self.request.user.pk and (user.is_superuser or not self.request.user.is_superuser):
            raise forms.ValidationError(
                _("A token is issued by its own user (or by a superuser for a client account).")
            )
        cleaned["user"] = user
        return cleaned


@admin.register(ApiToken)
class ApiTokenAdmin(SimpleHistoryAdmin):
    """Tokens for REST clients. The key is shown once, when the token is created; revoking is immediate.

    A token is bound to its user for life (nothing here can change it), and staff see and revoke their own
    tokens only; superusers see all."""

    list_display = ("name", "user", "prefix", "scope", "issued_by", "created_at", "last_used_at", "revoked_at")
    list_filter = ("scope", ("revoked_at", admin.EmptyFieldListFilter))
    search_fields = ("name", "prefix", "user__username")
    readonly_fields = ("user", "scope", "prefix", "issued_by", "created_at", "last_used_at", "revoked_at")
    actions = ["revoke"]

    def get_queryset(self, request):
        tokens = super().get_queryset(request).select_related("user", "issued_by")
        return tokens if request.user.is_superuser else tokens.filter(user=request.user)

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            form = ApiTokenForm

            class RequestForm(form):
                def __init__(self, *args, **form_kwargs):
                    super().__init__(*args, request=request, **form_kwargs)

            kwargs["form"] = RequestForm
            kwargs["fields"] = None
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["user", "name", "scope"] if request.user.is_superuser else ["name", "scope"]
        return ["name", *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj is not None else ()

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        token, key = ApiToken.issue(
            user=form.cleaned_data["user"], name=obj.name, scope=obj.scope, issued_by=request.user
        )
        obj.pk, obj.prefix, obj.digest, obj.created_at = token.pk, token.prefix, token.digest, token.created_at
        obj.user, obj.issued_by = token.user, token.issued_by
        obj._state.adding = False
        self.message_user(
            request,
            format_html(_("Token created. Copy the key now, it will not be shown again: <code>{}</code>"), key),
            messages.WARNING,
        )

    @admin.action(description=_("Revoke the selected tokens"), permissions=["change"])
    def revoke(self, request, queryset):
        count = 0
        for token in queryset.filter(revoked_at__isnull=True):
            token.revoke(by=request.user)
            count += 1
        self.message_user(request, ngettext("Revoked %(n)d token.", "Revoked %(n)d tokens.", count) % {"n": count})
