"""Classification speed: the phrase rules alone (the baseline) against the rules with the clause reader; and what
each document costs before its first paragraph is read (its rule tables and actor directory, loaded per document as
``propose`` does), against classifying one document's worth of paragraphs with the rules alone.

    DATABASE_URL=postgres://... .venv/bin/python benchmarks/extraction_speed.py [--repeat 20]

The paragraphs are those of the evaluation set (evaluation/set/*.json: declarations, reports, plans,
statements, legal acts, notes in English, French and Spanish), repeated. The rules come from the database
(``manage.py load_reference_data`` fills them). Both measurements run in the same process, one after the other,
best of three; the figure that matters is the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django

django.setup()

from extraction.owners import ActorDirectory  # noqa: E402
from extraction.reader.classifier import classify_paragraphs  # noqa: E402
from extraction.tables import load_tables  # noqa: E402

SET_DIR = Path(__file__).resolve().parent.parent / "evaluation" / "set"


def paragraphs(repeat: int) -> list[tuple[str, SimpleNamespace]]:
    found = []
    for path in sorted(SET_DIR.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for block in document["blocks"]:
            if "text" in block:
                paragraph = SimpleNamespace(
                    text=block["text"], label=block.get("label", ""), heading="", language=document["language"]
                )
                found.append((document["genre"], paragraph))
    return found * repeat


def best_of_three(run) -> float:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    tables = load_tables()
    if not tables:
        sys.exit("No extraction rules in this database: run manage.py load_reference_data first.")
    items = paragraphs(args.repeat)

    def rules_only():
        for _genre, paragraph in items:
            tables[paragraph.language].classify(paragraph.text)

    def rules_and_reader():
        for genre, paragraph in items:
            list(classify_paragraphs([paragraph], tables, paragraph.language, genre))

    def per_document_setup():
        for _ in range(DOCUMENTS):
            load_tables()
            ActorDirectory.load()

    baseline, reader = best_of_three(rules_only), best_of_three(rules_and_reader)
    setup = best_of_three(per_document_setup) / DOCUMENTS
    count = len(items)
    per_document = baseline / count * PARAGRAPHS_PER_DOCUMENT  # (the rules alone on a document's paragraphs)
    print(f"paragraphs: {count} (evaluation set x {args.repeat})")
    print(f"phrase rules alone (baseline): {count / baseline:,.0f} paragraphs/s")
    print(f"rules and clause reader:       {count / reader:,.0f} paragraphs/s ({reader / baseline:.2f}x the time)")
    print(
        f"per-document setup (tables and actors): {setup * 1000:.1f} ms, {setup / per_document:.2f}x the rules alone "
        f"on {PARAGRAPHS_PER_DOCUMENT} paragraphs"
    )


DOCUMENTS = 30  # setups measured per run
PARAGRAPHS_PER_DOCUMENT = 20  # a news item or a statement


if __name__ == "__main__":
    main()
