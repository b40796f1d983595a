"""The OpenAPI schema documents the errors every operation can answer, not only its success."""

import copy

from drf_spectacular.extensions import OpenApiFilterExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import SAFE_METHODS

from tracker.api.filters import StrictFilterBackend
from tracker.api.permissions import ReadAnyoneWriteAuthorised

ERROR_SCHEMA = {
    "type": "object",
    "additionalProperties": True,
    "description": "`detail` with a message, or one list of messages per invalid field or parameter.",
}
ERROR_BODY = {"application/json": {"schema": ERROR_SCHEMA}}
ERRORS = {
    "400": "Invalid input or filter value: a message per field.",
    "401": "Authentication needed (to write) or credentials invalid or revoked.",
    "403": "Not allowed: a read-only token, no permission for this change, or a webhook address that is not public.",
    "404": "No such object or page, or the request names (by a well-formed code or id) something that does not "
    "exist: a message per field.",
    "429": "Too many requests from this client: retry later.",
}
# Answered by the HTTP server (gunicorn, or the proxy in front) before the application, in HTML.
SERVER_ERRORS = {
    "414": {
        "description": "The address is longer than the server accepts (the query string, mostly).",
        "content": {"text/html": {"schema": {"type": "string"}}},
    }
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
        for code, response in SERVER_ERRORS.items():
            responses.setdefault(code, response)
        return responses

    def _get_request_for_media_type(self, serializer, direction="request"):
        """A body written out as a schema (a watch: one of three targets) is required, as its serializer's is."""
        schema, required = super()._get_request_for_media_type(serializer, direction)
        return schema, required or isinstance(serializer, dict)

    def _is_list_view(self, serializer=None):
        """A viewset's ``list`` is a list whatever its responses say (one per format, as obligations have), so
        it keeps its filters and pagination in the schema."""
        if serializer is None and getattr(self.view, "action", None) == "list":
            return True
        return super()._is_list_view(serializer)

    def get_filter_backends(self):
        """Filters where they select a list: ``list``, and the actions a view names in ``filtered_actions`` (an
        export). A detail action's list (a commitment's status history) takes none."""
        action = getattr(self.view, "action", None)
        if action is None:
            return super().get_filter_backends()
        if action == "list" or action in getattr(self.view, "filtered_actions", ()):
            return getattr(self.view, "filter_backends", [])
        return []

    def _get_filter_parameters(self):
        """What StrictFilterBackend refuses, the schema says: a filter's value is never empty. (Not the other
        backends' parameters: DRF's ``ordering`` reads an empty value as the default order.)"""
        parameters = []
        for backend in self.get_filter_backends():
            extension = OpenApiFilterExtension.get_match(backend())
            if extension:
                found = extension.get_schema_operation_parameters(self)
            else:
                found = backend().get_schema_operation_parameters(self.view)
            if issubclass(backend, StrictFilterBackend):
                found = [_not_empty(parameter) for parameter in found]
            parameters += found
        return parameters


def _not_empty(parameter: dict) -> dict:
    schema = copy.deepcopy(parameter["schema"])  # it may be a filter's own dict, shared by every operation
    target = schema["items"] if schema.get("type") == "array" else schema
    if target.get("type") == "string" and "enum" not in target:
        target["minLength"] = 1
    return {**parameter, "schema": schema}


# The NUL character is refused in any address (tracker.middleware.RefuseMalformedAddressMiddleware) and in any
# text of a body (Django's ProhibitNullCharactersValidator, in every CharField); a text with nothing but spaces is
# blank once trimmed, and refused where the schema says minLength. The hook writes both as patterns.
NO_NUL = "^[^\\x00]*$"
NOT_BLANK = "^[^\\x00]*[^\\s\\x00][^\\x00]*$"
# A web address as Django's URLValidator takes it (http or https, a host name with a top-level domain of letters,
# at most 253 characters): `format: uri` alone allows what it refuses ("https://0.a", a scheme "A000").
URL = (
    "^https?://(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,60}[a-zA-Z0-9])?\\.){1,3}[a-zA-Z]{2,63}(?::[1-9][0-9]{0,3})?"
    "(?:[/?#][^\\s\\x00]*)?$"
)


def declare_refused_characters(result, generator, request, public):
    """drf-spectacular postprocessing hook: a pattern on every plain text parameter and request body field."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") in ("query", "path"):
                    _pattern_texts(parameter.get("schema", {}), body=False)
            for media in operation.get("requestBody", {}).get("content", {}).values():
                _pattern_texts(media.get("schema", {}), body=True)
    for name, schema in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):  # COMPONENT_SPLIT_REQUEST: what clients send
            _pattern_texts(schema, body=True)
    return result


def _pattern_texts(schema, *, body: bool) -> None:
    if isinstance(schema, list):
        for item in schema:
            _pattern_texts(item, body=body)
        return
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "string" and not {"enum", "format", "pattern"} & schema.keys():
        schema["pattern"] = NOT_BLANK if body and schema.get("minLength", 0) >= 1 else NO_NUL
    elif body and schema.get("format") == "uri" and "pattern" not in schema:
        schema["pattern"] = URL
    for key in ("items", "oneOf", "anyOf", "allOf"):
        if key in schema:
            _pattern_texts(schema[key], body=body)
    for value in schema.get("properties", {}).values():
        _pattern_texts(value, body=body)
