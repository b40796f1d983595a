"""Small pieces the public pages repeat: status badges, breakdown bars, shares, the language switcher."""

from __future__ import annotations

import unicodedata

from django import template
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma, ordinal
from django.template.defaultfilters import date, linebreaksbr, truncatechars
from django.urls import reverse, translate_url
from django.utils import formats
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from actors.choices import ActorTreatyStatus
from dashboards.charts import colour

register = template.Library()


BADGE = (
    '<span class="badge"><svg class="dot" width="10" height="10" aria-hidden="true">'
    '<circle cx="5" cy="5" r="5" fill="{colour}"/></svg>{name}</span>'
)


@register.simple_tag
def status_badge(status) -> str:
    """The status's name with its colour dot (the colour is never the only cue)."""
    if status is None:
        return format_html('<span class="badge badge-none">{}</span>', _("No status"))
    # Plain formatting: a commitment's page draws hundreds of badges. The name is escaped, the colour a constant.
    return mark_safe(BADGE.format(colour=colour(status), name=escape(status.name)))


class _Numbers:
    """Counts written as ``formats.number_format(count, force_grouping=True)`` (and ``intcomma``) write them in the
    active language, its separator and grouping read once for a whole list rather than for every count (the list
    of States writes a thousand). Below a thousand there is nothing to group."""

    separator = grouping = None  # read at the first count that needs them

    def __call__(self, count: int) -> str:
        if 0 <= count < 1000:
            return str(count)
        if self.separator is None:
            self.separator = formats.get_format("THOUSAND_SEPARATOR")
            self.grouping = formats.get_format("NUMBER_GROUPING")
        if self.grouping == 3 and count > 0:  # the rule of the site's three languages: groups of three digits
            return f"{count:,}".replace(",", self.separator)
        return formats.number_format(count, force_grouping=True)


@register.simple_tag
def breakdown_bar(breakdown, statuses) -> str:
    """A thin stacked bar of the statuses, with the same figures in text for screen readers and print.

    Built with plain string formatting (a State list draws hundreds): every piece of text is escaped here."""
    return _bar(breakdown, statuses, _Numbers())


def _bar(breakdown, statuses, numbers: _Numbers, empty: str | None = None) -> str:
    total = breakdown.total
    if not total:
        return empty if empty is not None else _empty_bar()
    names = getattr(statuses, "names", None) or {status.pk: status.name for status in statuses}
    rects, labels, start = [], [], 0.0
    for status, count in breakdown.items(statuses):
        width = 100 * count / total
        label = escape(f"{names[status.pk]}: {numbers(count)}")
        rects.append(
            f'<rect x="{start:.2f}%" y="0" width="{width:.2f}%" height="12" fill="{colour(status)}">'
            f"<title>{label}</title></rect>"
        )
        labels.append(label)
        start += width
    return mark_safe(
        f'<span class="bar"><svg width="100%" height="12" role="img" aria-label="{"; ".join(labels)}">'
        f"{''.join(rects)}</svg></span>"
    )


def _empty_bar() -> str:
    return format_html('<span class="muted">{}</span>', _("No commitments"))


STATE_ROW = (  # the whitespace of the template's loop, so that the page reads the same
    "\n    <tr>\n"
    '      <th scope="row"><a href="{url}">{name}</a></th>\n'
    '      <td class="wide-only">{standing}</td>\n'
    '      <td class="num">{total}</td>\n'
    '      <td class="num">{share}</td>\n'
    '      <td class="bar-cell">{bar}</td>\n'
    "    </tr>\n  "
)


@register.simple_tag
def state_table_rows(rows, statuses) -> str:
    """The rows of the list of States (some 250): built here with the filters the template would apply (``intcomma``,
    ``percent``, ``breakdown_bar``), as template nodes they cost more than the rest of the page. What is the same
    for every row is looked up once: the address of a State's page (reversed once, its code put in), the words of
    the treaty statuses, of a share and of an empty bar, the language's way of grouping digits. Every piece of text
    is escaped here."""
    head, _code, tail = reverse("dashboards:state", args=["AAA"]).rpartition("AAA")
    numbers, empty, share_pattern = _Numbers(), _empty_bar(), _("%(value)s%%")
    standings: dict[str, str] = {}
    lines = []
    for row in rows:
        actor = row.obj
        status = actor.treaty_status
        if status not in standings:
            standings[status] = escape(ActorTreatyStatus(status).label if status else "")
        lines.append(
            STATE_ROW.format(
                url=escape(f"{head}{actor.iso3}{tail}" if actor.iso3 else None),
                name=escape(row.label),
                standing=standings[status],
                total=escape(numbers(row.breakdown.total)),
                share=escape("—" if row.share is None else share_pattern % {"value": round(row.share * 100)}),
                bar=_bar(row.breakdown, statuses, numbers, empty),
            )
        )
    return mark_safe("".join(lines))


@register.simple_tag
def commitment_items(commitments, length: int) -> str:
    """``<li>`` of each commitment: its status badge and its text cut to ``length`` characters, linked to its page
    (a plan's page lists some 170). The template's ``truncatechars``, called here only on a text longer than
    ``length`` (a shorter one comes back as it is); one link reversed and one badge per status for the whole list
    (per item they were two thirds of the plan page's time). The text is escaped here. ``commitments``: anything
    with ``pk``, ``text`` and ``overall_status`` (``selectors.Line``, or a commitment)."""
    return _commitment_lines(commitments, length, _CommitmentLinks())


class _CommitmentLinks:
    """The address of a commitment's page, reversed once, and one badge per status: shared by every list a page
    draws."""

    def __init__(self):
        self.head, _zero, self.tail = reverse("dashboards:commitment", args=[0]).rpartition("0")
        self.badges: dict = {}

    def badge(self, status) -> str:
        key = status.pk if status is not None else None
        if key not in self.badges:
            self.badges[key] = status_badge(status)
        return self.badges[key]


def _cut(text: str, length: int) -> str:
    """``truncatechars``, called only where it may cut: a text of ``length`` characters or fewer comes back as the
    filter returns it, in Unicode's composed form (NFC), without the filter's walk through every character."""
    if len(text) <= length:
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    return truncatechars(text, length)


def _commitment_lines(commitments, length: int, links: _CommitmentLinks) -> str:
    items = []
    for commitment in commitments:
        text = _cut(commitment.text, length)
        url = escape(f"{links.head}{commitment.pk}{links.tail}")
        items.append(f'<li>{links.badge(commitment.overall_status)} <a href="{url}">{escape(text)}</a></li>')
    return mark_safe("".join(items))


@register.simple_tag
def action_articles(actions, statuses) -> str:
    """The ``<article>`` of each action of a plan's section, as the template's loop wrote them (whitespace too):
    its number, its text with its source paragraph, its breakdown bar, its latest commitments (``action.shown``,
    120 characters each) and the links to its feed and its list (a plan has some 50 actions; as template nodes
    they cost as much as the rest of the page). The words the template translated are translated here with the
    same messages: ``{% translate %}`` escaped its result, ``{% blocktranslate %}`` only the values it put in.
    Every piece of text is escaped here."""
    links = _CommitmentLinks()
    listed = escape(reverse("dashboards:commitments"))
    source, feed = escape(_("Source paragraph")), escape(_("Atom feed"))
    articles = []
    for action in actions:
        number = escape(formats.localize(action.number))
        title = _("Action #%(number)s") % {"number": number}
        text = ""
        if action.text:
            attributes = meta = ""
            if action.paragraph:
                url = escape(action.paragraph.get_absolute_url())
                attributes = f' lang="{escape(action.paragraph.language)}" cite="{url}"'
                meta = f'<p class="meta"><a href="{url}">{source}</a></p>'
            quoted = linebreaksbr(action.text, autoescape=True)
            text = f"\n      <blockquote{attributes}>{quoted}</blockquote>\n      {meta}\n    "
        total = action.breakdown.total
        progress = ""
        if total:
            ref = action.ref
            feed_url = escape(reverse("dashboards:action-feed", args=[ref]))
            linked = ngettext("%(formatted)s linked commitment", "All %(formatted)s linked commitments", total) % {
                "formatted": escape(formats.localize(intcomma(total)))
            }
            progress = (
                '\n      <ul class="commitments">\n        '
                f"{_commitment_lines(action.shown, 120, links)}"
                "\n      </ul>\n      "
                f'<p><a href="{feed_url}" class="feed">{feed}</a> ·\n      '
                f'<a href="{listed}?action={escape(ref)}">{linked}</a></p>\n      '
            )
        articles.append(
            f'\n  <article class="action" id="action-{number}">\n'
            f'    <h3><a href="#action-{number}">{title}</a></h3>\n'
            f"    {text}\n"
            '    <div class="action-progress">\n'
            f"      {breakdown_bar(action.breakdown, statuses)}\n"
            f"      {progress}\n"
            "    </div>\n"
            "  </article>\n  "
        )
    return mark_safe("".join(articles))


COMMITMENT_ROW = (  # the whitespace of the template's loop, so that the page reads the same
    "\n  <li>\n"
    "    {badge}\n"
    '    <a href="{url}">{text}</a>\n'
    '    <span class="meta">{kind}\n'
    "      {themes}\n"
    "      {target}\n"
    '      · <a href="{paragraph_url}">{paragraph}</a>\n'
    "    </span>\n"
    "  </li>\n  "
)


@register.simple_tag
def commitment_rows(commitments) -> str:
    """The ``<li>`` of each commitment of a page of the list of commitments, as the template's loop wrote them:
    badge, text cut to 200 characters, kind, themes (``commitment.theme_names``), target date and source paragraph,
    with ``paragraph__document`` and ``overall_status`` loaded. One link reversed and one badge per status for the
    page. The words the template translated are translated here with the same messages (``{% blocktranslate %}``
    escaped only the values it put in). Every piece of text is escaped here."""
    links = _CommitmentLinks()
    rows = []
    for commitment in commitments:
        paragraph = commitment.paragraph
        target = ""
        if commitment.target_date:
            day = escape(date(commitment.target_date, "DATE_FORMAT"))
            target = " · " + _("target %(day)s") % {"day": day}
        source = _("¶ %(label)s of %(document)s") % {
            "label": escape(paragraph.display_label),
            "document": escape(_cut(paragraph.document.localized_title, 60)),
        }
        rows.append(
            COMMITMENT_ROW.format(
                badge=links.badge(commitment.overall_status),
                url=escape(f"{links.head}{commitment.pk}{links.tail}"),
                text=escape(_cut(commitment.text, 200)),
                kind=escape(commitment.get_kind_display()),
                themes="".join(f" · {escape(name)}" for name in commitment.theme_names),
                target=target,
                paragraph_url=escape(paragraph.get_absolute_url()),
                paragraph=source,
            )
        )
    return mark_safe("".join(rows))


@register.simple_tag
def select_options(choices, selected) -> str:
    """The ``<option>`` elements of a filter's ``<select>``: (value, label) pairs, those in ``selected`` marked.

    Built in Python: the list of States alone is some 200 options, which cost more as template nodes than the rest
    of the commitments page. Values and labels are escaped here."""
    chosen = {str(value) for value in selected or ()}
    return mark_safe(
        "".join(
            f'<option value="{escape(value)}"{" selected" if str(value) in chosen else ""}>{escape(label)}</option>'
            for value, label in choices
        )
    )


@register.filter
def percent(share) -> str:
    """0.4213 -> "42 %" in the active language's way of writing numbers; "—" when there is no share."""
    if share is None:
        return "—"
    return _("%(value)s%%") % {"value": round(share * 100)}


@register.simple_tag(takes_context=True)
def language_links(context) -> str:
    """The same page in each language (the current one marked, not linked)."""
    request = context["request"]
    current = context.get("LANGUAGE_CODE", "en")
    links = []
    for code, _name in settings.LANGUAGES:
        name = get_language_info(code)["name_local"]
        if code == current:
            links.append(format_html('<span aria-current="true" lang="{}">{}</span>', code, name))
        else:
            url = translate_url(request.get_full_path(), code)
            links.append(format_html('<a href="{}" lang="{}" hreflang="{}">{}</a>', url, code, code, name))
    return format_html_join("", "<li>{}</li>", ((link,) for link in links))


@register.simple_tag(takes_context=True)
def page_url(context, number) -> str:
    """The current list's address with another page number (filters kept)."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.simple_tag
def status_counts(breakdown, statuses) -> list[int]:
    """The counts of a breakdown in the order of ``statuses`` (0 where none), for table cells."""
    return [breakdown.counts.get(status.pk, 0) for status in statuses]


@register.simple_tag
def status_items(breakdown, statuses) -> list:
    """(status, count) pairs of a breakdown with a count, in the vocabulary's order."""
    return breakdown.items(statuses)


@register.simple_tag
def standing_label(standing) -> str:
    """ "3rd of 42" or, when other States stand at the same point, "joint 3rd of 42", in the active language."""
    place = strip_tags(ordinal(standing.rank))  # French humanize writes 1<sup>er</sup>
    if standing.joint:
        return _("joint %(place)s of %(total)s") % {"place": place, "total": standing.of}
    return _("%(place)s of %(total)s") % {"place": place, "total": standing.of}
