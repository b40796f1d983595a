from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from extraction.real_evaluation import pool_score_files


class Command(BaseCommand):
    help = (
        "Pool the score files of several real sets (evaluate_extraction --set FOLDER --errors) per language: "
        "detection P and R and owners exactly right over all their recorded paragraphs."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="score files, e.g. evaluation/extraction/real-scores/heldout3*")

    def handle(self, *args, **options):
        paths = [Path(name) for name in options["files"]]
        if missing := [str(path) for path in paths if not path.is_file()]:
            raise CommandError(f"No such score file: {', '.join(missing)}")
        pooled = pool_score_files([path.read_text(encoding="utf-8") for path in paths])
        if not pooled:
            raise CommandError("These files hold no score table (run evaluate_extraction --set FOLDER --errors).")
        self.stdout.write(f"{len(paths)} files")
        self.stdout.write(f"{'scope':8}{'recorded':>9}{'detection P':>13}{'detection R':>13}{'owners':>8}")
        for scope in ("all", "en", "fr", "es"):
            if scope in pooled:
                row = pooled[scope].summary()
                self.stdout.write(
                    f"{scope:8}{row['commitments']:>9}{row['precision']:>13.2f}{row['recall']:>13.2f}"
                    f"{row['owner_accuracy'] or 0:>8.2f}"
                )
