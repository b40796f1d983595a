"""The API speaks UTC, whatever TIME_ZONE the staff pages are shown in."""

import datetime

from django.utils import timezone


class APIInUTCMiddleware:
    """Every time the API writes is in UTC, as is a time a client sends without an offset (``updated_since``):
    clients that sync from several systems compare times without knowing Geneva's offset."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/api/"):
            return self.get_response(request)
        with timezone.override(datetime.UTC):
            return self.get_response(request)
