from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.data_package import PackageError, import_package


class Command(BaseCommand):
    help = "Restore a data package written by export_data into an empty database (checksums checked; all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *args, folder: Path, **options) -> None:
        try:
            counts = import_package(folder)
        except PackageError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {sum(counts.values()):,} rows in {len(counts)} tables."))
