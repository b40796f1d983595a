import json

from django.core.management.base import BaseCommand, CommandError

from extraction.evaluation import evaluate

TARGET_RECALL, TARGET_PRECISION = 0.9, 0.8


class Command(BaseCommand):
    help = "Precision and recall of candidate detection and kind, per language, on the labelled evaluation set."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--errors", action="store_true", help="list each paragraph the extractor got wrong")
        parser.add_argument("--check", action="store_true", help="fail when a language misses the targets")
        parser.add_argument("--split", choices=["dev", "test"], help="one part of the evaluation set only")

    def handle(self, *args, **options):
        scores = evaluate(options["split"])
        summary = {language: score.summary() for language, score in sorted(scores.items())}
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
        else:
            self.stdout.write(
                f"{'scope':28}{'paragraphs':>11}  {'detection P':>12}{'detection R':>12}{'kind P':>9}{'kind R':>9}"
            )
            # Languages (everything), then each part of the set by language and by genre.
            for scope, row in sorted(summary.items(), key=lambda item: (":" in item[0], item[0])):
                detection, kind = row["detection"], row["kind"]
                self.stdout.write(
                    f"{scope:28}{row['paragraphs']:>11}  {detection['precision']:>12.2f}"
                    f"{detection['recall']:>12.2f}{kind['precision']:>9.2f}{kind['recall']:>9.2f}"
                )
        if options["errors"]:
            for language, score in sorted(scores.items()):
                if ":" in language:
                    continue
                for error in score.errors:
                    self.stdout.write(f"  [{language}] {error}")
        if options["check"]:
            failing = [
                language
                for language, row in summary.items()
                if language != "und"
                and ":" not in language
                and (
                    row["detection"]["recall"] < TARGET_RECALL
                    or row["detection"]["precision"] < TARGET_PRECISION
                    or row["kind"]["recall"] < TARGET_RECALL
                    or row["kind"]["precision"] < TARGET_PRECISION
                )
            ]
            if failing:
                raise CommandError(
                    f"Below the targets (recall {TARGET_RECALL}, precision {TARGET_PRECISION}): {', '.join(failing)}"
                )
