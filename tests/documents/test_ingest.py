"""Ingestion end to end: the command, the task, storage, bad input, corrected versions, action plans, the admin."""

import io
import json
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from commitments.models import Action, ActionPlan, Commitment
from documents.ingestion.pipeline import Overrides
from documents.models import Document, IngestionJob, Meeting, Paragraph
from documents.services import ingestion_job_create
from documents.tasks import ingest_document
from tests.factories import with_owners
from tracker.models import OutboxMessage

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parents[2] / "documents" / "corpus"


def ingest_json(*args) -> list[dict]:
    out = io.StringIO()
    call_command("ingest", *map(str, args), "--json", stdout=out)
    return json.loads(out.getvalue())


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def pdf_bytes(pages: list[list[str]], *, header: str = "", password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_y(-20)
        pdf.cell(0, 8, str(number), align="C")
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    return bytes(pdf.output())


# The command and its JSON contract


def test_ingest_json_lists_each_file_with_its_paragraphs_in_order():
    [result] = ingest_json(CORPUS / "2020-va-financing-concept-note-es.txt")
    assert set(result) >= {"file", "document", "title", "date", "language", "paragraphs"}
    document = Document.objects.get(pk=result["document"])
    assert result["language"] == "es"
    labels = [(p["label"], p["parent"]) for p in result["paragraphs"] if p["label"]]
    assert labels[:6] == [(f"{n}.", None) for n in range(1, 7)]
    assert labels[6:] == [(f"{letter}.", "6.") for letter in "abcdefg"]
    assert set(result["paragraphs"][0]) == {"label", "parent", "heading", "language", "text"}
    assert result["paragraphs"][0]["label"] is None
    assert document.paragraphs.count() == len(result["paragraphs"])
    assert document.paragraphs.get(label="c.").parent.label == "6."


def test_ingesting_the_same_file_twice_makes_one_document():
    first = ingest_json(CORPUS / "2009-cartagena-declaration.txt")[0]
    second = ingest_json(CORPUS / "2009-cartagena-declaration.txt")[0]
    assert first["document"] == second["document"]
    assert Document.objects.count() == 1
    assert Paragraph.objects.count() == 21
    assert second["report"]["created"] is False


def test_cartagena_is_linked_to_the_second_review_conference():
    [result] = ingest_json(CORPUS / "2009-cartagena-declaration.txt")
    document = Document.objects.get(pk=result["document"])
    assert document.meeting.slug == "2revcon-cartagena-2009"
    assert document.date.isoformat() == "2009-12-04"
    assert document.kind == "declaration"
    assert document.checksum and document.source_file.name.endswith(".txt")


def test_baku_conference_becomes_a_meeting_with_its_dates():
    [result] = ingest_json(CORPUS / "2022-baku-conference-conclusions.txt")
    meeting = Document.objects.get(pk=result["document"]).meeting
    assert (meeting.city, meeting.country.code, meeting.kind) == ("Baku", "AZ", Meeting.Kind.THEMATIC_CONFERENCE)
    assert (meeting.start_date.isoformat(), meeting.end_date.isoformat()) == ("2022-03-31", "2022-04-01")


def test_overrides_win_over_what_was_detected():
    [result] = ingest_json(
        CORPUS / "2020-mexico-statement-cooperation-es.txt",
        "--kind",
        "statement",
        "--date",
        "2020-06-30",
        "--symbol",
        "APLC/CCAC/2020/MEX",
        "--meeting",
        "4revcon-oslo-2019",
    )
    document = Document.objects.get(pk=result["document"])
    assert (document.kind, document.date.isoformat(), document.symbol) == (
        "statement",
        "2020-06-30",
        "APLC/CCAC/2020/MEX",
    )
    assert document.meeting.slug == "4revcon-oslo-2019"


def test_dry_run_saves_nothing():
    [result] = ingest_json(CORPUS / "2009-cartagena-declaration.txt", "--dry-run")
    assert result["document"] is None and len(result["paragraphs"]) == 21
    assert (Document.objects.count(), Paragraph.objects.count(), IngestionJob.objects.count()) == (0, 0, 0)


def test_folders_are_ingested_file_by_file(tmp_path):
    write(tmp_path, "a.txt", "1. We will act now on victim assistance.\n")
    write(tmp_path, "b.md", "# Note\n\nNous nous engageons à agir.\n")
    write(tmp_path, "ignored.csv", "x,y\n")
    results = ingest_json(tmp_path)
    assert [Path(r["file"]).name for r in results] == ["a.txt", "b.md"]
    assert [r["language"] for r in results] == ["en", "fr"]


def test_paragraph_permalinks_resolve_to_the_document_page(client):
    [result] = ingest_json(CORPUS / "2009-cartagena-declaration.txt")
    paragraph = Paragraph.objects.get(document_id=result["document"], label="14.")
    assert paragraph.get_absolute_url() == f"/documents/{result['document']}/#p14"
    page = client.get(f"/documents/{result['document']}/").content.decode()
    assert 'id="p14"' in page and paragraph.text in page


# Formats


def test_a_pdf_is_read_page_by_page_without_its_furniture(tmp_path):
    page_one = [
        "1. Les États parties se sont engagés à détruire tous les stocks de mines antipersonnel.",
        "2. Ils s'engagent à renforcer l'assistance aux victimes et la coopération internationale.",
    ]
    page_two = ["3. Ils invitent les organisations internationales à appuyer les efforts de déminage."]
    path = write(tmp_path, "rapport.pdf", pdf_bytes([page_one, page_two], header="APLC/MSP.99/2030/1"))
    [result] = ingest_json(path)
    assert [p["label"] for p in result["paragraphs"]] == ["1.", "2.", "3."]
    assert result["language"] == "fr"
    assert result["symbol"] == "APLC/MSP.99/2030/1"
    assert all("APLC/" not in p["text"] for p in result["paragraphs"])


def test_a_word_file_keeps_its_headings(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("Conclusiones de la reunión", level=1)
    word.add_paragraph("1. Los participantes se comprometen a apoyar a las víctimas.")
    word.add_heading("Cooperación", level=2)
    word.add_paragraph("2. Se recomienda crear un fondo regional para movilizar recursos.")
    buffer = io.BytesIO()
    word.save(buffer)
    [result] = ingest_json(write(tmp_path, "conclusiones.docx", buffer.getvalue()))
    assert [(p["label"], p["heading"]) for p in result["paragraphs"]] == [
        ("1.", "Conclusiones de la reunión"),
        ("2.", "Cooperación"),
    ]
    assert result["language"] == "es"


# Bad input: a clear message, a non-zero exit, nothing left behind


def _pdf_without_text() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "The file is empty."),
        ("garbage.txt", bytes(range(256)) * 40, "The file is binary, not text"),
        ("scan.pdf", "scan", "no text layer (it is a scan): it needs OCR"),
        ("locked.pdf", "locked", "The PDF is encrypted"),
        ("broken.pdf", b"%PDF-1.7 this is not really a pdf", "The PDF cannot be read"),
        ("table.xls", b"\xd0\xcf\x11\xe0 spreadsheet", "Unsupported file type “.xls”"),
        ("headings.md", "# Title only\n\n## Another heading\n", "No paragraph of text was found"),
    ],
)
@pytest.mark.parametrize("dry_run", [False, True], ids=["store", "dry-run"])
def test_bad_files_are_refused_with_a_clear_message(tmp_path, capsys, name, content, message, dry_run):
    if content == "scan":
        content = _pdf_without_text()
    elif content == "locked":
        content = pdf_bytes([["1. Confidential."]], password="secret")
    path = write(tmp_path, name, content)
    with pytest.raises(CommandError, match="could not be ingested"):
        call_command("ingest", str(path), *(["--dry-run"] if dry_run else []), stdout=io.StringIO())
    assert message in capsys.readouterr().err
    assert (Document.objects.count(), Paragraph.objects.count()) == (0, 0)
    # Refused by the checks before storing: nothing at all; refused while parsing: a failed job saying why.
    for job in IngestionJob.objects.all():
        assert job.state == IngestionJob.State.FAILED and message in job.error


def test_a_file_over_the_size_limit_is_refused(tmp_path, settings, capsys):
    settings.INGEST_MAX_UPLOAD_MB = 1
    path = write(tmp_path, "big.txt", "1. We will act. " * 70_000)
    with pytest.raises(CommandError):
        call_command("ingest", str(path), stdout=io.StringIO())
    assert "the limit is 1 MB" in capsys.readouterr().err
    assert Document.objects.count() == 0


def test_errors_are_in_the_json_output_too(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(path), "--json", stdout=out)
    assert json.loads(out.getvalue()) == [{"file": str(path), "document": None, "error": "The file is empty."}]


def test_a_failure_while_storing_leaves_no_document_and_no_paragraph():
    failing_store = mock.patch("documents.ingestion.pipeline._store_footnotes", side_effect=RuntimeError("disk full"))
    with failing_store, pytest.raises(CommandError):
        call_command(
            "ingest", str(CORPUS / "2009-cartagena-declaration.txt"), stdout=io.StringIO(), stderr=io.StringIO()
        )
    assert (Document.objects.count(), Paragraph.objects.count()) == (0, 0)
    assert IngestionJob.objects.get().error == "Unexpected error: disk full"


def test_unknown_meeting_override_is_refused(capsys):
    with pytest.raises(CommandError):
        call_command(
            "ingest", str(CORPUS / "2009-cartagena-declaration.txt"), "--meeting", "nowhere", stdout=io.StringIO()
        )
    assert "There is no meeting “nowhere”." in capsys.readouterr().err


# The task


def test_the_task_is_sent_on_commit_and_running_it_twice_is_harmless(django_capture_on_commit_callbacks):
    data = (CORPUS / "2009-cartagena-declaration.txt").read_bytes()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        job = ingestion_job_create(name="cartagena.txt", data=data, overrides=Overrides())
    # Ingestion, then the proposal of candidate commitments that it sends in turn.
    # Ingestion, then the proposal of candidate commitments that it sends in turn, both through the outbox.
    assert callbacks
    sent = [(message.task, message.dispatched_at is not None) for message in OutboxMessage.objects.order_by("id")]
    assert sent == [
        ("documents.tasks.ingest_document", True),
        ("extraction.tasks.propose_commitments", True),
    ]
    job.refresh_from_db()
    assert job.state == IngestionJob.State.DONE and job.report["paragraphs"] == 21
    assert job.document.candidates.count() == 10
    assert ingest_document.apply(args=[job.pk]).get() is None  # already claimed: nothing happens
    assert Document.objects.count() == 1


def test_a_job_for_an_already_ingested_file_points_to_the_existing_document(django_capture_on_commit_callbacks):
    data = (CORPUS / "2009-cartagena-declaration.txt").read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        first = ingestion_job_create(name="a.txt", data=data, overrides=Overrides())
    with django_capture_on_commit_callbacks(execute=True):
        second = ingestion_job_create(name="b.txt", data=data, overrides=Overrides())
    first.refresh_from_db(), second.refresh_from_db()
    assert first.document == second.document
    assert second.report["created"] is False


# Corrected versions


VERSION_ONE = """Declaración de prueba

1. Los Estados partes reafirman su compromiso con un mundo libre de minas.

2. Nos comprometemos a garantizar la participación plena de las víctimas en sus comunidades.

3. Alentamos a los Estados en condiciones de hacerlo a prestar asistencia técnica.

4. Agradecemos al país anfitrión su hospitalidad.
"""
VERSION_TWO = """Declaración de prueba

1. Los Estados partes reafirman su compromiso con un mundo libre de minas.

2. Los Estados partes condenan todo empleo de minas antipersonal por cualquier actor.

3. Nos comprometemos a garantizar la participación plena y efectiva de las víctimas en sus comunidades.

4. Alentamos a los Estados en condiciones de hacerlo a prestar asistencia técnica.
"""


def test_a_corrected_version_keeps_commitments_on_their_paragraph_and_lists_what_vanished(tmp_path, mexico):
    [first] = ingest_json(write(tmp_path, "v1.txt", VERSION_ONE))
    pledge = Paragraph.objects.get(document_id=first["document"], label="2.")
    thanks = Paragraph.objects.get(document_id=first["document"], label="4.")
    commitment = with_owners(Commitment.objects.create(kind="commitment", paragraph=pledge, text=pledge.text), mexico)
    [second] = ingest_json(write(tmp_path, "v2.txt", VERSION_TWO), "--replace", first["document"])
    assert second["document"] == first["document"]
    commitment.refresh_from_db()
    assert commitment.paragraph.pk == pledge.pk
    assert commitment.paragraph.label == "3."
    assert "participación plena y efectiva" in commitment.paragraph.text
    assert [p.label for p in Paragraph.objects.current().filter(document_id=first["document"])] == [
        "1.",
        "2.",
        "3.",
        "4.",
    ]
    assert second["report"]["vanished"] == [
        {"label": "4.", "text": "Agradecemos al país anfitrión su hospitalidad.", "kept_as_withdrawn": False}
    ]
    assert not Paragraph.objects.filter(pk=thanks.pk).exists()


def test_a_vanished_paragraph_that_a_commitment_cites_is_kept_as_withdrawn(tmp_path, mexico):
    [first] = ingest_json(write(tmp_path, "v1.txt", VERSION_ONE))
    thanks = Paragraph.objects.get(document_id=first["document"], label="4.")
    with_owners(Commitment.objects.create(kind="conclusion", paragraph=thanks, text=thanks.text), mexico)
    [second] = ingest_json(write(tmp_path, "v2.txt", VERSION_TWO), "--replace", first["document"])
    thanks.refresh_from_db()
    assert thanks.withdrawn_at is not None
    assert second["report"]["vanished"][0]["kept_as_withdrawn"] is True
    assert len(second["paragraphs"]) == 4


# Action plans


PLAN_TEXT = """Plan de acción de prueba

I. Introducción

1. Este documento de prueba no reproduce ningún plan real.

II. Universalización

Action #1 Los Estados partes que no lo hayan hecho adoptarán medidas de prueba.

Action #2 Los Estados partes promoverán la adhesión en las pruebas.

III. Asistencia a las víctimas

Action #3 Los Estados partes prestarán asistencia en las pruebas.
"""


def test_ingesting_an_action_plan_fills_its_actions_and_sections(tmp_path):
    plan = ActionPlan.objects.create(code="TAP", name_en="Test Action Plan", symbol="TEST/PLAN/1")
    for number in (1, 2, 3):
        Action.objects.create(plan=plan, number=number)
    [result] = ingest_json(write(tmp_path, "plan.txt", PLAN_TEXT), "--kind", "action_plan", "--symbol", "TEST/PLAN/1")
    actions = list(plan.actions.order_by("number"))
    assert actions[0].text == "Los Estados partes que no lo hayan hecho adoptarán medidas de prueba."
    assert [a.section.title for a in actions] == ["Universalización", "Universalización", "Asistencia a las víctimas"]
    assert [s.number for s in plan.sections.all()] == ["I", "II", "III"]
    assert actions[2].paragraph.document_id == result["document"]
    plan.refresh_from_db()
    assert plan.document_id == result["document"]


def test_actions_can_be_the_numbered_paragraphs_of_thematic_sections(tmp_path):
    plan = ActionPlan.objects.create(code="TAP2", name_en="Second Test Plan", symbol="TEST/PLAN/2")
    text = PLAN_TEXT.replace("Action #1 ", "5. ").replace("Action #2 ", "6. ").replace("Action #3 ", "7. ")
    ingest_json(write(tmp_path, "plan2.txt", text), "--kind", "action_plan", "--symbol", "TEST/PLAN/2")
    assert list(plan.actions.values_list("number", flat=True)) == [5, 6, 7]
    assert plan.actions.get(number=7).text == "Los Estados partes prestarán asistencia en las pruebas."


ACTION_FORMS = {
    "en": (
        "**Action #1**\nStates Parties will review their laws.",
        "Action 2: States Parties will report.",
        "#3 States Parties will designate a focal point.",
    ),
    "fr": (
        "Action no 1 Les États parties réviseront leurs lois.",
        "**Action #2** Les États parties feront rapport.",
        "Action 3:\nLes États parties désigneront un point focal.",
    ),
    "es": (
        "Acción n.º 1 Los Estados partes revisarán sus leyes.",
        "Acción n.º 2\nLos Estados partes informarán.",
        "#3 Los Estados partes designarán un punto focal.",
    ),
}


@pytest.mark.parametrize("language", sorted(ACTION_FORMS))
def test_action_labels_in_their_usual_forms_label_the_paragraph_and_fill_the_plan(tmp_path, language):
    code = f"T{language.upper()}"
    plan = ActionPlan.objects.create(code=code, name_en=f"Plan {language}", symbol=f"TEST/{code}/1")
    text = "Test plan\n\nII. Section\n\n" + "\n\n".join(ACTION_FORMS[language]) + "\n"
    [result] = ingest_json(write(tmp_path, "plan.md", text), "--kind", "action_plan", "--symbol", f"TEST/{code}/1")
    labels = [paragraph["label"] for paragraph in result["paragraphs"] if paragraph["label"]]
    assert len(labels) == 3 and all(any(char.isdigit() for char in label) for label in labels)
    assert list(plan.actions.order_by("number").values_list("number", flat=True)) == [1, 2, 3]
    texts = list(plan.actions.order_by("number").values_list("text", flat=True))
    assert all(text.startswith(("States", "Les", "Los")) for text in texts), texts


def test_a_mention_of_an_action_is_not_a_label():
    from documents.ingestion.labels import parse_label

    assert parse_label("Action 5 of the Oslo Action Plan calls for more surveys.")[0] is None
    assert parse_label("Action #5 Surveys will be completed.")[0].text == "Action #5"


def test_oslo_action_texts_stay_empty_until_its_document_is_ingested():
    assert not Action.objects.filter(plan__code="OAP").exclude(text="").exists()


# The admin


def test_staff_upload_a_file_in_the_admin_and_see_the_job_done(staff_client, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("cartagena.txt", (CORPUS / "2009-cartagena-declaration.txt").read_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:documents_ingestionjob_add"), {"upload": upload, "kind": "", "language": "", "title": ""}
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    job = IngestionJob.objects.get()
    assert job.state == IngestionJob.State.DONE
    assert job.document.paragraphs.count() == 21
    listing = staff_client.get(reverse("admin:documents_ingestionjob_changelist")).content.decode()
    assert "Done" in listing and "A shared commitment" in listing
    assert staff_client.get(reverse("admin:documents_ingestionjob_change", args=[job.pk])).status_code == 200


def test_an_unsupported_upload_is_refused_in_the_form(staff_client):
    upload = SimpleUploadedFile("table.xls", b"\xd0\xcf\x11\xe0 data")
    response = staff_client.post(reverse("admin:documents_ingestionjob_add"), {"upload": upload})
    assert response.status_code == 200
    assert "Unsupported file type" in response.content.decode()
    assert IngestionJob.objects.count() == 0


def test_a_failed_job_shows_its_error_in_the_admin(staff_client, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("headings.md", b"# Only a heading\n")
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reverse("admin:documents_ingestionjob_add"), {"upload": upload})
    job = IngestionJob.objects.get()
    assert job.state == IngestionJob.State.FAILED
    listing = staff_client.get(reverse("admin:documents_ingestionjob_changelist")).content.decode()
    assert "Failed" in listing and "No paragraph of text was found" in listing
