"""Who is acting, for the change history, whether the change comes from a request, a task or a command.

django-simple-history takes the user from the request by default and silently records nobody outside
requests. Management commands and Celery tasks wrap their writes in ``acting_as(user)`` so that their
changes are attributed too; inside a request the logged-in user is used.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_acting_user: ContextVar = ContextVar("acting_user", default=None)


@contextmanager
def acting_as(user) -> Iterator[None]:
    token = _acting_user.set(user)
    try:
        yield
    finally:
        _acting_user.reset(token)


def current_user():
    return _acting_user.get()


def history_user_getter(instance=None, request=None, **kwargs):
    """simple-history's ``get_user`` hook: explicit user, then the acting user, then the request's user."""
    explicit = getattr(instance, "_history_user", None)
    if explicit is not None:
        return explicit
    acting = _acting_user.get()
    if acting is not None:
        return acting
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user
    return None
