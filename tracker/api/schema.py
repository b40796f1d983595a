"""The OpenAPI schema documents the errors every operation can answer, not only its success."""

from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import SAFE_METHODS

from tracker.api.permissions import ReadAnyoneWriteAuthorised

ERROR_BODY = {
    "application/json": {
        "schema": {
            "type": "object",
            "additionalProperties": True,
            "description": "`detail` with a message, or one list of messages per invalid field or parameter.",
        }
    }
}
ERRORS = {
    "400": "Invalid input or filter value: a message per field.",
    "401": "Authentication needed (to write) or credentials invalid or revoked.",
    "403": "Not allowed: a read-only token, or no permission for this change.",
    "404": "No such object, or no such page.",
    "414": "The address is longer than the server accepts (the query string, mostly).",
    "429": "Too many requests from this client: retry later.",
}
WRITE_ERRORS = {
    "409": "Conflicts with another change: a later status update, or a proposal already pending for the pair.",
    "412": "The object changed since it was read (If-Match does not match).",
    "428": "If-Match is required for this change.",
}


class TrackerAutoSchema(AutoSchema):
    def get_auth(self):
        """Reads are open to anonymous clients wherever the shared policy applies: say so (``{}``)."""
        auth = super().get_auth()
        anonymous_reads = any(isinstance(p, ReadAnyoneWriteAuthorised) for p in self.view.get_permissions())
        if self.method in SAFE_METHODS and anonymous_reads and {} not in auth:
            auth.append({})
        return auth

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        errors = dict(ERRORS)
        if self.method in ("POST", "PUT", "PATCH"):
            errors.update(WRITE_ERRORS)
        for code, description in errors.items():
            responses.setdefault(code, {"description": description, "content": ERROR_BODY})
        return responses
