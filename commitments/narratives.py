"""Automatic narratives: what the tracker writes in a status history by itself (a withdrawal closing an
ownership). Each is stored as a key and its parameters beside the English text of the record, and rendered in
the reader's language, with the State's name and the date as that language writes them."""

from __future__ import annotations

import datetime

from django.utils import formats
from django.utils.translation import gettext_lazy as _

# key -> message; parameters: ``state`` (an ISO3 code), ``date`` (an ISO date)
NARRATIVES = {
    "withdrawal": _(
        "%(state)s withdrew from the Convention with effect from %(date)s (Article 20): no longer applicable from "
        "that day. Closed automatically."
    ),
}


def narrative_render(key: str, params: dict, actor=None) -> str:
    """The narrative ``key`` in the active language; "" for a key this version does not know. ``actor`` (the
    update's owner, already loaded) names the State without a query when it is the one named."""
    from actors.models import Actor

    message = NARRATIVES.get(key)
    if message is None:
        return ""
    values = dict(params)
    if "state" in values and actor is not None and actor.iso3 == values["state"]:
        values["state"] = actor.name
    elif "state" in values:
        state = Actor.objects.filter(iso3=values["state"]).only("name_en", "name_fr", "name_es").first()
        values["state"] = state.name if state else values["state"]
    if "date" in values:
        values["date"] = formats.date_format(datetime.date.fromisoformat(values["date"]), "DATE_FORMAT")
    return str(message) % values
