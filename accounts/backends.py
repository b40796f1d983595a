"""A hard cap on login attempts, counted before any password is checked.

django-axes records failures and locks an account or address out after five; but many attempts arriving at
once would all be checked before the first failure is recorded. This backend, first in the list, counts every
attempt per username and address with an atomic increment in the shared cache and refuses (PermissionDenied,
which stops authentication) from the sixth on, until a success resets the count or the window ends."""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver

WINDOW_SECONDS = 3600


def _key(request, username) -> str:
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    return f"login-attempts:{(username or '').lower()}:{address}"


class AttemptLimitBackend(ModelBackend):
    """Authenticates nobody; refuses the attempts past the limit. (A ModelBackend for the rest: sessions made with
    ``force_login`` name the first backend, and find their user through it.)"""

    def authenticate(self, request, username=None, password=None, **kwargs):
        key = _key(request, username)
        cache.add(key, 0, WINDOW_SECONDS)
        if cache.incr(key) > settings.AXES_FAILURE_LIMIT:
            raise PermissionDenied("Too many login attempts: try again later.")
        return None


@receiver(user_logged_in, dispatch_uid="accounts.reset_login_attempts")
def reset_attempts(sender, request, user, **kwargs):
    cache.delete(_key(request, user.get_username()))
