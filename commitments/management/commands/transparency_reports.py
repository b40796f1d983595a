import csv
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from commitments.services import annual_reports_open, transparency_reports_import
from tracker.audit import acting_as


class Command(BaseCommand):
    help = (
        "Expect the Article 7 annual reports covering YEAR from every State Party, and record those received: "
        "FILE has one line per State, `code,date received` (e.g. MEX,2026-04-12). All lines or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The calendar year the reports cover.")
        parser.add_argument("file", nargs="?", type=Path, help="CSV of the reports received: code,date.")

    def handle(self, *args, year: int, file: Path | None, **options) -> None:
        if not 1999 <= year <= 2200:
            raise CommandError(f"{year} is not a year of the Convention.")
        with acting_as(User.objects.system_user()):
            opened = annual_reports_open(period=year)
            received = 0
            if file is not None:
                try:
                    with file.open(encoding="utf-8-sig") as handle:
                        rows = [row[:2] for row in csv.reader(handle) if row and not row[0].startswith("#")]
                    if rows and rows[0][0].strip().lower() in ("code", "state", "iso3"):
                        rows = rows[1:]  # a header line
                    received = transparency_reports_import(period=year, rows=[tuple(row) for row in rows])
                except (OSError, ValidationError, ValueError) as error:
                    message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                    raise CommandError(message) from error
        self.stdout.write(
            self.style.SUCCESS(f"{year}: {opened} reports newly expected, {received} recorded as received.")
        )
