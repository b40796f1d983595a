from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.models import User
from commitments.models import Commitment
from documents.ingestion.pipeline import Overrides
from documents.ingestion.sources import checksum
from documents.models import Document, IngestionJob
from documents.services import ingestion_job_create
from documents.tasks import ingest_document
from extraction.demo.review import CORPUS, apply_demo_review
from tracker.audit import acting_as
from tracker.reference_data import FOCAL_POINT_GROUP, ISU_STAFF_GROUP

DEMO_USERNAME = "isu-demo"
DEMO_PASSWORD = "mine-free-world"
# A delegation's focal point, to try proposals: Mexico owns commitments of the demo corpus.
DEMO_FOCAL_POINT = ("focal-mexico", "MEX", "es")
# (file, what the ISU would say when uploading it)
DEMO_DOCUMENTS = [
    ("2009-cartagena-declaration.txt", Overrides()),
    ("2022-baku-conference-conclusions.txt", Overrides()),
    ("2020-va-financing-concept-note-es.txt", Overrides(kind=Document.Kind.CONCEPT_NOTE)),
    ("2020-mexico-statement-cooperation-es.txt", Overrides(kind=Document.Kind.STATEMENT)),
    ("2020-azerbaijan-note-verbale-elections.txt", Overrides(kind=Document.Kind.NOTE_VERBALE)),
    ("treaty/apmbc-convention-1997-en.md", Overrides(kind=Document.Kind.TREATY, date=None)),
]


class Command(BaseCommand):
    help = "Load the reference data and the demo corpus; in demo mode, create a demo ISU staff user."

    def handle(self, *args, **options) -> None:
        call_command("load_reference_data", stdout=self.stdout)
        self._ingest_demo_corpus()
        with acting_as(User.objects.system_user()):
            decided = apply_demo_review(user=User.objects.system_user())
        self.stdout.write(f"Demo review: {decided} candidates decided; {Commitment.objects.count()} commitments.")
        if settings.DEMO_MODE:
            self._ensure_demo_user()
            self._ensure_demo_focal_point()
        else:
            self.stdout.write("Not in demo mode (DEMO_MODE=false): no demo user created.")

    def _ingest_demo_corpus(self) -> None:
        system = User.objects.system_user()
        for name, overrides in DEMO_DOCUMENTS:
            path = CORPUS / name
            data = path.read_bytes()
            if Document.objects.filter(checksum=checksum(data)).exists():
                continue
            with acting_as(system):
                job = ingestion_job_create(name=path.name, data=data, overrides=overrides, user=system, dispatch=False)
            ingest_document.apply(args=[job.pk])
            job.refresh_from_db()
            if job.state != IngestionJob.State.DONE:
                raise CommandError(f"{name}: {job.error}")
            self.stdout.write(f"  ingested {name}: {job.report['paragraphs']} paragraphs")
        self.stdout.write(self.style.SUCCESS(f"Demo corpus: {Document.objects.count()} documents."))

    @transaction.atomic
    def _ensure_demo_user(self) -> None:
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME, defaults={"is_staff": True, "first_name": "ISU", "last_name": "Demo"}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        missing = Group.objects.filter(name=ISU_STAFF_GROUP).exclude(user=user)
        if missing:  # adding again would record a change in the user's history
            user.groups.add(*missing)
        self.stdout.write(
            self.style.SUCCESS(f"Demo ISU staff user: {DEMO_USERNAME} / {DEMO_PASSWORD} (demo mode only)")
        )

    @transaction.atomic
    def _ensure_demo_focal_point(self) -> None:
        from actors.models import Actor, FocalPoint

        username, iso3, language = DEMO_FOCAL_POINT
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "language": language},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.add(*Group.objects.filter(name=FOCAL_POINT_GROUP))
            FocalPoint.objects.create(user=user, actor=Actor.objects.get(iso3=iso3))
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo focal point of {iso3}: {username} / {DEMO_PASSWORD} (signs in at /accounts/login/; demo only)"
            )
        )
