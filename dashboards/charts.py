"""Charts and the world map, drawn on the server as SVG by pygal: no JavaScript, no network.

Each chart is cached under the version of the summaries it is drawn from (and the language of its words), so a
refresh of the summaries replaces it. Pages show each chart beside a data table that says the same.
"""

from __future__ import annotations

import re

import pygal
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries
from pygal.style import Style
from pygal_maps_world.maps import World

# Okabe and Ito's palette, which people with any common colour blindness tell apart; one colour per status key.
STATUS_COLOURS = {
    "completed": "#009E73",
    "in_progress": "#E69F00",
    "ongoing": "#56B4E9",
    "not_started": "#999999",
    "not_reported": "#D55E00",
    "no_longer_applicable": "#CC79A7",
}
OTHER_COLOUR = "#0072B2"
# pygal adds a script that needs its JavaScript from a CDN: the pages do without it (and the CSP forbids it).
SCRIPT = re.compile(r"<script\b.*?</script>", re.S)


def colour(status) -> str:
    return STATUS_COLOURS.get(status.key, OTHER_COLOUR)


def _style(colours) -> Style:
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground="#1a1a1a",
        foreground_strong="#1a1a1a",
        foreground_subtle="#555555",
        font_family="system-ui, sans-serif",
        label_font_size=13,
        major_label_font_size=13,
        legend_font_size=13,
        value_font_size=12,
        colors=tuple(colours) or (OTHER_COLOUR,),
    )


def _svg(chart, title: str) -> SafeString:
    chart.config.js = []
    chart.config.disable_xml_declaration = True
    chart.config.title = None
    svg = SCRIPT.sub("", chart.render(is_unicode=True))
    # The chart is a picture with a name; the table next to it carries the figures for screen readers.
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)
    return mark_safe(svg)


def cached(name: str, draw, version: str) -> SafeString:
    """The chart ``name`` as drawn from the summaries of ``version`` (``summary.version()``) in this language."""
    key = ":".join(["chart", name, get_language() or "en", version])
    svg = cache.get(key)
    if svg is None:
        svg = draw()
        cache.set(key, str(svg), timeout=24 * 3600)
    return mark_safe(svg)


def status_bar(breakdown, vocabulary, title: str) -> SafeString:
    """One horizontal bar per status: how many commitments stand at each."""
    items = breakdown.items(vocabulary)
    chart = pygal.HorizontalBar(
        style=_style(colour(status) for status, _count in items),
        height=60 + 38 * max(1, len(items)),
        width=640,
        show_legend=True,
        legend_at_bottom=True,
        print_values=True,
        show_y_guides=False,
        margin=8,
    )
    for status, count in items:
        chart.add(status.name, [count])
    return _svg(chart, title)


def stacked(rows, vocabulary, title: str) -> SafeString:
    """One stacked bar per row (a theme, a meeting...), its parts the statuses."""
    shown = [status for status in vocabulary if any(row.breakdown.counts.get(status.pk) for row in rows)]
    chart = pygal.HorizontalStackedBar(
        style=_style(colour(status) for status in shown),
        height=90 + 34 * max(1, len(rows)),
        width=720,
        legend_at_bottom=True,
        show_y_guides=False,
        truncate_label=40,
        margin=8,
    )
    chart.x_labels = [row.label for row in rows]
    for status in shown:
        chart.add(status.name, [row.breakdown.counts.get(status.pk, 0) for row in rows])
    return _svg(chart, title)


def per_year(completions, title: str) -> SafeString:
    chart = pygal.Bar(
        style=_style([STATUS_COLOURS["completed"]]),
        height=280,
        width=720,
        show_legend=False,
        x_label_rotation=-45 if len(completions) > 12 else 0,
        margin=8,
    )
    chart.x_labels = [str(year) for year, _count in completions]
    chart.add(_("Completed"), [count for _year, count in completions])
    return _svg(chart, title)


# Classes of the share completed, light to dark in one hue, so that order reads without telling colours apart.
MAP_CLASSES = [
    (0, 0, "#deebf7"),
    (1, 25, "#9ecae1"),
    (26, 50, "#6baed6"),
    (51, 75, "#2171b5"),
    (76, 100, "#08306b"),
]


def world_map(state_rows, title: str) -> SafeString:
    """States coloured by their class of share completed; a click opens the State's page. States with no
    commitment stay blank."""
    chart = World(
        style=_style(colour for _low, _high, colour in MAP_CLASSES),
        legend_at_bottom=True,
        legend_at_bottom_columns=len(MAP_CLASSES),
        width=1000,
        height=560,
        margin=0,
    )
    classes = [[] for _class in MAP_CLASSES]
    for row in state_rows:
        code = countries.alpha2(row.obj.iso3)
        if row.share is None or not code:
            continue
        percent = round(row.share * 100)
        index = next(i for i, (low, high, _colour) in enumerate(MAP_CLASSES) if low <= percent <= high)
        classes[index].append(
            {
                # One value per class: pygal shades values within a series, the classes carry the order.
                "value": (code.lower(), 1),
                "label": f"{row.label}: {percent} %",
                "xlink": {"href": reverse("dashboards:state", args=[row.obj.iso3]), "target": "_top"},
            }
        )
    for (low, high, _colour), values in zip(MAP_CLASSES, classes, strict=True):
        name = _("none completed") if high == 0 else _("%(low)s–%(high)s %% completed") % {"low": low, "high": high}
        chart.add(name, values)
    return _svg(chart, title)
