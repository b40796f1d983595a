"""What a finished block is, where that depends on the blocks around it: a numbered heading over its decimal
paragraphs, a standfirst under the title, a page that goes on with a time or a date. Each rule is general (nothing
here knows a particular document); the segmenter asks them when it emits a block, knowing the next one."""

from __future__ import annotations

import re

from documents.ingestion.dates import DATE
from documents.ingestion.labels import BULLET, NUMBER, PATH, UPPER, Label, parse_label
from documents.ingestion.lines import STARTS_WITH_TIME, is_heading_like


def label_of(text: str, last_upper: str) -> tuple[Label | None, str, str]:
    """The block's label, the rest, and the last upper-case letter label so far. An upper-case letter out of
    sequence (not "A.", not the one after ``last_upper``) before a sentence is an initial or a title ("M. Petrisch
    a estimé ..."), not a label."""
    label, rest = parse_label(text)
    if label is None or label.kind != UPPER:
        return label, rest, last_upper
    in_sequence = label.value == "A" or (last_upper and ord(label.value) == ord(last_upper) + 1)
    if not in_sequence and not is_heading_like(rest):
        return None, text, last_upper
    return label, rest, label.value


def is_numbered_heading(label: Label, rest: str, following: str | None, *, in_short_list: bool) -> bool:
    """A numbered heading-like block ("1. Objectives", "1. Opening of the meeting") over its decimal paragraphs
    ("1.1.") or over unlabelled text is an annex's or an agenda's heading; in a list of short items (after a
    chapeau or another such item: ``in_short_list``) it stays an item. ``following`` is the next block's first
    line (None at the end of the document)."""
    if label.kind != NUMBER or not label.text.endswith(".") or following is None or in_short_list:
        return False
    if not is_heading_like(rest) or rest.endswith(":"):
        return False
    next_label = parse_label(following)[0]
    if next_label is None:
        return True
    return next_label.kind == PATH and next_label.value.split(".")[0] == label.value


def is_standfirst(label: Label, following: str | None) -> bool:
    """A lone bulleted line between the title and the first paragraph (the caller knows where it stands) is a
    standfirst: front matter, not a list."""
    if label.kind != BULLET or following is None:
        return False
    next_label = parse_label(following)[0]
    return next_label is None or next_label.kind != BULLET


def goes_on_with_time_or_date(last: str, first: str) -> bool:
    """A page that stopped on a word ("... resumed on") and a next page that starts with a time or a date
    ("10.00 hrs", "3 December 1997", "3 de diciembre de 1997"): one sentence cut by the page break."""
    if not re.search(r"[^\W\d_],?$", last):
        return False
    date = DATE.match(first)
    return bool(STARTS_WITH_TIME.match(first) or (date and date.start() == 0))
