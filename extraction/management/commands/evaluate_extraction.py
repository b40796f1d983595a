import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from extraction.evaluation import evaluate
from extraction.reader.classifier import PARTS, checked_parts, using_parts
from extraction.real_evaluation import evaluate_demo_owners, evaluate_reviews, evaluate_set, evaluate_written_owners

TARGET_RECALL, TARGET_PRECISION = 0.9, 0.8


class Command(BaseCommand):
    help = (
        "Precision and recall of candidate detection and kind, per language, on the labelled evaluation set; "
        "with --set, on a folder of real labelled texts (with owners); with --from-reviews, against the review queue."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--errors", action="store_true", help="list each paragraph the extractor got wrong")
        parser.add_argument("--check", action="store_true", help="fail when a language misses the targets")
        parser.add_argument("--split", choices=["dev", "test"], help="one part of the evaluation set only")
        parser.add_argument("--set", dest="folder", help="a folder of labelled real texts (docs/, truth/)")
        parser.add_argument(
            "--from-reviews", action="store_true", help="score against what staff accepted and rejected"
        )
        parser.add_argument(
            "--owners", action="store_true", help="also score owners on the written set that carries them (demo)"
        )

        parser.add_argument(
            "--parts",
            default=",".join(PARTS),
            help=f"the parts that decide the kind, comma-separated (default: all of {','.join(PARTS)}); "
            "leave one out to measure what it brings",
        )

    def handle(self, *args, **options):
        try:
            parts = checked_parts(options["parts"].split(","))
        except ValueError as error:
            raise CommandError(str(error)) from error
        with using_parts(parts):
            self._scores(options)

    def _scores(self, options) -> None:
        if options["folder"] or options["from_reviews"]:
            return self._owner_scores(options)
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
        if options["owners"]:
            self.stdout.write("\nOwners on the demo corpus (the written documents whose review names owners):")
            self._write_owner_table(evaluate_demo_owners(), options)
            written = evaluate_written_owners()
            if written:
                self.stdout.write("\nOwners on the written documents whose blocks carry owners (evaluation/set):")
                self._write_owner_table(written, options)
        if options["check"]:
            self._check(summary)

    def _check(self, summary: dict) -> None:
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

    def _owner_scores(self, options) -> None:
        if options["folder"]:
            try:
                scores = evaluate_set(Path(options["folder"]), options["split"])
            except (ValueError, OSError, KeyError) as error:
                raise CommandError(str(error)) from error
        else:
            scores = evaluate_reviews()
        self._write_owner_table(scores, options)

    def _write_owner_table(self, scores: dict, options) -> None:
        summary = {scope: score.summary() for scope, score in sorted(scores.items())}
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
        else:
            self.stdout.write(
                f"{'scope':24}{'paragraphs':>11}{'recorded':>9}{'detection P':>13}{'detection R':>12}"
                f"{'kind':>7}{'owners':>8}"
            )
            for scope, row in sorted(summary.items(), key=lambda item: (item[0] != "all", ":" in item[0], item[0])):
                self.stdout.write(
                    f"{scope:24}{row['paragraphs']:>11}{row['commitments']:>9}{row['precision']:>13.2f}"
                    f"{row['recall']:>12.2f}{_figure(row['kind_accuracy']):>7}{_figure(row['owner_accuracy']):>8}"
                )
        if options["errors"]:
            for error in scores["all"].errors if "all" in scores else []:
                self.stdout.write(f"  {error}")


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
