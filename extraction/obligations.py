"""Decisions on the Convention's obligations found in a text: an extension of a State's Article 5 deadline
granted by the States Parties, or a State's declaration that it has completed an obligation.

A match becomes part of a candidate (``suggestions["obligation"]``); accepting the candidate records the new
deadline, or the completion, with the paragraph as its source."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from commitments.models import ObligationKind
from documents.ingestion.dates import find_date
from extraction.owners import ActorDirectory

_STATE = r"(?P<state>[^.;:]{3,120}?)"
EXTENSION = [
    re.compile(p, re.IGNORECASE | re.DOTALL)
    for p in (
        # en: "agreed to grant the request submitted by X for an extension of its deadline until 1 March 2028"
        rf"\bgrant(?:ed|s|ing)?\s+the\s+request\s+(?:submitted\s+|made\s+)?by\s+{_STATE}\s+for\s+an\s+extension\s+"
        r"of\s+its\s+(?:Article\s+5\s+)?deadline\b[^.;]*?\b(?:until|to)\s+(?P<date>[^.;]+)",
        # fr: "décidé d'accéder à la demande de prolongation du délai présentée par X ... jusqu'au 1er mars 2028"
        r"\b(?:accéder|faire\s+droit|accorder|octroyer)\b[^.;]*?\bdemande\s+de\s+prolongation\b[^.;]*?"
        rf"\bprésentée\s+par\s+{_STATE}[^.;]*?\bjusqu['’]au\s+(?P<date>[^.;]+)",
        # es: "convino en conceder la solicitud de prórroga presentada por X ... hasta el 1 de marzo de 2028"
        r"\bconceder\b[^.;]*?\bsolicitud\s+de\s+prórroga\b[^.;]*?"
        rf"\bpresentada\s+por\s+{_STATE}[^.;]*?\bhasta\s+el\s+(?P<date>[^.;]+)",
        # Any other wording of a grant: the State is the first one named between the granting verb and the date
        # ("granted Tajikistan an extension ... until", "a accordé au Tadjikistan la prolongation ... jusqu'au",
        # "concedió a Tayikistán la prórroga ... hasta el").
        r"\b(?:grant|approv|accept|agree)\w*(?P<state>)[^.;]*?\bextension\b[^.;]*?\buntil\s+(?P<date>[^.;]+)",
        r"\b(?:accord|accéd|approuv|fait\s+droit|octroy)\w*(?P<state>)[^.;]*?\bprolongation\b[^.;]*?"
        r"\bjusqu['’]au\s+(?P<date>[^.;]+)",
        r"\b(?:conced|concedi|aprob|acced|accedi|acord)\w*(?P<state>)[^.;]*?\bprórroga\b[^.;]*?\bhasta\s+el\s+"
        r"(?P<date>[^.;]+)",
    )
]
COMPLETION = [
    re.compile(p, re.IGNORECASE | re.DOTALL)
    for p in (
        rf"{_STATE}\s+(?:has\s+)?(?:declared|announced|reported|confirmed)\s+(?:the\s+)?(?:completion\s+of|that\s+it\s+"
        r"(?:has|had)\s+completed)\s+(?P<what>[^.;]+)",
        rf"{_STATE}\s+(?:a\s+)?(?:déclaré|annoncé|indiqué)\s+(?:avoir\s+achevé|l['’]achèvement\s+de)\s+(?P<what>[^.;]+)",
        rf"{_STATE}\s+(?:ha\s+)?(?:declarado|declaró|anunciado|anunció|informado|informó)\s+(?:que\s+ha\s+)?"
        r"(?:concluido|completado|cumplido|la\s+conclusión\s+de)\s+(?P<what>[^.;]+)",
    )
]
STOCKPILES = re.compile(r"\b(?:article\s+4|stockpile|stocks|existencias|arsenales)\b", re.IGNORECASE)
CLEARANCE = re.compile(r"\b(?:article\s+5|artículo\s+5|clearance|déminage|desminado|limpieza)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ObligationDecision:
    action: str  # "extend" or "complete"
    state_code: str
    kind: str
    date: datetime.date

    def as_json(self) -> dict:
        return {"action": self.action, "state": self.state_code, "kind": self.kind, "date": self.date.isoformat()}


def find_obligation_decision(
    text: str, directory: ActorDirectory, document_date: datetime.date | None
) -> ObligationDecision | None:
    """The first extension or completion the paragraph records, with the State named in it."""
    for pattern in EXTENSION:
        match = pattern.search(text)
        # The State is named between "by"/"par"/"por" and the date (the group alone may stop short).
        states = directory.states_in(text[match.start("state") : match.start("date")]) if match else []
        deadline = find_date(match.group("date")) if match else None
        if states and deadline:
            return ObligationDecision("extend", states[0].iso3, ObligationKind.CLEARANCE, deadline)
    for pattern in COMPLETION:
        match = pattern.search(text)
        states = directory.states_in(match.group("state")) if match else []
        if not states or document_date is None:
            continue
        what = match.group("what")
        kind = ObligationKind.STOCKPILE_DESTRUCTION if STOCKPILES.search(what) else None
        kind = kind or (ObligationKind.CLEARANCE if CLEARANCE.search(what) else None)
        if kind:
            return ObligationDecision("complete", states[0].iso3, kind, find_date(what) or document_date)
    return None
