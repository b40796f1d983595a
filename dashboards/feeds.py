"""Atom feeds of status changes, for followers: all of them, a State's, a theme's, an action's.

Each entry is one move of one owner from a status to another, linked to the commitment's public page; the newest
fifty, from the partial index of moves."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from actors.models import Actor
from commitments.models import Action, StatusUpdate, Theme

ENTRIES = 50


class StatusChangesFeed(Feed):
    feed_type = Atom1Feed

    def title(self, obj=None) -> str:
        return _("Status changes of the Mine Ban Convention commitments")

    def subtitle(self, obj=None) -> str:
        return _("Every move of a State or organisation from one status to another, newest first.")

    def link(self, obj=None) -> str:
        return reverse("dashboards:overview")

    def changes(self, obj):
        return StatusUpdate.objects.published().moves()

    def items(self, obj=None):
        changes = self.changes(obj).select_related("actor", "from_status", "to_status", "commitment")
        return changes.order_by("-effective_at", "-id")[:ENTRIES]

    def item_title(self, item: StatusUpdate) -> str:
        return _("%(owner)s: %(old)s → %(new)s") % {
            "owner": item.actor.name,
            "old": item.from_status.name,
            "new": item.to_status.name,
        }

    def item_description(self, item: StatusUpdate) -> str:
        # Plain text: the feed generator escapes it, as the pages do.
        return f"{Truncator(item.commitment.text).chars(300)}\n\n{item.narrative_text}".strip()

    def item_link(self, item: StatusUpdate) -> str:
        return reverse("dashboards:commitment", args=[item.commitment_id])

    def item_guid(self, item: StatusUpdate) -> str:
        return f"status-update-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: StatusUpdate):
        return item.effective_at

    def item_updateddate(self, item: StatusUpdate):
        return item.recorded_at


class StateChangesFeed(StatusChangesFeed):
    def get_object(self, request, iso3: str):
        return get_object_or_404(Actor.objects.states(), iso3=iso3.upper())

    def title(self, obj=None) -> str:
        return _("Status changes of %(state)s") % {"state": obj.name}

    def link(self, obj=None) -> str:
        return obj.get_absolute_url()

    def changes(self, obj):
        return StatusUpdate.objects.published().moves().filter(actor=obj)


class ThemeChangesFeed(StatusChangesFeed):
    def get_object(self, request, slug: str):
        return get_object_or_404(Theme, slug=slug)

    def title(self, obj=None) -> str:
        return _("Status changes on %(theme)s") % {"theme": obj.name}

    def link(self, obj=None) -> str:
        return obj.get_absolute_url()

    def changes(self, obj):
        return StatusUpdate.objects.published().moves().filter(commitment__themes=obj)


class ActionChangesFeed(StatusChangesFeed):
    def get_object(self, request, ref: str):
        action = Action.objects.select_related("plan").by_ref(ref)
        if action is None:
            raise Http404(_("No action %(ref)s.") % {"ref": ref})
        return action

    def title(self, obj=None) -> str:
        return _("Status changes on %(plan)s, action #%(number)s") % {"plan": obj.plan.name, "number": obj.number}

    def link(self, obj=None) -> str:
        return f"{obj.plan.get_absolute_url()}#action-{obj.number}"

    def changes(self, obj):
        return StatusUpdate.objects.published().moves().filter(commitment__actions=obj)
