"""Filling an action plan from its ingested document: sections and the text of each numbered action."""

from __future__ import annotations

import re

from django.db.models import Q

from commitments.models import Action, ActionPlan, ActionPlanSection
from documents.models import Document, Paragraph
from tracker.db import parse_id

# An action named with its number, in the usual forms: "Action #12", "Action 12:", "Acción n.º 12", "Action no 12".
_ACTION_NUMBERED = r"(?:action|acción|accion)s?\s*(?:#|n[°º.o]*\s*)?\s*(\d{1,3})\b"
# At the start of a paragraph, where an action plan prints it (the text follows).
ACTION_MARKER = re.compile(rf"^{_ACTION_NUMBERED}[\s.:–—-]*", re.IGNORECASE)
# Anywhere in a text that refers to an action ("in line with Action #23").
ACTION_MENTION = re.compile(rf"\b{_ACTION_NUMBERED}", re.IGNORECASE)
# The label the parser gave an action's paragraph ("Action #12", "Acción n.º 12", "#12").
ACTION_LABEL = re.compile(rf"^(?:{_ACTION_NUMBERED}|#(\d{{1,3}}))[\s.:]*$", re.IGNORECASE)
SECTION_HEADING = re.compile(r"^(?P<number>[IVXLC]{1,6})\.\s+(?P<title>.+)$")


def plan_for_document(document: Document) -> ActionPlan | None:
    """The plan a document is the text of: by symbol, else by its name in the title."""
    if document.kind != Document.Kind.ACTION_PLAN:
        return None
    if document.symbol:
        plan = ActionPlan.objects.filter(symbol=document.symbol).first()
        if plan is not None:
            return plan
    title = document.title.lower()
    for plan in ActionPlan.objects.all():
        names = [name.lower() for name in (plan.name_en, plan.name_fr, plan.name_es) if name]
        if any(name in title for name in names):
            return plan
    return ActionPlan.objects.filter(Q(document=document)).first()


def fill_plan_from_document(document: Document) -> int:
    """Create the plan's sections and set its actions' text from the document. Returns how many actions."""
    plan = plan_for_document(document)
    if plan is None:
        return 0
    plan.document = document
    plan.save(update_fields=["document"])
    paragraphs = list(document.paragraphs.current().order_by("position"))
    sections = _sync_sections(plan, paragraphs)
    found = _actions_by_marker(paragraphs) or _actions_by_numbered_paragraphs(paragraphs)
    for number, (paragraph, text) in found.items():
        action, _created = Action.objects.get_or_create(plan=plan, number=number)
        action.text, action.paragraph = text, paragraph
        action.section = sections.get(_section_key(paragraph.heading))
        action.save()
    return len(found)


def _section_key(heading: str) -> str:
    return heading.split(" — ")[0].strip()


def _sync_sections(plan: ActionPlan, paragraphs: list[Paragraph]) -> dict[str, ActionPlanSection]:
    sections: dict[str, ActionPlanSection] = {}
    for paragraph in paragraphs:
        key = _section_key(paragraph.heading)
        match = SECTION_HEADING.match(key)
        if not match or key in sections:
            continue
        section, _created = ActionPlanSection.objects.update_or_create(
            plan=plan,
            position=len(sections) + 1,
            defaults={"number": match.group("number"), "title": match.group("title")[:300]},
        )
        sections[key] = section
    return sections


def _actions_by_marker(paragraphs: list[Paragraph]) -> dict[int, tuple[Paragraph, str]]:
    """Actions printed as 'Action #N ...', in the paragraph itself or as the heading just above it."""
    found: dict[int, tuple[Paragraph, str]] = {}
    for paragraph in paragraphs:
        labelled = ACTION_LABEL.match(paragraph.label or "")
        if labelled and paragraph.text.strip():
            found.setdefault(int(labelled.group(1) or labelled.group(2)), (paragraph, paragraph.text.strip()))
            continue
        match = ACTION_MARKER.match(paragraph.text)
        if match and paragraph.text[match.end() :].strip():
            found.setdefault(int(match.group(1)), (paragraph, paragraph.text[match.end() :].strip()))
            continue
        heading_match = ACTION_MARKER.match(paragraph.heading.split(" — ")[-1])
        if heading_match and not paragraph.heading.split(" — ")[-1][heading_match.end() :].strip():
            found.setdefault(int(heading_match.group(1)), (paragraph, paragraph.text))
    return found


def _actions_by_numbered_paragraphs(paragraphs: list[Paragraph]) -> dict[int, tuple[Paragraph, str]]:
    """Without markers: numbered paragraphs under thematic sections (II., III. ...) are the actions;
    the first section is the introduction."""
    found: dict[int, tuple[Paragraph, str]] = {}
    for paragraph in paragraphs:
        section = SECTION_HEADING.match(_section_key(paragraph.heading))
        if not section or section.group("number") == "I" or paragraph.parent_id:
            continue
        number = parse_id(paragraph.label.rstrip(".)").strip("("), max_value=32767)
        if number is not None:
            found.setdefault(number, (paragraph, paragraph.text))
    return found
