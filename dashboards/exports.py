"""The list of States as a table to download (CSV or XLSX): the figures the page shows, one row per State.

A State's commitments are downloaded from the API's export (``/api/v1/commitments/export/?owner=MEX``), which
adds that State's own status in columns of their own."""

from __future__ import annotations

import tablib
from django.http import HttpResponse

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def states_dataset(rows, vocabulary) -> tablib.Dataset:
    """Headers are stable keys (a script reads them in any language); names are in the reader's language."""
    statuses = list(vocabulary)
    headers = ["iso3", "name", "treaty_status", "commitments", *[status.key for status in statuses]]
    dataset = tablib.Dataset(headers=[*headers, "share_completed", "mean_progress"])
    for row in rows:
        counts = [row.breakdown.counts.get(status.pk, 0) for status in statuses]
        shares = [None if value is None else round(value * 100, 1) for value in (row.share, row.progress)]
        dataset.append([row.obj.iso3, row.label, row.obj.treaty_status, row.breakdown.total, *counts, *shares])
    return dataset


def download(dataset: tablib.Dataset, file_format: str, name: str) -> HttpResponse:
    content = dataset.export(file_format)
    response = HttpResponse(content, content_type=FORMATS[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response
