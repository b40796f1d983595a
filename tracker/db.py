"""Small database helpers shared by the loaders."""

from django.db import models


def upsert(model: type[models.Model], lookup: dict, values: dict) -> tuple[models.Model, bool]:
    """Create the row, or update only the fields whose values differ. Returns (row, changed).

    Unlike ``update_or_create`` it does not save an unchanged row, so loading reference data twice writes
    nothing, not even a row of change history.
    """
    row = model.objects.filter(**lookup).first()
    if row is None:
        return model.objects.create(**lookup, **values), True
    changed = [field for field, value in values.items() if getattr(row, field) != value]
    for field in changed:
        setattr(row, field, values[field])
    if changed:
        row.save(update_fields=changed)
    return row, bool(changed)
