import datetime
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from documents.ingestion.as_json import document_json, parse_json
from documents.ingestion.pipeline import IngestionRequest, Overrides, parse
from documents.ingestion.sources import SUPPORTED_SUFFIXES, IngestionError, Source, check_size, check_source
from documents.models import Document, IngestionJob
from documents.services import ingestion_job_create
from documents.tasks import ingest_document
from tracker.audit import acting_as


class Command(BaseCommand):
    help = "Ingest PDF, Word, text or Markdown files (or folders of them) into documents and their paragraphs."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--meeting", help="slug of the meeting the document belongs to")
        parser.add_argument("--kind", choices=Document.Kind.values)
        parser.add_argument("--symbol", help="document symbol, e.g. APLC/CONF/2019/5/Add.1")
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="YYYY-MM-DD")
        parser.add_argument("--language", choices=["en", "fr", "es", "ar", "zh", "ru"])
        parser.add_argument("--title")
        parser.add_argument(
            "--replace", type=int, metavar="DOCUMENT_ID", help="the file is a corrected version of this document"
        )
        parser.add_argument("--dry-run", action="store_true", help="show the parse, save nothing")
        parser.add_argument("--json", action="store_true", help="print a JSON list, one object per file")

    def handle(self, *args, **options):
        files = self._files(options["paths"])
        overrides = Overrides(
            kind=options["kind"],
            meeting=options["meeting"],
            symbol=options["symbol"],
            date=options["date"],
            language=options["language"],
            title=options["title"],
        )
        replaces = self._replaced(options["replace"], files)
        results, failures = [], 0
        for path in files:
            result = self._one(path, overrides, replaces, dry_run=options["dry_run"])
            failures += "error" in result
            results.append(result)
            if not options["json"]:
                self._describe(result)
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be ingested.")

    def _files(self, paths: list[str]) -> list[Path]:
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"{raw}: no such file or folder.")
        if not files:
            raise CommandError("No file to ingest.")
        return files

    def _replaced(self, document_id: int | None, files: list[Path]) -> Document | None:
        if document_id is None:
            return None
        if len(files) != 1:
            raise CommandError("--replace takes exactly one file.")
        document = Document.objects.filter(pk=document_id).first()
        if document is None:
            raise CommandError(f"--replace: there is no document {document_id}.")
        return document

    def _one(self, path: Path, overrides: Overrides, replaces, *, dry_run: bool) -> dict:
        try:
            check_size(path.stat().st_size)  # before the file is read, stored or parsed
            source = Source(name=path.name, data=path.read_bytes())
            check_source(source)
        except IngestionError as error:  # nothing is stored for a file that cannot be ingested
            return {"file": str(path), "document": None, "error": str(error)}
        if dry_run:
            try:
                return parse_json(str(path), parse(IngestionRequest(source=source, overrides=overrides)))
            except IngestionError as error:
                return {"file": str(path), "document": None, "error": str(error)}
        user = User.objects.system_user()
        with acting_as(user):
            job = ingestion_job_create(
                name=path.name, data=source.data, overrides=overrides, user=user, replaces=replaces, dispatch=False
            )
        # The same Celery task as the admin and the API, run here and now so the result can be printed.
        ingest_document.apply(args=[job.pk])
        job.refresh_from_db()
        if job.state != IngestionJob.State.DONE:
            return {"file": str(path), "document": None, "error": job.error}
        return {**document_json(str(path), job.document), "report": job.report}

    def _describe(self, result: dict) -> None:
        if "error" in result:
            sys.stderr.write(f"{result['file']}: {result['error']}\n")
            return
        saved = f"document {result['document']}" if result["document"] else "not saved (dry run)"
        self.stdout.write(
            f"{result['file']}: {saved} — “{result['title']}”, {result['language']}, {result['date'] or 'no date'}, "
            f"{len(result['paragraphs'])} paragraphs"
        )
        if result.get("report", {}).get("vanished"):
            for gone in result["report"]["vanished"]:
                self.stdout.write(f"  vanished: {gone['label'] or '(unnumbered)'} {gone['text'][:70]}")
