from pathlib import Path

from django.core.management.base import BaseCommand

from tracker.data_package import export_package


class Command(BaseCommand):
    help = "Write the tracker's records as a data package (JSON and CSV per table, manifest with checksums) in DIR."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *args, folder: Path, **options) -> None:
        manifest = export_package(folder)
        rows = sum(table["rows"] for table in manifest["tables"].values())
        self.stdout.write(self.style.SUCCESS(f"{folder}: {len(manifest['tables'])} tables, {rows:,} rows."))
