"""Who may do what through the API."""

from rest_framework import permissions

from accounts.models import ApiToken


class TokenScope:
    """A read-only token never writes, whatever its user may do."""

    def has_permission(self, request, view):
        token = request.auth if isinstance(request.auth, ApiToken) else None
        if request.method not in permissions.SAFE_METHODS and token is not None and not token.can_write:
            self.message = "This token is read-only."
            return False
        return super().has_permission(request, view)


class ReadAnyoneWriteAuthorised(TokenScope, permissions.DjangoModelPermissionsOrAnonReadOnly):
    """Anyone reads published data; writing needs a session or a read-write token, and the model permission
    (ISU staff have it through their group)."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            # A read needs no model permission: DRF would build the view's queryset only to find its model.
            return bool(request.user)
        return super().has_permission(request, view)


class StaffReadPermission(TokenScope, permissions.DjangoModelPermissions):
    """Internal data (ingestion jobs): reading needs the model's view permission too."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
    }
