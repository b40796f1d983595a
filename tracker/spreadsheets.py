"""Cells a spreadsheet will not evaluate. A text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is a formula to Excel or LibreOffice when the file is opened (``=HYPERLINK(...)`` in a commitment's text
would be live). Every CSV and XLSX the tracker writes goes through here (OWASP, "CSV Injection"):

- CSV: such a text is prefixed with a single quote, which spreadsheets show as text and do not evaluate;
- XLSX: the cell is written with the string type, never as a formula (the text is unchanged).
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from import_export.formats import base_formats

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def csv_cell(value):
    """The value, with a single quote before it when a spreadsheet would take it for a formula."""
    return "'" + value if is_formula_like(value) else value


def csv_row(values: Iterable) -> list:
    return [csv_cell(value) for value in values]


def xlsx_row(sheet, values: Iterable) -> list:
    """Cells for ``sheet.append`` (a write-only sheet too): a formula-like text is a string cell."""
    from openpyxl.cell import WriteOnlyCell

    row = []
    for value in values:
        if is_formula_like(value):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            row.append(cell)
        else:
            row.append(value)
    return row


def xlsx_bytes(title: str, headers: list, rows: Iterable[Iterable]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "Sheet")
    sheet.append(xlsx_row(sheet, headers))
    for values in rows:
        sheet.append(xlsx_row(sheet, values))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class SafeCSV(base_formats.CSV):
    """The admin's CSV export (django-import-export), formula-like texts quoted."""

    def export_data(self, dataset, **kwargs):
        for index, row in enumerate(list(dataset)):
            dataset[index] = csv_row(row)
        dataset.headers = csv_row(dataset.headers or [])
        return super().export_data(dataset, **kwargs)


class SafeXLSX(base_formats.XLSX):
    """The admin's XLSX export (django-import-export), formula-like texts as string cells."""

    def export_data(self, dataset, **kwargs):
        return xlsx_bytes(dataset.title or "Sheet", list(dataset.headers or []), list(dataset))
