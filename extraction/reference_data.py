"""Reference data of the extractor: the per-language phrase tables staff can edit, and who may review."""

from __future__ import annotations

import csv
from pathlib import Path

from extraction.models import ExtractionRule
from tracker.db import LoadReport, upsert
from tracker.reference_data import ISU_STAFF_GROUP, app_permissions, grant

RULES_DIR = Path(__file__).resolve().parent / "rules"
# Shipped rules since revised: switched off where an earlier load left them (staff's own rules are untouched).
RETIRED_RULES = Path(__file__).resolve().parent / "retired_rules.csv"


def load_reference_data(report: LoadReport) -> None:
    load_extraction_rules(report)
    grant(report, ISU_STAFF_GROUP, app_permissions("extraction"))


def load_extraction_rules(report: LoadReport) -> None:
    """The per-language pattern tables (``extraction/rules/<language>.csv``). Rules staff added stay."""
    for path in sorted(RULES_DIR.glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                values = {"kind": row["kind"], "weight": float(row["weight"]), "note": row["note"] or ""}
                report.count(
                    "extraction rules",
                    upsert(ExtractionRule, {"language": path.stem, "pattern": row["pattern"]}, values)[1],
                )
    with RETIRED_RULES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            retired = ExtractionRule.objects.filter(language=row["language"], pattern=row["pattern"], is_active=True)
            report.count("retired extraction rules", retired.update(is_active=False))
