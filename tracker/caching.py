"""Cache headers, so that a proxy (deploy/nginx.conf) or a browser can reuse answers and revalidate them.

Anonymous GETs of pages and API lists that set no cookie are ``Cache-Control: public, max-age=PUBLIC_CACHE_SECONDS``;
anything per visitor (a session, a token, a CSRF cookie, ``Vary: Cookie``) is ``private, no-cache``, so nothing one
person sees is stored for another. Every 200 gets an ETag of its content and a Last-Modified: the first time this
content (this ETag) was served, kept in the cache. ConditionalGetMiddleware, above this one, answers 304 to
If-None-Match or If-Modified-Since from them."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import http_date

FIRST_SEEN_SECONDS = 7 * 24 * 3600


class PublicCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        if not response.has_header("Cache-Control"):
            if _is_public(request, response):
                patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
            else:
                patch_cache_control(response, private=True, no_cache=True)
        if not response.has_header("ETag"):
            set_response_etag(response)
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(_first_seen(response["ETag"]))
        return response


def _is_public(request, response) -> bool:
    """No session, no token, nothing set for this visitor. (The session cookie is looked at, not request.user:
    reading the session would add ``Vary: Cookie`` to every answer.)"""
    vary = response.get("Vary", "").lower()
    return (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not response.cookies
        and "cookie" not in vary
    )


def _first_seen(etag: str) -> float:
    """When this content was first served (now, the first time): stable while the content stays the same."""
    return cache.get_or_set(f"etag-first-seen:{etag}", time.time, FIRST_SEEN_SECONDS)
