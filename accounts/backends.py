"""Login lockout: keyed on the pair (username, address), plus a slower limit per username.

django-axes records failures (``LockoutHandler``): five failures for one username from one address lock that pair
out for an hour, so a colleague behind the same address (an office, a ministry's NAT) still signs in; and
``LOGIN_USERNAME_FAILURE_LIMIT`` failures for one username from any number of addresses lock the username out,
so spreading guesses over addresses does not help either. ``manage.py axes_reset_username NAME`` unlocks both.

Many attempts arriving at once would all be checked before the first failure is recorded: ``AttemptLimitBackend``,
first in the list, counts every attempt per username and address with an atomic increment in the shared cache and
refuses (PermissionDenied, which stops authentication) from the sixth on, until a success or an unlock resets the
count or the window ends."""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver

WINDOW_SECONDS = 3600


def _generation_key(username) -> str:
    return f"login-generation:{(username or '').lower()}"


def _key(request, username) -> str:
    """The counter of one (username, address) pair, in the username's current generation (an unlock starts a new
    one, which leaves the old counters of every address behind)."""
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    generation = cache.get(_generation_key(username), 0)
    return f"login-attempts:{(username or '').lower()}:{address}:{generation}"


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


class LockoutHandler(AxesDatabaseHandler):
    """axes' database handler, locking out by pair (``AXES_LOCKOUT_PARAMETERS``) and, past
    ``LOGIN_USERNAME_FAILURE_LIMIT`` failures within the cool-off, by username from any address."""

    def is_locked(self, request, credentials=None) -> bool:
        if super().is_locked(request, credentials):
            return True
        username = get_client_username(request, credentials)
        if not username or not settings.AXES_LOCK_OUT_AT_FAILURE:
            return False
        return username_failures(username, since=get_cool_off_threshold(request)) >= (
            settings.LOGIN_USERNAME_FAILURE_LIMIT
        )

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        """axes marks the request locked out (a 429) by the pair's count; a username locked out from every address
        is answered the same way."""
        super().user_login_failed(sender, credentials, request, **kwargs)
        if (
            request is not None
            and not getattr(request, "axes_locked_out", False)
            and self.is_locked(request, credentials)
        ):
            request.axes_locked_out = True
            request.axes_credentials = credentials

    def reset_attempts(self, *, ip_address=None, username=None, ip_or_username=False) -> int:
        """``axes_reset_username`` and the admin's unlock come here: the cache counters are left behind too."""
        if username:
            cache.set(_generation_key(username), cache.get(_generation_key(username), 0) + 1, None)
        return super().reset_attempts(ip_address=ip_address, username=username, ip_or_username=ip_or_username)


def username_failures(username: str, *, since) -> int:
    """Failures recorded for ``username`` from every address since ``since``."""
    attempts = AccessAttempt.objects.filter(username=username, attempt_time__gte=since)
    return sum(attempts.values_list("failures_since_start", flat=True))
