import json

from django.core.management.base import BaseCommand, CommandError

from documents.models import Document
from extraction.propose import ExtractionError, document_proposals, document_propose


class Command(BaseCommand):
    help = "Propose candidate commitments from a document's paragraphs (they wait for review in the admin)."

    def add_arguments(self, parser):
        parser.add_argument("document_id", type=int)
        parser.add_argument("--json", action="store_true", help="print the candidates as a JSON list")
        parser.add_argument("--dry-run", action="store_true", help="show the candidates, store nothing")

    def handle(self, *args, **options):
        document = Document.objects.filter(pk=options["document_id"]).first()
        if document is None:
            raise CommandError(f"There is no document {options['document_id']}.")
        try:
            proposals, warnings = document_proposals(document)
            if not options["dry_run"]:
                document_propose(document)
        except ExtractionError as error:
            raise CommandError(str(error)) from error
        for warning in warnings:
            self.stderr.write(warning)
        if options["json"]:
            self.stdout.write(json.dumps([p.as_json() for p in proposals], ensure_ascii=False, indent=2))
            return
        for proposal in proposals:
            owners = ", ".join(owner.code for owner in proposal.owners) or "—"
            label = proposal.paragraph.label or f"[{proposal.paragraph.position}]"
            self.stdout.write(
                f"{label:6} {proposal.kind:14} {proposal.confidence:.2f} {owners:30} {proposal.paragraph.text[:70]}"
            )
        self.stdout.write(f"{len(proposals)} candidate(s) for “{document.title}”.")
