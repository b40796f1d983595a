"""Who is acting, for the change history, whether the change comes from a request, a task or a command.

django-simple-history takes the user from the request by default and silently records nobody outside
requests. Management commands and Celery tasks wrap their writes in ``acting_as(user)`` so that their
changes are attributed too; inside a request the logged-in user is used.
"""

import datetime
import heapq
import itertools
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


# The audit trail: every historical record (django-simple-history) of every model, as rows of who, when, what,
# and each field's value before and after.

AUDIT_COLUMNS = ["when", "who", "model", "object_id", "object", "change", "field", "from", "to"]
_CHANGE = {"+": "created", "~": "changed", "-": "deleted"}


def historical_models() -> list:
    from django.apps import apps
    from simple_history.models import HistoricalChanges

    models = [
        model
        for model in apps.get_models()  # a model's own history, not the tables of its many-to-many changes
        if issubclass(model, HistoricalChanges) and any(field.name == "history_date" for field in model._meta.fields)
    ]
    return sorted(models, key=lambda model: model.instance_type._meta.label)


def audit_rows(*, since=None, until=None, label: str = "", limit: int | None = None):
    """Audit rows, newest first across every model; ``label`` ("commitments.Commitment") narrows to one model."""
    streams = [
        _model_rows(historical, since, until)
        for historical in historical_models()
        if not label or historical.instance_type._meta.label == label
    ]
    # Each stream is newest first; merging them keeps that order (the dates are all UTC ISO strings).
    merged = heapq.merge(*streams, key=lambda row: row[0], reverse=True)
    return itertools.islice(merged, limit) if limit is not None else merged


def _model_rows(historical, since, until):
    model_label = historical.instance_type._meta.label
    records = historical.objects.select_related("history_user").order_by("-history_date", "-history_id")
    if since:
        records = records.filter(history_date__gte=since)
    if until:
        records = records.filter(history_date__lt=until)
    for record in records.iterator(chunk_size=500):
        for field, old, new in _changes(record):
            yield [
                record.history_date.astimezone(datetime.UTC).isoformat(),
                record.history_user.username if record.history_user else "",
                model_label,
                str(getattr(record, record.instance_type._meta.pk.attname)),
                str(record.history_object)[:200],
                _CHANGE.get(record.history_type, record.history_type),
                field,
                old,
                new,
            ]


def _changes(record):
    """(field, before, after) for each field a change touched; one row with no field for a creation or deletion."""
    previous = record.prev_record if record.history_type == "~" else None
    if previous is None:
        yield "", "", ""
        return
    delta = record.diff_against(previous, foreign_keys_are_objs=True)  # a status by name, not by id
    for change in delta.changes or []:  # (a save that changed no recorded field says nothing)
        yield change.field, _plain(change.old), _plain(change.new)


def _plain(value) -> str:
    if isinstance(value, list):  # a many-to-many field: the linked rows' ids
        return "; ".join(
            " ".join(f"{key}={val}" for key, val in item.items()) if isinstance(item, dict) else str(item)
            for item in value
        )
    return "" if value is None else str(value)[:500]
