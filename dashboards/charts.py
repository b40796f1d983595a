"""Charts and the world map, drawn on the server as SVG by pygal: no JavaScript, no network.

Each chart is cached under the version of the summaries it is drawn from (and the language of its words), so a
refresh of the summaries replaces it. Pages show each chart beside a data table that says the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pygal
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape, format_html
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


# A chart is drawn twice: wide for a laptop, narrow for a phone, each at the size it is shown so that its text
# stays at its font size (a 720 px chart squeezed into a phone's 358 px would print 13 px labels at 6 px); CSS
# shows one of the two. The narrow one is drawn at the width of a 390 px phone's column.
WIDE, NARROW = 720, 360
FONT = 13


def _style(colours, font: int = FONT) -> Style:
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground="#1a1a1a",
        foreground_strong="#1a1a1a",
        foreground_subtle="#555555",
        font_family="system-ui, sans-serif",
        label_font_size=font,
        major_label_font_size=font,
        legend_font_size=font,
        value_font_size=font,
        tooltip_font_size=font,
        # Opaque: a legend's swatch and the bar or country it names are the same colour, the badges' colour.
        opacity="1",
        opacity_hover="0.85",
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


def responsive(draw) -> SafeString:
    """``draw(narrow)`` twice, wrapped for the stylesheet to show the one that fits the screen."""
    return format_html('<div class="chart-wide">{}</div><div class="chart-narrow">{}</div>', draw(False), draw(True))


def cached(name: str, draw, version: str) -> SafeString:
    """The chart ``name`` as drawn from the summaries of ``version`` (``summary.version()``) in this language."""
    key = ":".join(["chart", name, get_language() or "en", version])
    svg = cache.get(key)
    if svg is None:
        svg = draw()
        cache.set(key, str(svg), timeout=24 * 3600)
    return mark_safe(svg)


def status_bar(breakdown, vocabulary, title: str, narrow: bool = False) -> SafeString:
    """One horizontal bar per status: how many commitments stand at each."""
    items = breakdown.items(vocabulary)
    chart = pygal.HorizontalBar(
        style=_style(colour(status) for status, _count in items),
        height=60 + (44 if narrow else 38) * max(1, len(items)),
        width=NARROW if narrow else WIDE - 80,
        show_legend=True,
        legend_at_bottom=True,
        legend_at_bottom_columns=2 if narrow else None,
        print_values=True,
        show_y_guides=False,
        margin=8,
    )
    for status, count in items:
        chart.add(status.name, [count])
    return _svg(chart, title)


def stacked(rows, vocabulary, title: str, narrow: bool = False) -> SafeString:
    """One stacked bar per row (a theme, a meeting...), its parts the statuses."""
    shown = [status for status in vocabulary if any(row.breakdown.counts.get(status.pk) for row in rows)]
    chart = pygal.HorizontalStackedBar(
        style=_style(colour(status) for status in shown),
        height=90 + (30 if narrow else 34) * max(1, len(rows)),
        width=NARROW if narrow else WIDE,
        legend_at_bottom=True,
        legend_at_bottom_columns=2 if narrow else None,
        show_y_guides=False,
        margin=8,
    )
    # pygal leaves the labels of horizontal charts whole: cut here (the table under the chart has them whole).
    limit = 18 if narrow else 40
    chart.x_labels = [row.label if len(row.label) <= limit else row.label[: limit - 1] + "…" for row in rows]
    for status in shown:
        chart.add(status.name, [row.breakdown.counts.get(status.pk, 0) for row in rows])
    return _svg(chart, title)


def trend(years, vocabulary, title: str, narrow: bool = False) -> SafeString:
    """Status changes per year, each bar split by the status moved to (completions in the completed colour)."""
    shown = [status for status in vocabulary if any(breakdown.counts.get(status.pk) for _year, breakdown in years)]
    chart = pygal.StackedBar(
        style=_style(colour(status) for status in shown),
        height=300 if narrow else 280,
        width=NARROW if narrow else WIDE,
        legend_at_bottom=True,
        legend_at_bottom_columns=2 if narrow else None,
        x_label_rotation=-45 if len(years) > (5 if narrow else 12) else 0,
        show_x_guides=False,
        margin=8,
    )
    chart.x_labels = [str(year) for year, _breakdown in years]
    for status in shown:
        chart.add(status.name, [breakdown.counts.get(status.pk, 0) for _year, breakdown in years])
    return _svg(chart, title)


# Classes of the share completed, light to dark in one hue, so that order reads without telling colours apart;
# as many as the data has distinct shares (up to five), so that the classes follow the data.
RAMP = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
UNTRACKED = "#bdbdbd"  # grey: no commitment of the State is tracked (or none still applies)
MAX_CLASSES = len(RAMP)


@dataclass
class MapClass:
    """One class of the map: its legend's words, its colour, its States (rows of ``selectors.state_rows``)."""

    label: str
    colour: str
    rows: list = field(default_factory=list)
    low: int | None = None
    high: int | None = None


def _percent(row) -> int:
    return round(row.share * 100)


def _breaks(percents: list[int]) -> list[tuple[int, int]]:
    """Up to ``MAX_CLASSES`` ranges of percents, each holding about as many States, equal shares never split."""
    distinct = sorted(set(percents))
    if len(distinct) <= MAX_CLASSES:
        return [(value, value) for value in distinct]
    ordered = sorted(percents)
    ranges, start = [], 0
    for index in range(1, MAX_CLASSES + 1):
        end = round(index * len(ordered) / MAX_CLASSES)
        if end <= start:
            continue
        high = ordered[end - 1]
        while end < len(ordered) and ordered[end] == high:
            end += 1
        ranges.append((ordered[start], high))
        start = end
        if start >= len(ordered):
            break
    return ranges


def map_classes(state_rows) -> list[MapClass]:
    """The map's classes, darkest last, then the grey of States without tracked commitments (when there are)."""
    shared = [row for row in state_rows if row.share is not None]
    ranges = _breaks([_percent(row) for row in shared])
    step = (len(RAMP) - 1) / max(1, len(ranges) - 1)
    classes = []
    for index, (low, high) in enumerate(ranges):
        if high == 0:
            label = _("none completed (0 %)")
        elif low == high:
            label = _("%(value)s %% completed") % {"value": low}
        else:
            label = _("%(low)s–%(high)s %% completed") % {"low": low, "high": high}
        tone = RAMP[round(index * step)] if len(ranges) > 1 else RAMP[2]
        members = [row for row in shared if low <= _percent(row) <= high]
        classes.append(MapClass(label, tone, members, low, high))
    untracked = [row for row in state_rows if row.share is None]
    if untracked:
        classes.append(MapClass(_("no commitment tracked"), UNTRACKED, untracked))
    return classes


def world_map(classes: list[MapClass], title: str) -> SafeString:
    """States coloured by their class (``map_classes``); hovering one shows its name and figure, a click opens its
    page. The links are out of the tab order: the page lists the same States, one tab stop away, for keyboards."""
    chart = World(style=_style(item.colour for item in classes), show_legend=False, width=1000, height=520, margin=0)
    for item in classes:
        values = []
        for row in item.rows:
            code = countries.alpha2(row.obj.iso3)
            if not code:
                continue
            words = (
                _("no commitment tracked")
                if row.share is None
                else _("%(value)s %% completed") % {"value": _percent(row)}
            )
            values.append(
                {
                    # One value per class: pygal shades values within a series, the classes carry the order.
                    "value": (code.lower(), 1),
                    "tooltip": f"{row.label}: {words}",
                    "xlink": {
                        "href": reverse("dashboards:state", args=[row.obj.iso3]),
                        "target": "_top",
                        "tabindex": "-1",
                    },
                }
            )
        chart.add(item.label, values)
    return _svg(chart, title)
