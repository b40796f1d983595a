import json

from django.core.management.base import BaseCommand

from documents.ingestion.evaluation import evaluate_ingestion


class Command(BaseCommand):
    help = (
        "How exactly the parser finds the paragraphs (label, parent, text) of the ingestion evaluation set: the "
        "development part and the test part, per language, genre and layout."
    )

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=["dev", "test"], help="one part only")
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--errors", action="store_true", help="list each paragraph missed or extra")

    def handle(self, *args, **options):
        scores = evaluate_ingestion(options["split"])
        summary = {
            split: {key: score.summary() for key, score in sorted(by_key.items())} for split, by_key in scores.items()
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
        else:
            for split in sorted(summary):
                self.stdout.write(f"== {split} part")
                self.stdout.write(f"{'':24}{'documents':>10}{'paragraphs':>11}{'exact':>8}{'precision':>11}")
                for key, row in summary[split].items():
                    self.stdout.write(
                        f"{key:24}{row['documents']:>10}{row['paragraphs']:>11}{row['exact']:>8.2f}"
                        f"{row['precision']:>11.2f}"
                    )
        if options["errors"]:
            for split, by_key in sorted(scores.items()):
                for error in by_key["all"].errors:
                    self.stdout.write(f"  [{split}] {error}")
