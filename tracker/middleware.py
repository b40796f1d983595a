"""Middleware for what arrives before any view: a database that is unreachable (503), an address with a NUL or
an impossible number (400), an /api/ 404 that must be JSON; the admin in its reader's language."""

import logging
import re

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import InterfaceError, OperationalError, connections
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5


class DatabaseUnavailableMiddleware:
    """A dropped or refused database connection becomes a 503 that tells clients when to retry. The broken
    connection is closed, so the next request opens a fresh one (with CONN_HEALTH_CHECKS, a reused connection
    is checked before each request too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        for connection in connections.all(initialized_only=True):
            connection.close_if_unusable_or_obsolete()
        response = JsonResponse({"detail": "The database is unavailable for a moment: retry shortly."}, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


TOO_LONG_NUMBER = re.compile(r"^\s*[-+]?\d{19,}\s*$")
# django-simple-history's admin views, which look the object and the version up without checking their form.
HISTORY_VIEWS = {"history_view", "history_form_view"}


def _is_api(request) -> bool:
    return request.path_info.startswith("/api/")


class RefuseMalformedAddressMiddleware:
    """A NUL byte in the path or the query string is refused with a 400 before any view sees it: PostgreSQL
    refuses NUL in a text parameter (a ValueError, so a 500), wherever a view, a feed or an admin filter passes
    one to a query. Every form field already refuses NUL (Django's ProhibitNullCharactersValidator).

    django-simple-history's admin page of one past version (``<object>/history/<version>/``) looks the version
    up without checking it is a number: anything else is a 404 here, for every admin that shows history."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        message = self._refusal(request)
        if message is None:
            return self.get_response(request)
        if _is_api(request):
            return JsonResponse({"detail": message}, status=400)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")

    @staticmethod
    def _refusal(request) -> str | None:
        values = [request.path_info] + [text for key, values in request.GET.lists() for text in (key, *values)]
        if any("\x00" in text for text in values):
            return _("The address contains a NUL character.")
        # Outside the API (whose filters answer their own 400s), a number too long for any id is refused before
        # an admin filter hands it to the database (SQLite: OverflowError; PostgreSQL: out of range).
        if not _is_api(request) and any(TOO_LONG_NUMBER.search(text) for text in values[1:]):
            return _("A number in the address is too large.")
        return None

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "__name__", "") not in HISTORY_VIEWS:
            return None
        model_admin = getattr(getattr(view_func, "__wrapped__", None), "__self__", None)
        object_id = view_args[0] if view_args else view_kwargs.get("object_id", "")
        version = view_args[1] if len(view_args) > 1 else view_kwargs.get("version_id", "0")
        try:
            if model_admin is not None:
                model_admin.opts.pk.to_python(unquote(object_id))
            version_number = int(version) if str(version).isascii() else -1
        except (ValidationError, ValueError, TypeError) as error:
            raise Http404("No such object or version.") from error
        if not 0 <= version_number < 2**63:
            raise Http404("No such version.")
        return None


class APINotFoundAsJSONMiddleware:
    """Every 404 under /api/ is JSON, whoever answered it (the URL resolver, a view, Django's debug page): clients
    parse one error format. Views' own JSON 404s pass through unchanged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and _is_api(request)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            return JsonResponse({"detail": "Not found."}, status=404)
        return response


class AdminLanguageMiddleware:
    """The admin speaks the signed-in account's language (``User.language``: "Emails and the site speak to this user
    in this language"); before sign-in, the browser's (its language cookie, else Accept-Language).

    The public pages take their language from the address (/fr/, /es/); the admin has no such prefix, so
    LocaleMiddleware alone would always serve it in English. Placed after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/"):
            return self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and getattr(user, "language", ""):
            language = user.language
        else:
            language = translation.get_language_from_request(request)
        # override() restores the previous language: nothing after the response (nor the next test) inherits it.
        with translation.override(language):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)  # rendered here, templates included
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
