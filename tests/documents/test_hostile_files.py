"""Hostile files are refused by their content, before parsing, with a clear message and nothing left behind."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command

from documents.ingestion import sources
from documents.ingestion.sources import IngestionError, Source, check_source
from documents.models import Document, IngestionJob
from tests.api_support import API, write_client

pytestmark = pytest.mark.django_db

WORD_PARTS = {
    "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
}


def docx(body: bytes, extra: dict | None = None, repeat: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in {**WORD_PARTS, **(extra or {})}.items():
            archive.writestr(name, content)
        archive.writestr("word/document.xml", body)
        if repeat:
            archive.writestr(repeat, b"again")
    return buffer.getvalue()


def paragraphs(count: int) -> bytes:
    return (
        b'<w:document xmlns:w="x"><w:body>' + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * count + b"</w:body></w:document>"
    )


def test_a_word_file_that_unfolds_into_too_many_paragraphs_is_refused_before_parsing():
    bomb = docx(paragraphs(sources.MAX_PARAGRAPHS + 1))
    assert len(bomb) < 100_000  # small on disk
    with pytest.raises(IngestionError, match="number of paragraphs"):
        check_source(Source("bomb.docx", bomb))


def test_a_word_file_with_one_huge_text_node_is_refused(monkeypatch):
    monkeypatch.setattr(sources, "MAX_DOCX_BODY", 1_000_000)
    huge = docx(b"<w:document><w:body><w:p><w:r><w:t>" + b"a" * 2_000_000 + b"</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(IngestionError, match="size of its text"):
        check_source(Source("huge.docx", huge))


def test_a_word_file_with_duplicate_parts_is_refused():
    with pytest.warns(UserWarning):  # zipfile itself warns of the duplicate name
        twice = docx(paragraphs(1), repeat="word/document.xml")
    with pytest.raises(IngestionError, match="same part twice"):
        check_source(Source("twice.docx", twice))


def test_too_many_parts_are_refused(monkeypatch):
    monkeypatch.setattr(sources, "MAX_DOCX_ENTRIES", 5)
    many = docx(paragraphs(1), extra={f"word/media/{n}.bin": b"x" for n in range(10)})
    with pytest.raises(IngestionError, match="number of parts"):
        check_source(Source("many.docx", many))


def test_the_type_comes_from_the_content_not_the_name():
    with pytest.raises(IngestionError, match=r"not a valid \.docx"):
        check_source(Source("report.docx", b"MZ\x90\x00 an executable, renamed"))


def test_an_upload_refused_leaves_no_job_and_no_file(staff_user, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    from django.core.files.uploadedfile import SimpleUploadedFile

    bomb = SimpleUploadedFile("bomb.docx", docx(paragraphs(sources.MAX_PARAGRAPHS + 1)))
    response = write_client(staff_user).post(f"{API}/documents/", {"file": bomb}, format="multipart")
    assert response.status_code == 400 and "paragraphs" in response.json()["file"][0]
    assert not IngestionJob.objects.exists() and not Document.objects.exists()
    assert not any(tmp_path.rglob("*.docx"))


def test_the_command_refuses_an_over_size_file_before_storing_it(settings, tmp_path, capsys):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.INGEST_MAX_UPLOAD_MB = 1
    big = tmp_path / "big.txt"
    big.write_text("1. We will act.\n\n" * 100_000)
    with pytest.raises(CommandError, match="could not be ingested"):
        call_command("ingest", str(big))
    assert "the limit is 1 MB" in capsys.readouterr().err
    assert not IngestionJob.objects.exists()
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").rglob("*"))
