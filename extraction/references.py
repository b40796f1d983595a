"""References found in a text: action plans and their actions, other instruments, other documents."""

from __future__ import annotations

import re

from commitments.models import Action, ActionPlan
from extraction.action_plans import ACTION_MENTION

# code, label, pattern (English, Spanish, French)
INSTRUMENTS = [
    (
        "CRPD",
        "Convention on the Rights of Persons with Disabilities",
        r"\bCRPD\b|\bCDPD\b|Convention on the Rights of Persons with Disabilities|"
        r"Convención sobre los Derechos de las Personas con Discapacidad|"
        r"Convention relative aux droits des personnes handicapées",
    ),
    (
        "SDG",
        "Sustainable Development Goals",
        r"\b(?:SDGs?|ODS|ODD)\b\s*(?P<goal>\d{1,2})?|Sustainable Development Goals?|Objetivos de Desarrollo Sostenible|"
        r"Objectifs de développement durable|(?:2030 Agenda|Agenda 2030)",
    ),
    (
        "CCW",
        "Convention on Certain Conventional Weapons",
        r"\bCCW\b|Convention on (?:Prohibitions or Restrictions on the Use of )?Certain Conventional Weapons",
    ),
    (
        "CCM",
        "Convention on Cluster Munitions",
        r"Convention on Cluster Munitions|Convención sobre Municiones en Racimo",
    ),
]
DECLARATIONS = re.compile(r"\b(?:(?P<en>\w+) Declaration|Declaración de (?P<es>\w+)|Déclaration de (?P<fr>\w+))\b")


class ReferenceFinder:
    def __init__(self, plans: list[ActionPlan], documents: list):
        self.plans = plans
        self.plan_patterns = []
        for plan in plans:
            names = [re.escape(name) for name in (plan.name_en, plan.name_fr, plan.name_es) if name]
            self.plan_patterns.append((plan, re.compile("|".join(names), re.IGNORECASE)))
        self.documents = documents
        self.instruments = [(code, label, re.compile(pattern, re.IGNORECASE)) for code, label, pattern in INSTRUMENTS]

    @classmethod
    def load(cls) -> ReferenceFinder:
        from documents.models import Document

        return cls(list(ActionPlan.objects.all()), list(Document.objects.only("id", "title")))

    def find(self, text: str, *, default_plan: ActionPlan | None) -> tuple[list[Action], list[dict]]:
        references: list[dict] = []
        named_plans = [plan for plan, pattern in self.plan_patterns if pattern.search(text)]
        references += [{"kind": "action_plan", "code": plan.code, "label": plan.name_en} for plan in named_plans]
        numbers = [int(match.group(1)) for match in ACTION_MENTION.finditer(text)]
        plan = named_plans[0] if named_plans else default_plan
        actions = list(Action.objects.filter(plan=plan, number__in=numbers).select_related("plan")) if plan else []
        for code, label, pattern in self.instruments:
            for match in pattern.finditer(text):
                goal = match.groupdict().get("goal")
                entry = {"kind": "instrument", "code": f"{code} {goal}" if goal else code, "label": label}
                if entry not in references:
                    references.append(entry)
        for match in DECLARATIONS.finditer(text):
            place = match.group("en") or match.group("es") or match.group("fr")
            for document in self.documents:
                if place.lower() in document.title.lower() and "declar" in document.title.lower():
                    references.append({"kind": "document", "id": document.id, "label": document.title})
        return actions, references

    def current_plan(self, date) -> ActionPlan | None:
        """The plan in force at a date: the one whose period covers it."""
        if date is None:
            return None
        for plan in self.plans:
            if plan.period_start and plan.period_end and plan.period_start <= date.year <= plan.period_end:
                return plan
        return None
