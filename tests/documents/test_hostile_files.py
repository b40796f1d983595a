"""Hostile files are refused by their content, before parsing, with a clear message and nothing left behind."""

import io
import os
import time
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
    assert response.status_code == 413 and "paragraphs" in response.json()["file"][0]
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


# --- Limits by what is parsed (issue 24, items 1 and 9) ---------------------------------------------------------

WORD_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def prefixed(count: int, prefix: bytes = b"ns0") -> bytes:
    """A body whose paragraphs are written ``<ns0:p>``: the Word namespace under another prefix."""
    p = prefix
    return (
        b"<" + p + b':document xmlns:' + p + b'="' + WORD_NS + b'"><' + p + b":body>"
        + (b"<" + p + b":p><" + p + b":r><" + p + b":t>x</" + p + b":t></" + p + b":r></" + p + b":p>") * count
        + b"</" + p + b":body></" + p + b":document>"
    )  # fmt: skip


def refused_quickly(name: str, data: bytes) -> str:
    started = time.perf_counter()
    with pytest.raises(IngestionError) as refusal:
        check_source(Source(name, data))
    assert time.perf_counter() - started < 1.0
    return str(refusal.value)


def test_paragraphs_under_another_namespace_prefix_are_counted():
    assert "number of paragraphs" in refused_quickly("bomb.docx", docx(prefixed(sources.MAX_PARAGRAPHS + 1)))
    bomb = docx(prefixed(300_000))  # the probe's file: 300,000 paragraphs in ~40 KB
    assert len(bomb) < 100_000
    assert "is over the limit" in refused_quickly("bomb.docx", bomb)


def test_a_word_file_under_the_paragraph_limit_with_another_prefix_passes():
    check_source(Source("fine.docx", docx(prefixed(100))))


def test_a_huge_text_node_is_refused_without_the_xml_librarys_message():
    node = docx(b'<w:document xmlns:w="' + WORD_NS + b'"><w:body><w:p><w:r><w:t>' + b"a" * 20_000_000 + b"</w:t>")
    message = refused_quickly("node.docx", node)
    assert "size of its text" in message and "Resource limit" not in message


def test_a_body_of_endless_empty_elements_is_refused():
    many = docx(b'<w:document xmlns:w="x"><w:body>' + b"<a/>" * sources.MAX_DOCX_TAGS + b"</w:body>")
    assert "XML tags" in refused_quickly("many.docx", many)


def test_a_malformed_word_body_gets_a_plain_message():
    assert "not well-formed XML" in refused_quickly("broken.docx", docx(b"<w:document><w:body></w:nope>"))


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(1_000_000),  # random bytes
        bytes(byte or 1 for byte in os.urandom(1_000_000)),  # random bytes without a NUL
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + os.urandom(200_000),  # an executable's header
        ("We will act.\x01\x02\x03\x04 " * 50_000).encode(),  # valid UTF-8, full of control characters
    ],
    ids=["random", "random-without-nul", "executable", "control-characters"],
)
def test_a_binary_file_named_txt_is_refused(data):
    assert "binary, not text" in refused_quickly("notes.txt", data)


def test_a_text_file_of_too_many_paragraphs_or_pages_is_refused():
    assert "number of paragraphs" in refused_quickly("long.txt", b"1. We act.\n\n" * (sources.MAX_PARAGRAPHS + 1))
    assert "number of pages" in refused_quickly("pages.txt", b"x\f" * (sources.MAX_PAGES + 1))


def test_a_text_file_of_too_many_characters_is_refused(monkeypatch):
    monkeypatch.setattr(sources, "MAX_TEXT_CHARS", 100_000)
    assert "size of its text" in refused_quickly("big.txt", b"word " * 30_000)


def test_ordinary_text_in_latin_1_passes():
    check_source(Source("note.txt", "1. Les États parties s'engagent à agir.\n\n".encode("latin-1") * 50))


def test_a_binary_txt_upload_is_refused_by_the_api_and_nothing_is_stored(staff_user, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    from django.core.files.uploadedfile import SimpleUploadedFile

    started = time.perf_counter()
    upload = SimpleUploadedFile("program.txt", os.urandom(1_000_000))
    response = write_client(staff_user).post(f"{API}/documents/", {"file": upload}, format="multipart")
    assert time.perf_counter() - started < 1.0
    assert response.status_code == 415 and "binary" in response.json()["file"][0]
    assert not IngestionJob.objects.exists() and not any(tmp_path.rglob("*"))


def test_the_pipeline_counts_paragraphs_as_it_reads_and_fails_the_job(
    monkeypatch, settings, tmp_path, django_capture_on_commit_callbacks
):
    """What the check before storing cannot see (a PDF's text) is counted as it is read: the job fails clearly."""
    settings.MEDIA_ROOT = str(tmp_path)
    from documents.ingestion import pipeline
    from documents.ingestion.pipeline import Overrides
    from documents.services import ingestion_job_create

    monkeypatch.setattr(pipeline, "MAX_PARAGRAPHS", 3)
    five = b"1. One.\n\n2. Two.\n\n3. Three.\n\n4. Four.\n\n5. Five.\n"
    with django_capture_on_commit_callbacks(execute=True):
        job = ingestion_job_create(name="five.txt", data=five, overrides=Overrides())
    job.refresh_from_db()
    assert job.state == IngestionJob.State.FAILED
    assert "number of paragraphs is over the limit of 3" in job.error
    assert not Document.objects.exists()
