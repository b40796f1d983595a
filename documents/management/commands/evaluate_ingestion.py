import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.ingestion.evaluation import SetError, evaluate_ingestion, evaluate_set


class Command(BaseCommand):
    help = (
        "How exactly the parser finds the paragraphs (label, parent, text) of the ingestion evaluation set: the "
        "development part and the test part, per language, genre and layout. With --set PATH, of a folder of "
        "texts with their truth (docs/*.txt, truth/*.json), per language and genre, with the kinds guessed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=["dev", "test"], help="one part only")
        parser.add_argument("--set", dest="set_path", metavar="PATH", help="a folder: docs/*.txt and truth/*.json")
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--errors", action="store_true", help="list each paragraph missed or extra")

    def handle(self, *args, **options):
        if options["set_path"]:
            self._handle_set(Path(options["set_path"]), options)
            return
        scores = evaluate_ingestion(options["split"])
        summary = {
            split: {key: score.summary() for key, score in sorted(by_key.items())} for split, by_key in scores.items()
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
        else:
            for split in sorted(summary):
                self.stdout.write(f"== {split} part")
                self._table(summary[split])
        if options["errors"]:
            for split, by_key in sorted(scores.items()):
                for error in by_key["all"].errors:
                    self.stdout.write(f"  [{split}] {error}")

    def _handle_set(self, path: Path, options: dict) -> None:
        if options["split"]:
            raise CommandError("--split applies to the written set, not to --set.")
        try:
            scores = evaluate_set(path)
        except SetError as error:
            raise CommandError(str(error)) from error
        summary = {
            key: score.summary() | {"kinds": round(score.kinds_right / score.documents, 3)}
            for key, score in sorted(scores.items())
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
        else:
            self.stdout.write(f"== {path}")
            self._table(summary, kinds=True)
        if options["errors"]:
            for error in scores["all"].errors:
                self.stdout.write(f"  {error}")

    def _table(self, rows: dict, *, kinds: bool = False) -> None:
        extra = f"{'kinds':>8}" if kinds else ""
        self.stdout.write(f"{'':24}{'documents':>10}{'paragraphs':>11}{'exact':>8}{'precision':>11}{extra}")
        for key, row in rows.items():
            extra = f"{row['kinds']:>8.2f}" if kinds else ""
            self.stdout.write(
                f"{key:24}{row['documents']:>10}{row['paragraphs']:>11}{row['exact']:>8.2f}{row['precision']:>11.2f}"
                f"{extra}"
            )
